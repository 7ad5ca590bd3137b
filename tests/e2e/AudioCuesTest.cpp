#include "PrivatePulseAudio.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <vector>

// Runs the real app for the first ~40 s of a session with its voice going to a private
// PulseAudio null sink, records the sink, and checks that every cue the app logged as played is
// heard, in order, at the time the log says.

namespace {

constexpr int sampleRate = 22050;
constexpr double sessionSeconds = 40.0;
constexpr double toleranceMs = 100.0;
constexpr double minimumSilenceMs = 60.0;

struct LoggedCue
{
    QString key;
    double tMs;
    bool audible;
};

std::vector<LoggedCue> readCues(const QString &path)
{
    std::vector<LoggedCue> cues;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return cues;
    while (!file.atEnd()) {
        const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
        if (line.value("event").toString() == QLatin1String("cue"))
            cues.push_back({ line.value("cue").toString(), line.value("t_ms").toDouble(),
                             line.value("audible").toBool() });
    }
    return cues;
}

// Sound after at least 60 ms of silence, in 5 ms windows. Pauses inside a clip give onsets too;
// that is harmless, because clips never overlap and each cue takes the onset nearest its time.
std::vector<double> detectOnsets(const QByteArray &pcm)
{
    const auto *samples = reinterpret_cast<const std::int16_t *>(pcm.constData());
    const std::size_t count = std::size_t(pcm.size()) / sizeof(std::int16_t);
    const std::size_t window = sampleRate / 200;
    const int threshold = 400; // about -38 dBFS; the null sink is digital silence otherwise
    std::vector<double> onsets;
    double silentMs = 1e9;
    for (std::size_t start = 0; start + window <= count; start += window) {
        int peak = 0;
        for (std::size_t i = start; i < start + window; ++i)
            peak = std::max(peak, std::abs(int(samples[i])));
        if (peak >= threshold) {
            if (silentMs >= minimumSilenceMs)
                onsets.push_back(1000.0 * double(start) / sampleRate);
            silentMs = 0.0;
        } else {
            silentMs += 5.0;
        }
    }
    return onsets;
}

struct Alignment
{
    double offsetMs = 0.0;
    std::vector<std::optional<double>> deviations; // per logged cue; empty when not heard
};

// The recording starts at an unknown moment before the session, so the two clocks differ by a
// constant. Try each early onset as the first cue's sound, keep the offset that hears the most
// cues in order, then refine it to the median difference.
Alignment align(const std::vector<LoggedCue> &cues, const std::vector<double> &onsets)
{
    const auto match = [&](double offset) {
        Alignment result{ offset, {} };
        std::size_t next = 0;
        for (const LoggedCue &cue : cues) {
            std::optional<double> deviation;
            for (std::size_t j = next; j < onsets.size(); ++j) {
                const double d = onsets[j] - (cue.tMs + offset);
                if (d > toleranceMs)
                    break;
                if (std::abs(d) <= toleranceMs
                    && (!deviation || std::abs(d) < std::abs(*deviation))) {
                    deviation = d;
                    next = j + 1;
                }
            }
            result.deviations.push_back(deviation);
        }
        return result;
    };
    const auto heard = [](const Alignment &a) {
        return std::count_if(a.deviations.begin(), a.deviations.end(),
                             [](const auto &d) { return d.has_value(); });
    };
    Alignment best;
    for (std::size_t j = 0; j < std::min<std::size_t>(onsets.size(), 6); ++j) {
        Alignment candidate = match(onsets[j] - cues.front().tMs);
        if (best.deviations.empty() || heard(candidate) > heard(best))
            best = candidate;
    }
    std::vector<double> differences;
    for (const auto &d : best.deviations) {
        if (d)
            differences.push_back(*d);
    }
    if (!differences.empty()) {
        std::nth_element(differences.begin(), differences.begin() + differences.size() / 2,
                         differences.end());
        best = match(best.offsetMs + differences[differences.size() / 2]);
    }
    return best;
}

// Waits until the app's event log has reached the given session time (t_ms), or gives up after
// twice that in wall time.
bool waitForSessionTime(const QString &logPath, double sessionMs, const QProcess &app)
{
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 2 * sessionMs && app.state() == QProcess::Running) {
        QFile log(logPath);
        if (log.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> lines = log.readAll().trimmed().split('\n');
            const QJsonObject last = QJsonDocument::fromJson(lines.constLast()).object();
            if (last.value("t_ms").toDouble() >= sessionMs)
                return true;
        }
        QThread::msleep(100);
    }
    return false;
}

bool waitForRecording(const QString &path, qint64 samples)
{
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 10000) {
        if (QFileInfo(path).size() >= samples * qint64(sizeof(std::int16_t)))
            return true;
        QThread::msleep(50);
    }
    return false;
}

} // namespace

