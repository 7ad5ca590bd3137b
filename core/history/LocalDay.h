#pragma once

#include "core/history/SessionRecord.h"

#include <chrono>

namespace gluteguide {

// A date on the person's own calendar. sys_days serves only as the civil calendar's day count
// (days since 1970-01-01, with year_month_day and weekday); it implies no time zone.
using LocalDay = std::chrono::sys_days;

// The local date of a moment: its UTC time moved by the offset in force there and then.
LocalDay localDayOf(WallTime time);

// The Monday on or before a day: weeks start on Monday, as ISO 8601 weeks do.
LocalDay weekStartOf(LocalDay day);

} // namespace gluteguide
