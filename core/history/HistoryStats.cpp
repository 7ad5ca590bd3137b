#include "core/history/HistoryStats.h"

#include <cstddef>

namespace gluteguide {

bool didExercise(const SessionRecord &record)
{
    for (const BlockRecord &block : record.blocks) {
        if (block.repsDone > 0)
            return true;
    }
    return false;
}

int currentStreak(const std::vector<SessionRecord> &history, LocalDay today)
{
    // A streak cannot be longer than the number of sessions, so marking the days back from
    // today in a table that long finds it in one pass, whatever order the local days come in
    // (after a flight west, a later session can fall on an earlier local day).
    const std::size_t span = history.size() + 2;
    std::vector<bool> exercisedDaysAgo(span, false);
    for (const SessionRecord &record : history) {
        const auto daysAgo = (today - localDayOf(record.startedAt)).count();
        if (daysAgo >= 0 && std::size_t(daysAgo) < span && didExercise(record))
            exercisedDaysAgo[std::size_t(daysAgo)] = true;
    }
    std::size_t day = exercisedDaysAgo[0] ? 0 : 1;
    int streak = 0;
    while (day < span && exercisedDaysAgo[day]) {
        ++streak;
        ++day;
    }
    return streak;
}

std::vector<WeekCount> sessionsPerWeek(const std::vector<SessionRecord> &history, LocalDay today,
                                       int weeks)
{
    if (weeks <= 0)
        return {};
    const LocalDay thisWeek = weekStartOf(today);
    std::vector<WeekCount> counts(std::size_t(weeks), WeekCount{});
    for (int i = 0; i < weeks; ++i)
        counts[std::size_t(i)].monday = thisWeek - std::chrono::weeks{ weeks - 1 - i };
    for (const SessionRecord &record : history) {
        const auto weeksAgo = (thisWeek - weekStartOf(localDayOf(record.startedAt))).count() / 7;
        if (weeksAgo >= 0 && weeksAgo < weeks && didExercise(record))
            ++counts[std::size_t(weeks - 1 - weeksAgo)].sessions;
    }
    return counts;
}

std::optional<DatedSession> lastPainStop(const std::vector<SessionRecord> &historyOldestFirst)
{
    for (auto it = historyOldestFirst.rbegin(); it != historyOldestFirst.rend(); ++it) {
        if (it->outcome == SessionOutcome::PainStop)
            return DatedSession{ *it, localDayOf(it->startedAt) };
    }
    return std::nullopt;
}

} // namespace gluteguide
