#include "AppTestSupport.h"

#include "app/cli/CommandLine.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <gtest/gtest.h>

namespace {

CommandLineResult parse(const QStringList &arguments)
{
    CommandLine commandLine;
    return commandLine.parse(QStringList{ QStringLiteral("gluteguide") } + arguments);
}

struct PrintOutput
{
    int exitCode = -1;
    QString out;
    QString err;
};

PrintOutput printPlan(const CommandLineOptions &options)
{
    PrintOutput output;
    QTextStream out(&output.out);
    QTextStream err(&output.err);
    output.exitCode = CommandLine::printPlan(options, out, err);
    out.flush();
    err.flush();
    return output;
}

} // namespace

TEST(CommandLineTest, ReadsPlanRoutineAndJson)
{
    const CommandLineResult result = parse({ QStringLiteral("--plan"), QStringLiteral("--routine"),
                                             QStringLiteral("my.json"), QStringLiteral("--json") });
    ASSERT_EQ(result.status, CommandLineResult::Status::Run) << result.errorMessage.toStdString();
    EXPECT_TRUE(result.options.plan);
    EXPECT_TRUE(result.options.json);
    EXPECT_EQ(result.options.routinePath, QStringLiteral("my.json"));
}

TEST(CommandLineTest, NoArgumentsMeansTheBuiltInRoutine)
{
    const CommandLineResult result = parse({});
    ASSERT_EQ(result.status, CommandLineResult::Status::Run);
    EXPECT_FALSE(result.options.plan);
    EXPECT_FALSE(result.options.json);
    EXPECT_TRUE(result.options.routinePath.isEmpty());
}

TEST(CommandLineTest, RecognisesHelpAndVersion)
{
    EXPECT_EQ(parse({ QStringLiteral("--help") }).status, CommandLineResult::Status::ShowHelp);
    EXPECT_EQ(parse({ QStringLiteral("-h") }).status, CommandLineResult::Status::ShowHelp);
    EXPECT_EQ(parse({ QStringLiteral("--version") }).status,
              CommandLineResult::Status::ShowVersion);
    EXPECT_EQ(parse({ QStringLiteral("-v") }).status, CommandLineResult::Status::ShowVersion);
}

TEST(CommandLineTest, HelpListsTheOptions)
{
    const QString help = CommandLine().helpText();
    for (const char *option : { "--plan", "--routine <file>", "--json", "--help", "--version" })
        EXPECT_TRUE(help.contains(QLatin1String(option))) << option;
}

TEST(CommandLineTest, RejectsAnUnknownOptionByName)
{
    const CommandLineResult result = parse({ QStringLiteral("--plna") });
    ASSERT_EQ(result.status, CommandLineResult::Status::Error);
    EXPECT_TRUE(result.errorMessage.contains(QStringLiteral("plna")))
            << result.errorMessage.toStdString();
}

TEST(CommandLineTest, RejectsRoutineWithoutAFile)
{
    EXPECT_EQ(parse({ QStringLiteral("--plan"), QStringLiteral("--routine") }).status,
              CommandLineResult::Status::Error);
    EXPECT_EQ(parse({ QStringLiteral("--routine="), QStringLiteral("--plan") }).status,
              CommandLineResult::Status::Error);
}

TEST(CommandLineTest, RejectsJsonWithoutPlan)
{
    const CommandLineResult result = parse({ QStringLiteral("--json") });
    ASSERT_EQ(result.status, CommandLineResult::Status::Error);
    EXPECT_TRUE(result.errorMessage.contains(QStringLiteral("--plan")));
}

TEST(CommandLineTest, AFileOnItsOwnIsTheRoutine)
{
    // As a desktop starts the app for a double-clicked routine file.
    const CommandLineResult result = parse({ QStringLiteral("week2.gluteguide") });
    ASSERT_EQ(result.status, CommandLineResult::Status::Run) << result.errorMessage.toStdString();
    EXPECT_EQ(result.options.routinePath, QStringLiteral("week2.gluteguide"));
    const CommandLineResult plan = parse({ QStringLiteral("--plan"), QStringLiteral("a.json") });
    ASSERT_EQ(plan.status, CommandLineResult::Status::Run);
    EXPECT_EQ(plan.options.routinePath, QStringLiteral("a.json"));
}

