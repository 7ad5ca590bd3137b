#include "app/figure/FigureScene.h"

#include "core/figure/Choreography.h"
#include "core/plan/Plan.h"

#include <optional>

using namespace gluteguide;

namespace {

// The rep whose path the guide shows: the current one, or the first one after an intro.
std::optional<std::size_t> guidedRep(const Plan &plan, std::size_t stepIndex)
{
    const PlanStep &step = plan.steps[stepIndex];
    if (step.kind == StepKind::Rep)
        return stepIndex;
    if (step.kind == StepKind::Intro && stepIndex + 1 < plan.steps.size())
        return stepIndex + 1;
    return std::nullopt;
}

} // namespace

FigureScene figureSceneAt(const Plan &plan, Millis position, const Camera &camera)
{
    const std::size_t stepIndex = plan.stepIndexAt(position);
    const PlanStep &step = plan.steps[stepIndex];
    FigureScene scene;
    scene.figure = project(poseAt(plan, position), camera);
    scene.mat = matOutline(camera, step.side);
    if (const auto rep = guidedRep(plan, stepIndex)) {
        scene.guide = project(guidePath(plan, *rep), camera, step.side);
        scene.guideIsLoop = isCircle(*plan.steps[*rep].movement);
    }
    scene.showWorkingLeg = step.movement.has_value();
    return scene;
}
