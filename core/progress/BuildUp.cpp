#include "core/progress/BuildUp.h"

#include <algorithm>
#include <optional>

namespace gluteguide {

namespace {

// The fewest reps managed in any set of this movement that was reached and not skipped.
std::optional<int> fewestAchieved(const std::vector<MovementResult> &results, int movementIndex)
{
    std::optional<int> fewest;
    for (const MovementResult &result : results) {
        if (result.movementIndex != movementIndex || !result.attempted || result.skipped)
            continue;
        fewest = fewest ? std::min(*fewest, result.achieved) : result.achieved;
    }
    return fewest;
}

} // namespace

std::vector<RepTarget> suggestTargets(const Routine &routine,
                                      const std::vector<MovementResult> &lastSession,
                                      StopReason lastStop)
{
    std::vector<RepTarget> targets;
    for (std::size_t i = 0; i < routine.movements.size(); ++i) {
        const MovementSpec &spec = routine.movements[i];
        if (!spec.enabled)
            continue;
        RepTarget target{ spec.movement, spec.reps, spec.reps };
        if (const auto fewest = fewestAchieved(lastSession, static_cast<int>(i))) {
            const int increase = lastStop == StopReason::Pain ? 0 : BuildUpRule::step;
            target.suggested = std::clamp(*fewest + increase, 1, spec.reps);
        }
        targets.push_back(target);
    }
    return targets;
}

} // namespace gluteguide
