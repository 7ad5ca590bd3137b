#include "app/history/HistoryDatabase.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>
#include <QUrl>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <string_view>
#include <unordered_map>

using namespace gluteguide;

namespace {

// SQLite's primary result codes (the low byte of the extended ones Qt reports).
constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;
constexpr int sqliteReadOnly = 8;
constexpr int sqliteCorrupt = 11;
constexpr int sqliteFull = 13;
constexpr int sqliteCantOpen = 14;
constexpr int sqliteNotADatabase = 26;

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : -1;
}

bool isDamage(const QSqlError &error)
{
    const int code = sqliteCode(error);
    return code == sqliteCorrupt || code == sqliteNotADatabase;
}

QSqlError execute(const QSqlDatabase &database, const QString &sql)
{
    QSqlQuery query(database);
    if (!query.exec(sql))
        return query.lastError();
    return {};
}

QString keyText(std::string_view key)
{
    return QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Schema 2, for a new file. Times are UTC milliseconds with the local offset of the moment, so
// days stay the person's own after a change of time zone.
QStringList createStatements()
{
    return {
        QStringLiteral("CREATE TABLE sessions ("
                       " id INTEGER PRIMARY KEY,"
                       " started_at_utc_ms INTEGER NOT NULL,"
                       " started_utc_offset_min INTEGER NOT NULL DEFAULT 0,"
                       " ended_at_utc_ms INTEGER,"
                       " ended_utc_offset_min INTEGER,"
                       " routine_name TEXT NOT NULL,"
                       " routine_hash TEXT NOT NULL,"
                       " outcome TEXT NOT NULL,"
                       " duration_ms INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX sessions_by_start ON sessions (started_at_utc_ms)"),
        // Kept in key order (WITHOUT ROWID), so all blocks load in one ordered pass.
        QStringLiteral("CREATE TABLE blocks ("
                       " session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " side TEXT NOT NULL,"
                       " set_number INTEGER NOT NULL,"
                       " movement TEXT NOT NULL,"
                       " reps_done INTEGER NOT NULL,"
                       " reps_prescribed INTEGER NOT NULL,"
                       " reached INTEGER NOT NULL DEFAULT 0,"
                       " thats_all INTEGER NOT NULL DEFAULT 0,"
                       " PRIMARY KEY (session_id, position)) WITHOUT ROWID"),
    };
}

// Schema 1 had no local offsets and did not know whether a block was reached or ended by "that's
// all I can do". A block with reps done was reached.
QStringList upgradeFrom1Statements()
{
    return {
        QStringLiteral("ALTER TABLE sessions ADD COLUMN started_utc_offset_min INTEGER NOT NULL "
                       "DEFAULT 0"),
        QStringLiteral("ALTER TABLE sessions ADD COLUMN ended_utc_offset_min INTEGER"),
        QStringLiteral("ALTER TABLE blocks ADD COLUMN reached INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE blocks ADD COLUMN thats_all INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("UPDATE blocks SET reached = 1 WHERE reps_done > 0"),
    };
}

bool sameSessionRow(const SessionRecord &a, const SessionRecord &b)
{
    return a.id == b.id && a.startedAt == b.startedAt && a.endedAt == b.endedAt
            && a.routineName == b.routineName && a.routineHash == b.routineHash
            && a.outcome == b.outcome && a.duration == b.duration;
}

bool isStored(const SessionRecord &wanted, const std::optional<SessionRecord> &stored)
{
    return stored && *stored == wanted;
}

std::atomic<int> connectionCount{ 0 };

} // namespace

QString HistoryDatabase::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .filePath(QStringLiteral("history.sqlite"));
}

HistoryDatabase::HistoryDatabase(QObject *parent) : HistoryDatabase(defaultPath(), parent) { }

HistoryDatabase::HistoryDatabase(const QString &path, QObject *parent)
    : QObject(parent),
      m_path(path),
      m_connectionName(QStringLiteral("gluteguide-history-%1").arg(++connectionCount))
{
}

