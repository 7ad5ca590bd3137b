#include "app/audio/PcmClip.h"

#include <QFile>

namespace {

constexpr std::uint16_t wavePcm = 1;

std::uint16_t u16(QByteArrayView bytes, qsizetype at)
{
    return std::uint16_t(std::uint8_t(bytes[at]) | std::uint8_t(bytes[at + 1]) << 8);
}

std::uint32_t u32(QByteArrayView bytes, qsizetype at)
{
    return std::uint32_t(u16(bytes, at)) | std::uint32_t(u16(bytes, at + 2)) << 16;
}

std::optional<PcmClip> failure(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

struct Format
{
    std::uint16_t encoding = 0;
    std::uint16_t channels = 0;
    std::uint32_t sampleRate = 0;
    std::uint16_t bitsPerSample = 0;
};

std::vector<std::int16_t> monoSamples(QByteArrayView data, int channels)
{
    const qsizetype frameBytes = 2 * qsizetype(channels);
    std::vector<std::int16_t> samples(std::size_t(data.size() / frameBytes));
    for (std::size_t frame = 0; frame < samples.size(); ++frame) {
        int sum = 0;
        for (int channel = 0; channel < channels; ++channel)
            sum += std::int16_t(u16(data, qsizetype(frame) * frameBytes + 2 * channel));
        samples[frame] = std::int16_t(sum / channels);
    }
    return samples;
}

} // namespace

std::optional<PcmClip> PcmClip::fromWav(QByteArrayView bytes, QString *error)
{
    if (bytes.size() < 12 || !bytes.startsWith("RIFF") || bytes.sliced(8, 4) != "WAVE")
        return failure(error, QStringLiteral("not a RIFF/WAVE file"));
    std::optional<Format> format;
    qsizetype at = 12;
    while (at + 8 <= bytes.size()) {
        const QByteArrayView id = bytes.sliced(at, 4);
        const qsizetype size = u32(bytes, at + 4);
        const qsizetype body = at + 8;
        if (size > bytes.size() - body)
            return failure(error, QStringLiteral("a chunk runs past the end of the file"));
        if (id == "fmt " && size >= 16) {
            format = Format{ u16(bytes, body), u16(bytes, body + 2), u32(bytes, body + 4),
                             u16(bytes, body + 14) };
        } else if (id == "data") {
            if (!format)
                return failure(error, QStringLiteral("the data comes before the format"));
            if (format->encoding != wavePcm || format->bitsPerSample != 16 || format->channels == 0
                || format->sampleRate == 0 || format->sampleRate > 384000)
                return failure(error, QStringLiteral("not 16-bit PCM"));
            return PcmClip{ int(format->sampleRate),
                            monoSamples(bytes.sliced(body, size), format->channels) };
        }
        at = body + size + (size & 1); // chunks are padded to an even size
    }
    return failure(error, QStringLiteral("no data chunk"));
}

std::optional<PcmClip> PcmClip::readWav(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(error, QStringLiteral("%1: %2").arg(path, file.errorString()));
    return fromWav(file.readAll(), error);
}
