#pragma once

#include "core/history/LocalDay.h"
#include "core/history/SessionRecord.h"

#include <optional>
#include <vector>

namespace gluteguide {

// Whether a session counts as exercise for streaks and weekly counts: at least one rep done.
// A session opened and left at once, or cut off before the first rep, does not.
bool didExercise(const SessionRecord &record);

// The number of consecutive local days with exercise, counted back from today. A streak whose
// last day is yesterday is still alive: today's session may be yet to come.
int currentStreak(const std::vector<SessionRecord> &history, LocalDay today);

struct WeekCount
{
    LocalDay monday{};
    int sessions = 0; // sessions that did exercise, by their local day
    bool operator==(const WeekCount &) const = default;
};

// The sessions of each of `weeks` weeks, the last being today's week, oldest week first.
std::vector<WeekCount> sessionsPerWeek(const std::vector<SessionRecord> &history, LocalDay today,
                                       int weeks);

// A session with the local date it started on.
struct DatedSession
{
    SessionRecord record;
    LocalDay day{};
};

// The newest session that ended with a pain stop, if any.
std::optional<DatedSession> lastPainStop(const std::vector<SessionRecord> &historyOldestFirst);

} // namespace gluteguide
