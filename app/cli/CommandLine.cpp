#include "app/cli/CommandLine.h"

#include "app/navigation/Screen.h"

#include "app/cli/HistoryText.h"
#include "app/cli/PlanJson.h"
#include "app/cli/PlanText.h"
#include "app/handout/Handout.h"
#include "app/history/HistoryCsv.h"
#include "app/history/HistoryDatabase.h"
#include "app/history/HistoryJson.h"
#include "app/language/Language.h"
#include "app/storage/RoutineFile.h"
#include "core/plan/Plan.h"
#include "core/routine/Routine.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <array>
#include <cmath>

using namespace gluteguide;

CommandLine::CommandLine()
    : m_helpOption(m_parser.addHelpOption()),
      m_versionOption(m_parser.addVersionOption()),
      m_planOption(QStringLiteral("plan"), tr("Print the exercise plan and exit.")),
      m_routineOption(QStringLiteral("routine"),
                      tr("Use the routine in <file> instead of the built-in one."), tr("file")),
      m_jsonOption(QStringLiteral("json"), tr("With --plan or --history, print JSON.")),
      m_handoutOption(QStringLiteral("export-handout"),
                      tr("Write the routine's handout to <file> as a PDF and exit."), tr("file")),
      m_paperOption(QStringLiteral("paper"), tr("With --export-handout: a4 or letter."), tr("size"),
                    QStringLiteral("a4")),
      m_historyOption(QStringLiteral("history"),
                      tr("Print the sessions kept in the history and exit.")),
      m_exportHistoryOption(QStringLiteral("export-history"),
                            tr("Write the sessions kept in the history to <file> as CSV and exit."),
                            tr("file")),
      m_languageOption(QStringLiteral("language"),
                       tr("Show and say everything in <language>: %1. Without it, the language "
                          "chosen in Settings, else the system's.")
                               .arg(Language::codes().join(QStringLiteral(", "))),
                       tr("language")),
      m_muteOption(QStringLiteral("mute"), tr("No voice or sounds; captions only.")),
      m_fullscreenOption(QStringLiteral("fullscreen"), tr("Open the window full screen.")),
      m_backgroundOption(QStringLiteral("background"),
                         tr("Start in the system tray, for the daily reminder (used when "
                            "starting with the desktop).")),
      m_kioskOption(QStringLiteral("kiosk"),
                    tr("Run as the clinic's front-desk demo: full screen, a looping "
                       "demonstration, locked with the staff PIN.")),
      m_startOption(QStringLiteral("start"), tr("Begin the session at once.")),
      m_speedOption(QStringLiteral("speed"),
                    tr("Run session time <x> times as fast (for demos and testing)."), tr("x"),
                    QStringLiteral("1")),
      m_eventLogOption(QStringLiteral("event-log"),
                       tr("Write every session event and cue to <file> as JSON Lines."),
                       tr("file")),
      m_screenshotOption(
              QStringLiteral("screenshot"),
              tr("Save a PNG of the window to <file> and exit (works without a display)."),
              tr("file")),
      m_atOption(QStringLiteral("at"),
                 tr("With --screenshot, start the session and show it <seconds> in."),
                 tr("seconds")),
      m_thenOption(QStringLiteral("then"),
                   tr("With --at, apply <command> at that moment: pause, thats_all_i_can_do, "
                      "skip, pain_stop or stop."),
                   tr("command")),
      m_pageOption(QStringLiteral("page"),
                   tr("With --screenshot, show this screen: home, preview, editor, progress or "
                      "settings."),
                   tr("screen")),
      m_viewOption(QStringLiteral("view"),
                   tr("With --screenshot --page preview: see the figure from the front or from "
                      "the feet."),
                   tr("front|feet")),
      m_quitAfterOption(QStringLiteral("quit-after"),
                        tr("Close the window after <seconds> (for benchmarks)."), tr("seconds"))
{
    m_parser.setApplicationDescription(
            tr("Coaches a side-lying hip exercise series that strengthens the glutes.\n"
               "It does not replace a clinician's advice. Stop if you feel pain."));
    m_parser.addOption(m_planOption);
    m_parser.addOption(m_routineOption);
    m_parser.addOption(m_jsonOption);
    m_parser.addOption(m_handoutOption);
    m_parser.addOption(m_paperOption);
    m_parser.addOption(m_historyOption);
    m_parser.addOption(m_exportHistoryOption);
    m_parser.addOption(m_languageOption);
    for (const QCommandLineOption &option :
         { m_muteOption, m_fullscreenOption, m_backgroundOption, m_kioskOption, m_startOption,
           m_speedOption, m_eventLogOption, m_screenshotOption, m_pageOption, m_viewOption,
           m_atOption, m_thenOption, m_quitAfterOption })
        m_parser.addOption(option);
    m_parser.addPositionalArgument(tr("file"), tr("A routine file to use, as with --routine."),
                                   tr("[file]"));
}

