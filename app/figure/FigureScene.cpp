#include "app/figure/FigureScene.h"

#include "core/figure/Choreography.h"
#include "core/plan/Plan.h"

#include <optional>
#include <utility>
#include <vector>

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

// Worked out once per camera: it samples every movement.
ViewBounds cachedViewBounds(const Camera &camera)
{
    static std::vector<std::pair<Camera, ViewBounds>> known;
    for (const auto &[seen, bounds] : known) {
        if (seen == camera)
            return bounds;
    }
    known.emplace_back(camera, viewBounds(camera));
    return known.back().second;
}

} // namespace

FigureScene figureSceneAt(const Plan &plan, Millis position, const Camera &camera)
{
    const std::size_t stepIndex = plan.stepIndexAt(position);
    const PlanStep &step = plan.steps[stepIndex];
    FigureScene scene;
    const BodyPose pose = poseAt(plan, position);
    scene.figure = project(pose, camera);
    scene.shadow = floorShadow(pose, camera);
    scene.facing = faceDirection(pose, camera);
    scene.mat = matOutline(camera, step.side);
    if (const auto rep = guidedRep(plan, stepIndex)) {
        scene.guide = project(guidePath(plan, *rep), camera, step.side);
        scene.guideIsLoop = isCircle(*plan.steps[*rep].movement);
    }
    scene.showWorkingLeg = step.movement.has_value();
    scene.bounds = cachedViewBounds(camera);
    return scene;
}
