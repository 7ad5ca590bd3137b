#include "app/figure/FigurePainter.h"
#include "app/figure/FigureScene.h"
#include "app/widgets/FigureView.h"
#include "core/plan/Plan.h"
#include "core/routine/Routine.h"
#include "ImageDifference.h"

#include <QCoreApplication>
#include <QImage>
#include <QPixmap>
#include <QPainter>
#include <QPalette>

#include <algorithm>
#include <limits>
#include <vector>

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

// The first repetition of a movement on a side, from the plan (its first set).
const PlanStep &firstRep(const Plan &plan, Movement movement, Side side)
{
    const auto found = std::find_if(plan.steps.begin(), plan.steps.end(), [&](const PlanStep &s) {
        return s.kind == StepKind::Rep && s.movement == movement && s.side == side && s.rep == 1;
    });
    EXPECT_NE(found, plan.steps.end()) << movementKey(movement);
    return found == plan.steps.end() ? plan.steps.front() : *found;
}

Millis middleOf(const PlanPhase &phase)
{
    return phase.start + phase.duration / 2;
}

// Moments the figure moves: the middle of every phase of each movement's first repetition, and
// the last moments before the first circle begins, when a frame steps from the rest into it.
std::vector<Millis> movingMoments(const Plan &plan)
{
    std::vector<Millis> moments;
    for (const int index : plan.movementOrder) {
        const PlanStep &rep =
                firstRep(plan, plan.routine.movements[index].movement, plan.routine.firstSide);
        for (const PlanPhase &phase : rep.phases)
            moments.push_back(middleOf(phase));
    }
    moments.push_back(firstRep(plan, Movement::CirclesClockwise, plan.routine.firstSide).start
                      - 10ms);
    return moments;
}

const PlanStep &switchSides(const Plan &plan)
{
    const auto found = std::find_if(plan.steps.begin(), plan.steps.end(), [](const PlanStep &s) {
        return s.kind == StepKind::SwitchSides;
    });
    EXPECT_NE(found, plan.steps.end());
    return *found;
}

} // namespace

TEST(FigurePainterTest, NothingToRepaintWhenTheSceneIsTheSame)
{
    const Plan plan = buildPlan(defaultRoutine());
    const PlanStep &rep = firstRep(plan, Movement::Clamshell, plan.routine.firstSide);
    const FigureScene scene = figureSceneAt(plan, middleOf(rep.phases.front()));
    EXPECT_TRUE(FigurePainter::changedArea(target, scene, scene).isEmpty());
}

TEST(FigurePainterTest, ChangedAreaCoversEveryPixelThatChangesBetweenFrames)
{
    // Consecutive 60 Hz frames of each movement, and the step into the first rep of circles.
    const Plan plan = buildPlan(defaultRoutine());
    for (const Millis at : movingMoments(plan)) {
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
    // The last moment lying on one side, and the first on the other.
    const Plan plan = buildPlan(defaultRoutine());
    const PlanStep &roll = switchSides(plan);
    ASSERT_NE(roll.side, plan.routine.firstSide) << "a switch names the side that comes next";
    const FigureScene left = figureSceneAt(plan, roll.start - 1ms);
    const FigureScene right = figureSceneAt(plan, roll.end());
    EXPECT_EQ(FigurePainter::changedArea(target, left, right), target.toAlignedRect());
}

TEST(FigurePainterTest, TheLargestShiftIsHowFarAnythingMovesInPixels)
{
    const Plan plan = buildPlan(defaultRoutine());
    const QRectF twiceAsLarge(0, 0, target.width() * 2, target.height() * 2);
    for (const Millis at : movingMoments(plan)) {
        const FigureScene before = figureSceneAt(plan, at);
        const FigureScene after = figureSceneAt(plan, at + 17ms);
        const double shift = FigurePainter::largestShift(target, before, after);
        // A 60 Hz frame moves the leg, smoothly: no jump from one frame to the next.
        EXPECT_GT(shift, 0.0) << "at " << at.count();
        EXPECT_LT(shift, 8.0) << "at " << at.count();
        EXPECT_NEAR(FigurePainter::largestShift(twiceAsLarge, before, after), 2 * shift, 1e-9);
        EXPECT_EQ(FigurePainter::largestShift(target, after, after), 0.0);
    }
    const PlanStep &roll = switchSides(plan);
    EXPECT_EQ(FigurePainter::largestShift(target, figureSceneAt(plan, roll.start - 1ms),
                                          figureSceneAt(plan, roll.end())),
              std::numeric_limits<double>::infinity());
}

TEST(FigurePainterTest, TheViewAsksForAFrameOnceTheLegHasMovedAPixel)
{
    // A clamshell's first lift, one millisecond at a time: the view repaints only when what it
    // shows is a pixel or more behind, and then what it shows is the newest scene.
    const Plan plan = buildPlan(defaultRoutine());
    const PlanStep &rep = firstRep(plan, Movement::Clamshell, plan.routine.firstSide);
    FigureView view;
    view.resize(760, 546);
    view.show();
    int paints = 0;
    QObject::connect(&view, &FigureView::painted, [&paints] { ++paints; });
    const QRectF area = QRectF(view.rect()).adjusted(8, 8, -8, -8);
    FigureScene shown = figureSceneAt(plan, rep.start);
    view.setScene(shown);
    view.repaint();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    int expectedPaints = paints;
    for (Millis at = rep.start + 1ms; at < rep.phases.front().end(); at += 1ms) {
        const FigureScene scene = figureSceneAt(plan, at);
        view.setScene(scene);
        QCoreApplication::sendPostedEvents(); // delivers the update Qt would paint next frame
        QCoreApplication::processEvents();
        if (FigurePainter::largestShift(area, shown, scene) * view.devicePixelRatioF() >= 1.0) {
            ++expectedPaints;
            shown = scene;
        }
        ASSERT_EQ(paints, expectedPaints) << "at " << (at - rep.start).count() << " ms";
    }
    // Far fewer paints than the 1 ms steps, and more than one per 50 ms: the leg did move.
    const auto lift = rep.phases.front().duration.count();
    EXPECT_LT(paints, lift / 2);
    EXPECT_GT(paints, lift / 50);
}

namespace {
QStringList warnings;
void collectWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        warnings << message;
}
} // namespace

