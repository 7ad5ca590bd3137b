#pragma once

// Session records as the history would hold them, for the core tests of history and build-up:
// moments given as the person's local date and time, sessions finished or cut short.

#include "core/history/SessionRecord.h"
#include "core/history/SessionRecording.h"
#include "core/plan/Plan.h"
#include "core/routine/Routine.h"

#include <chrono>
#include <cstddef>
#include <vector>

namespace gluteguide {

// A moment given on the person's wall clock: a local date, a time of day, and the UTC offset in
// force there and then.
inline WallTime wallTimeAt(std::chrono::year_month_day date, std::chrono::minutes timeOfDay,
                           int utcOffsetMinutes)
{
    using namespace std::chrono;
    const sys_time<minutes> local = sys_days{ date } + timeOfDay;
    const sys_time<minutes> utc = local - minutes{ utcOffsetMinutes };
    return WallTime{ duration_cast<milliseconds>(utc.time_since_epoch()).count(),
                     utcOffsetMinutes };
}

// The routine's session finished in full: every block reached, every rep done.
inline SessionRecord completedSession(const Routine &routine, WallTime startedAt)
{
    SessionRecord record = startRecord(buildPlan(routine), startedAt, routine.name, "test");
    for (BlockRecord &block : record.blocks) {
        block.reached = true;
        block.repsDone = block.repsPrescribed;
    }
    record.outcome = SessionOutcome::Completed;
    return record;
}

// A session of the default routine, finished in full.
inline SessionRecord completedSession(WallTime startedAt)
{
    return completedSession(defaultRoutine(), startedAt);
}

// The session ended in block `lastReached` (0-based, in plan order) with `repsThere` reps done
// in it: the blocks after it never reached.
inline void endIn(SessionRecord &record, std::size_t lastReached, int repsThere,
                  SessionOutcome outcome)
{
    for (std::size_t i = lastReached + 1; i < record.blocks.size(); ++i) {
        record.blocks[i].reached = false;
        record.blocks[i].repsDone = 0;
        record.blocks[i].thatsAll = false;
    }
    record.blocks[lastReached].repsDone = repsThere;
    record.outcome = outcome;
}

// The index of a movement's block in one set on one side.
inline std::size_t blockIndex(const SessionRecord &record, Movement movement, int set,
                              Side side = Side::Left)
{
    for (std::size_t i = 0; i < record.blocks.size(); ++i) {
        const BlockRecord &block = record.blocks[i];
        if (block.movement == movement && block.set == set && block.side == side)
            return i;
    }
    return record.blocks.size();
}

// "That's all I can do" after `reps` reps in one set of a movement.
inline void thatsAllAt(SessionRecord &record, Movement movement, int set, int reps,
                       Side side = Side::Left)
{
    BlockRecord &block = record.blocks.at(blockIndex(record, movement, set, side));
    block.repsDone = reps;
    block.thatsAll = true;
}

// Every set of a movement skipped after `repsBeforeSkip` reps; the session went on.
inline void skipEverySet(SessionRecord &record, Movement movement, int repsBeforeSkip = 0)
{
    for (BlockRecord &block : record.blocks) {
        if (block.movement == movement && block.reached) {
            block.repsDone = repsBeforeSkip;
            block.thatsAll = false;
        }
    }
}

} // namespace gluteguide