namespace {

std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

gluteguide::Millis secondsToMillis(double seconds)
{
    return gluteguide::Millis{ std::llround(seconds * 1000.0) };
}

std::optional<Command> parseCommand(const QString &text)
{
    for (Command command : { Command::Pause, Command::ThatsAllICanDo, Command::Skip,
                             Command::PainStop, Command::Stop }) {
        if (text == QLatin1String(commandKey(command)))
            return command;
    }
    return std::nullopt;
}

} // namespace

CommandLineResult CommandLine::parse(const QStringList &arguments)
{
    CommandLineResult result;
    const auto error = [&result](const QString &message) {
        result.status = CommandLineResult::Status::Error;
        result.errorMessage = message;
        return result;
    };

    if (!m_parser.parse(arguments))
        return error(m_parser.errorText());
    // First, so that --help can be shown in the language asked for.
    result.options.language = m_parser.value(m_languageOption);
    if (m_parser.isSet(m_languageOption) && !Language::isSupported(result.options.language))
        return error(tr("Option 'language' needs one of: %1.")
                             .arg(Language::codes().join(QStringLiteral(", "))));
    if (m_parser.isSet(m_helpOption) || m_parser.isSet(QStringLiteral("help-all"))) {
        result.status = CommandLineResult::Status::ShowHelp;
        return result;
    }
    if (m_parser.isSet(m_versionOption)) {
        result.status = CommandLineResult::Status::ShowVersion;
        return result;
    }
    // QCommandLineParser keeps the last of two values; a second file or speed is a mistake.
    for (const QString &name : m_parser.optionNames()) {
        if (m_parser.values(name).size() > 1)
            return error(tr("Option '%1' is given more than once.").arg(name));
    }
    result.options.plan = m_parser.isSet(m_planOption);
    result.options.json = m_parser.isSet(m_jsonOption);
    result.options.routinePath = m_parser.value(m_routineOption);
    if (m_parser.isSet(m_routineOption) && result.options.routinePath.isEmpty())
        return error(tr("Option 'routine' needs a file name."));
    // A routine file on its own, as a desktop passes a double-clicked file: like --routine.
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() > 1)
        return error(tr("Unexpected argument '%1'.").arg(positional.at(1)));
    if (!positional.isEmpty()) {
        if (m_parser.isSet(m_routineOption))
            return error(tr("Give the routine file once: either FILE or --routine FILE."));
        result.options.routinePath = positional.constFirst();
    }
    result.options.handoutPath = m_parser.value(m_handoutOption);
    if (m_parser.isSet(m_handoutOption) && result.options.handoutPath.isEmpty())
        return error(tr("Option 'export-handout' needs a file name."));
    const QString paper = m_parser.value(m_paperOption).toLower();
    if (paper == QLatin1String("letter"))
        result.options.paper = QPageSize::Letter;
    else if (paper != QLatin1String("a4"))
        return error(tr("Option 'paper' needs a4 or letter."));
    if (m_parser.isSet(m_paperOption) && result.options.handoutPath.isEmpty())
        return error(tr("Option 'paper' applies only with --export-handout."));
    result.options.history = m_parser.isSet(m_historyOption);
    result.options.historyExportPath = m_parser.value(m_exportHistoryOption);
    if (m_parser.isSet(m_exportHistoryOption) && result.options.historyExportPath.isEmpty())
        return error(tr("Option 'export-history' needs a file name."));
    const bool historyCommand =
            result.options.history || !result.options.historyExportPath.isEmpty();
    const std::array<bool, 4> commands{ result.options.plan, !result.options.handoutPath.isEmpty(),
                                        result.options.history,
                                        !result.options.historyExportPath.isEmpty() };
    if (std::count(commands.cbegin(), commands.cend(), true) > 1)
        return error(tr("Give only one of --plan, --export-handout, --history and "
                        "--export-history."));
    if (result.options.json && !result.options.plan && !result.options.history)
        return error(tr("Option 'json' applies only with --plan or --history."));
    if (historyCommand && !result.options.routinePath.isEmpty())
        return error(tr("Options 'history' and 'export-history' read the stored sessions; leave "
                        "out the routine file."));
    if (const QString problem = readWindowOptions(result.options); !problem.isEmpty())
        return error(problem);
    return result;
}