TEST(FigurePainterTest, ScenesWithAndWithoutAGuidePaintWithoutWarnings)
{
    // From set-up (no guide) into the first clamshell (a guide) and its rest (none again).
    const Plan plan = buildPlan(defaultRoutine());
    const PlanStep &rep = firstRep(plan, Movement::Clamshell, plan.routine.firstSide);
    FigureView view;
    view.resize(760, 546);
    view.show();
    warnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectWarnings);
    for (const Millis at :
         { 0ms, rep.start,
           plan.steps[plan.lastRepOfBlock(plan.stepIndexAt(rep.start)) + 1].start }) {
        view.setScene(figureSceneAt(plan, at));
        (void)view.grab(); // paints the view as the screen would
    }
    qInstallMessageHandler(previous);
    EXPECT_TRUE(warnings.isEmpty()) << warnings.join(QLatin1Char('\n')).toStdString();
}

TEST(FigurePainterTest, TheViewsLayeredPicturesLookLikeAWholePaint)
{
    // The view copies the still layer and the guide from pictures made once per movement and
    // draws only the leg: after many frames (and a new movement, and the other side), what it
    // shows is what painting the scene whole shows.
    const Plan plan = buildPlan(defaultRoutine());
    FigureView view;
    view.resize(760, 546);
    view.show();
    const QRectF area = QRectF(view.rect()).adjusted(8, 8, -8, -8);
    const Side otherSide = plan.routine.firstSide == Side::Left ? Side::Right : Side::Left;
    std::vector<Millis> starts;
    for (const Movement movement :
         { Movement::Clamshell, Movement::StraightLegRaise, Movement::CirclesClockwise })
        starts.push_back(firstRep(plan, movement, plan.routine.firstSide).start);
    starts.push_back(firstRep(plan, Movement::Clamshell, otherSide).start);
    for (const Millis start : starts) {
        for (Millis at = start; at < start + 1000ms; at += 17ms) {
            view.setScene(figureSceneAt(plan, at));
            view.repaint();
        }
        QImage whole(view.size(), QImage::Format_ARGB32_Premultiplied);
        whole.fill(view.palette().color(QPalette::Base));
        QPainter painter(&whole);
        FigurePainter::paint(painter, area, view.scene(), view.palette());
        painter.end();
        const QImage shown = view.grab().toImage().convertToFormat(whole.format());
        ASSERT_EQ(shown.size(), whole.size());
        QPoint where;
        const int difference = largestChannelDifference(whole, shown, &where);
        EXPECT_LE(difference, 2) << "after " << start.count() << " ms: off by " << difference
                                 << " at (" << where.x() << "," << where.y() << ")";
    }
}
