#include "core/history/SessionRecording.h"

#include <utility>

namespace gluteguide {

SessionRecord startRecord(const Plan &plan, WallTime startedAt, std::string routineName,
                          std::string routineHash)
{
    SessionRecord record;
    record.startedAt = startedAt;
    record.routineName = std::move(routineName);
    record.routineHash = std::move(routineHash);
    for (const PlanStep &step : plan.steps) {
        if (step.kind != StepKind::Intro)
            continue;
        BlockRecord block;
        block.side = step.side;
        block.set = step.set;
        block.movement = *step.movement;
        block.repsPrescribed = step.repsPrescribed;
        record.blocks.push_back(block);
    }
    return record;
}

std::vector<BlockRecord> blocksFrom(const std::vector<MovementResult> &results)
{
    std::vector<BlockRecord> blocks;
    blocks.reserve(results.size());
    for (const MovementResult &result : results) {
        BlockRecord block;
        block.side = result.side;
        block.set = result.set;
        block.movement = result.movement;
        block.repsDone = result.achieved;
        block.repsPrescribed = result.prescribed;
        block.reached = result.attempted;
        block.thatsAll = result.thatsAll;
        blocks.push_back(block);
    }
    return blocks;
}

SessionOutcome outcomeOf(SessionState state, StopReason reason)
{
    if (state == SessionState::Complete)
        return SessionOutcome::Completed;
    if (state != SessionState::Stopped)
        return SessionOutcome::Interrupted;
    return reason == StopReason::Pain ? SessionOutcome::PainStop : SessionOutcome::Stopped;
}

} // namespace gluteguide