TEST(CommandLineTest, RejectsASecondFileOrAFileGivenTwice)
{
    const CommandLineResult two =
            parse({ QStringLiteral("a.gluteguide"), QStringLiteral("b.gluteguide") });
    ASSERT_EQ(two.status, CommandLineResult::Status::Error);
    EXPECT_TRUE(two.errorMessage.contains(QStringLiteral("b.gluteguide")));
    const CommandLineResult twice =
            parse({ QStringLiteral("a.gluteguide"), QStringLiteral("--routine"),
                    QStringLiteral("b.gluteguide") });
    ASSERT_EQ(twice.status, CommandLineResult::Status::Error);
    EXPECT_TRUE(twice.errorMessage.contains(QStringLiteral("--routine")));
}

TEST(CommandLineTest, ReadsTheWindowOptions)
{
    const CommandLineResult result =
            parse({ QStringLiteral("--mute"), QStringLiteral("--fullscreen"),
                    QStringLiteral("--start"), QStringLiteral("--speed"), QStringLiteral("2.5"),
                    QStringLiteral("--event-log"), QStringLiteral("events.jsonl"),
                    QStringLiteral("--quit-after"), QStringLiteral("35") });
    ASSERT_EQ(result.status, CommandLineResult::Status::Run) << result.errorMessage.toStdString();
    EXPECT_TRUE(result.options.mute);
    EXPECT_TRUE(result.options.fullscreen);
    EXPECT_TRUE(result.options.start);
    EXPECT_DOUBLE_EQ(result.options.speed, 2.5);
    EXPECT_EQ(result.options.eventLogPath, QStringLiteral("events.jsonl"));
    EXPECT_EQ(result.options.quitAfter, gluteguide::Millis{ 35000 });
    EXPECT_TRUE(result.options.screenshotPath.isEmpty());
}

TEST(CommandLineTest, ReadsAScreenshotAtAMomentWithACommand)
{
    const CommandLineResult result = parse(
            { QStringLiteral("--screenshot"), QStringLiteral("pain.png"), QStringLiteral("--at"),
              QStringLiteral("62.5"), QStringLiteral("--then"), QStringLiteral("pain_stop") });
    ASSERT_EQ(result.status, CommandLineResult::Status::Run) << result.errorMessage.toStdString();
    EXPECT_EQ(result.options.screenshotPath, QStringLiteral("pain.png"));
    EXPECT_EQ(result.options.screenshotAt, gluteguide::Millis{ 62500 });
    EXPECT_EQ(result.options.screenshotThen, gluteguide::Command::PainStop);
}

TEST(CommandLineTest, RejectsBadWindowOptionsByName)
{
    const std::vector<std::pair<QStringList, QString>> cases = {
        { { QStringLiteral("--speed"), QStringLiteral("fast") }, QStringLiteral("'speed'") },
        { { QStringLiteral("--speed"), QStringLiteral("0") }, QStringLiteral("'speed'") },
        { { QStringLiteral("--at"), QStringLiteral("3") }, QStringLiteral("'at'") },
        { { QStringLiteral("--screenshot"), QStringLiteral("a.png"), QStringLiteral("--at"),
            QStringLiteral("-1") },
          QStringLiteral("'at'") },
        { { QStringLiteral("--screenshot"), QStringLiteral("a.png"), QStringLiteral("--then"),
            QStringLiteral("stop") },
          QStringLiteral("'then'") },
        { { QStringLiteral("--screenshot"), QStringLiteral("a.png"), QStringLiteral("--at"),
            QStringLiteral("3"), QStringLiteral("--then"), QStringLiteral("dance") },
          QStringLiteral("'then'") },
        { { QStringLiteral("--quit-after"), QStringLiteral("0") }, QStringLiteral("'quit-after'") },
        { { QStringLiteral("--plan"), QStringLiteral("--start") }, QStringLiteral("'plan'") },
    };
    for (const auto &[arguments, named] : cases) {
        const CommandLineResult result = parse(arguments);
        EXPECT_EQ(result.status, CommandLineResult::Status::Error)
                << arguments.join(u' ').toStdString();
        EXPECT_TRUE(result.errorMessage.contains(named))
                << arguments.join(u' ').toStdString() << ": " << result.errorMessage.toStdString();
    }
}

TEST(CommandLineTest, PrintsTheBuiltInPlanAsText)
{
    CommandLineOptions options;
    options.plan = true;
    const PrintOutput output = printPlan(options);
    EXPECT_EQ(output.exitCode, 0);
    EXPECT_TRUE(output.err.isEmpty()) << output.err.toStdString();
    EXPECT_TRUE(output.out.startsWith(QStringLiteral("Side-lying hip series\n")));
}

