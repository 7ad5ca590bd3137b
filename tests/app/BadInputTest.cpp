// Malformed input, as a person or a script might give it, against the real executable: routine
// files, command lines and saved settings. Each case asserts the exact message and exit code,
// and that nothing was written or changed: the scratch folder (settings, data, the files given)
// is the same, byte for byte, before and after.
//
// Routine files and command lines are errors: exit code 2, one message on standard error,
// nothing on standard output. A saved setting that cannot be used is not: the program carries
// on with the value it names and exits 0, saying so once on standard error (and in Settings).

#include "GluteguideProcess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <random>

#include <unistd.h>

#if defined(Q_OS_LINUX)
namespace {

// Every file and folder under the root, with a hash of each file's contents.
std::map<QString, QByteArray> snapshot(const QString &root)
{
    std::map<QString, QByteArray> entries;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        QByteArray digest = info.isDir() ? QByteArray("folder") : QByteArray::number(info.size());
        QFile file(path);
        if (info.isFile() && info.size() < 10 * 1024 * 1024 && file.open(QIODevice::ReadOnly))
            digest += QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
        entries.emplace(QDir(root).relativeFilePath(path), digest);
    }
    return entries;
}

class ScratchFolder
{
public:
    ScratchFolder()
    {
        EXPECT_TRUE(m_dir.isValid());
        QDir(m_dir.path()).mkpath(QStringLiteral("runtime"));
        QFile::setPermissions(m_dir.filePath(QStringLiteral("runtime")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ExeOwner);
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString root() const { return m_dir.path(); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = environmentWithoutDisplay(m_dir);
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), path(QStringLiteral("runtime")));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return environment;
    }

    // Runs the program and checks that the scratch folder is as it was.
    ProcessRun runChangingNothing(const QStringList &arguments) const
    {
        const auto before = snapshot(m_dir.path());
        const ProcessRun run = runGluteguide(arguments, environment());
        const auto after = snapshot(m_dir.path());
        EXPECT_EQ(after, before) << "the run wrote or changed files";
        return run;
    }

private:
    QTemporaryDir m_dir;
};

void write(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_EQ(file.write(contents), contents.size());
}

// ---- Routine files -------------------------------------------------------------------------

struct RoutineCase
{
    const char *name;
    std::function<void(const QString &path)> make; // creates whatever is at the path
    std::string message; // after "gluteguide: <path>: "
};

std::function<void(const QString &)> contents(const char *json)
{
    return [json](const QString &path) { write(path, QByteArray(json)); };
}

std::function<void(const QString &)> routineWith(const char *fields)
{
    return [fields](const QString &path) {
        write(path, QByteArray("{\"schema_version\": 1, ") + fields + "}");
    };
}

const char *const knownFields =
        "is not a known field; the known fields are \"schema_version\", \"name\", "
        "\"sets_per_side\", \"first_side\", \"both_sides\", \"intro_seconds\", "
        "\"rest_between_movements_seconds\", \"rest_between_sets_seconds\", "
        "\"switch_sides_seconds\", \"setup\", \"movements\", \"notes\"";

