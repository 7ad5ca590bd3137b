#pragma once

#include "app/session/FrameStats.h"
#include "core/session/SessionEvent.h"

#include <QElapsedTimer>
#include <QFile>
#include <QString>

// --event-log: one JSON object per line for every core event and every cue played, stamped with
// real monotonic milliseconds since the session started (t_ms), so recordings can be checked
// against it.
class EventLog
{
public:
    bool open(const QString &path, QString *error);
    bool isOpen() const { return m_file.isOpen(); }

    void sessionStarted();
    void record(const gluteguide::SessionEvent &event);
    // Written once it is known whether the cue was heard, so it may follow later events; its
    // t_ms is when it started.
    void recordCue(const struct PlayedCue &played);
    // The notice that the voice cannot be heard (no audio output, or it stopped working), said
    // once per outage; captions go on. And that sound goes out again.
    void recordAudioProblem(const QString &message);
    void recordAudioRecovered();
    // The progress history could not be read or written (records are kept in memory meanwhile).
    void recordHistoryProblem(const QString &message);
    // For the whole-process benchmark (tests/bench/app_process_bench.sh).
    void recordFirstFrame(qint64 sinceLaunchMs);
    void recordFrameStats(const FrameStats::Summary &frames);

private:
    void write(class QJsonObject object);
    void write(class QJsonObject object, qint64 tMs);
    qint64 elapsedMs() const;

    QFile m_file;
    QElapsedTimer m_sinceStart;
};
