// A session killed with SIGKILL mid-way (issue 11): the real program, recording into its own
// history, is killed in the third movement; the history keeps every finished block and every
// earlier record, and shows the session as interrupted.

#include "AppTestSupport.h"
#include "GluteguideProcess.h"
#include "HistorySamples.h"

#include "app/history/HistoryDatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

using namespace gluteguide;

namespace {

int linesContaining(const QString &path, const QByteArray &text)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return int(file.readAll().count(text));
}

} // namespace

#if defined(Q_OS_UNIX)
TEST(InterruptedSessionTest, KillNineMidSessionKeepsFinishedBlocksAndEarlierRecords)
{
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    const QString historyPath =
            home.filePath(QStringLiteral("data/GluteGuide/GluteGuide/history.sqlite"));
    std::vector<SessionRecord> earlier;
    {
        HistoryDatabase database(historyPath);
        ASSERT_EQ(database.open(), HistoryDatabase::OpenStatus::Created);
        for (int i = 0; i < 2; ++i)
            storeSession(database, sampleSession(i));
        earlier = database.sessions();
    }

    QProcessEnvironment environment = environmentWithoutDisplay(home);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QString log = home.filePath(QStringLiteral("events.jsonl"));
    QProcess app;
    app.setProcessEnvironment(environment);
    app.start(QStringLiteral(GLUTEGUIDE_BINARY),
              { QStringLiteral("--start"), QStringLiteral("--mute"), QStringLiteral("--speed"),
                QStringLiteral("50"), QStringLiteral("--event-log"), log });
    ASSERT_TRUE(app.waitForStarted(30000));

    // Into the third movement: two blocks of 15 done and a few reps of the next.
    constexpr int repsBeforeKill = 15 * 2 + 4;
    QElapsedTimer waited;
    waited.start();
    while (linesContaining(log, "\"rep_completed\"") < repsBeforeKill && waited.elapsed() < 60000)
        QThread::msleep(20);
    ASSERT_GE(linesContaining(log, "\"rep_completed\""), repsBeforeKill) << "the session ran";
    app.kill(); // SIGKILL: no chance to write anything more
    ASSERT_TRUE(app.waitForFinished(10000));
    ASSERT_EQ(app.exitStatus(), QProcess::CrashExit);

    HistoryDatabase database(historyPath);
    ASSERT_EQ(database.open(), HistoryDatabase::OpenStatus::Opened);
    const std::vector<SessionRecord> sessions = database.sessions();
    ASSERT_EQ(sessions.size(), 3u);
    EXPECT_EQ(sessions[0], earlier[0]);
    EXPECT_EQ(sessions[1], earlier[1]);
    const SessionRecord &killed = sessions[2];
    EXPECT_EQ(killed.outcome, SessionOutcome::Interrupted);
    EXPECT_FALSE(killed.endedAt.has_value());
    ASSERT_EQ(killed.repsPrescribed(), buildPlan(defaultRoutine()).totalReps());
    // The finished blocks are all there; at most the one in progress is lost.
    EXPECT_EQ(killed.blocks[0].repsDone, 15);
    EXPECT_EQ(killed.blocks[1].repsDone, 15);
    for (const BlockRecord &block : killed.blocks)
        EXPECT_TRUE(block.repsDone == 0 || block.repsDone == block.repsPrescribed);

    // And the command line says so.
    const ProcessRun listed =
            runGluteguide({ QStringLiteral("--history"), QStringLiteral("--json") },
                          environmentWithoutDisplay(home));
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QJsonArray json = QJsonDocument::fromJson(listed.out).array();
    ASSERT_EQ(json.size(), 3);
    EXPECT_EQ(json[2].toObject()[QStringLiteral("outcome")].toString(),
              QStringLiteral("interrupted"));
    EXPECT_GE(json[2].toObject()[QStringLiteral("reps_done")].toInt(), 30);
}

// SIGKILL at the moment the history is written, again and again: a block's write starts as its
// last rep completes, so the program is killed within a few milliseconds of that, at a different
// delay each round. The database must open every time (no corruption), keep every record it had,
// and never hold half a block.
TEST(InterruptedSessionTest, KillNineDuringHistoryWritesNeverLosesOrTearsRecords)
{
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    const QString historyPath =
            home.filePath(QStringLiteral("data/GluteGuide/GluteGuide/history.sqlite"));
    std::vector<SessionRecord> kept;
    {
        HistoryDatabase database(historyPath);
        ASSERT_EQ(database.open(), HistoryDatabase::OpenStatus::Created);
        for (int i = 0; i < 3; ++i)
            storeSession(database, sampleSession(i));
        kept = database.sessions();
    }
    QProcessEnvironment environment = environmentWithoutDisplay(home);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

    constexpr int rounds = 10;
    for (int round = 0; round < rounds; ++round) {
        const QString log = home.filePath(QStringLiteral("events-%1.jsonl").arg(round));
        QProcess app;
        app.setProcessEnvironment(environment);
        app.start(QStringLiteral(GLUTEGUIDE_BINARY),
                  { QStringLiteral("--start"), QStringLiteral("--mute"), QStringLiteral("--speed"),
                    QStringLiteral("100"), QStringLiteral("--event-log"), log });
        ASSERT_TRUE(app.waitForStarted(30000));
        // The end of the first or second block, then 0 to 9 ms more.
        const int repsBeforeKill = 15 * (1 + round % 2);
        QElapsedTimer waited;
        waited.start();
        while (linesContaining(log, "\"rep_completed\"") < repsBeforeKill
               && waited.elapsed() < 60000)
            QThread::usleep(500);
        QThread::usleep(1000 * (round % 10));
        app.kill();
        ASSERT_TRUE(app.waitForFinished(10000));

        HistoryDatabase database(historyPath);
        ASSERT_EQ(database.open(), HistoryDatabase::OpenStatus::Opened) << "round " << round;
        const std::vector<SessionRecord> sessions = database.sessions();
        ASSERT_GE(sessions.size(), kept.size()) << "round " << round;
        for (std::size_t i = 0; i < kept.size(); ++i)
            EXPECT_EQ(sessions[i], kept[i]) << "round " << round << ", record " << i;
        for (std::size_t i = kept.size(); i < sessions.size(); ++i) {
            EXPECT_EQ(sessions[i].outcome, SessionOutcome::Interrupted) << "round " << round;
            for (const BlockRecord &block : sessions[i].blocks)
                EXPECT_TRUE(block.repsDone == 0 || block.repsDone == block.repsPrescribed)
                        << "round " << round << ": a torn block of " << block.repsDone;
        }
        kept = sessions; // this round's record must survive the next rounds too
    }
    EXPECT_GE(kept.size(), std::size_t(3 + rounds / 2)) << "few sessions were recorded at all";
}
#endif
