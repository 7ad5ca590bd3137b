#include "AppTestSupport.h"
#include "GluteguideProcess.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

// Runs the built gluteguide executable as a user would and checks what it prints and returns.
namespace {

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError)
            << error.errorString().toStdString() << " at offset " << error.offset;
    EXPECT_TRUE(document.isObject());
    return document.object();
}

} // namespace

TEST(GluteguideBinaryTest, PlanJsonParsesAndHasTheDocumentedKeys)
{
    const ProcessRun run = runGluteguide({ QStringLiteral("--plan"), QStringLiteral("--json") });
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();

    const QJsonObject plan = parseObject(run.out);
    EXPECT_TRUE(plan.value(QStringLiteral("routine")).isObject());
    EXPECT_DOUBLE_EQ(plan.value(QStringLiteral("total_seconds")).toDouble(), 1843.0);
    const QJsonArray steps = plan.value(QStringLiteral("steps")).toArray();
    ASSERT_FALSE(steps.isEmpty());
    int reps = 0;
    for (const QJsonValue value : steps) {
        const QJsonObject step = value.toObject();
        for (const char *key : { "start", "duration", "kind", "side" })
            EXPECT_TRUE(step.contains(QLatin1String(key))) << key;
        if (step.value(QStringLiteral("kind")).toString() == QStringLiteral("rep")) {
            ++reps;
            EXPECT_TRUE(step.contains(QStringLiteral("set")));
            EXPECT_TRUE(step.contains(QStringLiteral("movement")));
            EXPECT_TRUE(step.contains(QStringLiteral("rep")));
        }
    }
    EXPECT_EQ(reps, 450);
    EXPECT_EQ(steps.last().toObject().value(QStringLiteral("kind")).toString(),
              QStringLiteral("complete"));
}

TEST(GluteguideBinaryTest, PlanPrintsAReadableListing)
{
    const ProcessRun run = runGluteguide({ QStringLiteral("--plan") });
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString listing = QString::fromUtf8(run.out);
    EXPECT_TRUE(listing.startsWith(QStringLiteral("Side-lying hip series\nTotal time 30:43")))
            << listing.toStdString();
    EXPECT_TRUE(listing.contains(QStringLiteral("Clamshell  15 reps × (Lift 2 s, Lower 2 s)")));
}

// No X11 or Wayland display and no Qt platform chosen, with settings kept out of the user's.
#if defined(Q_OS_LINUX)
TEST(GluteguideBinaryTest, WithoutADisplaySaysHowToRunIt)
{
    const QTemporaryDir home;
    const ProcessRun run = runGluteguide({}, environmentWithoutDisplay(home));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("no display"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("xvfb-run -a gluteguide")));
    EXPECT_TRUE(run.err.contains(QStringLiteral("--screenshot")));
    EXPECT_FALSE(run.err.contains(QStringLiteral("qt.qpa"))) << "Qt's own abort leaked through";
}
#endif

TEST(GluteguideBinaryTest, ScreenshotWorksWithoutADisplay)
{
    const QTemporaryDir home;
    const QString png = home.filePath(QStringLiteral("session.png"));
    const ProcessRun run = runGluteguide(
            { QStringLiteral("--screenshot"), png, QStringLiteral("--at"), QStringLiteral("30") },
            environmentWithoutDisplay(home));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QImage image(png);
    ASSERT_FALSE(image.isNull()) << "no PNG at " << png.toStdString();
    EXPECT_GE(image.width(), 960);
    EXPECT_GE(image.height(), 600);
}

#if defined(Q_OS_LINUX)
TEST(GluteguideBinaryTest, WithoutAnAudioServerTheSessionGoesOnWithCaptions)
{
    const QTemporaryDir home;
    QProcessEnvironment environment = environmentWithoutDisplay(home);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Qt 6 plays through PulseAudio on Linux: point it at a server that does not exist.
    environment.insert(QStringLiteral("PULSE_SERVER"), home.filePath(QStringLiteral("no-server")));
    const QString log = home.filePath(QStringLiteral("events.jsonl"));
    const ProcessRun run = runGluteguide({ QStringLiteral("--start"), QStringLiteral("--speed"),
                                           QStringLiteral("4"), QStringLiteral("--event-log"), log,
                                           QStringLiteral("--quit-after"), QStringLiteral("8") },
                                         environment);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();

    QFile file(log);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    int problems = 0;
    int captions = 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.value(QStringLiteral("event")) == QStringLiteral("audio_problem"))
            ++problems;
        if (object.value(QStringLiteral("event")) == QStringLiteral("cue")) {
            ++captions;
            EXPECT_FALSE(object.value(QStringLiteral("audible")).toBool());
            EXPECT_FALSE(object.value(QStringLiteral("text")).toString().isEmpty());
        }
    }
    EXPECT_EQ(problems, 1) << "the missing sound is said once";
    EXPECT_GE(captions, 4) << "the set-up cues are shown as captions";
}
#endif