HistoryDatabase::~HistoryDatabase()
{
    // A last try for what waits; whatever still fails is lost with the process.
    if (isOpen() && hasPending())
        writeOutstanding();
    closeConnection();
}

bool HistoryDatabase::isOpen() const
{
    return m_database.isOpen();
}

HistoryDatabase::OpenStatus HistoryDatabase::open()
{
    closeConnection();
    m_lastMessage.clear();

    const QFileInfo file(m_path);
    const QString folder = file.absolutePath();
    if (!QDir().mkpath(folder))
        return failOpen(tr("The history cannot be kept: the folder %1 cannot be created.")
                                .arg(nativePath(folder)));
    // SQLite needs to write beside the file too (its journal), so a read-only folder makes the
    // history read-only.
    const bool readOnly = (file.exists() && !file.isWritable()) || !QFileInfo(folder).isWritable();
    if (readOnly && !file.exists())
        return failOpen(tr("The history cannot be kept: the folder %1 cannot be written.")
                                .arg(nativePath(folder)));
    if (!openConnection(readOnly, false))
        return failOpen(tr("The history %1 cannot be opened: %2")
                                .arg(nativePath(m_path), m_database.lastError().text()));

    const auto integrityProblem = [this]() -> QSqlError {
        QSqlQuery query(m_database);
        if (!query.exec(QStringLiteral("PRAGMA quick_check")))
            return query.lastError();
        if (!query.next())
            return query.lastError();
        const QString result = query.value(0).toString();
        if (result == QLatin1String("ok"))
            return {};
        return QSqlError(QString(), result, QSqlError::StatementError,
                         QString::number(sqliteCorrupt));
    };
    QSqlError problem = integrityProblem();
    if (readOnly && problem.isValid() && !isDamage(problem)) {
        // A WAL file in a read-only folder cannot be read normally when its shared-memory file
        // is gone (SQLite says it cannot open or write it); nobody can change the file there, so
        // it is read as immutable.
        closeConnection();
        if (openConnection(true, true))
            problem = integrityProblem();
    }
    QString asidePath;
    if (isDamage(problem)) {
        if (readOnly)
            return failOpen(tr("The history %1 is damaged, and it is read-only, so it is left "
                               "as it is.")
                                    .arg(nativePath(m_path)));
        closeConnection();
        if (!moveAside(&asidePath))
            return failOpen(tr("The history %1 is damaged and cannot be moved aside.")
                                    .arg(nativePath(m_path)));
        if (!openConnection(false, false))
            return failOpen(tr("The history %1 cannot be opened: %2")
                                    .arg(nativePath(m_path), m_database.lastError().text()));
    } else if (problem.isValid()) {
        return failOpen(
                tr("The history %1 cannot be read: %2").arg(nativePath(m_path), problem.text()));
    }

    // The version is read before anything is written, so a newer history stays as it is.
    int version = 0;
    QString versionProblem;
    {
        QSqlQuery query(m_database);
        if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
            version = query.value(0).toInt();
        else
            versionProblem = query.lastError().text();
    }
    if (!versionProblem.isEmpty())
        return failOpen(
                tr("The history %1 cannot be read: %2").arg(nativePath(m_path), versionProblem));
    if (version > schemaVersion)
        return failOpen(tr("The history %1 was written by a newer version of GluteGuide, so it "
                           "is left as it is.")
                                .arg(nativePath(m_path)));

    if (!readOnly) // Readers and the writer do not block each other; a failure only costs speed.
        execute(m_database, QStringLiteral("PRAGMA journal_mode=WAL"));
    execute(m_database, QStringLiteral("PRAGMA foreign_keys=ON"));

    OpenStatus status = OpenStatus::Opened;
    if (version < schemaVersion) {
        if (readOnly)
            return failOpen(
                    tr("The history %1 needs an update but is read-only.").arg(nativePath(m_path)));
        if (const QSqlError error = migrate(version); error.isValid()) {
            const int code = sqliteCode(error);
            return failOpen(code == sqliteBusy || code == sqliteLocked
                                    ? tr("The history %1 is in use by another program.")
                                              .arg(nativePath(m_path))
                                    : tr("The history %1 cannot be brought up to date: %2")
                                              .arg(nativePath(m_path), error.text()));
        }
        status = version == 0 ? OpenStatus::Created : OpenStatus::Migrated;
    }

    m_readOnly = readOnly;
    if (!asidePath.isEmpty()) {
        report(tr("The history file was damaged and could not be read. It was kept as %1, and a "
                  "new history was begun.")
                       .arg(nativePath(asidePath)));
        return OpenStatus::Replaced;
    }
    if (readOnly) {
        report(tr("The history %1 can be read but not written, so new sessions cannot be saved "
                  "in it.")
                       .arg(nativePath(m_path)));
        return OpenStatus::ReadOnly;
    }
    return status;
}

