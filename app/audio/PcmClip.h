#pragma once

#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

// A sound held in memory, ready to mix: mono 16-bit samples at their own rate. Clips are
// decoded once, so playing one is a copy into the output stream, never a file or a decoder.
struct PcmClip
{
    int sampleRate = 0;
    std::vector<std::int16_t> samples;

    // Reads a RIFF/WAVE file of 16-bit PCM (mono, or several channels averaged to one); nullopt
    // with *error set for anything else.
    static std::optional<PcmClip> fromWav(QByteArrayView bytes, QString *error = nullptr);
    // The same, read from a file or a resource (":/voice/en/count_7.wav").
    static std::optional<PcmClip> readWav(const QString &path, QString *error = nullptr);

    double lengthMs() const
    {
        return sampleRate > 0 ? 1000.0 * double(samples.size()) / sampleRate : 0.0;
    }
};
