#include "AppTestSupport.h"
#include "CsvReader.h"
#include "HistoryExpectations.h"
#include "HistorySamples.h"

#include "app/history/HistoryCsv.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>

using namespace gluteguide;

namespace {

std::vector<SessionRecord> samples(int count)
{
    std::vector<SessionRecord> sessions;
    for (int i = 0; i < count; ++i)
        sessions.push_back(sampleSession(i));
    return sessions;
}

} // namespace

TEST(HistoryCsvTest, HasOneRowPerBlockWithItsSessionRepeated)
{
    const std::vector<SessionRecord> sessions = samples(6);
    expectCsvMatches(readCsv(QString::fromUtf8(HistoryCsv::toCsv(sessions))), sessions);
}

TEST(HistoryCsvTest, QuotesFieldsWithCommasQuotesAndLineBreaks)
{
    SessionRecord session = sampleSession(0);
    session.routineName = "Week 2, \"gentle\"\r\nversion";
    const QString csv = QString::fromUtf8(HistoryCsv::toCsv({ session }));
    EXPECT_TRUE(csv.contains(QStringLiteral(",\"Week 2, \"\"gentle\"\"\r\nversion\",")))
            << csv.left(300).toStdString();
    expectCsvMatches(readCsv(csv), { session });
}

TEST(HistoryCsvTest, EveryRecordEndsWithCrLf)
{
    const QByteArray csv = HistoryCsv::toCsv(samples(3));
    ASSERT_TRUE(csv.endsWith("\r\n"));
    // Line breaks of the quoted routine names aside, every line feed ends a record.
    qsizetype records = 0;
    for (const QStringList &row : readCsv(QString::fromUtf8(csv))) {
        Q_UNUSED(row);
        ++records;
    }
    EXPECT_EQ(csv.count("\r\n"), records);
}

TEST(HistoryCsvTest, ASessionWithoutBlocksKeepsARow)
{
    SessionRecord session = sampleSession(2);
    session.blocks.clear();
    const std::vector<QStringList> rows =
            readCsv(QString::fromUtf8(HistoryCsv::toCsv({ session })));
    EXPECT_EQ(rows.size(), 2u);
    expectCsvMatches(rows, { session });
}

TEST(HistoryCsvTest, DurationsAreExactSeconds)
{
    for (const std::int64_t ms : { 0, 1, 999, 1000, 1843250, 86'400'007 }) {
        SessionRecord session = sampleSession(0);
        session.duration = Millis{ ms };
        expectCsvMatches(readCsv(QString::fromUtf8(HistoryCsv::toCsv({ session }))), { session });
    }
}

TEST(HistoryCsvTest, WritesTheFileWhole)
{
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.csv"));
    const std::vector<SessionRecord> sessions = samples(4);
    QString error;
    ASSERT_TRUE(HistoryCsv::write(path, sessions, &error)) << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    expectCsvMatches(readCsv(QString::fromUtf8(file.readAll())), sessions);
}

TEST(HistoryCsvTest, APlaceThatCannotBeWrittenFailsWithAMessage)
{
    const QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString path = dir.filePath(QStringLiteral("not-a-folder/history.csv"));
    QString error;
    EXPECT_FALSE(HistoryCsv::write(path, samples(1), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(path));
}

// Found by tests/fuzz/HistoryCsvFuzz.cpp: a damaged history (any integer in its columns) overflowed
// in the export. Each value is written as it is, or, for an offset no place has, the time in UTC.
TEST(HistoryCsvTest, ADamagedHistorysExtremeValuesAreWrittenWithoutOverflow)
{
    SessionRecord session = sampleSession(0);
    session.duration = Millis{ std::numeric_limits<std::int64_t>::min() };
    session.startedAt.utcOffsetMinutes = std::numeric_limits<int>::min();
    session.blocks.resize(2);
    for (BlockRecord &block : session.blocks)
        block.repsDone = std::numeric_limits<int>::max();
    const std::vector<QStringList> rows =
            readCsv(QString::fromUtf8(HistoryCsv::toCsv({ session })));
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[1][3], QStringLiteral("-9223372036854775.808"));
    EXPECT_TRUE(rows[1][0].endsWith(QStringLiteral("+00:00"))) << rows[1][0].toStdString();
    EXPECT_EQ(rows[1][7], QString::number(std::numeric_limits<int>::max()));
    EXPECT_EQ(session.repsDone(), std::numeric_limits<int>::max());

    session.duration = Millis{ std::numeric_limits<std::int64_t>::max() };
    session.blocks.front().repsDone = std::numeric_limits<int>::min();
    session.blocks.back().repsDone = -1;
    EXPECT_EQ(readCsv(QString::fromUtf8(HistoryCsv::toCsv({ session })))[1][3],
              QStringLiteral("9223372036854775.807"));
    EXPECT_EQ(session.repsDone(), std::numeric_limits<int>::min());
}
