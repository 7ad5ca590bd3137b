#include "app/figure/FigurePainter.h"
#include "app/figure/FigureScene.h"
#include "app/widgets/FigureView.h"
#include "core/plan/Plan.h"
#include "core/routine/Routine.h"

#include <QImage>
#include <QPixmap>
#include <QPainter>
#include <QPalette>

#include <gtest/gtest.h>

using namespace gluteguide;
using namespace std::chrono_literals;

namespace {

const QRectF target(8, 8, 744, 530);

QImage render(const FigureScene &scene)
{
    QImage image(760, 546, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    FigurePainter::paint(painter, target, scene, QPalette());
    return image;
}

// The pixels that differ between two images, as one bounding rectangle.
QRect differingPixels(const QImage &a, const QImage &b)
{
    QRect changed;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            if (a.pixel(x, y) != b.pixel(x, y))
                changed |= QRect(x, y, 1, 1);
        }
    }
    return changed;
}

} // namespace

TEST(FigurePainterTest, NothingToRepaintWhenTheSceneIsTheSame)
{
    const Plan plan = buildPlan(defaultRoutine());
    const FigureScene scene = figureSceneAt(plan, 37s);
    EXPECT_TRUE(FigurePainter::changedArea(target, scene, scene).isEmpty());
}

TEST(FigurePainterTest, ChangedAreaCoversEveryPixelThatChangesBetweenFrames)
{
    // Consecutive 60 Hz frames of each movement, and the step into the first rep of circles.
    const Plan plan = buildPlan(defaultRoutine());
    for (const Millis at : { 30000ms, 37000ms, 101000ms, 170500ms, 215000ms, 270000ms, 207990ms }) {
        const FigureScene before = figureSceneAt(plan, at);
        const FigureScene after = figureSceneAt(plan, at + 17ms);
        const QRect changedPixels = differingPixels(render(before), render(after));
        const QRect repainted = FigurePainter::changedArea(target, before, after);
        EXPECT_FALSE(changedPixels.isEmpty()) << "the figure did not move at " << at.count();
        EXPECT_TRUE(repainted.contains(changedPixels))
                << "at " << at.count() << " ms, pixels changed in (" << changedPixels.x() << ","
                << changedPixels.y() << " " << changedPixels.width() << "x"
                << changedPixels.height() << ") but only (" << repainted.x() << "," << repainted.y()
                << " " << repainted.width() << "x" << repainted.height() << ") is repainted";
        // And it is a small part of the figure, which is what makes 60 Hz cheap.
        EXPECT_LT(repainted.width() * repainted.height(), target.width() * target.height() / 2);
    }
}

TEST(FigurePainterTest, SwitchingSidesRepaintsEverything)
{
    const Plan plan = buildPlan(defaultRoutine());
    const FigureScene left = figureSceneAt(plan, 900s);
    const FigureScene right = figureSceneAt(plan, 930s);
    EXPECT_EQ(FigurePainter::changedArea(target, left, right), target.toAlignedRect());
}

TEST(FigurePainterTest, TheViewsStillLayerPictureLooksExactlyLikeAWholePaint)
{
    // The view copies the still layer from a picture made once per movement: after many frames
    // (and a new movement, and the other side), what it shows is what painting it whole shows.
    const Plan plan = buildPlan(defaultRoutine());
    FigureView view;
    view.resize(760, 546);
    view.show();
    FigureView fresh;
    fresh.resize(760, 546);
    for (const Millis start : { 33000ms, 101000ms, 212000ms, 931000ms }) {
        for (Millis at = start; at < start + 1000ms; at += 17ms) {
            view.setScene(figureSceneAt(plan, at));
            view.repaint();
        }
        fresh.setScene(view.scene());
        EXPECT_EQ(view.grab().toImage(), fresh.grab().toImage()) << "after " << start.count();
    }
}
