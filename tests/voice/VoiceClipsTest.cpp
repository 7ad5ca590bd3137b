// The voice clips that ship in gluteguide_voice (resources/voice/, made by
// tools/generate-voice-clips.sh): one per cue, saying the caption's words, in a format the cue
// player can play, loud enough, never clipped, starting with sound so onsets can be measured.

#include "WavFile.h"

#include "app/cues/CueTexts.h"
#include "core/cues/CueId.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <map>
#include <string>

using gluteguide::CueId;
using gluteguide::CueKind;

namespace {

const QString language = QStringLiteral("en");
const QString resourceFolder = QStringLiteral(":/voice/en/");
const QString sourceFolder = QStringLiteral(GLUTEGUIDE_VOICE_SOURCE_DIR "/en/");

constexpr std::uint32_t clipSampleRate = 22050;
// A count is spoken as a rep completes and must end before the next rep does; reps last at
// least 1 s in practice (the shortest default rep is 2 s).
constexpr double longestCountMs = 1000.0;

struct ManifestClip
{
    QString cue;
    QString text;
    QString file;
    int durationMs = -1;
};

struct Manifest
{
    QString error; // empty when it loaded
    QString language;
    std::map<QString, ManifestClip> clips; // by cue key
    int entries = 0; // as listed, duplicates included
};

const Manifest &manifest()
{
    static const Manifest loaded = [] {
        Manifest result;
        QFile file(resourceFolder + QStringLiteral("manifest.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            result.error = QStringLiteral("cannot open %1").arg(file.fileName());
            return result;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            result.error = QStringLiteral("manifest.json is not a JSON object: %1")
                                   .arg(parseError.errorString());
            return result;
        }
        const QJsonObject root = document.object();
        result.language = root.value(QStringLiteral("language")).toString();
        const QJsonArray clips = root.value(QStringLiteral("clips")).toArray();
        for (const auto &value : clips) {
            const QJsonObject entry = value.toObject();
            ManifestClip clip;
            clip.cue = entry.value(QStringLiteral("cue")).toString();
            clip.text = entry.value(QStringLiteral("text")).toString();
            clip.file = entry.value(QStringLiteral("file")).toString();
            const QJsonValue duration = entry.value(QStringLiteral("duration_ms"));
            if (duration.isDouble() && duration.toDouble() == std::floor(duration.toDouble()))
                clip.durationMs = duration.toInt(-1);
            result.clips.emplace(clip.cue, clip);
            ++result.entries;
        }
        return result;
    }();
    return loaded;
}

QString keyOf(const CueId &cue)
{
    return QString::fromStdString(gluteguide::cueKey(cue));
}

QSet<QString> allCueKeys()
{
    QSet<QString> keys;
    for (const CueId &cue : gluteguide::allCueIds())
        keys.insert(keyOf(cue));
    return keys;
}

double dbfs(double amplitude)
{
    return amplitude > 0 ? 20.0 * std::log10(amplitude / 32768.0) : -200.0;
}

int peakOf(const std::vector<std::int16_t> &samples, std::size_t from, std::size_t count)
{
    int peak = 0;
    const std::size_t end = std::min(samples.size(), from + count);
    for (std::size_t i = from; i < end; ++i)
        peak = std::max(peak, std::abs(int(samples[i])));
    return peak;
}

std::size_t framesIn(double ms, const WavFile &wav)
{
    return std::size_t(std::lround(ms * wav.sampleRate / 1000.0)) * wav.channels;
}

// Calls check for every clip in the manifest whose file reads as 16-bit PCM; records a failure
// for each that does not, and for an empty manifest, so no check passes on nothing.
void forEachClip(const std::function<void(const ManifestClip &, const WavFile &)> &check)
{
    const Manifest &m = manifest();
    ASSERT_TRUE(m.error.isEmpty()) << m.error.toStdString();
    ASSERT_FALSE(m.clips.empty()) << "the manifest lists no clips";
    for (const auto &[key, clip] : m.clips) {
        QString error;
        const std::optional<WavFile> wav = WavFile::read(resourceFolder + clip.file, &error);
        if (!wav) {
            ADD_FAILURE() << key.toStdString() << ": " << error.toStdString();
            continue;
        }
        if (wav->samples.empty()) {
            ADD_FAILURE() << key.toStdString() << ": no 16-bit PCM samples";
            continue;
        }
        check(clip, *wav);
    }
}

} // namespace

TEST(VoiceClips, ManifestIsBuiltIntoTheProgram)
{
    EXPECT_TRUE(QFile(resourceFolder + QStringLiteral("manifest.json")).exists());
    EXPECT_TRUE(QFile(resourceFolder + QStringLiteral("count_7.wav")).exists());
    const Manifest &m = manifest();
    ASSERT_TRUE(m.error.isEmpty()) << m.error.toStdString();
    EXPECT_EQ(m.language.toStdString(), language.toStdString());
    EXPECT_EQ(m.entries, int(m.clips.size())) << "a cue is listed twice";
}

TEST(VoiceClips, EveryCueHasAClip)
{
    const Manifest &m = manifest();
    ASSERT_TRUE(m.error.isEmpty()) << m.error.toStdString();
    for (const CueId &cue : gluteguide::allCueIds()) {
        const QString key = keyOf(cue);
        const auto it = m.clips.find(key);
        if (it == m.clips.end()) {
            ADD_FAILURE() << key.toStdString() << " has no entry in manifest.json";
            continue;
        }
        EXPECT_EQ(it->second.file.toStdString(), key.toStdString() + ".wav");
        EXPECT_TRUE(QFile::exists(resourceFolder + it->second.file))
                << key.toStdString() << ": " << (resourceFolder + it->second.file).toStdString()
                << " is not in the resources";
    }
}

TEST(VoiceClips, ClipTextMatchesCaption)
{
    const Manifest &m = manifest();
    ASSERT_TRUE(m.error.isEmpty()) << m.error.toStdString();
    for (const CueId &cue : gluteguide::allCueIds()) {
        const QString key = keyOf(cue);
        const auto it = m.clips.find(key);
        if (it == m.clips.end())
            continue; // EveryCueHasAClip reports it
        EXPECT_EQ(it->second.text.toStdString(), CueTexts::text(cue).toStdString())
                << key.toStdString()
                << ": the clip says something else than the caption; run "
                   "tools/generate-voice-clips.sh";
    }
}

TEST(VoiceClips, ClipsAreMonoPcm16)
{
    const Manifest &m = manifest();
    ASSERT_TRUE(m.error.isEmpty()) << m.error.toStdString();
    ASSERT_FALSE(m.clips.empty());
    for (const auto &[key, clip] : m.clips) {
        QString error;
        const std::optional<WavFile> wav = WavFile::read(resourceFolder + clip.file, &error);
        ASSERT_TRUE(wav.has_value()) << key.toStdString() << ": " << error.toStdString();
        EXPECT_EQ(wav->format, WavFile::pcmFormat) << key.toStdString();
        EXPECT_EQ(wav->channels, 1) << key.toStdString();
        EXPECT_EQ(wav->bitsPerSample, 16) << key.toStdString();
        EXPECT_EQ(wav->sampleRate, clipSampleRate) << key.toStdString();
        EXPECT_GT(wav->frames(), 0u) << key.toStdString();
    }
}

TEST(VoiceClips, ClipsAreNotSilent)
{
    forEachClip([](const ManifestClip &clip, const WavFile &wav) {
        double sumOfSquares = 0;
        for (std::int16_t sample : wav.samples)
            sumOfSquares += double(sample) * sample;
        const double rms = dbfs(std::sqrt(sumOfSquares / double(wav.samples.size())));
        const double peak = dbfs(peakOf(wav.samples, 0, wav.samples.size()));
        EXPECT_GT(rms, -35.0) << clip.cue.toStdString() << ": RMS " << rms << " dBFS";
        EXPECT_GT(peak, -12.0) << clip.cue.toStdString() << ": peak " << peak << " dBFS";
    });
}

TEST(VoiceClips, ClipsAreNotClipped)
{
    forEachClip([](const ManifestClip &clip, const WavFile &wav) {
        const double peak = dbfs(peakOf(wav.samples, 0, wav.samples.size()));
        EXPECT_LT(peak, -0.5) << clip.cue.toStdString() << ": peak " << peak << " dBFS";

        int run = 0;
        int longestRun = 0;
        for (std::int16_t sample : wav.samples) {
            run = (sample >= INT16_MAX || sample <= INT16_MIN) ? run + 1 : 0;
            longestRun = std::max(longestRun, run);
        }
        EXPECT_LT(longestRun, 3) << clip.cue.toStdString() << ": " << longestRun
                                 << " samples in a row at full scale";
    });
}

// The end-to-end audio test takes a clip's onset as the moment its cue was played, and finds
// onsets in 5 ms windows: the sound must begin right at the start of the file.
TEST(VoiceClips, ClipStartsWithSound)
{
    forEachClip([](const ManifestClip &clip, const WavFile &wav) {
        const double first5ms = dbfs(peakOf(wav.samples, 0, framesIn(5, wav)));
        const double first30ms = dbfs(peakOf(wav.samples, 0, framesIn(30, wav)));
        EXPECT_GT(first5ms, -45.0) << clip.cue.toStdString() << ": the first 5 ms peak at "
                                   << first5ms << " dBFS; is leading silence left?";
        EXPECT_GT(first30ms, -40.0)
                << clip.cue.toStdString() << ": the first 30 ms peak at " << first30ms << " dBFS";
    });
}

TEST(VoiceClips, DurationsMatchManifest)
{
    forEachClip([](const ManifestClip &clip, const WavFile &wav) {
        ASSERT_GE(clip.durationMs, 0)
                << clip.cue.toStdString() << ": duration_ms is missing or not an integer";
        EXPECT_NEAR(wav.durationMs(), double(clip.durationMs), 2.0) << clip.cue.toStdString();
    });
}

TEST(VoiceClips, NoOrphanClips)
{
    const Manifest &m = manifest();
    ASSERT_TRUE(m.error.isEmpty()) << m.error.toStdString();
    const QSet<QString> cueKeys = allCueKeys();
    for (const auto &[key, clip] : m.clips)
        EXPECT_TRUE(cueKeys.contains(key))
                << "manifest.json lists " << key.toStdString() << ", which is no cue";

    // Everything compiled in is the manifest or a clip it lists for a cue.
    const QStringList compiledIn = QDir(resourceFolder).entryList(QDir::Files);
    ASSERT_FALSE(compiledIn.isEmpty()) << resourceFolder.toStdString() << " is empty";
    for (const QString &file : compiledIn) {
        if (file == QStringLiteral("manifest.json"))
            continue;
        const QString key = QFileInfo(file).completeBaseName();
        EXPECT_TRUE(file.endsWith(QStringLiteral(".wav")) && cueKeys.contains(key)
                    && m.clips.count(key) == 1)
                << file.toStdString() << " is in the resources but belongs to no cue";
    }

    // And nothing lies in the source folder that the resources leave out.
    const QStringList inSource = QDir(sourceFolder).entryList(QDir::Files);
    for (const QString &file : inSource)
        EXPECT_TRUE(compiledIn.contains(file))
                << sourceFolder.toStdString() << file.toStdString()
                << " is not in voice.qrc: run tools/generate-voice-clips.sh";
}

TEST(VoiceClips, CountClipsFitBetweenReps)
{
    int counts = 0;
    forEachClip([&counts](const ManifestClip &clip, const WavFile &wav) {
        if (!clip.cue.startsWith(QStringLiteral("count_")))
            return;
        ++counts;
        EXPECT_LE(wav.durationMs(), longestCountMs)
                << clip.cue.toStdString() << " would run into the next rep's count";
    });
    int expected = 0;
    for (const CueId &cue : gluteguide::allCueIds())
        expected += cue.kind == CueKind::Count ? 1 : 0;
    EXPECT_EQ(counts, expected);
}