// The window's options; returns what is wrong with them, or an empty string.
QString CommandLine::readWindowOptions(CommandLineOptions &options) const
{
    options.mute = m_parser.isSet(m_muteOption);
    options.fullscreen = m_parser.isSet(m_fullscreenOption);
    options.kiosk = m_parser.isSet(m_kioskOption);
    options.background = m_parser.isSet(m_backgroundOption);
    if (options.background && (options.kiosk || m_parser.isSet(m_startOption)))
        return tr("Option 'background' starts hidden; leave out --kiosk and --start.");
    if (options.kiosk && m_parser.isSet(m_startOption))
        return tr("Option 'kiosk' starts with the demonstration loop; leave out --start.");
    options.start = m_parser.isSet(m_startOption);
    options.eventLogPath = m_parser.value(m_eventLogOption);
    options.screenshotPath = m_parser.value(m_screenshotOption);

    const std::optional<double> speed = parseNumber(m_parser.value(m_speedOption));
    if (!speed || *speed < minimumSpeed || *speed > maximumSpeed)
        return tr("Option 'speed' needs a number from %1 to %2.")
                .arg(minimumSpeed)
                .arg(maximumSpeed);
    options.speed = *speed;

    if (m_parser.isSet(m_atOption)) {
        if (options.screenshotPath.isEmpty())
            return tr("Option 'at' applies only with --screenshot.");
        const std::optional<double> at = parseNumber(m_parser.value(m_atOption));
        if (!at || *at < 0.0 || *at > maximumSeconds)
            return tr("Option 'at' needs a number of seconds from 0 to %1.").arg(maximumSeconds);
        options.screenshotAt = secondsToMillis(*at);
    }
    if (m_parser.isSet(m_thenOption)) {
        if (!options.screenshotAt)
            return tr("Option 'then' applies only with --screenshot and --at.");
        options.screenshotThen = parseCommand(m_parser.value(m_thenOption));
        if (!options.screenshotThen)
            return tr("Option 'then' needs one of: pause, thats_all_i_can_do, skip, pain_stop, "
                      "stop.");
    }
    if (m_parser.isSet(m_pageOption)) {
        if (options.screenshotPath.isEmpty())
            return tr("Option 'page' applies only with --screenshot.");
        options.screenshotPage = m_parser.value(m_pageOption);
        if (!screenshotPages().contains(options.screenshotPage))
            return tr("Option 'page' needs one of: %1.")
                    .arg(screenshotPages().join(QStringLiteral(", ")));
        if (options.screenshotAt && options.screenshotPage != QLatin1String("preview")
            && options.screenshotPage != QLatin1String("kiosk"))
            return tr("Option 'at' goes with the session screen, --page preview or --page "
                      "kiosk.");
    }
    if (m_parser.isSet(m_viewOption)) {
        if (options.screenshotPage != QLatin1String("preview"))
            return tr("Option 'view' applies only with --screenshot --page preview.");
        const QString view = m_parser.value(m_viewOption);
        if (view != QLatin1String("front") && view != QLatin1String("feet"))
            return tr("Option 'view' needs front or feet.");
        options.screenshotFromFeet = view == QLatin1String("feet");
    }
    if (m_parser.isSet(m_quitAfterOption)) {
        const std::optional<double> seconds = parseNumber(m_parser.value(m_quitAfterOption));
        if (!seconds || *seconds <= 0.0 || *seconds > maximumSeconds)
            return tr("Option 'quit-after' needs a number of seconds above 0 and up to %1.")
                    .arg(maximumSeconds);
        options.quitAfter = secondsToMillis(*seconds);
    }
    const bool windowOptions = options.mute || options.fullscreen || options.kiosk
            || options.background || options.start || !options.eventLogPath.isEmpty()
            || !options.screenshotPath.isEmpty() || options.quitAfter
            || m_parser.isSet(m_speedOption);
    if (options.plan && windowOptions)
        return tr("Option 'plan' prints the plan and opens no window; leave out the window's "
                  "options.");
    if (!options.handoutPath.isEmpty() && windowOptions)
        return tr("Option 'export-handout' writes a file and opens no window; leave out the "
                  "window's options.");
    if ((options.history || !options.historyExportPath.isEmpty()) && windowOptions)
        return tr("Options 'history' and 'export-history' open no window; leave out the "
                  "window's options.");
    return {};
}

