#include "AppTestSupport.h"
#include "HistorySamples.h"

#include "app/history/HistoryDatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <random>

#if defined(Q_OS_UNIX)
#  include <unistd.h>
#endif

using namespace gluteguide;

namespace {

using OpenStatus = HistoryDatabase::OpenStatus;
using WriteStatus = HistoryDatabase::WriteStatus;

// A connection of the test's own to the file, as another program would have.
class OtherConnection
{
public:
    explicit OtherConnection(const QString &path)
        : m_name(QStringLiteral("test-other-%1").arg(++s_count))
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        database.setDatabaseName(path);
        EXPECT_TRUE(database.open()) << database.lastError().text().toStdString();
    }
    ~OtherConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    OtherConnection(const OtherConnection &) = delete;
    OtherConnection &operator=(const OtherConnection &) = delete;

    bool exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        const bool ok = query.exec(sql);
        EXPECT_TRUE(ok) << sql.toStdString() << ": " << query.lastError().text().toStdString();
        return ok;
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        const bool ok = query.exec(sql) && query.next();
        EXPECT_TRUE(ok) << sql.toStdString() << ": " << query.lastError().text().toStdString();
        return ok ? query.value(0) : QVariant();
    }

private:
    static inline int s_count = 0;
    QString m_name;
};

QString keyString(std::string_view key)
{
    return QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
}

QString historyPath(const QTemporaryDir &dir)
{
    return dir.filePath(QStringLiteral("history.sqlite"));
}

std::vector<SessionRecord> load(const QString &path)
{
    HistoryDatabase database(path);
    const OpenStatus status = database.open();
    EXPECT_TRUE(status == OpenStatus::Opened || status == OpenStatus::ReadOnly)
            << database.lastMessage().toStdString();
    bool ok = false;
    std::vector<SessionRecord> sessions = database.sessions(&ok);
    EXPECT_TRUE(ok) << database.lastMessage().toStdString();
    return sessions;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

// The files a damaged history was moved to, in the history's folder.
QStringList asideFiles(const QString &path)
{
    const QFileInfo info(path);
    return QDir(info.absolutePath())
            .entryList({ info.fileName() + QStringLiteral(".corrupt-*") }, QDir::Files, QDir::Name);
}

bool runningAsRoot()
{
#if defined(Q_OS_UNIX)
    return ::geteuid() == 0;
#else
    return false;
#endif
}

// Sessions as schema 1 held them: no local offsets, blocks without reached and "that's all".
std::vector<SessionRecord> schemaOneSessions()
{
    std::vector<SessionRecord> sessions{ sampleSession(0), sampleSession(3) };
    for (std::size_t i = 0; i < sessions.size(); ++i) {
        SessionRecord &session = sessions[i];
        session.id = static_cast<std::int64_t>(i) + 1;
        session.startedAt.utcOffsetMinutes = 0;
        if (session.endedAt)
            session.endedAt->utcOffsetMinutes = 0;
        for (BlockRecord &block : session.blocks) {
            block.reached = false;
            block.thatsAll = false;
        }
    }
    return sessions;
}

// A schema-1 file, made by hand. blocksAlsoHave: a column the blocks table has besides, to make
// an inconsistent file whose migration fails part way.
void createSchemaOneHistory(const QString &path, const std::vector<SessionRecord> &sessions,
                            const QString &blocksAlsoHave = {})
{
    OtherConnection sql(path);
    sql.exec(QStringLiteral("CREATE TABLE sessions (id INTEGER PRIMARY KEY, started_at_utc_ms "
                            "INTEGER NOT NULL, ended_at_utc_ms INTEGER, routine_name TEXT NOT "
                            "NULL, routine_hash TEXT NOT NULL, outcome TEXT NOT NULL, "
                            "duration_ms INTEGER NOT NULL DEFAULT 0)"));
    sql.exec(
            QStringLiteral("CREATE TABLE blocks (session_id INTEGER NOT NULL REFERENCES sessions "
                           "(id) ON DELETE CASCADE, position INTEGER NOT NULL, side TEXT NOT "
                           "NULL, set_number INTEGER NOT NULL, movement TEXT NOT NULL, reps_done "
                           "INTEGER NOT NULL, reps_prescribed INTEGER NOT NULL, %1 PRIMARY KEY "
                           "(session_id, position)) WITHOUT ROWID")
                    .arg(blocksAlsoHave.isEmpty() ? QString() : blocksAlsoHave + QLatin1Char(',')));
    for (const SessionRecord &session : sessions) {
        sql.exec(QStringLiteral("INSERT INTO sessions VALUES (%1, %2, %3, '%4', '%5', '%6', %7)")
                         .arg(session.id)
                         .arg(session.startedAt.utcMs)
                         .arg(session.endedAt ? QString::number(session.endedAt->utcMs)
                                              : QStringLiteral("NULL"))
                         .arg(QString::fromStdString(session.routineName)
                                      .replace(QLatin1Char('\''), QLatin1String("''")),
                              QString::fromStdString(session.routineHash),
                              keyString(outcomeKey(session.outcome)))
                         .arg(session.duration.count()));
        for (std::size_t i = 0; i < session.blocks.size(); ++i) {
            const BlockRecord &block = session.blocks[i];
            sql.exec(QStringLiteral("INSERT INTO blocks (session_id, position, side, set_number, "
                                    "movement, reps_done, reps_prescribed) VALUES (%1, %2, '%3', "
                                    "%4, '%5', %6, %7)")
                             .arg(session.id)
                             .arg(i)
                             .arg(keyString(sideKey(block.side)))
                             .arg(block.set)
                             .arg(keyString(movementKey(block.movement)))
                             .arg(block.repsDone)
                             .arg(block.repsPrescribed));
        }
    }
    sql.exec(QStringLiteral("PRAGMA user_version = 1"));
}

} // namespace

