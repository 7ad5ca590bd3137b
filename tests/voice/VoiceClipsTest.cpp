// The voice clips that ship in gluteguide_voice (resources/voice/, made by
// tools/generate-voice-clips.sh): one per cue, saying the caption's words, in a format the cue
// player can play, all equally loud (in every language), never clipped, without a click at
// either end, starting with sound so onsets can be measured.
//
// The checks of the sound run on every language in the resources; those of the texts on every
// language the app speaks, against its captions in that language.

#include "Loudness.h"
#include "WavFile.h"

#include "app/audio/VoiceClipManifest.h"
#include "app/cues/CueTexts.h"
#include "app/language/Language.h"
#include "core/cues/CueId.h"
#include "core/cues/CueSchedule.h"
#include "core/plan/Plan.h"
#include "core/routine/Routine.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>

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

QString resourceFolderOf(const QString &lang)
{
    return QStringLiteral(":/voice/%1/").arg(lang);
}

constexpr std::uint32_t clipSampleRate = 22050;
// A count is spoken as a rep completes and must end before the next rep does; reps last at
// least 1 s in practice (the shortest default rep is 2 s).
constexpr double longestCountMs = 1000.0;

// Loudness (tools/generate-voice-clips.sh brings every clip to the manifest's target, -16 LUFS,
// with true peaks at most -1 dBTP; its meter and this one differ by a few tenths of a LU).
constexpr double highestPeakDbfs = -1.0;
constexpr double medianOffTargetLu = 1.0; // a language's median clip against the target
constexpr double clipOffMedianLu = 2.0; // each clip against its language's median

// Clicks: a clip starts and ends at silence and ramps in and out (fades of 3 ms, 8 ms for
// espeak-ng, in and 5 ms out).
constexpr double edgeMs = 2.0;
constexpr double edgeBelowPeakDb = 15.0; // the first and last 2 ms, under the clip's peak
constexpr double edgeSampleBelowPeakDb = 40.0; // the very first and last sample

struct ManifestClip
{
    QString language;
    QString cue;
    QString text;
    QString file;
    int durationMs = -1;

    std::string name() const { return (language + QLatin1Char('/') + cue).toStdString(); }
};

struct Manifest
{
    QString error; // empty when it loaded
    QString language;
    QJsonObject generator;
    std::optional<double> targetLufs;
    std::map<QString, ManifestClip> clips; // by cue key
    int entries = 0; // as listed, duplicates included
};