std::vector<RoutineCase> routineCases()
{
    return {
        { "Empty", contents(""), "is empty; a routine file is a JSON object" },
        { "OnlySpaces", contents("  \n\t "), "is empty; a routine file is a JSON object" },
        { "Truncated", contents("{\"schema_version\": 1,"),
          "is not valid JSON: unterminated object at line 1, column 22 (byte offset 21)" },
        { "TruncatedInAString", contents("{\"schema_version\": 1, \"name\": \"Hip"),
          "is not valid JSON: unterminated string at line 1, column 36 (byte offset 35)" },
        { "AnArray", contents("[]"),
          "must be a JSON object {\"schema_version\": 1, ...} (got an array)" },
        { "AString", contents("\"routine\""),
          "is not valid JSON: illegal value at line 1, column 2 (byte offset 1)" },
        { "Null", contents("null"),
          "is not valid JSON: illegal value at line 1, column 2 (byte offset 1)" },
        { "NoSchemaVersion", contents("{}"),
          "schema_version: is missing; this version of GluteGuide reads schema_version 1" },
        { "NewerSchema", contents("{\"schema_version\": 2}"),
          "schema_version: is 2, newer than this version of GluteGuide reads (1); open the file "
          "with a newer GluteGuide" },
        { "SchemaZero", contents("{\"schema_version\": 0}"),
          "schema_version: is not a known schema version (got 0); this version of GluteGuide "
          "reads schema_version 1" },
        { "SchemaAsText", contents("{\"schema_version\": \"1\"}"),
          "schema_version: must be a whole number (got \"1\")" },
        { "SchemaFraction", contents("{\"schema_version\": 1.5}"),
          "schema_version: must be a whole number (got 1.5)" },
        { "UnknownField", routineWith("\"colour\": \"red\""),
          std::string("colour: ") + knownFields },
        { "MisspeltField", routineWith("\"sets_per_sid\": 3"),
          "sets_per_sid: is not a known field; did you mean \"sets_per_side\"?" },
        { "SetsAsWords", routineWith("\"sets_per_side\": \"three\""),
          "sets_per_side: must be a whole number (got \"three\")" },
        { "NegativeSets", routineWith("\"sets_per_side\": -1"),
          "sets_per_side: must be a whole number from 1 to 10 (got -1)" },
        { "NoSets", routineWith("\"sets_per_side\": 0"),
          "sets_per_side: must be a whole number from 1 to 10 (got 0)" },
        { "HugeSets", routineWith("\"sets_per_side\": 1e300"),
          "sets_per_side: is far out of range (got 1e+300)" },
        { "FractionOfASet", routineWith("\"sets_per_side\": 2.5"),
          "sets_per_side: must be a whole number (got 2.5)" },
        { "SideUp", routineWith("\"first_side\": \"up\""),
          "first_side: must be \"left\" or \"right\" (got \"up\")" },
        { "SideAsNumber", routineWith("\"first_side\": 1"),
          "first_side: must be a string (got 1)" },
        { "BothSidesYes", routineWith("\"both_sides\": \"yes\""),
          "both_sides: must be true or false (got \"yes\")" },
        { "NegativeIntro", routineWith("\"intro_seconds\": -5"),
          "intro_seconds: must be from 2 to 30 seconds (got -5)" },
        { "NaNIntro", routineWith("\"intro_seconds\": NaN"),
          "is not valid JSON: illegal number at line 1, column 40 (byte offset 39)" },
        { "InfiniteIntro", routineWith("\"intro_seconds\": Infinity"),
          "is not valid JSON: illegal number at line 1, column 40 (byte offset 39)" },
        { "HugeIntro", routineWith("\"intro_seconds\": 1e12"),
          "intro_seconds: is far out of range (got 1e+12)" },
        { "RestAsText", routineWith("\"rest_between_sets_seconds\": \"20\""),
          "rest_between_sets_seconds: must be a number of seconds (got \"20\")" },
        { "SwitchNull", routineWith("\"switch_sides_seconds\": null"),
          "switch_sides_seconds: must be a number of seconds (got null)" },
        { "MovementsObject", routineWith("\"movements\": {}"),
          "movements: must be an array of movements (got an object)" },
        { "NoMovements", routineWith("\"movements\": []"),
          "movements: must list at least one movement" },
        { "MovementNumber", routineWith("\"movements\": [1]"),
          "movements[0]: must be an object like {\"movement\": \"clamshell\", \"reps\": 15, "
          "\"phase_seconds\": [2, 2]} (got 1)" },
        { "UnknownMovement", routineWith("\"movements\": [{\"movement\": \"squat\"}]"),
          "movements[0].movement: is not a known movement (got \"squat\"); use one of "
          "\"clamshell\", \"straight_leg_raise\", \"pulses\", \"circles_cw\", \"circles_ccw\"" },
        { "MovementMissing", routineWith("\"movements\": [{\"reps\": 10}]"),
          "movements[0].movement: is missing" },
        { "NoReps", routineWith("\"movements\": [{\"movement\": \"clamshell\", \"reps\": 0}]"),
          "movements[0].reps: must be a whole number from 1 to 50 (got 0)" },
        { "ThousandReps",
          routineWith("\"movements\": [{\"movement\": \"clamshell\", \"reps\": 1000}]"),
          "movements[0].reps: must be a whole number from 1 to 50 (got 1000)" },
        { "NegativeReps", routineWith("\"movements\": [{\"movement\": \"pulses\", \"reps\": -3}]"),
          "movements[0].reps: must be a whole number from 1 to 50 (got -3)" },
        { "PhasesAsText",
          routineWith("\"movements\": [{\"movement\": \"clamshell\", \"phase_seconds\": \"2\"}]"),
          "movements[0].phase_seconds: must be an array of seconds, one per phase (got \"2\")" },
        { "NoPhases",
          routineWith("\"movements\": [{\"movement\": \"clamshell\", \"phase_seconds\": []}]"),
          "movements[0].phase_seconds: must list one duration per phase of clamshell "
          "(expected 2, got 0)" },
        { "ZeroPhase",
          routineWith("\"movements\": [{\"movement\": \"clamshell\", \"phase_seconds\": [0, "
                      "2]}]"),
          "movements[0].phase_seconds[0]: must be from 0.5 to 10 seconds (got 0)" },
        { "ThreePhases",
          routineWith("\"movements\": [{\"movement\": \"clamshell\", \"phase_seconds\": [2, 2, "
                      "2]}]"),
          "movements[0].phase_seconds: must list one duration per phase of clamshell "
          "(expected 2, got 3)" },
        { "EnabledNo",
          routineWith("\"movements\": [{\"movement\": \"clamshell\", \"enabled\": \"no\"}]"),
          "movements[0].enabled: must be true or false (got \"no\")" },
        { "EveryMovementOff",
          routineWith("\"movements\": [{\"movement\": \"clamshell\", \"enabled\": false}]"),
          "movements: must have at least one movement switched on" },
        { "SetupText", routineWith("\"setup\": \"lie\""),
          "setup: must be an array of setup steps (got \"lie\")" },
        { "UnknownSetupStep", routineWith("\"setup\": [{\"step\": \"dance\", \"seconds\": 3}]"),
          "setup[0].step: is not a known setup step (got \"dance\"); use one of "
          "\"lie_on_side\", \"head_on_arm\", \"stack_hips_knees_feet\", \"hand_on_top_hip\"" },
        { "NegativeSetupStep",
          routineWith("\"setup\": [{\"step\": \"lie_on_side\", \"seconds\": -1}]"),
          "setup[0].seconds: must be from 1 to 60 seconds (got -1)" },
        { "NameNumber", routineWith("\"name\": 42"), "name: must be a string (got 42)" },
        { "NotesNumber", routineWith("\"notes\": 123"), "notes: must be a string (got 123)" },
        { "TrailingGarbage", contents("{\"schema_version\": 1} xyz"),
          "is not valid JSON: garbage at the end of the document at line 1, column 23 (byte "
          "offset 22)" },
        { "Comment", contents("// my routine\n{\"schema_version\": 1}"),
          "is not valid JSON: illegal value at line 1, column 2 (byte offset 1)" },
        { "Utf16", [](const QString &path) { write(path, QByteArray("\xff\xfe{\0\"\0}\0", 8)); },
          "is saved as UTF-16 text; save it as UTF-8 (JSON's encoding)" },
        { "Binary",
          [](const QString &path) {
              // Bytes that start like no JSON value.
              std::mt19937 random(20261126);
              QByteArray bytes(4096, '\0');
              for (char &byte : bytes)
                  byte = char(random() % 256);
              bytes[0] = '\x89';
              write(path, bytes);
          },
          "is not valid JSON: illegal value at line 1, column 2 (byte offset 1)" },
        { "NestedTooDeep",
          [](const QString &path) { write(path, QByteArray(5000, '[') + QByteArray(5000, ']')); },
          "is not valid JSON: too deeply nested document at line 1, column 1026 (byte offset "
          "1025)" },
        { "AHundredMegabytes",
          [](const QString &path) {
              QFile file(path);
              ASSERT_TRUE(file.open(QIODevice::WriteOnly));
              ASSERT_TRUE(file.resize(100LL * 1024 * 1024));
          },
          "is larger than 1024 KiB, too large to be a routine file" },
        { "AFolder", [](const QString &path) { ASSERT_TRUE(QDir().mkpath(path)); },
          "cannot be read: it is a folder, not a routine file" },
        { "Missing", [](const QString &) {}, "cannot be read: No such file or directory" },
    };
}