TEST(HistoryDatabaseTest, StoresASessionAndLoadsItBackWhole)
{
    const QTemporaryDir dir;
    HistoryDatabase database(historyPath(dir));
    ASSERT_EQ(database.open(), OpenStatus::Created) << database.lastMessage().toStdString();

    SessionRecord record = sampleSession(0);
    record.outcome = SessionOutcome::Interrupted;
    const std::optional<std::int64_t> id = database.beginSession(record);
    ASSERT_TRUE(id) << database.lastMessage().toStdString();
    EXPECT_GT(*id, 0);
    const SessionRecord done = sampleSession(0);
    std::vector<BlockRecord> halfway = record.blocks;
    std::copy_n(done.blocks.begin(), halfway.size() / 2, halfway.begin());
    EXPECT_EQ(database.updateBlocks(*id, halfway, Millis{ 0 }), WriteStatus::Written);
    EXPECT_EQ(database.finishSession(*id, done.outcome, *done.endedAt, done.duration, done.blocks),
              WriteStatus::Written);
    EXPECT_FALSE(database.hasPending());
    EXPECT_TRUE(database.lastMessage().isEmpty());

    SessionRecord expected = done;
    expected.id = *id;
    EXPECT_EQ(database.sessions(), std::vector<SessionRecord>{ expected });
    EXPECT_EQ(load(historyPath(dir)), std::vector<SessionRecord>{ expected });
}