Manifest loadManifest(const QString &lang)
{
    Manifest result;
    QFile file(resourceFolderOf(lang) + QStringLiteral("manifest.json"));
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
    result.generator = root.value(QStringLiteral("generator")).toObject();
    const QJsonValue target =
            root.value(QStringLiteral("loudness")).toObject().value(QStringLiteral("target_lufs"));
    if (target.isDouble())
        result.targetLufs = target.toDouble();
    const QJsonArray clips = root.value(QStringLiteral("clips")).toArray();
    for (const auto &value : clips) {
        const QJsonObject entry = value.toObject();
        ManifestClip clip;
        clip.language = lang;
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
}

const Manifest &manifest(const QString &lang = language)
{
    static std::map<QString, Manifest> loaded;
    auto it = loaded.find(lang);
    if (it == loaded.end())
        it = loaded.emplace(lang, loadManifest(lang)).first;
    return it->second;
}

// Every language with clips in the resources: English and each one generated since.
QStringList shippedLanguages()
{
    QStringList languages;
    for (const QString &folder : QDir(QStringLiteral(":/voice")).entryList(QDir::Dirs)) {
        if (QFile::exists(resourceFolderOf(folder) + QStringLiteral("manifest.json")))
            languages << folder;
    }
    return languages;
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

// Calls check for every clip of every shipped language whose file reads as 16-bit PCM; records
// a failure for each that does not, and for an empty manifest, so no check passes on nothing.
// Failures name the clip as "language/cue".
void forEachClip(const std::function<void(const ManifestClip &, const WavFile &)> &check,
                 const QStringList &languages = shippedLanguages())
{
    ASSERT_FALSE(languages.isEmpty()) << "no voice clips in the resources";
    for (const QString &lang : languages) {
        const Manifest &m = manifest(lang);
        ASSERT_TRUE(m.error.isEmpty()) << lang.toStdString() << ": " << m.error.toStdString();
        ASSERT_FALSE(m.clips.empty()) << lang.toStdString() << ": the manifest lists no clips";
        for (const auto &[key, clip] : m.clips) {
            QString error;
            const std::optional<WavFile> wav =
                    WavFile::read(resourceFolderOf(lang) + clip.file, &error);
            if (!wav) {
                ADD_FAILURE() << clip.name() << ": " << error.toStdString();
                continue;
            }
            if (wav->samples.empty()) {
                ADD_FAILURE() << clip.name() << ": no 16-bit PCM samples";
                continue;
            }
            check(clip, *wav);
        }
    }
}

// The clip as the app hears it: mono (ClipsAreMonoPcm16 checks that it already is).
std::vector<std::int16_t> firstChannel(const WavFile &wav)
{
    std::vector<std::int16_t> mono(wav.frames());
    for (std::size_t frame = 0; frame < mono.size(); ++frame)
        mono[frame] = wav.samples[frame * std::max<std::size_t>(1, wav.channels)];
    return mono;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n == 0 ? 0.0 : n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

} // namespace

TEST(VoiceClips, ManifestIsBuiltIntoTheProgram)
{
    EXPECT_TRUE(QFile(resourceFolder + QStringLiteral("manifest.json")).exists());
    EXPECT_TRUE(QFile(resourceFolder + QStringLiteral("count_7.wav")).exists());
    EXPECT_TRUE(shippedLanguages().contains(language));
    for (const QString &lang : shippedLanguages()) {
        const Manifest &m = manifest(lang);
        ASSERT_TRUE(m.error.isEmpty()) << lang.toStdString() << ": " << m.error.toStdString();
        EXPECT_EQ(m.language.toStdString(), lang.toStdString());
        EXPECT_EQ(m.entries, int(m.clips.size()))
                << lang.toStdString() << ": a cue is listed twice";
        // Which engine and voice made the clips, and how: the README's licence notes depend on it.
        for (const char *field : { "engine", "voice", "settings", "processing" })
            EXPECT_FALSE(m.generator.value(QLatin1String(field)).toString().isEmpty())
                    << lang.toStdString() << ": generator." << field << " is missing";
        EXPECT_TRUE(m.targetLufs.has_value()) << lang.toStdString() << ": loudness.target_lufs";
    }
}

// Each language the app speaks (Language::codes()) ships a clip for every cue, and the clip says
// what that language's caption shows: the caption comes from the translation built into the
// program, so a translation changed without new clips fails here.
class VoiceOfLanguage : public ::testing::TestWithParam<QString>
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale::c());
        if (GetParam() == Language::source())
            return;
        ASSERT_TRUE(m_translator.load(QStringLiteral(":/i18n/gluteguide_%1.qm").arg(GetParam())))
                << "the program has no translation into " << GetParam().toStdString();
        QCoreApplication::installTranslator(&m_translator);
    }
    void TearDown() override { QCoreApplication::removeTranslator(&m_translator); }

    QString folder() const { return resourceFolderOf(GetParam()); }

private:
    QTranslator m_translator;
};

TEST_P(VoiceOfLanguage, EveryCueHasAClip)
{
    const Manifest &m = manifest(GetParam());
    ASSERT_TRUE(m.error.isEmpty()) << m.error.toStdString();
    EXPECT_EQ(m.language.toStdString(), GetParam().toStdString());
    for (const CueId &cue : gluteguide::allCueIds()) {
        const QString key = keyOf(cue);
        const auto it = m.clips.find(key);
        if (it == m.clips.end()) {
            ADD_FAILURE() << key.toStdString() << " has no entry in manifest.json";
            continue;
        }
        EXPECT_EQ(it->second.file.toStdString(), key.toStdString() + ".wav");
        EXPECT_TRUE(QFile::exists(folder() + it->second.file))
                << key.toStdString() << ": " << (folder() + it->second.file).toStdString()
                << " is not in the resources";
    }
}

TEST_P(VoiceOfLanguage, ClipTextMatchesCaption)
{
    const Manifest &m = manifest(GetParam());
    ASSERT_TRUE(m.error.isEmpty()) << m.error.toStdString();
    int compared = 0;
    for (const CueId &cue : gluteguide::allCueIds()) {
        const QString key = keyOf(cue);
        const auto it = m.clips.find(key);
        if (it == m.clips.end())
            continue; // EveryCueHasAClip reports it
        EXPECT_EQ(it->second.text.toStdString(), CueTexts::text(cue).toStdString())
                << GetParam().toStdString() << "/" << key.toStdString()
                << ": the clip says something else than the caption; run "
                   "tools/generate-voice-clips.sh --language "
                << GetParam().toStdString();
        ++compared;
    }
    EXPECT_EQ(compared, int(gluteguide::allCueIds().size()));
}