class BadRoutineFileTest : public ::testing::TestWithParam<RoutineCase>
{
};

TEST_P(BadRoutineFileTest, ExitsTwoWithItsMessageAndChangesNothing)
{
    ScratchFolder scratch;
    const QString path = scratch.path(QStringLiteral("routine.json"));
    ASSERT_NO_FATAL_FAILURE(GetParam().make(path));
    const ProcessRun run = scratch.runChangingNothing(
            { QStringLiteral("--plan"), QStringLiteral("--routine"), path });
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    EXPECT_EQ(run.err.toStdString(),
              "gluteguide: " + QDir::toNativeSeparators(path).toStdString() + ": "
                      + GetParam().message + "\n");
}

INSTANTIATE_TEST_SUITE_P(Malformed, BadRoutineFileTest, ::testing::ValuesIn(routineCases()),
                         [](const ::testing::TestParamInfo<RoutineCase> &info) {
                             return std::string(info.param.name);
                         });

// Not malformed: Windows editors save UTF-8 with a byte-order mark, and such a file is read.
TEST(BadRoutineFileTest, AByteOrderMarkIsRead)
{
    ScratchFolder scratch;
    const QString path = scratch.path(QStringLiteral("routine.json"));
    write(path, QByteArray("\xef\xbb\xbf{\"schema_version\": 1, \"name\": \"BOM\"}"));
    const ProcessRun run = scratch.runChangingNothing(
            { QStringLiteral("--plan"), QStringLiteral("--routine"), path });
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith("BOM\n")) << run.out.toStdString();
}

