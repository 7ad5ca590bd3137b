// What one frame of the figure costs to paint (issue 7's figure with volume): consecutive 60 Hz
// frames of a clamshell and of circles, painted whole, and as the session screen paints them:
// the still layer copied from a picture made once, the moving layer drawn where it changed.

#include "app/figure/FigurePainter.h"
#include "app/figure/FigureScene.h"
#include "core/plan/Plan.h"
#include "core/routine/Routine.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPalette>

#include <benchmark/benchmark.h>

using namespace gluteguide;

namespace {

const QRectF target(0, 0, 760, 510);

void paintFrames(benchmark::State &state, Millis from, bool layered)
{
    const Plan plan = buildPlan(defaultRoutine());
    QImage image(int(target.width()), int(target.height()), QImage::Format_ARGB32_Premultiplied);
    QImage still = image;
    still.fill(Qt::white);
    const QPalette palette;
    Millis at = from;
    FigureScene before = figureSceneAt(plan, at);
    {
        QPainter painter(&still);
        FigurePainter::paintStill(painter, target, before, palette);
    }
    for (auto _ : state) {
        at += Millis{ 17 };
        const FigureScene scene = figureSceneAt(plan, at);
        QPainter painter(&image);
        if (layered) {
            if (!FigurePainter::sameStill(before, scene))
                state.SkipWithError("the still layer changed within a movement");
            const QRect changed = FigurePainter::changedArea(target, before, scene);
            painter.drawImage(changed, still, changed);
            painter.setClipRect(changed);
            FigurePainter::paintMoving(painter, target, scene, palette);
        } else {
            painter.fillRect(target, Qt::white);
            FigurePainter::paint(painter, target, scene, palette);
        }
        before = scene;
    }
}

void BM_ClamshellFrameWhole(benchmark::State &state)
{
    paintFrames(state, Millis{ 33000 }, false);
}
void BM_ClamshellFrameLayered(benchmark::State &state)
{
    paintFrames(state, Millis{ 33000 }, true);
}
void BM_CirclesFrameLayered(benchmark::State &state)
{
    paintFrames(state, Millis{ 212000 }, true);
}
BENCHMARK(BM_ClamshellFrameWhole)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_ClamshellFrameLayered)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_CirclesFrameLayered)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    return 0;
}
