#include "WavFile.h"

#include <QFile>

namespace {

std::uint16_t u16(const QByteArray &bytes, qsizetype at)
{
    return std::uint16_t(std::uint8_t(bytes[at]) | std::uint8_t(bytes[at + 1]) << 8);
}

std::uint32_t u32(const QByteArray &bytes, qsizetype at)
{
    return std::uint32_t(u16(bytes, at)) | std::uint32_t(u16(bytes, at + 2)) << 16;
}

std::optional<WavFile> failure(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

} // namespace

std::optional<WavFile> WavFile::parse(const QByteArray &bytes, QString *error)
{
    if (bytes.size() < 12 || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WAVE")
        return failure(error, QStringLiteral("not a RIFF/WAVE file"));
    if (qsizetype(u32(bytes, 4)) + 8 != bytes.size())
        return failure(error,
                       QStringLiteral("the RIFF size says %1 bytes, the file has %2")
                               .arg(qsizetype(u32(bytes, 4)) + 8)
                               .arg(bytes.size()));

    WavFile wav;
    bool haveFormat = false;
    bool haveData = false;
    qsizetype at = 12;
    while (at + 8 <= bytes.size()) {
        const QByteArray id = bytes.mid(at, 4);
        const qsizetype size = u32(bytes, at + 4);
        const qsizetype body = at + 8;
        if (body + size > bytes.size())
            return failure(error,
                           QStringLiteral("chunk \"%1\" runs past the end of the file")
                                   .arg(QString::fromLatin1(id)));
        if (id == "fmt ") {
            if (size < 16)
                return failure(error, QStringLiteral("the format chunk is too short"));
            wav.format = u16(bytes, body);
            wav.channels = u16(bytes, body + 2);
            wav.sampleRate = u32(bytes, body + 4);
            wav.byteRate = u32(bytes, body + 8);
            wav.blockAlign = u16(bytes, body + 12);
            wav.bitsPerSample = u16(bytes, body + 14);
            haveFormat = true;
        } else if (id == "data") {
            if (!haveFormat)
                return failure(error, QStringLiteral("the data chunk comes before the format"));
            wav.dataBytes = std::uint32_t(size);
            if (wav.format == pcmFormat && wav.bitsPerSample == 16) {
                wav.samples.resize(std::size_t(size / 2));
                for (std::size_t i = 0; i < wav.samples.size(); ++i)
                    wav.samples[i] = std::int16_t(u16(bytes, body + 2 * qsizetype(i)));
            }
            haveData = true;
        }
        at = body + size + (size & 1); // chunks are padded to an even size
    }
    if (at != bytes.size())
        return failure(
                error,
                QStringLiteral("%1 stray byte(s) after the last chunk").arg(bytes.size() - at));
    if (!haveFormat || !haveData)
        return failure(error, QStringLiteral("no format chunk or no data chunk"));
    if (wav.channels == 0 || wav.sampleRate == 0
        || wav.blockAlign != wav.channels * ((wav.bitsPerSample + 7) / 8)
        || wav.byteRate != wav.sampleRate * wav.blockAlign)
        return failure(error, QStringLiteral("the format chunk contradicts itself"));
    if (wav.dataBytes % wav.blockAlign != 0)
        return failure(error, QStringLiteral("the data is not a whole number of frames"));
    return wav;
}

std::optional<WavFile> WavFile::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(error, QStringLiteral("cannot open %1: %2").arg(path, file.errorString()));
    return parse(file.readAll(), error);
}
