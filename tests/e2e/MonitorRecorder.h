#pragma once

#include <QProcess>
#include <QString>

#include <cstdint>
#include <vector>

class PrivatePulseAudio;

// Records what a private PulseAudio server plays (its null sink's monitor) with parec, as mono
// 16-bit samples at sampleRate, into a file.
class MonitorRecorder
{
public:
    static constexpr int sampleRate = 22050;

    ~MonitorRecorder();

    // Starts parec and waits until sound data really flows: a fresh server delivers nothing for
    // a moment, and what is missing would shorten the recording's timeline.
    bool start(const PrivatePulseAudio &pulse, const QString &path, QString *why);
    void stop();
    std::vector<std::int16_t> samples() const;

private:
    QProcess m_parec;
    QString m_path;
};