TEST(GluteguideBinaryTest, ABadSpeedExitsTwoAndNamesIt)
{
    const ProcessRun run = runGluteguide({ QStringLiteral("--speed"), QStringLiteral("0") });
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("'speed'"))) << run.err.toStdString();
}

TEST(GluteguideBinaryTest, PlanWorksWithoutAnyDisplay)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
        environment.remove(QString::fromLatin1(name));
    const ProcessRun run =
            runGluteguide({ QStringLiteral("--plan"), QStringLiteral("--json") }, environment);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(parseObject(run.out).contains(QStringLiteral("steps")));
}

TEST(GluteguideBinaryTest, ReadsARoutineFile)
{
    const ProcessRun run =
            runGluteguide({ QStringLiteral("--plan"), QStringLiteral("--json"),
                            QStringLiteral("--routine"), dataFile("short-routine.json") });
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject plan = parseObject(run.out);
    EXPECT_EQ(plan.value(QStringLiteral("routine"))
                      .toObject()
                      .value(QStringLiteral("name"))
                      .toString(),
              QStringLiteral("Short clinic check"));
    // Intro 2 s, then 2 circles of 2.5 s.
    EXPECT_DOUBLE_EQ(plan.value(QStringLiteral("total_seconds")).toDouble(), 7.0);
    for (const QJsonValue step : plan.value(QStringLiteral("steps")).toArray())
        EXPECT_EQ(step.toObject().value(QStringLiteral("side")).toString(),
                  QStringLiteral("right"));
}

TEST(GluteguideBinaryTest, ABadRoutineFileExitsTwoAndNamesTheField)
{
    const ProcessRun run = runGluteguide({ QStringLiteral("--plan"), QStringLiteral("--routine"),
                                           dataFile("reps-too-high.json") });
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains(QStringLiteral("movements[2].reps"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("60"))) << run.err.toStdString();
}

TEST(GluteguideBinaryTest, ARoutineFileThatIsNotJsonExitsTwo)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"schema_version\": 1,");
    file.close();

    const ProcessRun run =
            runGluteguide({ QStringLiteral("--plan"), QStringLiteral("--routine"), path });
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("not valid JSON"))) << run.err.toStdString();
}

TEST(GluteguideBinaryTest, AMissingRoutineFileExitsTwo)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const ProcessRun run = runGluteguide({ QStringLiteral("--plan"), QStringLiteral("--routine"),
                                           dir.filePath(QStringLiteral("absent.json")) });
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("absent.json"))) << run.err.toStdString();
}

TEST(GluteguideBinaryTest, AnUnknownOptionExitsTwoAndNamesIt)
{
    const ProcessRun run =
            runGluteguide({ QStringLiteral("--plan"), QStringLiteral("--frobnicate") });
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("frobnicate"))) << run.err.toStdString();
}

TEST(GluteguideBinaryTest, HelpExitsZeroAndListsTheOptions)
{
    const ProcessRun run = runGluteguide({ QStringLiteral("--help") });
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString help = QString::fromUtf8(run.out);
    EXPECT_TRUE(help.contains(QStringLiteral("--plan"))) << help.toStdString();
    EXPECT_TRUE(help.contains(QStringLiteral("--routine <file>"))) << help.toStdString();
    EXPECT_TRUE(help.contains(QStringLiteral("--json"))) << help.toStdString();
    EXPECT_TRUE(help.startsWith(QStringLiteral("Usage: "))
                && help.section(u'\n', 0, 0).contains(QStringLiteral("gluteguide")))
            << help.toStdString();
}

TEST(GluteguideBinaryTest, VersionExitsZeroAndPrintsTheProjectVersion)
{
    const ProcessRun run = runGluteguide({ QStringLiteral("--version") });
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(QString::fromUtf8(run.out).trimmed(),
              QStringLiteral("GluteGuide " GLUTEGUIDE_EXPECTED_VERSION));
}
