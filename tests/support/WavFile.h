#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

// A RIFF/WAVE file as the tests need it: the format chunk, and the samples when they are 16-bit
// PCM. Written here rather than taken from Qt Multimedia so the check does not trust the code
// that plays the clips.
struct WavFile
{
    static constexpr std::uint16_t pcmFormat = 1; // WAVE_FORMAT_PCM

    std::uint16_t format = 0;
    std::uint16_t channels = 0;
    std::uint32_t sampleRate = 0;
    std::uint32_t byteRate = 0;
    std::uint16_t blockAlign = 0;
    std::uint16_t bitsPerSample = 0;
    std::uint32_t dataBytes = 0;
    std::vector<std::int16_t> samples; // interleaved; filled only for 16-bit PCM

    // Parses a whole file; nullopt with *error set when it is not a well-formed WAVE file.
    static std::optional<WavFile> parse(const QByteArray &bytes, QString *error);
    // Reads and parses a file (a resource path such as ":/voice/en/count_7.wav" works).
    static std::optional<WavFile> read(const QString &path, QString *error);

    std::uint32_t frames() const { return blockAlign ? dataBytes / blockAlign : 0; }
    double durationMs() const { return sampleRate ? 1000.0 * frames() / sampleRate : 0.0; }
};
