#pragma once

#include <chrono>
#include <optional>
#include <vector>

namespace gluteguide {

// A wall-clock moment in the user's time zone, to the minute: the reminder only cares about the
// calendar day and the time of day, never about time zones or clock changes (the app resolves
// those when it turns the result back into a real moment).
struct LocalDateTime
{
    std::chrono::year_month_day date{};
    std::chrono::minutes timeOfDay{ 0 };
    bool operator==(const LocalDateTime &) const = default;
};

// When the daily reminder is next due at or after `now`: the first chosen weekday whose reminder
// time has not passed. A reminder due in the same minute as `now` is due now (it fires, rather
// than waiting a week). None when no weekday is chosen, the time of day is outside 00:00-23:59 or
// `now` is not a real date. Weekdays other than the chosen ones are skipped; repeats are harmless.
std::optional<LocalDateTime> nextReminder(const LocalDateTime &now,
                                          std::chrono::minutes reminderTime,
                                          const std::vector<std::chrono::weekday> &chosenDays);

} // namespace gluteguide
