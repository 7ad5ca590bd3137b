#include "CueHearing.h"

#include "ClipMatcher.h"
#include "WavFile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <tuple>
#include <utility>

namespace {

// A clip found at a score this high is that clip: other speech or silence stays far below.
constexpr double heardScore = 0.6;
constexpr std::size_t offsetCandidates = 3;
constexpr std::size_t offsetTrialCues = 20;
constexpr double refitOutlierMs = 50.0;

std::vector<std::int16_t> monoSamples(const WavFile &wav)
{
    std::vector<std::int16_t> mono(wav.frames());
    for (std::size_t frame = 0; frame < mono.size(); ++frame)
        mono[frame] = wav.samples[frame * wav.channels];
    return mono;
}

double quantileOf(std::vector<double> values, double quantile)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const auto index = std::size_t(std::ceil(quantile * double(values.size())));
    return values[std::clamp<std::size_t>(index, 1, values.size()) - 1];
}

HearingReport matchAt(const std::vector<LoggedCue> &cues,
                      const QHash<QString, std::vector<std::int16_t>> &clips,
                      const ClipMatcher &matcher, double offsetMs, double driftPpm, double searchMs,
                      std::size_t limit)
{
    HearingReport report{ offsetMs, driftPpm, {} };
    for (const LoggedCue &cue : cues) {
        if (report.cues.size() == limit)
            break;
        HeardCue heard{ cue, std::nullopt, 0.0 };
        const auto clip = clips.constFind(cue.key);
        const double expected = offsetMs + cue.tMs * (1.0 + driftPpm / 1e6);
        if (cue.audible && clip != clips.constEnd()) {
            if (const auto match = matcher.find(*clip, expected - searchMs, expected + searchMs)) {
                heard.score = match->score;
                if (match->score >= heardScore)
                    heard.deviationMs = match->atMs - expected;
            }
        }
        report.cues.push_back(heard);
    }
    return report;
}

// The least-squares line through (log time, recording time) of the heard cues, refitted once
// without the cues far off it, so a late cue does not tilt the line.
std::pair<double, double> fitTimeline(const HearingReport &report)
{
    std::vector<std::pair<double, double>> points; // log time, recording time
    for (const HeardCue &heard : report.cues) {
        if (heard.deviationMs)
            points.emplace_back(heard.cue.tMs,
                                report.offsetMs + heard.cue.tMs + *heard.deviationMs);
    }
    const auto fit = [](const std::vector<std::pair<double, double>> &xy) {
        const double n = double(xy.size());
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (const auto &[x, y] : xy) {
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        const double denominator = n * sxx - sx * sx;
        const double slope = denominator > 0 ? (n * sxy - sx * sy) / denominator : 1.0;
        return std::pair{ (sy - slope * sx) / n, slope };
    };
    if (points.size() < 2)
        return { report.offsetMs + report.medianDeviationMs(), 0.0 };
    auto [intercept, slope] = fit(points);
    std::erase_if(points, [&](const auto &p) {
        return std::abs(p.second - (intercept + slope * p.first)) > refitOutlierMs;
    });
    if (points.size() >= 2)
        std::tie(intercept, slope) = fit(points);
    return { intercept, (slope - 1.0) * 1e6 };
}

} // namespace

std::size_t HearingReport::heardCount() const
{
    return std::size_t(std::count_if(cues.begin(), cues.end(),
                                     [](const HeardCue &c) { return c.deviationMs.has_value(); }));
}

double HearingReport::medianDeviationMs() const
{
    std::vector<double> deviations;
    for (const HeardCue &cue : cues) {
        if (cue.deviationMs)
            deviations.push_back(*cue.deviationMs);
    }
    return quantileOf(deviations, 0.5);
}

double HearingReport::spreadQuantileMs(double quantile) const
{
    const double median = medianDeviationMs();
    std::vector<double> spread;
    for (const HeardCue &cue : cues) {
        if (cue.deviationMs)
            spread.push_back(std::abs(*cue.deviationMs - median));
    }
    return quantileOf(spread, quantile);
}

