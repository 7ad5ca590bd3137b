#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

// What an --event-log says was played, checked against a recording of the audio output: for
// each logged cue, was its own clip in the recording near the logged time, and how far off.
struct LoggedCue
{
    QString key;
    double tMs = 0.0;
    bool audible = false;
};

struct HeardCue
{
    LoggedCue cue;
    std::optional<double> deviationMs; // recording time minus logged time; empty: not heard
    double score = 0.0;
};

struct HearingReport
{
    // Where log time t is in the recording: offsetMs + t * (1 + driftPpm / 1e6). The sound
    // card's clock and the system's drift apart a little (tens of parts per million), which over
    // half an hour adds up to more than the jitter being measured.
    double offsetMs = 0.0;
    double driftPpm = 0.0;
    std::vector<HeardCue> cues;

    std::size_t heardCount() const;
    // Of the cues that were heard, the deviation from the log's timeline at the given quantile
    // (absolute value, after taking out the steady output latency: the median deviation).
    double spreadQuantileMs(double quantile) const;
    double medianDeviationMs() const;
    // One line per cue: what was logged, and where it was heard (for a failing test's output).
    QString describe() const;
};

// The lines of an --event-log with this "event", in the order written.
std::vector<QJsonObject> readLogEvents(const QString &eventLogPath, const QString &event);
// Its cues, in the order they started.
std::vector<LoggedCue> readLoggedCues(const QString &eventLogPath);

// The clips of one language, by cue key, as mono 16-bit samples: read from the voice folder of
// the source tree (resources/voice/<language>/manifest.json), not from the app.
QHash<QString, std::vector<std::int16_t>> readVoiceClips(const QString &languageFolder,
                                                         int *sampleRate, QString *error);

// Matches every logged audible cue in the recording (mono 16-bit at sampleRate). A cue is heard
// when its clip's start is found within searchMs of where the log puts it.
HearingReport hearCues(const std::vector<LoggedCue> &cues,
                       const QHash<QString, std::vector<std::int16_t>> &clips,
                       std::vector<std::int16_t> recording, int sampleRate,
                       double searchMs = 1000.0);