TEST(CommandLineTest, PrintsThePlanAsJson)
{
    CommandLineOptions options;
    options.plan = true;
    options.json = true;
    const PrintOutput output = printPlan(options);
    EXPECT_EQ(output.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(output.out.toUtf8(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    EXPECT_TRUE(document.object().contains(QStringLiteral("steps")));
}

TEST(CommandLineTest, ABadRoutineFileExitsTwoAndNamesTheField)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"schema_version": 1, "rest_between_sets_seconds": 601, "name": 5})");
    file.close();

    CommandLineOptions options;
    options.plan = true;
    options.routinePath = path;
    const PrintOutput output = printPlan(options);
    EXPECT_EQ(output.exitCode, 2);
    EXPECT_TRUE(output.out.isEmpty());
    EXPECT_TRUE(output.err.contains(QStringLiteral("bad.json: rest_between_sets_seconds: ")))
            << output.err.toStdString();
    EXPECT_TRUE(output.err.contains(QStringLiteral("bad.json: name: ")))
            << output.err.toStdString();
}

TEST(CommandLineTest, ReadsTheHandoutOptions)
{
    const CommandLineResult result =
            parse({ QStringLiteral("--export-handout"), QStringLiteral("out.pdf"),
                    QStringLiteral("--paper"), QStringLiteral("letter") });
    ASSERT_EQ(result.status, CommandLineResult::Status::Run) << result.errorMessage.toStdString();
    EXPECT_EQ(result.options.handoutPath, QStringLiteral("out.pdf"));
    EXPECT_EQ(result.options.paper, QPageSize::Letter);
    EXPECT_EQ(parse({ QStringLiteral("--export-handout"), QStringLiteral("a.pdf") }).options.paper,
              QPageSize::A4);
}

TEST(CommandLineTest, RejectsHandoutOptionsThatDoNotFit)
{
    const std::pair<QStringList, const char *> cases[] = {
        { { QStringLiteral("--paper"), QStringLiteral("letter") }, "only with --export-handout" },
        { { QStringLiteral("--export-handout"), QStringLiteral("a.pdf"), QStringLiteral("--paper"),
            QStringLiteral("a3") },
          "a4 or letter" },
        { { QStringLiteral("--export-handout"), QStringLiteral("a.pdf"), QStringLiteral("--plan") },
          "only one of --plan, --export-handout" },
        { { QStringLiteral("--export-handout"), QStringLiteral("a.pdf"),
            QStringLiteral("--start") },
          "opens no window" },
    };
    for (const auto &[arguments, message] : cases) {
        const CommandLineResult result = parse(arguments);
        EXPECT_EQ(result.status, CommandLineResult::Status::Error) << message;
        EXPECT_TRUE(result.errorMessage.contains(QString::fromUtf8(message)))
                << result.errorMessage.toStdString();
    }
}

TEST(CommandLineTest, ScreenshotPageNamesAScreen)
{
    const CommandLineResult editor =
            parse({ QStringLiteral("--screenshot"), QStringLiteral("e.png"),
                    QStringLiteral("--page"), QStringLiteral("editor") });
    ASSERT_EQ(editor.status, CommandLineResult::Status::Run);
    EXPECT_EQ(editor.options.screenshotPage, QStringLiteral("editor"));
    const CommandLineResult unknown =
            parse({ QStringLiteral("--screenshot"), QStringLiteral("e.png"),
                    QStringLiteral("--page"), QStringLiteral("kitchen") });
    EXPECT_EQ(unknown.status, CommandLineResult::Status::Error);
    EXPECT_TRUE(unknown.errorMessage.contains(QStringLiteral("home, preview, editor")));
    const CommandLineResult both = parse({ QStringLiteral("--screenshot"), QStringLiteral("e.png"),
                                           QStringLiteral("--page"), QStringLiteral("home"),
                                           QStringLiteral("--at"), QStringLiteral("30") });
    EXPECT_EQ(both.status, CommandLineResult::Status::Error);
    const CommandLineResult preview =
            parse({ QStringLiteral("--screenshot"), QStringLiteral("p.png"),
                    QStringLiteral("--page"), QStringLiteral("preview"), QStringLiteral("--at"),
                    QStringLiteral("215"), QStringLiteral("--view"), QStringLiteral("feet") });
    ASSERT_EQ(preview.status, CommandLineResult::Status::Run) << preview.errorMessage.toStdString();
    EXPECT_TRUE(preview.options.screenshotFromFeet);
    EXPECT_EQ(parse({ QStringLiteral("--screenshot"), QStringLiteral("p.png"),
                      QStringLiteral("--view"), QStringLiteral("feet") })
                      .status,
              CommandLineResult::Status::Error);
    EXPECT_EQ(parse({ QStringLiteral("--page"), QStringLiteral("home") }).status,
              CommandLineResult::Status::Error);
}

