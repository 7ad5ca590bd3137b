#include "app/history/WallTimeText.h"

#include <cstdlib>

QDateTime WallTimeText::localDateTime(gluteguide::WallTime time)
{
    return QDateTime::fromMSecsSinceEpoch(time.utcMs, Qt::OffsetFromUTC,
                                          time.utcOffsetMinutes * 60);
}

QString WallTimeText::iso8601(gluteguide::WallTime time)
{
    const QDateTime local = localDateTime(time);
    // Qt writes "Z" for a zero offset; "+00:00" keeps every line alike.
    QString text =
            local.toString(local.time().msec() != 0 ? QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz")
                                                    : QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"));
    const int offset = std::abs(time.utcOffsetMinutes);
    text += QStringLiteral("%1%2:%3")
                    .arg(time.utcOffsetMinutes < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                    .arg(offset / 60, 2, 10, QLatin1Char('0'))
                    .arg(offset % 60, 2, 10, QLatin1Char('0'));
    return text;
}