TEST(HistoryDatabaseTest, ABegunSessionIsOnDiskAsInterruptedWithEveryBlockPrescribed)
{
    const QTemporaryDir dir;
    HistoryDatabase database(historyPath(dir));
    ASSERT_EQ(database.open(), OpenStatus::Created);
    SessionRecord record = sampleSession(0);
    record.blocks = startRecord(buildPlan(defaultRoutine()), record.startedAt, record.routineName,
                                record.routineHash)
                            .blocks;
    const std::optional<std::int64_t> id = database.beginSession(record);
    ASSERT_TRUE(id);

    // Read by another instance while this one is still open, as after a crash.
    SessionRecord expected = record;
    expected.id = *id;
    expected.outcome = SessionOutcome::Interrupted;
    expected.endedAt.reset();
    const std::vector<SessionRecord> stored = load(historyPath(dir));
    EXPECT_EQ(stored, std::vector<SessionRecord>{ expected });
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored[0].repsPrescribed(), buildPlan(defaultRoutine()).totalReps());
    EXPECT_EQ(stored[0].repsDone(), 0);
}

TEST(HistoryDatabaseTest, UpdateBlocksWritesOnlyTheBlocksThatChanged)
{
    const QTemporaryDir dir;
    HistoryDatabase database(historyPath(dir));
    ASSERT_EQ(database.open(), OpenStatus::Created);
    const SessionRecord record = sampleSession(3);
    const std::optional<std::int64_t> id = database.beginSession(record);
    ASSERT_TRUE(id);

    // Every block row written from now on is logged by the file itself.
    OtherConnection sql(historyPath(dir));
    sql.exec(QStringLiteral("CREATE TABLE block_writes (position INTEGER)"));
    sql.exec(QStringLiteral("CREATE TRIGGER log_insert AFTER INSERT ON blocks BEGIN INSERT INTO "
                            "block_writes VALUES (NEW.position); END"));
    sql.exec(QStringLiteral("CREATE TRIGGER log_update AFTER UPDATE ON blocks BEGIN INSERT INTO "
                            "block_writes VALUES (NEW.position); END"));

    std::vector<BlockRecord> blocks = record.blocks;
    blocks[3].repsDone += 1;
    blocks[3].reached = true;
    blocks[17].thatsAll = !blocks[17].thatsAll;
    EXPECT_EQ(database.updateBlocks(*id, blocks, Millis{ 0 }), WriteStatus::Written);
    EXPECT_EQ(database.updateBlocks(*id, blocks, Millis{ 0 }),
              WriteStatus::Written); // nothing changed

    QSqlQuery written(QSqlDatabase::database(database.connectionName()));
    ASSERT_TRUE(
            written.exec(QStringLiteral("SELECT position FROM block_writes ORDER BY position")));
    std::vector<int> positions;
    while (written.next())
        positions.push_back(written.value(0).toInt());
    EXPECT_EQ(positions, (std::vector<int>{ 3, 17 }));
    ASSERT_EQ(load(historyPath(dir)).size(), 1u);
    EXPECT_EQ(load(historyPath(dir)).front().blocks, blocks);
}

TEST(HistoryDatabaseTest, SessionsAreListedOldestFirst)
{
    const QTemporaryDir dir;
    HistoryDatabase database(historyPath(dir));
    ASSERT_EQ(database.open(), OpenStatus::Created);
    for (int index : { 5, 1, 3 })
        storeSession(database, sampleSession(index));

    std::vector<std::int64_t> starts;
    for (const SessionRecord &session : database.sessions())
        starts.push_back(session.startedAt.utcMs);
    EXPECT_EQ(starts,
              (std::vector<std::int64_t>{ sampleSession(1).startedAt.utcMs,
                                          sampleSession(3).startedAt.utcMs,
                                          sampleSession(5).startedAt.utcMs }));
}

#if defined(Q_OS_LINUX)
TEST(HistoryDatabaseTest, TheDefaultPlaceFollowsXdgDataHome)
{
    const QTemporaryDir dir;
    const QByteArray before = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", QFile::encodeName(dir.path()));
    const QString path = HistoryDatabase::defaultPath();
    HistoryDatabase database;
    const OpenStatus status = database.open();
    if (before.isNull())
        qunsetenv("XDG_DATA_HOME");
    else
        qputenv("XDG_DATA_HOME", before);

    EXPECT_TRUE(path.startsWith(dir.path() + QLatin1Char('/'))) << path.toStdString();
    EXPECT_TRUE(path.endsWith(QStringLiteral("/history.sqlite"))) << path.toStdString();
    EXPECT_EQ(database.path(), path);
    EXPECT_EQ(status, OpenStatus::Created) << database.lastMessage().toStdString();
    EXPECT_TRUE(QFileInfo::exists(path));
}
#endif