TEST(CommandLineTest, ReadsHistoryWithOrWithoutJsonAndExportHistory)
{
    const CommandLineResult text = parse({ QStringLiteral("--history") });
    ASSERT_EQ(text.status, CommandLineResult::Status::Run) << text.errorMessage.toStdString();
    EXPECT_TRUE(text.options.history);
    EXPECT_FALSE(text.options.json);
    const CommandLineResult json = parse({ QStringLiteral("--history"), QStringLiteral("--json") });
    ASSERT_EQ(json.status, CommandLineResult::Status::Run) << json.errorMessage.toStdString();
    EXPECT_TRUE(json.options.history);
    EXPECT_TRUE(json.options.json);
    const CommandLineResult csv =
            parse({ QStringLiteral("--export-history"), QStringLiteral("sessions.csv") });
    ASSERT_EQ(csv.status, CommandLineResult::Status::Run) << csv.errorMessage.toStdString();
    EXPECT_EQ(csv.options.historyExportPath, QStringLiteral("sessions.csv"));
    EXPECT_FALSE(csv.options.history);
}

TEST(CommandLineTest, RejectsHistoryCommandsWithOtherCommandsARoutineOrWindowOptions)
{
    const QStringList rejected[] = {
        { QStringLiteral("--history"), QStringLiteral("--plan") },
        { QStringLiteral("--history"), QStringLiteral("--export-history"),
          QStringLiteral("a.csv") },
        { QStringLiteral("--export-history"), QStringLiteral("a.csv"), QStringLiteral("--json") },
        { QStringLiteral("--export-history"), QStringLiteral("a.csv"),
          QStringLiteral("--export-handout"), QStringLiteral("a.pdf") },
        { QStringLiteral("--history"), QStringLiteral("--routine"), QStringLiteral("r.json") },
        { QStringLiteral("--history"), QStringLiteral("r.json") },
        { QStringLiteral("--history"), QStringLiteral("--mute") },
        { QStringLiteral("--export-history"), QStringLiteral("a.csv"), QStringLiteral("--start") },
        { QStringLiteral("--export-history") },
        { QStringLiteral("--export-history=") },
    };
    for (const QStringList &arguments : rejected) {
        const CommandLineResult result = parse(arguments);
        EXPECT_EQ(result.status, CommandLineResult::Status::Error)
                << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_FALSE(result.errorMessage.isEmpty());
    }
}

TEST(CommandLineTest, HelpListsTheHistoryOptions)
{
    const QString help = CommandLine().helpText();
    for (const char *option : { "--history", "--export-history <file>" })
        EXPECT_TRUE(help.contains(QLatin1String(option))) << option;
}

TEST(CommandLineTest, EveryCommandTakesALanguage)
{
    for (const QStringList &command :
         { QStringList{ QStringLiteral("--plan") },
           QStringList{ QStringLiteral("--export-handout"), QStringLiteral("out.pdf") },
           QStringList{ QStringLiteral("--history") }, QStringList{},
           QStringList{ QStringLiteral("--screenshot"), QStringLiteral("out.png") } }) {
        for (const QString &language : { QStringLiteral("en"), QStringLiteral("fr"),
                                         QStringLiteral("es"), QStringLiteral("zh_CN") }) {
            const CommandLineResult result =
                    parse(command + QStringList{ QStringLiteral("--language"), language });
            ASSERT_EQ(result.status, CommandLineResult::Status::Run)
                    << command.join(' ').toStdString() << ": " << result.errorMessage.toStdString();
            EXPECT_EQ(result.options.language, language);
        }
    }
    EXPECT_TRUE(parse({ QStringLiteral("--plan") }).options.language.isEmpty())
            << "without it, the setting or the system decides";
}

TEST(CommandLineTest, ALanguageItIsNotWrittenInIsAnError)
{
    for (const QString &language :
         { QStringLiteral("xx"), QStringLiteral("de"), QStringLiteral("zh_TW"), QString() }) {
        const CommandLineResult result =
                parse({ QStringLiteral("--plan"), QStringLiteral("--language"), language });
        ASSERT_EQ(result.status, CommandLineResult::Status::Error) << language.toStdString();
        EXPECT_EQ(result.errorMessage,
                  QStringLiteral("Option 'language' needs one of: en, fr, es, zh_CN."));
    }
}
