#pragma once

#include "core/history/SessionRecord.h"
#include "core/plan/Plan.h"
#include "core/session/MovementResult.h"
#include "core/session/SessionEvent.h"

#include <string>
#include <vector>

namespace gluteguide {

// The record a session starts with: every block of the plan prescribed, none reached, and the
// outcome Interrupted until the session tells otherwise.
SessionRecord startRecord(const Plan &plan, WallTime startedAt, std::string routineName,
                          std::string routineHash);

// A session's results as stored blocks, in plan order.
std::vector<BlockRecord> blocksFrom(const std::vector<MovementResult> &results);

// How a session that has ended ended: Complete, or the stop's reason.
SessionOutcome outcomeOf(SessionState state, StopReason reason);

} // namespace gluteguide
