// Reading the WAV files the voice ships in: what is accepted, what is refused, and the samples.

#include "app/audio/PcmClip.h"

#include <QByteArray>
#include <QList>
#include <QtEndian>

#include <gtest/gtest.h>

namespace {

QByteArray le16(int value)
{
    QByteArray bytes(2, '\0');
    qToLittleEndian<qint16>(qint16(value), bytes.data());
    return bytes;
}

QByteArray le32(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToLittleEndian<quint32>(value, bytes.data());
    return bytes;
}

struct WavSpec
{
    int encoding = 1;
    int channels = 1;
    quint32 rate = 22050;
    int bits = 16;
};

QByteArray wav(const WavSpec &spec, const QList<int> &samples, const QByteArray &extraChunk = {})
{
    QByteArray format = le16(spec.encoding) + le16(spec.channels) + le32(spec.rate)
            + le32(spec.rate * quint32(spec.channels * spec.bits / 8))
            + le16(spec.channels * spec.bits / 8) + le16(spec.bits);
    QByteArray data;
    for (const int sample : samples)
        data += le16(sample);
    const QByteArray body = "WAVE" + QByteArray("fmt ") + le32(quint32(format.size())) + format
            + extraChunk + QByteArray("data") + le32(quint32(data.size())) + data;
    return "RIFF" + le32(quint32(body.size())) + body;
}

} // namespace

TEST(PcmClipTest, ReadsMonoSixteenBitSamplesAndTheirRate)
{
    const std::optional<PcmClip> clip = PcmClip::fromWav(wav({}, { 0, 1000, -1000, 32767 }));
    ASSERT_TRUE(clip);
    EXPECT_EQ(clip->sampleRate, 22050);
    EXPECT_EQ(clip->samples, (std::vector<std::int16_t>{ 0, 1000, -1000, 32767 }));
    EXPECT_NEAR(clip->lengthMs(), 4000.0 / 22050.0, 1e-9);
}

TEST(PcmClipTest, AveragesSeveralChannelsIntoOne)
{
    WavSpec stereo;
    stereo.channels = 2;
    const std::optional<PcmClip> clip = PcmClip::fromWav(wav(stereo, { 100, 300, -50, -150 }));
    ASSERT_TRUE(clip);
    EXPECT_EQ(clip->samples, (std::vector<std::int16_t>{ 200, -100 }));
}

TEST(PcmClipTest, SkipsChunksItDoesNotNeed)
{
    const QByteArray list = "LIST" + le32(3) + "abc" + QByteArray(1, '\0'); // padded to even
    const std::optional<PcmClip> clip = PcmClip::fromWav(wav({}, { 7, 8 }, list));
    ASSERT_TRUE(clip);
    EXPECT_EQ(clip->samples, (std::vector<std::int16_t>{ 7, 8 }));
}

TEST(PcmClipTest, RefusesWhatItCannotPlay)
{
    WavSpec floating;
    floating.encoding = 3;
    WavSpec eightBit;
    eightBit.bits = 8;
    WavSpec noChannels;
    noChannels.channels = 0;
    const QByteArray good = wav({}, { 1, 2, 3 });
    const std::pair<const char *, QByteArray> cases[] = {
        { "empty", QByteArray() },
        { "not RIFF", QByteArray("RIFX") + good.mid(4) },
        { "float samples", wav(floating, { 1, 2 }) },
        { "8-bit samples", wav(eightBit, { 1, 2 }) },
        { "no channels", wav(noChannels, { 1, 2 }) },
        { "truncated data", good.left(good.size() - 3) },
        { "no data chunk", good.left(36) },
    };
    for (const auto &[name, bytes] : cases) {
        QString error;
        EXPECT_FALSE(PcmClip::fromWav(bytes, &error)) << name;
        EXPECT_FALSE(error.isEmpty()) << name;
    }
}

TEST(PcmClipTest, ReadsAShippedClipFromTheResources)
{
    // Through the resource system, as the player reads them.
    const std::optional<PcmClip> count = PcmClip::readWav(QStringLiteral(":/voice/en/count_7.wav"));
    ASSERT_TRUE(count);
    EXPECT_EQ(count->sampleRate, 22050);
    EXPECT_GT(count->samples.size(), 2000u);
    QString error;
    EXPECT_FALSE(PcmClip::readWav(QStringLiteral(":/voice/en/no-such-clip.wav"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("no-such-clip"))) << error.toStdString();
}