QString HearingReport::describe() const
{
    QString text;
    QTextStream out(&text);
    out << "log time 0 is at " << offsetMs << " ms of the recording, drift " << driftPpm
        << " ppm\n";
    for (const HeardCue &heard : cues) {
        out << "  " << qSetFieldWidth(9) << qint64(heard.cue.tMs) << qSetFieldWidth(0) << " ms  "
            << heard.cue.key << (heard.cue.audible ? "" : " (logged as not audible)");
        if (heard.deviationMs)
            out << "  heard " << qint64(std::lround(*heard.deviationMs)) << " ms off";
        else
            out << "  NOT HEARD";
        out << " (score " << QString::number(heard.score, 'f', 2) << ")\n";
    }
    return text;
}

std::vector<QJsonObject> readLogEvents(const QString &eventLogPath, const QString &event)
{
    std::vector<QJsonObject> found;
    QFile file(eventLogPath);
    if (!file.open(QIODevice::ReadOnly))
        return found;
    while (!file.atEnd()) {
        const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
        if (line.value(QStringLiteral("event")).toString() == event)
            found.push_back(line);
    }
    return found;
}

std::vector<LoggedCue> readLoggedCues(const QString &eventLogPath)
{
    std::vector<LoggedCue> cues;
    for (const QJsonObject &line : readLogEvents(eventLogPath, QStringLiteral("cue")))
        cues.push_back({ line.value(QStringLiteral("cue")).toString(),
                         line.value(QStringLiteral("t_ms")).toDouble(),
                         line.value(QStringLiteral("audible")).toBool() });
    std::stable_sort(cues.begin(), cues.end(),
                     [](const LoggedCue &a, const LoggedCue &b) { return a.tMs < b.tMs; });
    return cues;
}

QHash<QString, std::vector<std::int16_t>> readVoiceClips(const QString &languageFolder,
                                                         int *sampleRate, QString *error)
{
    QHash<QString, std::vector<std::int16_t>> clips;
    const QDir folder(languageFolder);
    QFile manifestFile(folder.filePath(QStringLiteral("manifest.json")));
    if (!manifestFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1").arg(manifestFile.fileName());
        return {};
    }
    const QJsonArray entries = QJsonDocument::fromJson(manifestFile.readAll())
                                       .object()
                                       .value(QStringLiteral("clips"))
                                       .toArray();
    for (const auto &value : entries) {
        const QJsonObject entry = value.toObject();
        const QString path = folder.filePath(entry.value(QStringLiteral("file")).toString());
        const std::optional<WavFile> wav = WavFile::read(path, error);
        if (!wav || wav->bitsPerSample != 16)
            return {};
        *sampleRate = int(wav->sampleRate);
        clips.insert(entry.value(QStringLiteral("cue")).toString(), monoSamples(*wav));
    }
    return clips;
}

HearingReport hearCues(const std::vector<LoggedCue> &cues,
                       const QHash<QString, std::vector<std::int16_t>> &clips,
                       std::vector<std::int16_t> recording, int sampleRate, double searchMs)
{
    const ClipMatcher matcher(std::move(recording), sampleRate);
    // The recording started at an unknown moment before the session: place one of the first
    // cues anywhere in it, and keep the placement under which the most early cues are heard.
    HearingReport best;
    std::size_t bestHeard = 0;
    std::size_t tried = 0;
    for (const LoggedCue &cue : cues) {
        const auto clip = clips.constFind(cue.key);
        if (!cue.audible || clip == clips.constEnd())
            continue;
        if (tried++ == offsetCandidates)
            break;
        const auto match = matcher.find(*clip, 0.0, cue.tMs + 15000.0);
        if (!match || match->score < heardScore)
            continue;
        const HearingReport trial = matchAt(cues, clips, matcher, match->atMs - cue.tMs, 0.0,
                                            searchMs, offsetTrialCues);
        if (trial.heardCount() > bestHeard) {
            bestHeard = trial.heardCount();
            best = trial;
        }
    }
    if (bestHeard == 0)
        return matchAt(cues, clips, matcher, 0.0, 0.0, 0.0, cues.size());
    // Centre the timeline on the typical output latency, match every cue, then follow the
    // clocks' drift: a line through where the cues were heard.
    const HearingReport first =
            matchAt(cues, clips, matcher, best.offsetMs + best.medianDeviationMs(), 0.0, searchMs,
                    cues.size());
    const auto [offset, driftPpm] = fitTimeline(first);
    return matchAt(cues, clips, matcher, offset, driftPpm, searchMs, cues.size());
}
