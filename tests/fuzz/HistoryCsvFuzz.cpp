// The history's exports: sessions built from the bytes (any routine name, any number the
// database can hold) written as CSV and as JSON. The app imports neither, so the CSV is read
// back with the tests' own RFC 4180 reader (tests/app/CsvReader.h): it must be UTF-8, have the
// headings and one row per block (one for a session without blocks), and every cell must give
// back its field: the name, the outcome key, the duration to the millisecond, the block's
// numbers. The JSON must hold the same values.

#include "FuzzSupport.h"

#include "app/history/HistoryCsv.h"
#include "app/history/HistoryJson.h"
#include "app/history/WallTimeText.h"
#include "tests/app/CsvReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <fuzzer/FuzzedDataProvider.h>

#include <QDateTime>

#include <cstdint>
#include <cstdlib>
#include <limits>
#include <optional>

using namespace gluteguide;

namespace {

QString fromKey(std::string_view key)
{
    return QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
}

// "1843", "-0.5", "12.25": whole seconds and up to three decimals, read back independently of
// the writer. Nothing when the text is not that.
std::optional<std::int64_t> millisFromCsv(const QString &text)
{
    QString rest = text;
    const bool negative = rest.startsWith(QLatin1Char('-'));
    if (negative)
        rest.remove(0, 1);
    const qsizetype point = rest.indexOf(QLatin1Char('.'));
    const QString whole = point < 0 ? rest : rest.left(point);
    const QString decimals = point < 0 ? QString() : rest.mid(point + 1);
    if (whole.isEmpty() || (point >= 0 && (decimals.isEmpty() || decimals.size() > 3)))
        return std::nullopt;
    bool ok = false;
    const quint64 seconds = whole.toULongLong(&ok);
    if (!ok)
        return std::nullopt;
    quint64 millis = 0;
    if (!decimals.isEmpty()) {
        millis = decimals.leftJustified(3, QLatin1Char('0')).toULongLong(&ok);
        if (!ok)
            return std::nullopt;
    }
    // In unsigned arithmetic, so that the most negative duration reads back too.
    const quint64 magnitude = seconds * 1000 + millis;
    const quint64 limit = quint64(std::numeric_limits<std::int64_t>::max()) + (negative ? 1 : 0);
    if (seconds > limit / 1000 || magnitude > limit)
        return std::nullopt;
    return negative ? std::int64_t(0 - magnitude) : std::int64_t(magnitude);
}

// A time of a real session: ISO 8601 that Qt reads back to the same moment and offset. (Times
// of four- or five-digit years and offsets beyond a day are only checked not to crash.)
bool plausible(WallTime time)
{
    constexpr std::int64_t year1000 = -30'610'224'000'000;
    constexpr std::int64_t year9000 = 221'845'392'000'000;
    return time.utcMs > year1000 && time.utcMs < year9000
            && std::abs(time.utcOffsetMinutes) < 18 * 60;
}

SessionRecord fuzzedSession(FuzzedDataProvider &provider)
{
    SessionRecord session;
    session.startedAt = { provider.ConsumeIntegral<std::int64_t>(),
                          provider.ConsumeIntegral<int>() };
    session.routineName = provider.ConsumeRandomLengthString(80);
    session.outcome = static_cast<SessionOutcome>(provider.ConsumeIntegralInRange(0, 3));
    session.duration = Millis{ provider.ConsumeIntegral<std::int64_t>() };
    const int blocks = provider.ConsumeIntegralInRange(0, 6);
    for (int i = 0; i < blocks; ++i) {
        BlockRecord block;
        block.side = provider.ConsumeBool() ? Side::Right : Side::Left;
        block.set = provider.ConsumeIntegral<int>();
        block.movement = allMovements.at(
                provider.ConsumeIntegralInRange<std::size_t>(0, allMovements.size() - 1));
        block.repsDone = provider.ConsumeIntegral<int>();
        block.repsPrescribed = provider.ConsumeIntegral<int>();
        block.reached = provider.ConsumeBool();
        block.thatsAll = provider.ConsumeBool();
        session.blocks.push_back(block);
    }
    return session;
}

void checkCsv(const std::vector<SessionRecord> &sessions)
{
    const QByteArray csv = HistoryCsv::toCsv(sessions);
    const QString text = QString::fromUtf8(csv);
    FUZZ_CHECK(text.toUtf8() == csv, QStringLiteral("not UTF-8"));

    const std::vector<QStringList> rows = readCsv(text);
    std::size_t expectedRows = 1;
    for (const SessionRecord &session : sessions)
        expectedRows += std::max<std::size_t>(1, session.blocks.size());
    FUZZ_CHECK(rows.size() == expectedRows, text);
    FUZZ_CHECK(rows.front() == HistoryCsv::header(), text);

    std::size_t row = 1;
    for (const SessionRecord &session : sessions) {
        const std::size_t blockRows = std::max<std::size_t>(1, session.blocks.size());
        for (std::size_t b = 0; b < blockRows; ++b, ++row) {
            const QStringList &cells = rows.at(row);
            FUZZ_CHECK(cells.size() == 10, cells.join(QLatin1Char('|')));
            FUZZ_CHECK(cells.at(0) == WallTimeText::iso8601(session.startedAt), cells.at(0));
            if (plausible(session.startedAt)) {
                const QDateTime read = QDateTime::fromString(cells.at(0), Qt::ISODateWithMs);
                FUZZ_CHECK(read.toMSecsSinceEpoch() == session.startedAt.utcMs
                                   && read.offsetFromUtc()
                                           == session.startedAt.utcOffsetMinutes * 60,
                           cells.at(0));
            }
            FUZZ_CHECK(cells.at(1) == QString::fromStdString(session.routineName), cells.at(1));
            FUZZ_CHECK(cells.at(2) == fromKey(outcomeKey(session.outcome)), cells.at(2));
            FUZZ_CHECK(millisFromCsv(cells.at(3)) == session.duration.count(), cells.at(3));
            if (session.blocks.empty()) {
                for (qsizetype c = 4; c < 10; ++c)
                    FUZZ_CHECK(cells.at(c).isEmpty(), cells.join(QLatin1Char('|')));
                continue;
            }
            const BlockRecord &block = session.blocks.at(b);
            const QStringList expected{
                fromKey(sideKey(block.side)),          QString::number(block.set),
                fromKey(movementKey(block.movement)),  QString::number(block.repsDone),
                QString::number(block.repsPrescribed), block.thatsAll ? "true" : "false",
            };
            FUZZ_CHECK(cells.mid(4) == expected, cells.join(QLatin1Char('|')));
        }
    }
}

void checkJson(const std::vector<SessionRecord> &sessions)
{
    const QByteArray json = QJsonDocument(HistoryJson::toJson(sessions)).toJson();
    QJsonParseError error;
    const QJsonArray array = QJsonDocument::fromJson(json, &error).array();
    FUZZ_CHECK(error.error == QJsonParseError::NoError, error.errorString());
    FUZZ_CHECK(array.size() == qsizetype(sessions.size()), QString::fromUtf8(json));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const SessionRecord &session = sessions.at(std::size_t(i));
        const QJsonObject object = array.at(i).toObject();
        FUZZ_CHECK(object.value(QLatin1String("routine")).toString()
                           == QString::fromStdString(session.routineName),
                   QString::fromUtf8(json));
        FUZZ_CHECK(object.value(QLatin1String("outcome")).toString()
                           == fromKey(outcomeKey(session.outcome)),
                   QString::fromUtf8(json));
        const QJsonArray blocks = object.value(QLatin1String("blocks")).toArray();
        FUZZ_CHECK(blocks.size() == qsizetype(session.blocks.size()), QString::fromUtf8(json));
        for (qsizetype b = 0; b < blocks.size(); ++b) {
            const BlockRecord &block = session.blocks.at(std::size_t(b));
            const QJsonObject written = blocks.at(b).toObject();
            FUZZ_CHECK(written.value(QLatin1String("reps_done")).toInt() == block.repsDone,
                       QString::fromUtf8(json));
            FUZZ_CHECK(written.value(QLatin1String("set")).toInt() == block.set,
                       QString::fromUtf8(json));
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    startFuzzApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    FuzzedDataProvider provider(data, size);
    std::vector<SessionRecord> sessions;
    const int count = provider.ConsumeIntegralInRange(0, 4);
    for (int i = 0; i < count; ++i)
        sessions.push_back(fuzzedSession(provider));
    checkCsv(sessions);
    checkJson(sessions);
    return 0;
}