TEST(HistoryDatabaseTest, TwoInstancesOnOneFileHaveTheirOwnConnections)
{
    const QTemporaryDir dir;
    HistoryDatabase first(historyPath(dir));
    HistoryDatabase second(historyPath(dir));
    ASSERT_EQ(first.open(), OpenStatus::Created);
    ASSERT_EQ(second.open(), OpenStatus::Opened);
    EXPECT_NE(first.connectionName(), second.connectionName());
    const SessionRecord a = storeSession(first, sampleSession(0));
    const SessionRecord b = storeSession(second, sampleSession(1));
    EXPECT_EQ(first.sessions(), (std::vector<SessionRecord>{ a, b }));
}

TEST(HistoryDatabaseTest, ANewHistoryUsesWalForeignKeysAndTheCurrentSchema)
{
    const QTemporaryDir dir;
    HistoryDatabase database(historyPath(dir));
    ASSERT_EQ(database.open(), OpenStatus::Created);
    const SessionRecord stored = storeSession(database, sampleSession(0));

    OtherConnection sql(historyPath(dir));
    EXPECT_EQ(sql.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    EXPECT_EQ(sql.value(QStringLiteral("PRAGMA user_version")).toInt(),
              HistoryDatabase::schemaVersion);
    // Foreign keys are a setting of each connection: the history's own has them on, so deleting a
    // session deletes its blocks.
    QSqlQuery query(QSqlDatabase::database(database.connectionName()));
    ASSERT_TRUE(query.exec(QStringLiteral("DELETE FROM sessions WHERE id = %1").arg(stored.id)));
    EXPECT_EQ(sql.value(QStringLiteral("SELECT COUNT(*) FROM blocks")).toInt(), 0);
}

TEST(HistoryDatabaseTest, MigratesASchemaOneHistoryKeepingItsRecords)
{
    const QTemporaryDir dir;
    const std::vector<SessionRecord> old = schemaOneSessions();
    createSchemaOneHistory(historyPath(dir), old);

    // What schema 1 could not say is defaulted: offsets 0, not "that's all"; a block with reps
    // done was reached.
    std::vector<SessionRecord> expected = old;
    for (SessionRecord &session : expected) {
        for (BlockRecord &block : session.blocks)
            block.reached = block.repsDone > 0;
    }
    {
        HistoryDatabase database(historyPath(dir));
        ASSERT_EQ(database.open(), OpenStatus::Migrated) << database.lastMessage().toStdString();
        EXPECT_EQ(database.sessions(), expected);
        expected.push_back(storeSession(database, sampleSession(5)));
    }
    {
        OtherConnection sql(historyPath(dir));
        EXPECT_EQ(sql.value(QStringLiteral("PRAGMA user_version")).toInt(), 2);
    }
    HistoryDatabase reopened(historyPath(dir));
    ASSERT_EQ(reopened.open(), OpenStatus::Opened);
    EXPECT_EQ(reopened.sessions(), expected);
}

TEST(HistoryDatabaseTest, AMigrationThatFailsPartWayChangesNothing)
{
    const QTemporaryDir dir;
    // The blocks table already has the last column schema 2 adds: the migration's last step fails.
    createSchemaOneHistory(historyPath(dir), schemaOneSessions(),
                           QStringLiteral("thats_all INTEGER"));

    HistoryDatabase database(historyPath(dir));
    EXPECT_EQ(database.open(), OpenStatus::Failed);
    EXPECT_TRUE(database.lastMessage().contains(QDir::toNativeSeparators(historyPath(dir))))
            << database.lastMessage().toStdString();
    EXPECT_FALSE(database.isOpen());

    OtherConnection sql(historyPath(dir));
    EXPECT_EQ(sql.value(QStringLiteral("PRAGMA user_version")).toInt(), 1);
    EXPECT_EQ(sql.value(QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('sessions') WHERE "
                                       "name = 'started_utc_offset_min'"))
                      .toInt(),
              0);
    EXPECT_EQ(sql.value(QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('blocks') WHERE "
                                       "name = 'reached'"))
                      .toInt(),
              0);
    EXPECT_EQ(sql.value(QStringLiteral("SELECT COUNT(*) FROM sessions")).toInt(),
              static_cast<int>(schemaOneSessions().size()));
}