// The default session scheduled with this language's clip lengths, as the app does: no two cues
// overlap, every count is at its rep's end, every structure cue (set-up, intros, sets, rests,
// switching sides, the end) finds room, and no reminder sounds over a count.
TEST_P(VoiceOfLanguage, TheDefaultSessionFitsTheseClips)
{
    const std::optional<VoiceClipManifest> clips = VoiceClipManifest::load(GetParam());
    ASSERT_TRUE(clips.has_value());
    const gluteguide::Plan plan = gluteguide::buildPlan(gluteguide::defaultRoutine());
    const gluteguide::CueSchedule schedule = gluteguide::scheduleCues(plan, clips->lengths());
    ASSERT_FALSE(schedule.cues.empty());
    int counts = 0;
    for (std::size_t i = 0; i < schedule.cues.size(); ++i) {
        const gluteguide::ScheduledCue &cue = schedule.cues[i];
        counts += cue.id.kind == CueKind::Count ? 1 : 0;
        EXPECT_EQ(cue.length, clips->lengths()(cue.id)) << gluteguide::cueKey(cue.id);
        if (i > 0) {
            EXPECT_LE(schedule.cues[i - 1].end(), cue.start)
                    << gluteguide::cueKey(schedule.cues[i - 1].id) << " overlaps "
                    << gluteguide::cueKey(cue.id) << " at " << cue.start.count() << " ms";
        }
    }
    int reps = 0;
    for (const gluteguide::PlanStep &step : plan.steps)
        reps += step.kind == gluteguide::StepKind::Rep ? 1 : 0;
    EXPECT_EQ(counts, reps);
    for (const gluteguide::ScheduledCue &cue : schedule.dropped) {
        EXPECT_EQ(gluteguide::priorityOf(cue.id), gluteguide::CuePriority::Reminder)
                << GetParam().toStdString() << ": " << gluteguide::cueKey(cue.id) << " ("
                << cue.length.count() << " ms) found no room at " << cue.start.count() << " ms";
    }
}

// The text check above proves nothing if the captions were still English: every cue with words
// reads differently from the English clip.
class TranslatedVoice : public VoiceOfLanguage
{
};

TEST_P(TranslatedVoice, CaptionsAreInTheLanguage)
{
    const Manifest &english = manifest(Language::source());
    int withWords = 0;
    for (const CueId &cue : gluteguide::allCueIds()) {
        const auto it = english.clips.find(keyOf(cue));
        if (it == english.clips.end() || !it->second.text.contains(QRegularExpression("[A-Za-z]")))
            continue;
        ++withWords;
        EXPECT_NE(CueTexts::text(cue).toStdString(), it->second.text.toStdString())
                << GetParam().toStdString() << "/" << keyOf(cue).toStdString()
                << " is still in English";
    }
    EXPECT_GT(withWords, 50);
}

namespace {

std::string languageName(const ::testing::TestParamInfo<QString> &info)
{
    return info.param.toStdString();
}

QStringList translatedLanguages()
{
    QStringList codes = Language::codes();
    codes.removeAll(Language::source());
    return codes;
}

} // namespace

INSTANTIATE_TEST_SUITE_P(EveryLanguage, VoiceOfLanguage, ::testing::ValuesIn(Language::codes()),
                         languageName);
INSTANTIATE_TEST_SUITE_P(EveryTranslation, TranslatedVoice,
                         ::testing::ValuesIn(translatedLanguages()), languageName);

TEST(VoiceClips, ClipsAreMonoPcm16)
{
    for (const QString &lang : shippedLanguages()) {
        const Manifest &m = manifest(lang);
        ASSERT_TRUE(m.error.isEmpty()) << lang.toStdString() << ": " << m.error.toStdString();
        ASSERT_FALSE(m.clips.empty()) << lang.toStdString();
        for (const auto &[key, clip] : m.clips) {
            const std::string name = (lang + QLatin1Char('/') + key).toStdString();
            QString error;
            const std::optional<WavFile> wav =
                    WavFile::read(resourceFolderOf(lang) + clip.file, &error);
            ASSERT_TRUE(wav.has_value()) << name << ": " << error.toStdString();
            EXPECT_EQ(wav->format, WavFile::pcmFormat) << name;
            EXPECT_EQ(wav->channels, 1) << name;
            EXPECT_EQ(wav->bitsPerSample, 16) << name;
            EXPECT_EQ(wav->sampleRate, clipSampleRate) << name;
            EXPECT_GT(wav->frames(), 0u) << name;
        }
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
        EXPECT_GT(rms, -35.0) << clip.name() << ": RMS " << rms << " dBFS";
        EXPECT_GT(peak, -12.0) << clip.name() << ": peak " << peak << " dBFS";
    });
}