TEST(BadRoutineFileTest, AFileItCannotReadExitsTwoAndChangesNothing)
{
    if (geteuid() == 0)
        GTEST_SKIP() << "root reads any file";
    ScratchFolder scratch;
    const QString path = scratch.path(QStringLiteral("routine.json"));
    write(path, QByteArray("{\"schema_version\": 1}"));
    ASSERT_TRUE(QFile::setPermissions(path, QFileDevice::Permissions()));
    const ProcessRun run = scratch.runChangingNothing(
            { QStringLiteral("--plan"), QStringLiteral("--routine"), path });
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.err.toStdString(),
              "gluteguide: " + path.toStdString() + ": cannot be read: Permission denied\n");
}

// ---- Command lines -------------------------------------------------------------------------

struct CommandLineCase
{
    const char *name;
    QStringList arguments; // "@" stands for the scratch folder
    const char *message; // the first line on standard error, "@" for the scratch folder
};

const char *const tryHelp = "Try 'gluteguide --help' for more information.";

std::vector<CommandLineCase> commandLineCases()
{
    return {
        { "UnknownOption", { "--frobnicate" }, "gluteguide: Unknown option 'frobnicate'." },
        { "SpeedZero",
          { "--speed", "0" },
          "gluteguide: Option 'speed' needs a number from 0.1 to 100." },
        { "SpeedNegative",
          { "--speed", "-1" },
          "gluteguide: Option 'speed' needs a number from 0.1 to 100." },
        { "SpeedWords",
          { "--speed", "fast" },
          "gluteguide: Option 'speed' needs a number from 0.1 to 100." },
        { "SpeedNaN",
          { "--speed", "nan" },
          "gluteguide: Option 'speed' needs a number from 0.1 to 100." },
        { "SpeedInfinite",
          { "--speed", "inf" },
          "gluteguide: Option 'speed' needs a number from 0.1 to 100." },
        { "SpeedHuge",
          { "--speed", "1e9" },
          "gluteguide: Option 'speed' needs a number from 0.1 to 100." },
        { "SpeedTwice",
          { "--speed", "2", "--speed", "3" },
          "gluteguide: Option 'speed' is given more than once." },
        { "UnknownLanguage",
          { "--language", "xx" },
          "gluteguide: Option 'language' needs one of: en, fr, es, zh_CN." },
        { "LanguageWithoutValue",
          { "--plan", "--language" },
          "gluteguide: Missing value after '--language'." },
        { "NegativeMoment",
          { "--screenshot", "@/s.png", "--at", "-5" },
          "gluteguide: Option 'at' needs a number of seconds from 0 to 86400." },
        { "MomentInWords",
          { "--screenshot", "@/s.png", "--at", "soon" },
          "gluteguide: Option 'at' needs a number of seconds from 0 to 86400." },
        { "MomentWithoutScreenshot",
          { "--at", "5" },
          "gluteguide: Option 'at' applies only with --screenshot." },
        { "ThenWithoutMoment",
          { "--screenshot", "@/s.png", "--then", "pain_stop" },
          "gluteguide: Option 'then' applies only with --screenshot and --at." },
        { "UnknownCommand",
          { "--screenshot", "@/s.png", "--at", "5", "--then", "explode" },
          "gluteguide: Option 'then' needs one of: pause, thats_all_i_can_do, skip, pain_stop, "
          "stop." },
        { "UnknownPage",
          { "--screenshot", "@/s.png", "--page", "nowhere" },
          "gluteguide: Option 'page' needs one of: home, preview, editor, progress, settings, "
          "kiosk." },
        { "PageWithoutScreenshot",
          { "--page", "home" },
          "gluteguide: Option 'page' applies only with --screenshot." },
        { "UnknownView",
          { "--screenshot", "@/s.png", "--page", "preview", "--view", "sideways" },
          "gluteguide: Option 'view' needs front or feet." },
        { "ViewWithoutPreview",
          { "--view", "front" },
          "gluteguide: Option 'view' applies only with --screenshot --page preview." },
        { "PaperA5",
          { "--export-handout", "@/h.pdf", "--paper", "a5" },
          "gluteguide: Option 'paper' needs a4 or letter." },
        { "PaperWithoutHandout",
          { "--paper", "letter" },
          "gluteguide: Option 'paper' applies only with --export-handout." },
        { "HandoutWithoutFile",
          { "--export-handout" },
          "gluteguide: Missing value after '--export-handout'." },
        { "HandoutIntoNoFolder",
          { "--export-handout", "@/none/h.pdf" },
          "gluteguide: @/none/h.pdf: the handout cannot be written: No such file or directory" },
        { "HistoryIntoNoFolder",
          { "--export-history", "@/none/h.csv" },
          "gluteguide: @/none/h.csv: cannot be written: No such file or directory" },
        { "TwoCommands",
          { "--plan", "--history" },
          "gluteguide: Give only one of --plan, --export-handout, --history and "
          "--export-history." },
        { "JsonAlone",
          { "--json" },
          "gluteguide: Option 'json' applies only with --plan or --history." },
        { "TwoRoutines",
          { "--plan", "--routine", "@/a.json", "--routine", "@/b.json" },
          "gluteguide: Option 'routine' is given more than once." },
        { "FileAndRoutine",
          { "--plan", "@/a.json", "--routine", "@/b.json" },
          "gluteguide: Give the routine file once: either FILE or --routine FILE." },
        { "TwoFiles",
          { "--plan", "@/a.json", "@/b.json" },
          "gluteguide: Unexpected argument '@/b.json'." },
        { "MissingFile",
          { "--plan", "@/absent.json" },
          "gluteguide: @/absent.json: cannot be read: No such file or directory" },
        { "KioskWithPlan",
          { "--kiosk", "--plan" },
          "gluteguide: Option 'plan' prints the plan and opens no window; leave out the "
          "window's options." },
        { "EventLogIntoNoFolder",
          { "--screenshot", "@/s.png", "--event-log", "@/none/e.jsonl" },
          "gluteguide: @/none/e.jsonl: cannot be written: the folder @/none does not exist" },
        { "ScreenshotIntoNoFolder",
          { "--screenshot", "@/none/s.png" },
          "gluteguide: @/none/s.png: cannot be written: the folder @/none does not exist" },
        { "ScreenshotOverAFolder",
          { "--screenshot", "@" },
          "gluteguide: @: cannot be written: it is a folder" },
    };
}