bool HistoryDatabase::openConnection(bool readOnly, bool immutable)
{
    m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    QStringList options{ QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeout.count()) };
    if (readOnly)
        options << QStringLiteral("QSQLITE_OPEN_READONLY");
    if (immutable) {
        options << QStringLiteral("QSQLITE_OPEN_URI");
        m_database.setDatabaseName(QUrl::fromLocalFile(m_path).toString(QUrl::FullyEncoded)
                                   + QStringLiteral("?immutable=1"));
    } else {
        m_database.setDatabaseName(m_path);
    }
    m_database.setConnectOptions(options.join(QLatin1Char(';')));
    return m_database.open();
}

void HistoryDatabase::closeConnection()
{
    if (m_database.isValid())
        m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_readOnly = false;
}

HistoryDatabase::OpenStatus HistoryDatabase::failOpen(const QString &message)
{
    closeConnection();
    report(message);
    return OpenStatus::Failed;
}

// Renames the damaged file (and its journal files) to "<name>.corrupt-<yyyyMMdd-HHmmss>".
bool HistoryDatabase::moveAside(QString *asidePath)
{
    const QString stem = m_path + QStringLiteral(".corrupt-")
            + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = stem;
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = stem + QLatin1Char('-') + QString::number(n);
    if (!QFile::rename(m_path, aside))
        return false;
    for (const QString &suffix : { QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        if (QFileInfo::exists(m_path + suffix))
            QFile::rename(m_path + suffix, aside + suffix);
    }
    *asidePath = aside;
    return true;
}

// Brings the schema from fromVersion to schemaVersion in one transaction: all or nothing.
QSqlError HistoryDatabase::migrate(int fromVersion)
{
    QStringList statements = fromVersion == 0 ? createStatements() : upgradeFrom1Statements();
    statements << QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion);

    if (QSqlError error = execute(m_database, QStringLiteral("BEGIN IMMEDIATE")); error.isValid())
        return error;
    for (const QString &statement : statements) {
        if (QSqlError error = execute(m_database, statement); error.isValid()) {
            execute(m_database, QStringLiteral("ROLLBACK"));
            return error;
        }
    }
    if (QSqlError error = execute(m_database, QStringLiteral("COMMIT")); error.isValid()) {
        execute(m_database, QStringLiteral("ROLLBACK"));
        return error;
    }
    return {};
}

std::optional<std::int64_t> HistoryDatabase::beginSession(const SessionRecord &record)
{
    TrackedSession session;
    session.handle = m_nextQueuedHandle--;
    session.wanted = record;
    session.wanted.id = 0;
    session.wanted.outcome = SessionOutcome::Interrupted;
    session.wanted.endedAt.reset();
    const std::int64_t handle = session.handle;
    m_tracked.push_back(std::move(session));

    const WriteStatus status = writeOutstanding();
    if (status == WriteStatus::Failed) {
        std::erase_if(m_tracked,
                      [handle](const TrackedSession &each) { return each.handle == handle; });
        return std::nullopt;
    }
    TrackedSession *begun = tracked(handle);
    if (status == WriteStatus::Written)
        begun->handle = begun->wanted.id;
    return begun->handle;
}

