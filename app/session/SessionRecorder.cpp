#include "app/session/SessionRecorder.h"

#include "app/storage/RoutineJson.h"
#include "core/history/SessionRecording.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>

#include <utility>

using namespace gluteguide;

SessionRecorder::SessionRecorder(SessionHistory &history, SessionDriver &driver,
                                 QString routineName, WallClock wallClock, QObject *parent)
    : QObject(parent),
      m_history(history),
      m_driver(&driver),
      m_routineName(std::move(routineName)),
      m_wallClock(std::move(wallClock))
{
    connect(&driver, &SessionDriver::eventOccurred, this, &SessionRecorder::onEvent);
}

WallTime SessionRecorder::currentWallTime()
{
    const QDateTime now = QDateTime::currentDateTime();
    return { now.toMSecsSinceEpoch(), now.offsetFromUtc() / 60 };
}

std::string SessionRecorder::routineHash(const Routine &routine)
{
    // The routine as its file would hold it, without the name: renaming is not a new routine.
    Routine content = routine;
    content.name.clear();
    const QByteArray json =
            QJsonDocument(RoutineJson::toJson(content)).toJson(QJsonDocument::Compact);
    return QCryptographicHash::hash(json, QCryptographicHash::Sha256)
            .toHex()
            .left(16)
            .toStdString();
}

void SessionRecorder::onEvent(const SessionEvent &event)
{
    if (!m_driver)
        return;
    switch (event.kind) {
    case EventKind::StateChanged:
        if (event.from == SessionState::Idle
            || ((event.from == SessionState::Complete || event.from == SessionState::Stopped)
                && event.to != SessionState::Idle))
            begin(); // started, or started again after an end
        else if (event.to == SessionState::Complete || event.to == SessionState::Stopped)
            finish();
        break;
    case EventKind::StepStarted:
    case EventKind::MovementEnded:
        writeEndedBlocks();
        break;
    default:
        break;
    }
}

void SessionRecorder::begin()
{
    const Session &session = m_driver->session();
    const Routine &routine = session.plan().routine;
    SessionRecord record = startRecord(session.plan(), m_wallClock(), m_routineName.toStdString(),
                                       routineHash(routine));
    m_written = record.blocks;
    m_id = m_history.beginSession(record);
}

void SessionRecorder::writeEndedBlocks()
{
    if (!m_id)
        return;
    std::vector<BlockRecord> blocks = blocksFrom(m_driver->session().results());
    if (blocks.size() != m_written.size())
        return;
    if (const std::optional<std::size_t> current = blockInProgress())
        blocks[*current] = m_written[*current];
    if (blocks == m_written)
        return;
    m_written = blocks;
    const Session &session = m_driver->session();
    m_history.updateBlocks(*m_id, m_written, std::min(session.position(), session.plan().total));
}

void SessionRecorder::finish()
{
    if (!m_id)
        return;
    const Session &session = m_driver->session();
    m_written = blocksFrom(session.results());
    m_history.finishSession(*m_id, outcomeOf(session.state(), session.stopReason()), m_wallClock(),
                            std::min(session.position(), session.plan().total), m_written);
    m_id.reset();
}

std::optional<std::size_t> SessionRecorder::blockInProgress() const
{
    const Session &session = m_driver->session();
    const Plan &plan = session.plan();
    const std::size_t stepIndex = session.currentStepIndex();
    const StepKind kind = plan.steps[stepIndex].kind;
    if (kind != StepKind::Intro && kind != StepKind::Rep)
        return std::nullopt;
    std::size_t intros = 0;
    for (std::size_t i = 0; i <= stepIndex; ++i)
        intros += plan.steps[i].kind == StepKind::Intro ? 1 : 0;
    return intros == 0 ? std::nullopt : std::optional<std::size_t>(intros - 1);
}
