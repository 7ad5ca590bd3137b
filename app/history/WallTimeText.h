#pragma once

#include "core/history/SessionRecord.h"

#include <QDateTime>
#include <QString>

// A moment of the history as the person's clock showed it there and then: the stored UTC time
// with its stored offset, not the machine's current time zone. An offset of more than 18 hours
// (only a damaged history has one) is not applied: the time is shown in UTC.
class WallTimeText
{
public:
    // ISO 8601 with the offset: "2024-05-01T08:30:00+02:00", with milliseconds when there are
    // any ("2024-05-01T08:30:00.250+02:00").
    static QString iso8601(gluteguide::WallTime time);
    // The moment at its own offset, for showing its local date and time.
    static QDateTime localDateTime(gluteguide::WallTime time);
};
