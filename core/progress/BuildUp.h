#pragma once

#include "core/history/SessionRecord.h"
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

// The targets for each enabled movement of the routine, in its order, from the history. Each
// movement builds up from the newest session that measured it: the fewest reps done in any of
// its sets there. A set measures what the person could do when it was finished, ended with
// "that's all I can do", or was the one the person stopped (or pain-stopped) the session in.
// A set skipped (short of the prescription, yet the session went on past it) or cut off by an
// interruption (crash, power loss) measures nothing, so the rule looks further back. No increase
// when that session or the newest session of all ended with a pain stop. A movement never
// measured keeps its prescription.
std::vector<RepTarget> suggestTargets(const Routine &routine,
                                      const std::vector<SessionRecord> &historyOldestFirst);

// The same rule on the session just done, from its results; skipped sets do not count.
std::vector<RepTarget> suggestTargets(const Routine &routine,
                                      const std::vector<MovementResult> &lastSession,
                                      StopReason lastStop);

} // namespace gluteguide
