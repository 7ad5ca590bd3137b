#include "AppTestSupport.h"
#include "CsvReader.h"
#include "GluteguideProcess.h"
#include "HistoryExpectations.h"
#include "HistorySamples.h"

#include "app/history/HistoryDatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

// `gluteguide --history` and `--export-history` of the real executable, reading a history the
// test stored with HistoryDatabase in a data folder of its own (XDG_DATA_HOME).
namespace {

using namespace gluteguide;

class HistoryCommandTest : public ::testing::Test
{
protected:
    // Where the executable, named GluteGuide by GluteGuide, keeps its history.
    QString historyPath() const
    {
        return m_home.filePath(QStringLiteral("data/GluteGuide/GluteGuide/history.sqlite"));
    }

    std::vector<SessionRecord> storeSamples(int count)
    {
        HistoryDatabase database(historyPath());
        EXPECT_EQ(database.open(), HistoryDatabase::OpenStatus::Created);
        for (int i = 0; i < count; ++i)
            storeSession(database, sampleSession(i));
        return database.sessions();
    }

    ProcessRun run(const QStringList &arguments) const
    {
        return runGluteguide(arguments, environmentWithoutDisplay(m_home));
    }

    QTemporaryDir m_home;
};

} // namespace

#if defined(Q_OS_LINUX)
TEST_F(HistoryCommandTest, HistoryJsonMatchesTheStore)
{
    const std::vector<SessionRecord> stored = storeSamples(9);
    ASSERT_EQ(stored.size(), 9u);
    const ProcessRun result = run({ QStringLiteral("--history"), QStringLiteral("--json") });
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.err.isEmpty()) << result.err.toStdString();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    ASSERT_TRUE(document.isArray());
    expectJsonMatches(document.array(), stored);
}

TEST_F(HistoryCommandTest, ExportHistoryWritesTheStoreAsCsv)
{
    const std::vector<SessionRecord> stored = storeSamples(9);
    const QString csvPath = m_home.filePath(QStringLiteral("for the therapist.csv"));
    const ProcessRun result = run({ QStringLiteral("--export-history"), csvPath });
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    QFile file(csvPath);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    expectCsvMatches(readCsv(QString::fromUtf8(file.readAll())), stored);
}

TEST_F(HistoryCommandTest, HistoryListsEverySessionOnALine)
{
    const std::vector<SessionRecord> stored = storeSamples(4);
    const ProcessRun result = run({ QStringLiteral("--history") });
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QStringList lines =
            QString::fromUtf8(result.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // A header, then a line per session; line breaks in routine names do not split lines.
    ASSERT_EQ(lines.size(), static_cast<qsizetype>(stored.size()) + 1) << result.out.toStdString();
    const std::vector<SessionRecord> &listed = stored;
    for (const SessionRecord &session : listed) {
        const QString reps =
                QStringLiteral("%1 of %2").arg(session.repsDone()).arg(session.repsPrescribed());
        const QString date =
                QDateTime::fromMSecsSinceEpoch(session.startedAt.utcMs, Qt::OffsetFromUTC,
                                               session.startedAt.utcOffsetMinutes * 60)
                        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        const auto line = std::find_if(lines.cbegin(), lines.cend(),
                                       [&](const QString &each) { return each.startsWith(date); });
        ASSERT_NE(line, lines.cend()) << date.toStdString();
        EXPECT_TRUE(line->contains(QString::fromStdString(session.routineName).simplified()))
                << line->toStdString();
        EXPECT_TRUE(line->endsWith(reps)) << line->toStdString();
    }
}

TEST_F(HistoryCommandTest, WithoutAHistoryItPrintsNoSessionsAndCreatesNothing)
{
    const ProcessRun json = run({ QStringLiteral("--history"), QStringLiteral("--json") });
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    EXPECT_TRUE(QJsonDocument::fromJson(json.out).array().isEmpty());
    const ProcessRun text = run({ QStringLiteral("--history") });
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_FALSE(text.out.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(historyPath()));
}

TEST_F(HistoryCommandTest, ExportToAPlaceThatCannotBeWrittenFailsWithAMessage)
{
    storeSamples(2);
    QFile blocker(m_home.filePath(QStringLiteral("not-a-folder")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString csvPath = m_home.filePath(QStringLiteral("not-a-folder/history.csv"));
    const ProcessRun result = run({ QStringLiteral("--export-history"), csvPath });
    EXPECT_NE(result.exitCode, 0);
    EXPECT_TRUE(result.err.contains(QStringLiteral("history.csv"))) << result.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(csvPath));
}

TEST_F(HistoryCommandTest, ADamagedHistoryFailsAndSaysWhereItWasKept)
{
    ASSERT_TRUE(QDir().mkpath(QFileInfo(historyPath()).absolutePath()));
    QFile file(historyPath());
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    const ProcessRun result = run({ QStringLiteral("--history"), QStringLiteral("--json") });
    EXPECT_NE(result.exitCode, 0);
    EXPECT_TRUE(result.err.contains(QStringLiteral("history.sqlite.corrupt-")))
            << result.err.toStdString();
    EXPECT_TRUE(result.out.isEmpty());
}
#endif
