#include "core/reminder/ReminderSchedule.h"

#include <algorithm>

namespace gluteguide {

std::optional<LocalDateTime> nextReminder(const LocalDateTime &now,
                                          std::chrono::minutes reminderTime,
                                          const std::vector<std::chrono::weekday> &chosenDays)
{
    using namespace std::chrono;
    if (reminderTime < minutes{ 0 } || reminderTime >= hours{ 24 } || !now.date.ok())
        return std::nullopt;
    const bool anyDay =
            std::any_of(chosenDays.begin(), chosenDays.end(), [](weekday day) { return day.ok(); });
    if (!anyDay)
        return std::nullopt;

    const sys_days today{ now.date };
    // Today counts only while its time has not passed; otherwise a chosen day is within a week.
    const int firstOffset = now.timeOfDay <= reminderTime ? 0 : 1;
    for (int offset = firstOffset; offset <= 7; ++offset) {
        const sys_days candidate = today + std::chrono::days{ offset };
        const weekday day{ candidate };
        if (std::find(chosenDays.begin(), chosenDays.end(), day) != chosenDays.end())
            return LocalDateTime{ year_month_day{ candidate }, reminderTime };
    }
    return std::nullopt;
}

} // namespace gluteguide
