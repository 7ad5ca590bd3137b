#include "app/history/HistoryCsv.h"

#include "app/history/WallTimeText.h"

#include <QSaveFile>

#include <cstdint>
#include <string_view>

using namespace gluteguide;

namespace {

QString fromKey(std::string_view key)
{
    return QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
}

// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.
QString field(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// Seconds exactly, without a locale: "1843", "1843.25". The magnitude is unsigned, so that even
// the most negative duration (only a damaged history has one) is written right.
QString secondsText(Millis duration)
{
    const auto count = duration.count();
    const auto ms =
            count < 0 ? 0 - static_cast<std::uint64_t>(count) : static_cast<std::uint64_t>(count);
    QString text = QString::number(ms / 1000);
    if (count < 0)
        text.prepend(QLatin1Char('-'));
    if (ms % 1000 != 0) {
        QString decimals = QStringLiteral("%1").arg(ms % 1000, 3, 10, QLatin1Char('0'));
        while (decimals.endsWith(QLatin1Char('0')))
            decimals.chop(1);
        text += QLatin1Char('.') + decimals;
    }
    return text;
}

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

QStringList HistoryCsv::header()
{
    //: Column headings of the history exported as CSV, for a spreadsheet.
    return { tr("Started"), tr("Routine"), tr("Outcome"), tr("Duration (seconds)"), tr("Side"),
             tr("Set"), tr("Movement"), tr("Reps done"), tr("Reps prescribed"),
             //: The column that says whether the person pressed "That's all I can do".
             tr("That's all I can do") };
}

QByteArray HistoryCsv::toCsv(const std::vector<SessionRecord> &sessions)
{
    const QString lineEnd = QStringLiteral("\r\n");
    QStringList headings;
    for (const QString &heading : header())
        headings << field(heading);
    QString csv = headings.join(QLatin1Char(',')) + lineEnd;
    for (const SessionRecord &session : sessions) {
        const QStringList sessionFields{
            field(WallTimeText::iso8601(session.startedAt)),
            field(QString::fromStdString(session.routineName)),
            field(fromKey(outcomeKey(session.outcome))),
            secondsText(session.duration),
        };
        if (session.blocks.empty()) {
            csv += (sessionFields + QStringList(6, QString())).join(QLatin1Char(',')) + lineEnd;
            continue;
        }
        for (const BlockRecord &block : session.blocks) {
            const QStringList blockFields{
                fromKey(sideKey(block.side)),          QString::number(block.set),
                fromKey(movementKey(block.movement)),  QString::number(block.repsDone),
                QString::number(block.repsPrescribed), boolText(block.thatsAll),
            };
            csv += (sessionFields + blockFields).join(QLatin1Char(',')) + lineEnd;
        }
    }
    return csv.toUtf8();
}

bool HistoryCsv::write(const QString &path, const std::vector<SessionRecord> &sessions,
                       QString *errorMessage)
{
    const QByteArray contents = toCsv(sessions);
    QSaveFile file(path);
    // Without commit(), QSaveFile discards what was written and an old file stays as it was.
    const bool saved = file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size()
            && file.commit();
    if (!saved && errorMessage)
        *errorMessage = tr("cannot be written: %1").arg(file.errorString());
    return saved;
}