TEST(HistoryDatabaseTest, AHistoryOfANewerVersionIsLeftAsItIs)
{
    const QTemporaryDir dir;
    {
        OtherConnection sql(historyPath(dir));
        sql.exec(QStringLiteral("CREATE TABLE sessions (id INTEGER PRIMARY KEY)"));
        sql.exec(
                QStringLiteral("PRAGMA user_version = %1").arg(HistoryDatabase::schemaVersion + 1));
    }
    const QByteArray before = contents(historyPath(dir));

    HistoryDatabase database(historyPath(dir));
    EXPECT_EQ(database.open(), OpenStatus::Failed);
    EXPECT_FALSE(database.lastMessage().isEmpty());
    EXPECT_FALSE(database.beginSession(sampleSession(0)));
    EXPECT_EQ(contents(historyPath(dir)), before);
    EXPECT_TRUE(asideFiles(historyPath(dir)).isEmpty());
}

TEST(HistoryDatabaseTest, WhileAnotherProgramHoldsTheFileWritesAreKeptAndWrittenOnceItIsFree)
{
    const QTemporaryDir dir;
    HistoryDatabase database(historyPath(dir));
    ASSERT_EQ(database.open(), OpenStatus::Created);
    const SessionRecord first = sampleSession(1);
    const std::optional<std::int64_t> firstId = database.beginSession(first);
    ASSERT_TRUE(firstId);
    QSignalSpy problems(&database, &HistoryDatabase::problem);

    std::vector<BlockRecord> blocks = first.blocks;
    blocks[0].repsDone = 3;
    blocks[0].reached = true;
    const SessionRecord second = sampleSession(2);
    std::optional<std::int64_t> secondId;
    {
        OtherConnection other(historyPath(dir));
        other.exec(QStringLiteral("BEGIN EXCLUSIVE"));

        QElapsedTimer waited;
        waited.start();
        EXPECT_EQ(database.updateBlocks(*firstId, blocks, first.duration), WriteStatus::Queued);
        // It waited for the file a while before giving up.
        EXPECT_GE(waited.elapsed(), HistoryDatabase::busyTimeout.count() / 2);
        EXPECT_TRUE(database.hasPending());
        EXPECT_FALSE(database.lastMessage().isEmpty());
        EXPECT_EQ(problems.count(), 1);

        // A session begun meanwhile is kept as well, under an id for the writes that follow.
        secondId = database.beginSession(second);
        ASSERT_TRUE(secondId) << database.lastMessage().toStdString();
        EXPECT_EQ(database.unsavedSessions().size(), 2u);

        // Nothing has reached the file yet.
        const std::vector<SessionRecord> meanwhile = load(historyPath(dir));
        ASSERT_EQ(meanwhile.size(), 1u);
        EXPECT_EQ(meanwhile[0].blocks, first.blocks);
        other.exec(QStringLiteral("ROLLBACK"));
    }

    EXPECT_EQ(database.flushPending(), WriteStatus::Written);
    EXPECT_FALSE(database.hasPending());
    EXPECT_TRUE(database.lastMessage().isEmpty());
    EXPECT_EQ(database.finishSession(*secondId, second.outcome, *second.endedAt, second.duration,
                                     second.blocks),
              WriteStatus::Written);

    const std::vector<SessionRecord> stored = load(historyPath(dir));
    ASSERT_EQ(stored.size(), 2u);
    SessionRecord expectedFirst = first;
    expectedFirst.id = *firstId;
    expectedFirst.outcome = SessionOutcome::Interrupted;
    expectedFirst.endedAt.reset();
    expectedFirst.blocks = blocks;
    SessionRecord expectedSecond = second;
    expectedSecond.id = stored[1].id;
    EXPECT_EQ(stored, (std::vector<SessionRecord>{ expectedFirst, expectedSecond }));
}