TEST(VoiceClips, ClipsAreNotClipped)
{
    forEachClip([](const ManifestClip &clip, const WavFile &wav) {
        const double peak = dbfs(peakOf(wav.samples, 0, wav.samples.size()));
        EXPECT_LE(peak, highestPeakDbfs) << clip.name() << ": peak " << peak << " dBFS";

        int run = 0;
        int longestRun = 0;
        for (std::int16_t sample : wav.samples) {
            run = (sample >= INT16_MAX || sample <= INT16_MIN) ? run + 1 : 0;
            longestRun = std::max(longestRun, run);
        }
        EXPECT_LT(longestRun, 3) << clip.name() << ": " << longestRun
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
        EXPECT_GT(first5ms, -45.0) << clip.name() << ": the first 5 ms peak at " << first5ms
                                   << " dBFS; is leading silence left?";
        EXPECT_GT(first30ms, -40.0)
                << clip.name() << ": the first 30 ms peak at " << first30ms << " dBFS";
    });
}

// Every clip as loud as the others, and every language as loud as the others: BS.1770
// integrated loudness (K-weighted, gated RMS; Loudness.h), each language's median at the
// manifest's target and every clip near its language's median.
TEST(VoiceClips, ClipsAreEquallyLoud)
{
    for (const QString &lang : shippedLanguages()) {
        const Manifest &m = manifest(lang);
        ASSERT_TRUE(m.targetLufs.has_value()) << lang.toStdString() << ": no loudness.target_lufs";
        std::map<std::string, double> loudness;
        forEachClip(
                [&loudness](const ManifestClip &clip, const WavFile &wav) {
                    loudness[clip.name()] =
                            integratedLoudness(firstChannel(wav), int(wav.sampleRate));
                },
                { lang });
        ASSERT_FALSE(loudness.empty());
        std::vector<double> values;
        for (const auto &[cue, lufs] : loudness)
            values.push_back(lufs);
        const double middle = median(values);
        EXPECT_NEAR(middle, *m.targetLufs, medianOffTargetLu)
                << lang.toStdString() << ": the median clip is at " << middle << " LUFS";
        for (const auto &[cue, lufs] : loudness)
            EXPECT_NEAR(lufs, middle, clipOffMedianLu)
                    << cue << ": " << lufs << " LUFS, against the median " << middle
                    << "; run tools/generate-voice-clips.sh";
    }
}

// A clip that starts or ends at a loud sample clicks (the speaker jumps from rest to it): the
// first and last samples are near zero and the first and last 2 ms well under the clip's peak.
TEST(VoiceClips, NoClickAtEitherEnd)
{
    forEachClip([](const ManifestClip &clip, const WavFile &wav) {
        const double peak = dbfs(peakOf(wav.samples, 0, wav.samples.size()));
        const std::size_t edge = framesIn(edgeMs, wav);
        ASSERT_GT(wav.samples.size(), 2 * edge) << clip.name();
        const double head = dbfs(peakOf(wav.samples, 0, edge));
        const double tail = dbfs(peakOf(wav.samples, wav.samples.size() - edge, edge));
        const double first = dbfs(std::abs(int(wav.samples.front())));
        const double last = dbfs(std::abs(int(wav.samples.back())));
        const std::string name = clip.name();
        EXPECT_LE(head, peak - edgeBelowPeakDb)
                << name << ": the first 2 ms peak at " << head << " dBFS, the clip at " << peak;
        EXPECT_LE(tail, peak - edgeBelowPeakDb)
                << name << ": the last 2 ms peak at " << tail << " dBFS, the clip at " << peak;
        EXPECT_LE(first, peak - edgeSampleBelowPeakDb)
                << name << ": starts at " << first << " dBFS (no fade-in?)";
        EXPECT_LE(last, peak - edgeSampleBelowPeakDb)
                << name << ": ends at " << last << " dBFS (no fade-out?)";
    });
}

TEST(VoiceClips, DurationsMatchManifest)
{
    forEachClip([](const ManifestClip &clip, const WavFile &wav) {
        ASSERT_GE(clip.durationMs, 0)
                << clip.name() << ": duration_ms is missing or not an integer";
        EXPECT_NEAR(wav.durationMs(), double(clip.durationMs), 2.0) << clip.name();
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
                << clip.name() << " would run into the next rep's count";
    });
    int expected = 0;
    for (const CueId &cue : gluteguide::allCueIds())
        expected += cue.kind == CueKind::Count ? 1 : 0;
    EXPECT_EQ(counts, expected * int(shippedLanguages().size()));
}