class BadCommandLineTest : public ::testing::TestWithParam<CommandLineCase>
{
};

TEST_P(BadCommandLineTest, ExitsTwoWithItsMessageAndChangesNothing)
{
    ScratchFolder scratch;
    const QString root = QDir::toNativeSeparators(scratch.root());
    QStringList arguments;
    for (QString argument : GetParam().arguments)
        arguments << argument.replace(QLatin1Char('@'), root);
    write(scratch.path(QStringLiteral("a.json")), QByteArray("{\"schema_version\": 1}"));
    write(scratch.path(QStringLiteral("b.json")), QByteArray("{\"schema_version\": 1}"));
    const ProcessRun run = scratch.runChangingNothing(arguments);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    const QString expected = QString::fromUtf8(GetParam().message).replace(QLatin1Char('@'), root);
    const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_EQ(lines.constFirst().toStdString(), expected.toStdString());
    // Usage mistakes point to --help; a file that cannot be read or written needs no help.
    if (!expected.startsWith(QStringLiteral("gluteguide: ") + root)) {
        ASSERT_EQ(lines.size(), 2) << run.err.toStdString();
        EXPECT_EQ(lines.at(1).toStdString(), tryHelp);
    } else {
        EXPECT_EQ(lines.size(), 1) << run.err.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Malformed, BadCommandLineTest, ::testing::ValuesIn(commandLineCases()),
                         [](const ::testing::TestParamInfo<CommandLineCase> &info) {
                             return std::string(info.param.name);
                         });

// ---- Saved settings ------------------------------------------------------------------------

struct SettingCase
{
    const char *name;
    const char *group; // the INI section, "General" for top-level keys
    const char *line; // key=value as an edited file would have it
    const char *problem; // after "gluteguide: <file>: "
};

std::vector<SettingCase> settingCases()
{
    return {
        { "UnknownLanguage", "General", "language=xx",
          "language: \"xx\" is not one of en, fr, es, zh_CN; using the system's language" },
        { "UnknownVoice", "audio", "voice=Robot",
          "audio/voice: \"Robot\" is not one of RecordedClips, SystemSpeech, Off; using "
          "RecordedClips" },
        { "VolumeInWords", "audio", "volume=loud",
          "audio/volume: \"loud\" is not a number from 0 to 1; using 0.8" },
        { "VolumeNaN", "audio", "volume=nan",
          "audio/volume: \"nan\" is not a number from 0 to 1; using 0.8" },
        { "VolumeTooHigh", "audio", "volume=7",
          "audio/volume: \"7\" is not a number from 0 to 1; using 1" },
        { "TickMaybe", "audio", "tempoTick=maybe",
          "audio/tempoTick: \"maybe\" is not true or false; using false" },
        { "UnknownPalette", "appearance", "palette=neon",
          "appearance/palette: \"neon\" is not one of system, light, dark, high-contrast; using "
          "system" },
        { "KioskSometimes", "kiosk", "enabled=sometimes",
          "kiosk/enabled: \"sometimes\" is not true or false; using false" },
        { "TooManyDemoReps", "kiosk", "demoReps=999",
          "kiosk/demoReps: \"999\" is not a whole number from 1 to 15; using 15" },
        { "NegativeIdle", "kiosk", "idleSeconds=-1",
          "kiosk/idleSeconds: \"-1\" is not a whole number from 15 to 600; using 15" },
        { "PlainPin", "kiosk", "staffPin=1234",
          "kiosk/staffPin: \"1234\" is not a stored staff PIN; using none: kiosk mode asks for "
          "a new PIN" },
        { "ReminderTime", "reminder", "time=25:99",
          "reminder/time: \"25:99\" is not a time like 18:00; using 18:00" },
        { "ReminderWeekdays", "reminder", "weekdays=0, 8, x",
          "reminder/weekdays: \"0, 8, x\" is not a list of weekdays from 1 (Monday) to 7 "
          "(Sunday); using no day" },
    };
}

class BadSettingTest : public ::testing::TestWithParam<SettingCase>
{
};

TEST_P(BadSettingTest, IsNamedOnceAndTheProgramGoesOnWithoutRewritingIt)
{
    ScratchFolder scratch;
    // The plan as it is without any settings file.
    const ProcessRun reference = scratch.runChangingNothing({ QStringLiteral("--plan") });
    ASSERT_EQ(reference.exitCode, 0);

    const QString file = scratch.path(QStringLiteral("config/GluteGuide/GluteGuide.conf"));
    ASSERT_TRUE(QDir().mkpath(QFileInfo(file).path()));
    write(file, QByteArray("[") + GetParam().group + "]\n" + GetParam().line + "\n");
    const ProcessRun run = scratch.runChangingNothing({ QStringLiteral("--plan") });
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, reference.out);
    EXPECT_EQ(run.err.toStdString(),
              "gluteguide: " + QDir::toNativeSeparators(file).toStdString() + ": "
                      + GetParam().problem + "\n");
}

INSTANTIATE_TEST_SUITE_P(Malformed, BadSettingTest, ::testing::ValuesIn(settingCases()),
                         [](const ::testing::TestParamInfo<SettingCase> &info) {
                             return std::string(info.param.name);
                         });

} // namespace
#endif