TEST(HistoryDatabaseTest, AWriteKeptWhileTheFileWasHeldLandsWithTheNextWrite)
{
    const QTemporaryDir dir;
    HistoryDatabase database(historyPath(dir));
    ASSERT_EQ(database.open(), OpenStatus::Created);
    const SessionRecord a = sampleSession(1);
    const SessionRecord b = sampleSession(2);
    const std::optional<std::int64_t> aId = database.beginSession(a);
    const std::optional<std::int64_t> bId = database.beginSession(b);
    ASSERT_TRUE(aId && bId);
    {
        OtherConnection other(historyPath(dir));
        other.exec(QStringLiteral("BEGIN EXCLUSIVE"));
        EXPECT_EQ(database.finishSession(*aId, a.outcome, *a.endedAt, a.duration, a.blocks),
                  WriteStatus::Queued);
        other.exec(QStringLiteral("COMMIT"));
    }
    EXPECT_EQ(database.updateBlocks(*bId, b.blocks, Millis{ 0 }), WriteStatus::Written);

    const std::vector<SessionRecord> stored = load(historyPath(dir));
    ASSERT_EQ(stored.size(), 2u);
    EXPECT_EQ(stored[0].outcome, a.outcome);
    EXPECT_EQ(stored[0].endedAt, a.endedAt);
    EXPECT_EQ(stored[0].duration, a.duration);
    EXPECT_EQ(stored[0].blocks, a.blocks);
    EXPECT_EQ(stored[1].blocks, b.blocks);
}

TEST(HistoryDatabaseTest, AFailedWriteIsKeptAndWrittenOnceTheProblemIsGone)
{
    const QTemporaryDir dir;
    HistoryDatabase database(historyPath(dir));
    ASSERT_EQ(database.open(), OpenStatus::Created);
    const SessionRecord record = sampleSession(0);
    const std::optional<std::int64_t> id = database.beginSession(record);
    ASSERT_TRUE(id);
    const std::vector<SessionRecord> begun = load(historyPath(dir));

    OtherConnection sql(historyPath(dir));
    sql.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE UPDATE ON sessions BEGIN SELECT "
                            "RAISE(ABORT, 'refused by the test'); END"));
    QSignalSpy problems(&database, &HistoryDatabase::problem);
    EXPECT_EQ(database.finishSession(*id, record.outcome, *record.endedAt, record.duration,
                                     record.blocks),
              WriteStatus::Failed);
    EXPECT_EQ(problems.count(), 1);
    EXPECT_TRUE(database.lastMessage().contains(QStringLiteral("refused by the test")))
            << database.lastMessage().toStdString();
    ASSERT_EQ(database.unsavedSessions().size(), 1u);
    EXPECT_EQ(database.unsavedSessions()[0].outcome, record.outcome);
    // The transaction was rolled back whole: not even the blocks changed.
    EXPECT_EQ(load(historyPath(dir)), begun);

    sql.exec(QStringLiteral("DROP TRIGGER refuse"));
    EXPECT_EQ(database.flushPending(), WriteStatus::Written);
    SessionRecord expected = record;
    expected.id = *id;
    EXPECT_EQ(load(historyPath(dir)), std::vector<SessionRecord>{ expected });
}

