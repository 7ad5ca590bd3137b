#include "core/progress/BuildUp.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>

namespace gluteguide {

namespace {

using PerMovement = std::array<std::optional<int>, allMovements.size()>;

std::size_t slotOf(Movement movement)
{
    return static_cast<std::size_t>(movement);
}

// The rule itself, shared by both sources of "fewest reps managed".
RepTarget targetFrom(const MovementSpec &spec, std::optional<int> fewest, bool noIncrease)
{
    RepTarget target{ spec.movement, spec.reps, spec.reps };
    if (fewest) {
        const int increase = noIncrease ? 0 : BuildUpRule::step;
        target.suggested = std::clamp(*fewest + increase, 1, spec.reps);
    }
    return target;
}

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

// The fewest reps in the blocks of each movement that measured what the person could do. The
// record keeps no "skipped" flag, so a skip is recognised by where the session went after it.
PerMovement fewestMeasured(const SessionRecord &record)
{
    std::optional<std::size_t> lastReached;
    for (std::size_t i = 0; i < record.blocks.size(); ++i) {
        if (record.blocks[i].reached)
            lastReached = i;
    }
    const bool stoppedByPerson =
            record.outcome == SessionOutcome::Stopped || record.outcome == SessionOutcome::PainStop;

    PerMovement fewest{};
    for (std::size_t i = 0; i < record.blocks.size(); ++i) {
        const BlockRecord &block = record.blocks[i];
        if (!block.reached)
            continue;
        const bool measured = block.repsDone >= block.repsPrescribed || block.thatsAll
                || (stoppedByPerson && i == lastReached);
        if (!measured)
            continue;
        std::optional<int> &slot = fewest[slotOf(block.movement)];
        slot = slot ? std::min(*slot, block.repsDone) : block.repsDone;
    }
    return fewest;
}

} // namespace

std::vector<RepTarget> suggestTargets(const Routine &routine,
                                      const std::vector<SessionRecord> &historyOldestFirst)
{
    std::array<bool, allMovements.size()> wanted{};
    std::size_t unresolved = 0;
    for (const MovementSpec &spec : routine.movements) {
        if (spec.enabled && !wanted[slotOf(spec.movement)]) {
            wanted[slotOf(spec.movement)] = true;
            ++unresolved;
        }
    }

    // Newest first, stopping once every wanted movement has found the session that measured it.
    PerMovement base{};
    std::array<bool, allMovements.size()> painStopThere{};
    for (auto it = historyOldestFirst.rbegin(); it != historyOldestFirst.rend() && unresolved > 0;
         ++it) {
        const PerMovement fewest = fewestMeasured(*it);
        for (std::size_t slot = 0; slot < fewest.size(); ++slot) {
            if (!wanted[slot] || base[slot] || !fewest[slot])
                continue;
            base[slot] = fewest[slot];
            painStopThere[slot] = it->outcome == SessionOutcome::PainStop;
            --unresolved;
        }
    }

    const bool newestIsPainStop = !historyOldestFirst.empty()
            && historyOldestFirst.back().outcome == SessionOutcome::PainStop;
    std::vector<RepTarget> targets;
    for (const MovementSpec &spec : routine.movements) {
        if (!spec.enabled)
            continue;
        const std::size_t slot = slotOf(spec.movement);
        targets.push_back(targetFrom(spec, base[slot], newestIsPainStop || painStopThere[slot]));
    }
    return targets;
}

std::vector<RepTarget> suggestTargets(const Routine &routine,
                                      const std::vector<MovementResult> &lastSession,
                                      StopReason lastStop)
{
    std::vector<RepTarget> targets;
    for (std::size_t i = 0; i < routine.movements.size(); ++i) {
        const MovementSpec &spec = routine.movements[i];
        if (!spec.enabled)
            continue;
        targets.push_back(targetFrom(spec, fewestAchieved(lastSession, static_cast<int>(i)),
                                     lastStop == StopReason::Pain));
    }
    return targets;
}

} // namespace gluteguide
