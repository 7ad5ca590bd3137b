#include "app/history/WallTimeText.h"

#include <cstdlib>

namespace {

// No place on Earth is further than 14 h from UTC; ISO 8601 allows up to 18 h. An offset beyond
// that can only come from a damaged history, and the time is then shown in UTC.
constexpr int maxOffsetMinutes = 18 * 60;

int usableOffsetMinutes(gluteguide::WallTime time)
{
    return std::abs(static_cast<long long>(time.utcOffsetMinutes)) <= maxOffsetMinutes
            ? time.utcOffsetMinutes
            : 0;
}

} // namespace

QDateTime WallTimeText::localDateTime(gluteguide::WallTime time)
{
    return QDateTime::fromMSecsSinceEpoch(time.utcMs, Qt::OffsetFromUTC,
                                          usableOffsetMinutes(time) * 60);
}

QString WallTimeText::iso8601(gluteguide::WallTime time)
{
    const QDateTime local = localDateTime(time);
    // Qt writes "Z" for a zero offset; "+00:00" keeps every line alike.
    QString text =
            local.toString(local.time().msec() != 0 ? QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz")
                                                    : QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"));
    const int offsetMinutes = usableOffsetMinutes(time);
    const int offset = std::abs(offsetMinutes);
    text += QStringLiteral("%1%2:%3")
                    .arg(offsetMinutes < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                    .arg(offset / 60, 2, 10, QLatin1Char('0'))
                    .arg(offset % 60, 2, 10, QLatin1Char('0'));
    return text;
}