TEST(HistoryDatabaseTest, AFullDiskFailsTheWriteWithAMessageAndKeepsEarlierSessions)
{
    const QTemporaryDir dir;
    HistoryDatabase database(historyPath(dir));
    ASSERT_EQ(database.open(), OpenStatus::Created);
    const SessionRecord earlier = storeSession(database, sampleSession(0));

    // SQLite reports a full disk when the file may not grow (as with no space left).
    QSqlQuery limit(QSqlDatabase::database(database.connectionName()));
    ASSERT_TRUE(limit.exec(QStringLiteral("PRAGMA page_count")) && limit.next());
    const int pages = limit.value(0).toInt();
    ASSERT_TRUE(limit.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    limit.finish();
    SessionRecord large = sampleSession(1);
    large.routineName = std::string(256 * 1024, 'x');

    EXPECT_FALSE(database.beginSession(large));
    EXPECT_TRUE(database.lastMessage().contains(QStringLiteral("disk is full")))
            << database.lastMessage().toStdString();
    EXPECT_FALSE(database.hasPending());
    EXPECT_EQ(load(historyPath(dir)), std::vector<SessionRecord>{ earlier });
}

TEST(HistoryDatabaseTest, AFolderThatCannotBeMadeFailsTheOpenWithAMessage)
{
    const QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("not-a-folder")), "x");
    const QString path = dir.filePath(QStringLiteral("not-a-folder/history.sqlite"));
    HistoryDatabase database(path);
    EXPECT_EQ(database.open(), OpenStatus::Failed);
    EXPECT_TRUE(database.lastMessage().contains(
            QDir::toNativeSeparators(dir.filePath(QStringLiteral("not-a-folder")))))
            << database.lastMessage().toStdString();
    EXPECT_FALSE(database.beginSession(sampleSession(0)));
    EXPECT_FALSE(database.lastMessage().isEmpty());
}

TEST(HistoryDatabaseTest, AReadOnlyFileIsReadButWritesFailWithAMessage)
{
    if (runningAsRoot())
        GTEST_SKIP() << "root ignores file permissions";
    const QTemporaryDir dir;
    std::vector<SessionRecord> stored;
    {
        HistoryDatabase database(historyPath(dir));
        ASSERT_EQ(database.open(), OpenStatus::Created);
        stored.push_back(storeSession(database, sampleSession(0)));
    }
    const QFileDevice::Permissions writable = QFile::permissions(historyPath(dir));
    ASSERT_TRUE(QFile::setPermissions(historyPath(dir), QFileDevice::ReadOwner));
    {
        HistoryDatabase database(historyPath(dir));
        EXPECT_EQ(database.open(), OpenStatus::ReadOnly);
        EXPECT_TRUE(database.isReadOnly());
        EXPECT_EQ(database.sessions(), stored);
        EXPECT_FALSE(database.beginSession(sampleSession(1)));
        EXPECT_TRUE(database.lastMessage().contains(QDir::toNativeSeparators(historyPath(dir))))
                << database.lastMessage().toStdString();
    }
    ASSERT_TRUE(QFile::setPermissions(historyPath(dir), writable));
    EXPECT_EQ(load(historyPath(dir)), stored);
}

TEST(HistoryDatabaseTest, AHistoryInAReadOnlyFolderIsReadButWritesFailWithAMessage)
{
    if (runningAsRoot())
        GTEST_SKIP() << "root ignores file permissions";
    const QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("data"));
    const QString path = QDir(folder).filePath(QStringLiteral("history.sqlite"));
    std::vector<SessionRecord> stored;
    {
        HistoryDatabase database(path);
        ASSERT_EQ(database.open(), OpenStatus::Created);
        stored.push_back(storeSession(database, sampleSession(0)));
    }
    const QFileDevice::Permissions writable = QFile::permissions(folder);
    ASSERT_TRUE(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    {
        HistoryDatabase database(path);
        EXPECT_EQ(database.open(), OpenStatus::ReadOnly) << database.lastMessage().toStdString();
        EXPECT_EQ(database.sessions(), stored);
        EXPECT_FALSE(database.beginSession(sampleSession(1)));
        EXPECT_TRUE(database.lastMessage().contains(QDir::toNativeSeparators(path)))
                << database.lastMessage().toStdString();
    }
    ASSERT_TRUE(QFile::setPermissions(folder, writable));
    EXPECT_EQ(load(path), stored);
}

