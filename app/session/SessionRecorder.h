#pragma once

#include "app/session/SessionDriver.h"
#include "core/history/SessionHistory.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

// Keeps a live session in the history: stored as it starts, each block once it has ended, the
// outcome at its end. A crash, kill -9 or power cut loses at most the block in progress, and
// the session shows as interrupted.
class SessionRecorder : public QObject
{
    Q_OBJECT

public:
    using WallClock = std::function<gluteguide::WallTime()>;

    SessionRecorder(gluteguide::SessionHistory &history, SessionDriver &driver, QString routineName,
                    WallClock wallClock = currentWallTime, QObject *parent = nullptr);

    // The local time now, with its offset from UTC.
    static gluteguide::WallTime currentWallTime();
    // Identifies a routine's content: the same settings give the same hash.
    static std::string routineHash(const gluteguide::Routine &routine);

    std::optional<std::int64_t> recordId() const { return m_id; }

private:
    void onEvent(const gluteguide::SessionEvent &event);
    void begin();
    void writeEndedBlocks();
    void finish();
    // The block the session is in the middle of, if any.
    std::optional<std::size_t> blockInProgress() const;

    gluteguide::SessionHistory &m_history;
    QPointer<SessionDriver> m_driver;
    QString m_routineName;
    WallClock m_wallClock;
    std::optional<std::int64_t> m_id;
    std::vector<gluteguide::BlockRecord> m_written;
};
