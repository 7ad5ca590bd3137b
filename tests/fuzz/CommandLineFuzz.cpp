// The command line: any bytes, split into arguments at NUL bytes (as /proc/<pid>/cmdline holds
// them) and decoded as main() decodes argv, after the program's name. Parsing must not crash;
// it ends in one of the four outcomes, each with the exit code README promises (0 for help and
// version, 2 for a bad argument, with a message); and the options of a command that runs keep
// every rule that parse() states: values in range, one command at most, no window options
// with a command.

#include "FuzzSupport.h"

#include "app/cli/CommandLine.h"
#include "app/language/Language.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>

using namespace gluteguide;
using namespace std::chrono_literals;

namespace {

// Bounds from CommandLine's help: --speed 0.1 to 100, --at and --quit-after up to a day.
constexpr double slowest = 0.1;
constexpr double fastest = 100.0;
constexpr Millis longest = 24h;

// The arguments as a failure shows them; made only then (FUZZ_CHECK's detail is), as making it
// for every input would take a tenth of the time.
QString shown(const QStringList &arguments)
{
    return arguments.join(QStringLiteral(" | "));
}

void checkRunOptions(const CommandLineOptions &options, const QStringList &arguments)
{
    FUZZ_CHECK(std::isfinite(options.speed) && options.speed >= slowest && options.speed <= fastest,
               shown(arguments));
    FUZZ_CHECK(options.language.isEmpty() || Language::isSupported(options.language),
               shown(arguments));
    FUZZ_CHECK(options.paper == QPageSize::A4 || options.paper == QPageSize::Letter,
               shown(arguments));
    FUZZ_CHECK(options.paper == QPageSize::A4 || !options.handoutPath.isEmpty(), shown(arguments));

    const bool exportsHistory = !options.historyExportPath.isEmpty();
    const std::array<bool, 4> commands{ options.plan, !options.handoutPath.isEmpty(),
                                        options.history, exportsHistory };
    FUZZ_CHECK(std::count(commands.cbegin(), commands.cend(), true) <= 1, shown(arguments));
    FUZZ_CHECK(!options.json || options.plan || options.history, shown(arguments));
    FUZZ_CHECK(!(options.history || exportsHistory) || options.routinePath.isEmpty(),
               shown(arguments));

    FUZZ_CHECK(!options.background || (!options.kiosk && !options.start), shown(arguments));
    FUZZ_CHECK(!options.kiosk || !options.start, shown(arguments));
    if (options.screenshotAt) {
        FUZZ_CHECK(!options.screenshotPath.isEmpty(), shown(arguments));
        FUZZ_CHECK(*options.screenshotAt >= 0ms && *options.screenshotAt <= longest,
                   shown(arguments));
    }
    FUZZ_CHECK(!options.screenshotThen || options.screenshotAt, shown(arguments));
    if (!options.screenshotPage.isEmpty()) {
        FUZZ_CHECK(!options.screenshotPath.isEmpty(), shown(arguments));
        FUZZ_CHECK(CommandLine::screenshotPages().contains(options.screenshotPage),
                   shown(arguments));
    }
    FUZZ_CHECK(!options.screenshotFromFeet || options.screenshotPage == QLatin1String("preview"),
               shown(arguments));
    // "Above 0" is the seconds given; a sliver of a millisecond rounds to 0 ms.
    if (options.quitAfter)
        FUZZ_CHECK(*options.quitAfter >= 0ms && *options.quitAfter <= longest, shown(arguments));

    const bool windowOptions = options.mute || options.fullscreen || options.kiosk
            || options.background || options.start || !options.eventLogPath.isEmpty()
            || !options.screenshotPath.isEmpty() || options.quitAfter || options.speed != 1.0;
    FUZZ_CHECK(!windowOptions || std::count(commands.cbegin(), commands.cend(), true) == 0,
               shown(arguments));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    startFuzzApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QStringList arguments{ QStringLiteral("gluteguide") };
    for (const QByteArray &argument : fuzzBytes(data, size).split('\0'))
        arguments << QString::fromLocal8Bit(argument);

    // One for all inputs, as building its two dozen options took two thirds of the time;
    // QCommandLineParser::parse() starts afresh (errors, values, positional arguments) each time.
    static CommandLine commandLine;
    const CommandLineResult result = commandLine.parse(arguments);
    int exitCode = -1;
    switch (result.status) {
    case CommandLineResult::Status::ShowHelp:
        FUZZ_CHECK(!commandLine.helpText().isEmpty(), shown(arguments));
        exitCode = 0;
        break;
    case CommandLineResult::Status::ShowVersion:
        exitCode = 0;
        break;
    case CommandLineResult::Status::Error:
        FUZZ_CHECK(!result.errorMessage.isEmpty(), shown(arguments));
        exitCode = CommandLine::usageErrorExitCode;
        break;
    case CommandLineResult::Status::Run:
        checkRunOptions(result.options, arguments);
        // What runs then (the plan, the handout, the history, the window) ends in 0, 1 or 2 by
        // its own tests.
        exitCode = 0;
        break;
    }
    FUZZ_CHECK(exitCode == 0 || exitCode == CommandLine::historyErrorExitCode
                       || exitCode == CommandLine::usageErrorExitCode,
               shown(arguments) + QStringLiteral("\nstatus %1").arg(int(result.status)));
    return 0;
}
