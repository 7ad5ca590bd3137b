#include "app/audio/MixerDevice.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace {
// A second of sound: more than any backend asks for at once.
constexpr qint64 availableSeconds = 1;
} // namespace

MixerDevice::MixerDevice(const QAudioFormat &format, QObject *parent)
    : QIODevice(parent), m_format(format), m_mixer(format.sampleRate())
{
    // Unbuffered: QIODevice must not read ahead, or a cue would wait behind sound read early.
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

qint64 MixerDevice::bytesAvailable() const
{
    return QIODevice::bytesAvailable() + m_format.bytesForDuration(availableSeconds * 1000000);
}

qint64 MixerDevice::writeData(const char *, qint64)
{
    return -1;
}

qint64 MixerDevice::readData(char *data, qint64 maxSize)
{
    const int frameBytes = m_format.bytesPerFrame();
    if (frameBytes <= 0)
        return -1;
    const qint64 frames = maxSize / frameBytes;
    {
        const QMutexLocker locker(&m_lock);
        m_buffer.resize(std::size_t(frames));
        m_mixer.render(m_buffer);
    }
    convert(m_buffer.data(), frames, data);
    return frames * frameBytes;
}

void MixerDevice::convert(const float *mono, qint64 frames, char *out) const
{
    const int channels = m_format.channelCount();
    const int sampleBytes = m_format.bytesPerSample();
    for (qint64 frame = 0; frame < frames; ++frame) {
        const float value = mono[frame];
        char *at = out + frame * channels * sampleBytes;
        for (int channel = 0; channel < channels; ++channel, at += sampleBytes) {
            switch (m_format.sampleFormat()) {
            case QAudioFormat::UInt8: {
                const auto sample = std::uint8_t(std::lround(value * 127.0f) + 128);
                std::memcpy(at, &sample, sizeof sample);
                break;
            }
            case QAudioFormat::Int16: {
                const auto sample = std::int16_t(std::lround(value * 32767.0f));
                std::memcpy(at, &sample, sizeof sample);
                break;
            }
            case QAudioFormat::Int32: {
                const auto sample = std::int32_t(
                        std::llround(double(value) * std::numeric_limits<std::int32_t>::max()));
                std::memcpy(at, &sample, sizeof sample);
                break;
            }
            case QAudioFormat::Float:
                std::memcpy(at, &value, sizeof value);
                break;
            default:
                std::memset(at, 0, std::size_t(sampleBytes));
                break;
            }
        }
    }
}