QStringList CommandLine::screenshotPages()
{
    return screenshotScreenKeys();
}

QString CommandLine::helpText() const
{
    return m_parser.helpText();
}

QString CommandLine::versionText()
{
    return QCoreApplication::applicationName() + QLatin1Char(' ')
            + QCoreApplication::applicationVersion();
}

std::optional<Routine> CommandLine::loadRoutine(const QString &path, QTextStream &err)
{
    if (path.isEmpty())
        return defaultRoutine();
    RoutineReadResult read = RoutineFile::load(path);
    if (!read.ok()) {
        const QString shownPath = QDir::toNativeSeparators(path);
        for (const RoutineError &problem : read.errors)
            err << "gluteguide: " << shownPath << ": " << problem.toString() << '\n';
        err.flush();
        return std::nullopt;
    }
    return std::move(*read.routine);
}

int CommandLine::exportHandout(const CommandLineOptions &options, QTextStream &err)
{
    const std::optional<Routine> routine = loadRoutine(options.routinePath, err);
    if (!routine)
        return usageErrorExitCode;
    QString error;
    if (!Handout::writePdf(options.handoutPath, buildPlan(*routine),
                           Handout::Options{ options.paper, QDate::currentDate() }, &error)) {
        err << "gluteguide: " << QDir::toNativeSeparators(options.handoutPath) << ": "
            << tr("the handout cannot be written: %1").arg(error) << '\n';
        return usageErrorExitCode;
    }
    return 0;
}

int CommandLine::printPlan(const CommandLineOptions &options, QTextStream &out, QTextStream &err)
{
    const std::optional<Routine> routine = loadRoutine(options.routinePath, err);
    if (!routine)
        return usageErrorExitCode;

    // Files are validated when read and the built-in routine is valid: buildPlan's precondition.
    const Plan plan = buildPlan(*routine);
    if (options.json)
        out << QJsonDocument(PlanJson::toJson(plan)).toJson(QJsonDocument::Indented);
    else
        PlanText::write(plan, out);
    out.flush();
    return 0;
}

namespace {

// The stored sessions, or nothing when the history cannot be read (err says why). Reading does
// not create a history that was never written.
std::optional<std::vector<SessionRecord>> readHistory(QTextStream &err)
{
    const QString path = HistoryDatabase::defaultPath();
    if (!QFileInfo::exists(path))
        return std::vector<SessionRecord>{};
    HistoryDatabase database(path);
    const HistoryDatabase::OpenStatus status = database.open();
    // A damaged history has been moved aside: what is left is empty, not the person's sessions.
    if (status == HistoryDatabase::OpenStatus::Failed
        || status == HistoryDatabase::OpenStatus::Replaced) {
        err << "gluteguide: " << database.lastMessage() << '\n';
        err.flush();
        return std::nullopt;
    }
    bool ok = false;
    std::vector<SessionRecord> sessions = database.sessions(&ok);
    if (!ok) {
        err << "gluteguide: " << database.lastMessage() << '\n';
        err.flush();
        return std::nullopt;
    }
    return sessions;
}

} // namespace

int CommandLine::printHistory(const CommandLineOptions &options, QTextStream &out, QTextStream &err)
{
    const std::optional<std::vector<SessionRecord>> sessions = readHistory(err);
    if (!sessions)
        return historyErrorExitCode;
    if (options.json)
        out << QJsonDocument(HistoryJson::toJson(*sessions)).toJson(QJsonDocument::Indented);
    else
        HistoryText::write(*sessions, out);
    out.flush();
    return 0;
}

int CommandLine::exportHistory(const CommandLineOptions &options, QTextStream &err)
{
    const std::optional<std::vector<SessionRecord>> sessions = readHistory(err);
    if (!sessions)
        return historyErrorExitCode;
    QString error;
    if (!HistoryCsv::write(options.historyExportPath, *sessions, &error)) {
        err << "gluteguide: " << QDir::toNativeSeparators(options.historyExportPath) << ": "
            << error << '\n';
        err.flush();
        return usageErrorExitCode;
    }
    return 0;
}
