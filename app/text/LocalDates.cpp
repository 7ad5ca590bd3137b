#include "app/text/LocalDates.h"

namespace {
// The Julian day of 1970-01-01, where core's day count starts.
constexpr qint64 julianDayOfUnixEpoch = 2440588;
} // namespace

QDate dateOfLocalDay(gluteguide::LocalDay day)
{
    return QDate::fromJulianDay(day.time_since_epoch().count() + julianDayOfUnixEpoch);
}

gluteguide::LocalDay localDayOfDate(QDate date)
{
    return gluteguide::LocalDay{ std::chrono::days{ date.toJulianDay() - julianDayOfUnixEpoch } };
}