HistoryDatabase::WriteStatus HistoryDatabase::updateBlocks(std::int64_t id,
                                                           const std::vector<BlockRecord> &blocks,
                                                           Millis duration)
{
    TrackedSession *session = tracked(id);
    if (!session) {
        report(tr("Session %1 was not begun in this history.").arg(id));
        return WriteStatus::Failed;
    }
    session->wanted.blocks = blocks;
    session->wanted.duration = duration;
    return writeOutstanding();
}

HistoryDatabase::WriteStatus HistoryDatabase::finishSession(std::int64_t id, SessionOutcome outcome,
                                                            WallTime endedAt, Millis duration,
                                                            const std::vector<BlockRecord> &blocks)
{
    TrackedSession *session = tracked(id);
    if (!session) {
        report(tr("Session %1 was not begun in this history.").arg(id));
        return WriteStatus::Failed;
    }
    session->wanted.outcome = outcome;
    session->wanted.endedAt = endedAt;
    session->wanted.duration = duration;
    session->wanted.blocks = blocks;
    session->finished = true;
    return writeOutstanding();
}

HistoryDatabase::WriteStatus HistoryDatabase::flushPending()
{
    return writeOutstanding();
}

bool HistoryDatabase::hasPending() const
{
    return std::any_of(m_tracked.cbegin(), m_tracked.cend(), [](const TrackedSession &session) {
        return !isStored(session.wanted, session.stored);
    });
}

std::vector<SessionRecord> HistoryDatabase::unsavedSessions() const
{
    std::vector<SessionRecord> unsaved;
    for (const TrackedSession &session : m_tracked) {
        if (!isStored(session.wanted, session.stored))
            unsaved.push_back(session.wanted);
    }
    return unsaved;
}

HistoryDatabase::TrackedSession *HistoryDatabase::tracked(std::int64_t handle)
{
    const auto found = std::find_if(
            m_tracked.begin(), m_tracked.end(),
            [handle](const TrackedSession &session) { return session.handle == handle; });
    return found == m_tracked.end() ? nullptr : &*found;
}

// Writes every tracked session that differs from what is stored, in one transaction; the
// bookkeeping of what is stored changes only once it has been committed.
HistoryDatabase::WriteStatus HistoryDatabase::writeOutstanding()
{
    if (!isOpen()) {
        report(tr("The session could not be saved: the history is not open."));
        return WriteStatus::Failed;
    }
    if (m_readOnly) {
        report(tr("The session could not be saved in the history: %1 cannot be written. Earlier "
                  "sessions are unchanged; export the history as CSV to keep this one.")
                       .arg(nativePath(m_path)));
        return WriteStatus::Failed;
    }
    if (!hasPending()) {
        m_lastMessage.clear();
        return WriteStatus::Written;
    }

    if (QSqlError error = execute(m_database, QStringLiteral("BEGIN IMMEDIATE")); error.isValid())
        return failWrite(error);
    std::vector<std::pair<std::size_t, std::int64_t>> written;
    for (std::size_t i = 0; i < m_tracked.size(); ++i) {
        const TrackedSession &session = m_tracked[i];
        if (isStored(session.wanted, session.stored))
            continue;
        std::int64_t rowId = 0;
        if (QSqlError error = writeSession(session, &rowId); error.isValid()) {
            execute(m_database, QStringLiteral("ROLLBACK"));
            return failWrite(error);
        }
        written.emplace_back(i, rowId);
    }
    if (QSqlError error = execute(m_database, QStringLiteral("COMMIT")); error.isValid()) {
        execute(m_database, QStringLiteral("ROLLBACK"));
        return failWrite(error);
    }

    for (const auto &[index, rowId] : written) {
        TrackedSession &session = m_tracked[index];
        session.wanted.id = rowId;
        session.stored = session.wanted;
    }
    // An ended session is written for the last time.
    std::erase_if(m_tracked, [](const TrackedSession &session) {
        return session.finished && isStored(session.wanted, session.stored);
    });
    m_lastMessage.clear();
    return WriteStatus::Written;
}

