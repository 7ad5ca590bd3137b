#include "app/session/EventLog.h"

#include "app/audio/CuePlayer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

using gluteguide::EventKind;
using gluteguide::SessionEvent;

namespace {
QString key(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}
} // namespace

bool EventLog::open(const QString &path, QString *error)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        if (error)
            *error = m_file.errorString();
        return false;
    }
    return true;
}

qint64 EventLog::elapsedMs() const
{
    return m_sinceStart.isValid() ? m_sinceStart.elapsed() : 0;
}

void EventLog::sessionStarted()
{
    m_sinceStart.start();
}

void EventLog::record(const SessionEvent &event)
{
    if (!isOpen())
        return;
    // Cues are logged when they are actually played (recordCue), not when they come due.
    if (event.kind == EventKind::Cue)
        return;
    QJsonObject object{ { "event", key(gluteguide::eventKindKey(event.kind)) },
                        { "position_ms", qint64(event.position.count()) },
                        { "step", qint64(event.step) } };
    switch (event.kind) {
    case EventKind::StateChanged:
        object.insert("from", key(gluteguide::sessionStateKey(event.from)));
        object.insert("to", key(gluteguide::sessionStateKey(event.to)));
        break;
    case EventKind::PhaseStarted:
        object.insert("phase", key(gluteguide::phaseKey(event.phase)));
        object.insert("rep", event.rep);
        break;
    case EventKind::RepCompleted:
    case EventKind::MovementEnded:
        object.insert("rep", event.rep);
        break;
    case EventKind::CueDropped:
        object.insert("cue", QString::fromStdString(gluteguide::cueKey(*event.cue)));
        break;
    case EventKind::CommandIgnored:
        object.insert("command", key(gluteguide::commandKey(event.command)));
        object.insert("state", key(gluteguide::sessionStateKey(event.from)));
        break;
    default:
        break;
    }
    if (event.movement)
        object.insert("movement", key(gluteguide::movementKey(*event.movement)));
    if (event.set > 0) {
        object.insert("set", event.set);
        object.insert("side", key(gluteguide::sideKey(event.side)));
    }
    write(object);
}

void EventLog::recordCue(const PlayedCue &played)
{
    if (!isOpen())
        return;
    QJsonObject object{ { "event", "cue" },
                        { "cue", QString::fromStdString(gluteguide::cueKey(played.cue)) },
                        { "text", played.text },
                        { "audible", played.audible } };
    if (played.cut)
        object.insert("cut", true);
    const qint64 sessionStart = m_sinceStart.isValid() ? m_sinceStart.msecsSinceReference() : 0;
    write(object, played.startedAtMs - sessionStart);
}

void EventLog::recordAudioProblem(const QString &message)
{
    if (!isOpen())
        return;
    write(QJsonObject{ { "event", "audio_problem" }, { "message", message } });
}

void EventLog::recordAudioRecovered()
{
    if (!isOpen())
        return;
    write(QJsonObject{ { "event", "audio_recovered" } });
}

void EventLog::recordHistoryProblem(const QString &message)
{
    if (!isOpen())
        return;
    write(QJsonObject{ { "event", "history_problem" }, { "message", message } });
}

void EventLog::recordFirstFrame(qint64 sinceLaunchMs)
{
    if (!isOpen())
        return;
    // The wall clock lets a script that launched the process add the time before main().
    write(QJsonObject{ { "event", "first_frame" },
                       { "process_ms", sinceLaunchMs },
                       { "epoch_ms", QDateTime::currentMSecsSinceEpoch() } });
}

void EventLog::recordFrameStats(const FrameStats::Summary &frames)
{
    if (!isOpen())
        return;
    write(QJsonObject{ { "event", "frame_stats" },
                       { "count", frames.count },
                       { "median_ms", frames.medianMs },
                       { "p95_ms", frames.p95Ms },
                       { "p99_ms", frames.p99Ms },
                       { "max_ms", frames.maxMs },
                       { "idle_gaps", frames.idleGaps },
                       { "dropped", frames.dropped } });
}

void EventLog::write(QJsonObject object)
{
    write(std::move(object), elapsedMs());
}

void EventLog::write(QJsonObject object, qint64 tMs)
{
    object.insert("t_ms", tMs);
    m_file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
    m_file.write("\n");
    m_file.flush();
}