TEST(AudioCuesTest, EveryLoggedCueIsHeardOnTime)
{
    PrivatePulseAudio pulse;
    QString why;
    if (!pulse.start(&why))
        GTEST_SKIP() << "PulseAudio could not start here: " << why.toStdString();

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QProcessEnvironment environment = pulse.clientEnvironment();
    environment.insert("QT_QPA_PLATFORM", "offscreen");
    environment.insert("XDG_CONFIG_HOME", dir.filePath("config"));
    environment.insert("XDG_DATA_HOME", dir.filePath("data"));

    QProcess recorder;
    recorder.setProcessEnvironment(environment);
    recorder.setStandardOutputFile(dir.filePath("recording.raw"));
    recorder.start(QStandardPaths::findExecutable("parec"),
                   { "-d", pulse.monitorSource(), "--raw", "--format=s16le",
                     QStringLiteral("--rate=%1").arg(sampleRate), "--channels=1",
                     "--latency-msec=10" });
    ASSERT_TRUE(recorder.waitForStarted(5000)) << "parec did not start";
    // A fresh server takes a moment before its monitor delivers sound; what is lost before that
    // would shorten the recording's timeline. Start the app once half a second is on disk.
    ASSERT_TRUE(waitForRecording(dir.filePath("recording.raw"), sampleRate / 2))
            << "the recording did not start";

    const QString logPath = dir.filePath("events.jsonl");
    QProcess app;
    app.setProcessEnvironment(environment);
    app.setProcessChannelMode(QProcess::ForwardedChannels);
    app.start(GLUTEGUIDE_BINARY, { "--start", "--event-log", logPath });
    ASSERT_TRUE(app.waitForStarted(10000));
    // Session time, not wall time: a slow start (a sanitizer build) must not cut the session short.
    EXPECT_TRUE(waitForSessionTime(logPath, sessionSeconds * 1000, app))
            << "the session did not reach " << sessionSeconds << " s";
    // Let a cue that started at the very end be heard before the app goes.
    QThread::msleep(2000);
    app.terminate();
    if (!app.waitForFinished(5000))
        app.kill();
    QThread::msleep(500);
    recorder.terminate();
    recorder.waitForFinished(3000);

    // The cues of the first sessionSeconds; later ones may be cut off when the app is stopped.
    std::vector<LoggedCue> cues = readCues(logPath);
    std::erase_if(cues, [](const LoggedCue &cue) { return cue.tMs > sessionSeconds * 1000; });
    // Every cue is meant to be spoken, the first included: the session waits for the clips.
    for (const LoggedCue &cue : cues)
        EXPECT_TRUE(cue.audible) << "cue " << cue.key.toStdString() << " at " << cue.tMs
                                 << " ms was only shown, not played";
    std::erase_if(cues, [](const LoggedCue &cue) { return !cue.audible; });
    ASSERT_GE(cues.size(), 8u) << "the app logged too few audible cues in " << sessionSeconds
                               << " s; is there audio output?";
    QFile recording(dir.filePath("recording.raw"));
    ASSERT_TRUE(recording.open(QIODevice::ReadOnly));
    const std::vector<double> onsets = detectOnsets(recording.readAll());
    ASSERT_FALSE(onsets.empty()) << "nothing was heard";

    const Alignment alignment = align(cues, onsets);
    std::vector<double> absolute;
    for (std::size_t i = 0; i < cues.size(); ++i) {
        const auto &deviation = alignment.deviations[i];
        EXPECT_TRUE(deviation.has_value())
                << "cue " << cues[i].key.toStdString() << " logged at " << cues[i].tMs
                << " ms was not heard within " << toleranceMs << " ms";
        if (deviation)
            absolute.push_back(std::abs(*deviation));
    }
    if (absolute.size() < cues.size()) {
        std::printf("offset %.0f ms; logged cues (ms):", alignment.offsetMs);
        for (const LoggedCue &cue : cues)
            std::printf(" %.0f", cue.tMs + alignment.offsetMs);
        std::printf("\nonsets heard (ms):");
        for (const double onset : onsets)
            std::printf(" %.0f", onset);
        std::printf("\n");
    }
    std::sort(absolute.begin(), absolute.end());
    const double median = absolute.empty() ? 0.0 : absolute[absolute.size() / 2];
    const double worst = absolute.empty() ? 0.0 : absolute.back();
    std::printf("audio cues: %zu logged, %zu heard; onset vs log: median %.1f ms, worst %.1f ms\n",
                cues.size(), absolute.size(), median, worst);
    RecordProperty("median_ms", int(std::lround(median)));
    RecordProperty("worst_ms", int(std::lround(worst)));
    EXPECT_LE(worst, toleranceMs);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