TEST(HistoryDatabaseTest, ADamagedFileIsMovedAsideUnchangedAndANewHistoryBegins)
{
    const QTemporaryDir dir;
    QByteArray garbage(64 * 1024, '\0');
    std::mt19937 random(11);
    for (char &byte : garbage)
        byte = static_cast<char>(random() & 0xff);
    writeFile(historyPath(dir), garbage);

    HistoryDatabase database(historyPath(dir));
    QSignalSpy problems(&database, &HistoryDatabase::problem);
    EXPECT_EQ(database.open(), OpenStatus::Replaced);
    const QStringList aside = asideFiles(historyPath(dir));
    ASSERT_EQ(aside.size(), 1);
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^history\\.sqlite\\.corrupt-\\d{8}-\\d{6}$"))
                        .match(aside[0])
                        .hasMatch())
            << aside[0].toStdString();
    const QString asidePath = dir.filePath(aside[0]);
    EXPECT_EQ(contents(asidePath), garbage);
    EXPECT_TRUE(database.lastMessage().contains(QDir::toNativeSeparators(asidePath)))
            << database.lastMessage().toStdString();
    EXPECT_EQ(problems.count(), 1);

    EXPECT_TRUE(database.sessions().empty());
    const SessionRecord stored = storeSession(database, sampleSession(0));
    EXPECT_EQ(load(historyPath(dir)), std::vector<SessionRecord>{ stored });
}

TEST(HistoryDatabaseTest, ATruncatedFileIsMovedAsideUnchangedAndANewHistoryBegins)
{
    const QTemporaryDir dir;
    {
        HistoryDatabase database(historyPath(dir));
        ASSERT_EQ(database.open(), OpenStatus::Created);
        for (int i = 0; i < 40; ++i)
            storeSession(database, sampleSession(i));
    }
    const QByteArray whole = contents(historyPath(dir));
    ASSERT_GT(whole.size(), 8 * 4096) << "too small to lose pages";
    ASSERT_TRUE(QFile::resize(historyPath(dir), whole.size() / 2));

    HistoryDatabase database(historyPath(dir));
    EXPECT_EQ(database.open(), OpenStatus::Replaced) << database.lastMessage().toStdString();
    const QStringList aside = asideFiles(historyPath(dir));
    ASSERT_EQ(aside.size(), 1);
    EXPECT_EQ(contents(dir.filePath(aside[0])), whole.left(whole.size() / 2));
    EXPECT_TRUE(database.sessions().empty());
    const SessionRecord stored = storeSession(database, sampleSession(0));
    EXPECT_EQ(load(historyPath(dir)), std::vector<SessionRecord>{ stored });
}

TEST(HistoryDatabaseTest, DamagedFilesMovedAsideInTheSameSecondAreAllKept)
{
    const QTemporaryDir dir;
    for (const QByteArray &garbage : { QByteArray(8192, 'a'), QByteArray(8192, 'b') }) {
        writeFile(historyPath(dir), garbage);
        HistoryDatabase database(historyPath(dir));
        EXPECT_EQ(database.open(), OpenStatus::Replaced);
    }
    const QStringList aside = asideFiles(historyPath(dir));
    ASSERT_EQ(aside.size(), 2);
    QList<QByteArray> kept;
    for (const QString &name : aside)
        kept << contents(dir.filePath(name));
    EXPECT_TRUE(kept.contains(QByteArray(8192, 'a')));
    EXPECT_TRUE(kept.contains(QByteArray(8192, 'b')));
}
