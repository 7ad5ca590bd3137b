#pragma once

#include "core/history/SessionHistory.h"
#include "core/time/Millis.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <chrono>
#include <cstdint>
#include <optional>
#include <vector>

class QSqlError;

// The progress history: every session with its blocks, in an SQLite file (Qt SQL) in the per-user
// data folder. A session is written when it begins (as interrupted, with every block of its
// plan), as its blocks change and when it ends, each write in one transaction, so a crash leaves
// the session stored as interrupted and a failed write never touches earlier records.
//
// Writes that cannot be made are kept in memory and retried with the next write or
// flushPending(): while another program holds the file (Queued), or when it cannot be written
// at all (Failed: read-only, disk full), with lastMessage() and problem() saying so, for the
// window to show and to offer a CSV export. A damaged file is moved aside, kept, at open().
//
// One instance is one connection, used from the thread that made it.
class HistoryDatabase : public QObject, public gluteguide::SessionHistory
{
    Q_OBJECT

public:
    enum class OpenStatus {
        Opened, // an existing history at the current schema
        Created, // a new, empty history
        Migrated, // a history of an older schema, brought up to date
        Replaced, // the file was damaged: moved aside (lastMessage() says where), a new one begun
        ReadOnly, // readable, but the file or its folder cannot be written (lastMessage())
        Failed, // not usable at all (lastMessage())
    };

    // Written (with everything that was waiting); Queued (another program holds the file: kept,
    // written at the next write or flush); Failed (cannot be written, lastMessage(): kept,
    // retried at the next write or flush).
    using WriteStatus = gluteguide::HistoryWrite;

    static constexpr int schemaVersion = 2;
    // How long a write waits for another program to release the file before it is queued.
    static constexpr std::chrono::milliseconds busyTimeout{ 250 };

    // history.sqlite in the application's data folder (XDG_DATA_HOME on Linux).
    static QString defaultPath();

    explicit HistoryDatabase(QObject *parent = nullptr);
    explicit HistoryDatabase(const QString &path, QObject *parent = nullptr);
    ~HistoryDatabase() override;

    // Opens or creates the file, brings its schema up to date, and moves a damaged file aside.
    OpenStatus open();
    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }
    // The Qt SQL connection, unique to this instance.
    QString connectionName() const { return m_connectionName; }
    // What went wrong in the last open, write or failed read, for people; empty when the last
    // open or write succeeded.
    QString lastMessage() const { return m_lastMessage; }

    // Stores a session that begins: its outcome interrupted, not ended, with all its blocks.
    // Returns the id to pass to the writes below (a negative one while the write is queued), or
    // nothing when it cannot be written at all (then the session is not kept).
    std::optional<std::int64_t> beginSession(const gluteguide::SessionRecord &record) override;
    // Writes the blocks of a begun session that differ from those stored.
    // Writes the blocks that differ from those stored, and the time spent so far.
    WriteStatus updateBlocks(std::int64_t id, const std::vector<gluteguide::BlockRecord> &blocks,
                             gluteguide::Millis duration) override;
    WriteStatus finishSession(std::int64_t id, gluteguide::SessionOutcome outcome,
                              gluteguide::WallTime endedAt, gluteguide::Millis duration,
                              const std::vector<gluteguide::BlockRecord> &blocks) override;
    // Writes what is waiting; Written when nothing is.
    WriteStatus flushPending();
    bool hasPending() const;
    // The sessions kept in memory that are not yet stored as they are, as they should be.
    std::vector<gluteguide::SessionRecord> unsavedSessions() const;

    // Every stored session with its blocks, oldest first. When the file cannot be read, none, with
    // *ok false and lastMessage() saying why.
    std::vector<gluteguide::SessionRecord> sessions(bool *ok);
    std::vector<gluteguide::SessionRecord> sessions() override { return sessions(nullptr); }

signals:
    // A write or the opening went wrong; the message is for people.
    void problem(const QString &message);

private:
    // A session begun through this instance, until it has ended and is stored as it ended.
    struct TrackedSession
    {
        std::int64_t handle = 0; // the id given to the caller
        gluteguide::SessionRecord wanted; // as it should be stored (id: the row's, once stored)
        std::optional<gluteguide::SessionRecord> stored; // as last written
        bool finished = false;
    };

    bool openConnection(bool readOnly, bool immutable);
    void closeConnection();
    OpenStatus failOpen(const QString &message);
    bool moveAside(QString *asidePath);
    QSqlError migrate(int fromVersion);
    WriteStatus writeOutstanding();
    QSqlError writeSession(const TrackedSession &session, std::int64_t *rowId);
    WriteStatus failWrite(const QSqlError &error);
    TrackedSession *tracked(std::int64_t handle);
    void report(const QString &message);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_database;
    bool m_readOnly = false;
    QString m_lastMessage;
    std::vector<TrackedSession> m_tracked;
    std::int64_t m_nextQueuedHandle = -1;
};
