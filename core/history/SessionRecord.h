#pragma once

#include "core/routine/Movement.h"
#include "core/time/Millis.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gluteguide {

// How a stored session ended. A session is stored as Interrupted when it starts and keeps that
// outcome unless it reaches its end, so a crash or power loss leaves it marked as such.
enum class SessionOutcome {
    Completed,
    Stopped,
    PainStop,
    Interrupted,
};

// "completed", "stopped", "pain_stop", "interrupted": the keys of the database, --history and CSV.
std::string_view outcomeKey(SessionOutcome outcome);
std::optional<SessionOutcome> outcomeFromKey(std::string_view key);

// A moment on the wall clock, passed in by the app: UTC milliseconds since the Unix epoch, and
// the offset of the local time there and then (so days and weeks are the person's own, even
// after a move across time zones or a daylight-saving change).
struct WallTime
{
    std::int64_t utcMs = 0;
    int utcOffsetMinutes = 0;
    bool operator==(const WallTime &) const = default;
};

// One movement in one set on one side, as prescribed and as done.
struct BlockRecord
{
    Side side = Side::Left;
    int set = 0; // 1-based
    Movement movement = Movement::Clamshell;
    int repsDone = 0;
    int repsPrescribed = 0;
    bool reached = false; // the session got to this block
    bool thatsAll = false; // ended by "that's all I can do"
    bool operator==(const BlockRecord &) const = default;
};

// One session as the history keeps it. Blocks are every block of the plan, in plan order, so
// what was prescribed is known even for blocks never reached.
struct SessionRecord
{
    std::int64_t id = 0; // the store's key; 0 until stored
    WallTime startedAt;
    std::optional<WallTime> endedAt;
    std::string routineName;
    std::string routineHash; // identifies the routine's content (computed by the app)
    SessionOutcome outcome = SessionOutcome::Interrupted;
    Millis duration{ 0 }; // time spent in the session, pauses excluded
    std::vector<BlockRecord> blocks;

    int repsDone() const;
    int repsPrescribed() const;
    bool operator==(const SessionRecord &) const = default;
};

} // namespace gluteguide