// The session's row and its blocks that differ from what is stored; rowId receives its id.
QSqlError HistoryDatabase::writeSession(const TrackedSession &session, std::int64_t *rowId)
{
    const SessionRecord &wanted = session.wanted;
    const auto bindSessionColumns = [&wanted](QSqlQuery &query) {
        query.addBindValue(static_cast<qlonglong>(wanted.startedAt.utcMs));
        query.addBindValue(wanted.startedAt.utcOffsetMinutes);
        query.addBindValue(wanted.endedAt ? QVariant(static_cast<qlonglong>(wanted.endedAt->utcMs))
                                          : QVariant(QMetaType::fromType<qlonglong>()));
        query.addBindValue(wanted.endedAt ? QVariant(wanted.endedAt->utcOffsetMinutes)
                                          : QVariant(QMetaType::fromType<int>()));
        query.addBindValue(QString::fromStdString(wanted.routineName));
        query.addBindValue(QString::fromStdString(wanted.routineHash));
        query.addBindValue(keyText(outcomeKey(wanted.outcome)));
        query.addBindValue(static_cast<qlonglong>(wanted.duration.count()));
    };

    QSqlQuery query(m_database);
    if (!session.stored) {
        query.prepare(QStringLiteral(
                "INSERT INTO sessions (started_at_utc_ms, started_utc_offset_min, "
                "ended_at_utc_ms, ended_utc_offset_min, routine_name, routine_hash, outcome, "
                "duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        bindSessionColumns(query);
        if (!query.exec())
            return query.lastError();
        *rowId = query.lastInsertId().toLongLong();
    } else {
        *rowId = session.stored->id;
        if (!sameSessionRow(*session.stored, wanted)) {
            query.prepare(QStringLiteral(
                    "UPDATE sessions SET started_at_utc_ms = ?, started_utc_offset_min = ?, "
                    "ended_at_utc_ms = ?, ended_utc_offset_min = ?, routine_name = ?, "
                    "routine_hash = ?, outcome = ?, duration_ms = ? WHERE id = ?"));
            bindSessionColumns(query);
            query.addBindValue(static_cast<qlonglong>(*rowId));
            if (!query.exec())
                return query.lastError();
        }
    }

    const std::vector<BlockRecord> noBlocks;
    const std::vector<BlockRecord> &storedBlocks =
            session.stored ? session.stored->blocks : noBlocks;
    QSqlQuery insert(m_database);
    insert.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO blocks (session_id, position, side, set_number, movement, "
            "reps_done, reps_prescribed, reached, thats_all) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (std::size_t i = 0; i < wanted.blocks.size(); ++i) {
        const BlockRecord &block = wanted.blocks[i];
        if (i < storedBlocks.size() && storedBlocks[i] == block)
            continue;
        insert.addBindValue(static_cast<qlonglong>(*rowId));
        insert.addBindValue(static_cast<qlonglong>(i));
        insert.addBindValue(keyText(sideKey(block.side)));
        insert.addBindValue(block.set);
        insert.addBindValue(keyText(movementKey(block.movement)));
        insert.addBindValue(block.repsDone);
        insert.addBindValue(block.repsPrescribed);
        insert.addBindValue(block.reached ? 1 : 0);
        insert.addBindValue(block.thatsAll ? 1 : 0);
        if (!insert.exec())
            return insert.lastError();
    }
    if (storedBlocks.size() > wanted.blocks.size()) {
        QSqlQuery remove(m_database);
        remove.prepare(QStringLiteral("DELETE FROM blocks WHERE session_id = ? AND position >= ?"));
        remove.addBindValue(static_cast<qlonglong>(*rowId));
        remove.addBindValue(static_cast<qlonglong>(wanted.blocks.size()));
        if (!remove.exec())
            return remove.lastError();
    }
    return {};
}

HistoryDatabase::WriteStatus HistoryDatabase::failWrite(const QSqlError &error)
{
    const int code = sqliteCode(error);
    if (code == sqliteBusy || code == sqliteLocked) {
        report(tr("The history is in use by another program. This session is kept and will be "
                  "saved as soon as the history is free."));
        return WriteStatus::Queued;
    }
    if (code == sqliteReadOnly || code == sqliteCantOpen) {
        report(tr("The session could not be saved in the history: %1 cannot be written. Earlier "
                  "sessions are unchanged; export the history as CSV to keep this one.")
                       .arg(nativePath(m_path)));
    } else if (code == sqliteFull) {
        report(tr("The session could not be saved in the history: the disk is full. Earlier "
                  "sessions are unchanged; free some space, or export the history as CSV to keep "
                  "this one."));
    } else {
        report(tr("The session could not be saved in the history: %1. Earlier sessions are "
                  "unchanged; export the history as CSV to keep this one.")
                       .arg(error.text()));
    }
    return WriteStatus::Failed;
}

std::vector<SessionRecord> HistoryDatabase::sessions(bool *ok)
{
    std::vector<SessionRecord> records;
    if (ok)
        *ok = false;
    if (!isOpen()) {
        report(tr("The history %1 cannot be read: it is not open.").arg(nativePath(m_path)));
        return records;
    }
    const auto readFailure = [this, &records](const QSqlError &error) {
        execute(m_database, QStringLiteral("ROLLBACK"));
        report(tr("The history %1 cannot be read: %2").arg(nativePath(m_path), error.text()));
        records.clear();
        return records;
    };

    // One query per table, both in one snapshot.
    if (QSqlError error = execute(m_database, QStringLiteral("BEGIN")); error.isValid())
        return readFailure(error);
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
                "SELECT id, started_at_utc_ms, started_utc_offset_min, ended_at_utc_ms, "
                "ended_utc_offset_min, routine_name, routine_hash, outcome, duration_ms "
                "FROM sessions ORDER BY started_at_utc_ms, id")))
        return readFailure(query.lastError());
    std::unordered_map<std::int64_t, std::size_t> indexById;
    while (query.next()) {
        SessionRecord record;
        record.id = query.value(0).toLongLong();
        record.startedAt = WallTime{ query.value(1).toLongLong(), query.value(2).toInt() };
        if (!query.isNull(3))
            record.endedAt = WallTime{ query.value(3).toLongLong(), query.value(4).toInt() };
        record.routineName = query.value(5).toString().toStdString();
        record.routineHash = query.value(6).toString().toStdString();
        record.outcome = outcomeFromKey(query.value(7).toString().toStdString())
                                 .value_or(SessionOutcome::Interrupted);
        record.duration = Millis{ query.value(8).toLongLong() };
        indexById.emplace(record.id, records.size());
        records.push_back(std::move(record));
    }
    if (query.lastError().isValid())
        return readFailure(query.lastError());
    query.finish();

    QSqlQuery blocks(m_database);
    blocks.setForwardOnly(true);
    if (!blocks.exec(QStringLiteral(
                "SELECT session_id, side, set_number, movement, reps_done, reps_prescribed, "
                "reached, thats_all FROM blocks ORDER BY session_id, position")))
        return readFailure(blocks.lastError());
    while (blocks.next()) {
        const auto owner = indexById.find(blocks.value(0).toLongLong());
        const std::optional<Side> side = sideFromKey(blocks.value(1).toString().toStdString());
        const std::optional<Movement> movement =
                movementFromKey(blocks.value(3).toString().toStdString());
        if (owner == indexById.end() || !side || !movement)
            continue;
        BlockRecord block;
        block.side = *side;
        block.set = blocks.value(2).toInt();
        block.movement = *movement;
        block.repsDone = blocks.value(4).toInt();
        block.repsPrescribed = blocks.value(5).toInt();
        block.reached = blocks.value(6).toInt() != 0;
        block.thatsAll = blocks.value(7).toInt() != 0;
        records[owner->second].blocks.push_back(block);
    }
    if (blocks.lastError().isValid())
        return readFailure(blocks.lastError());
    blocks.finish();
    execute(m_database, QStringLiteral("COMMIT"));
    if (ok)
        *ok = true;
    return records;
}

void HistoryDatabase::report(const QString &message)
{
    m_lastMessage = message;
    emit problem(message);
}
