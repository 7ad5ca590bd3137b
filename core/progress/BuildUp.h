#pragma once

#include "core/routine/Routine.h"
#include "core/session/MovementResult.h"
#include "core/session/SessionEvent.h"

#include <vector>

namespace gluteguide {

struct RepTarget
{
    Movement movement = Movement::Clamshell;
    int prescribed = 0;
    int suggested = 0;
    bool operator==(const RepTarget &) const = default;
};

// "Can't reach 15? Do what you can and build up": next time, aim for two more than the fewest
// reps managed in any attempted set, never above the prescription; after a pain stop, no increase.
struct BuildUpRule
{
    static constexpr int step = 2;
};

std::vector<RepTarget> suggestTargets(const Routine &routine,
                                      const std::vector<MovementResult> &lastSession,
                                      StopReason lastStop);

} // namespace gluteguide
