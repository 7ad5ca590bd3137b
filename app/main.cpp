#include "app/Version.h"
#include "app/cli/CommandLine.h"
#include "app/language/AppTranslator.h"
#include "app/language/Language.h"
#include "app/startup/DisplayCheck.h"
#include "app/startup/SettingsReport.h"
#include "app/startup/WindowStartup.h"
#include "app/storage/AppSettings.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLocale>
#include <QProcessEnvironment>
#include <QTextStream>

#include <cstdio>

namespace {

// --language, else the language chosen in Settings, else the system's: for every command.
// Settings that cannot be used are named, in that language.
void showLanguage(AppTranslator &translator, const CommandLineOptions &options)
{
    const AppSettings settings;
    translator.apply(Language::choose(options.language, settings.language(), QLocale::system()));
    QTextStream err(stderr);
    reportSettingProblems(settings, err);
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceLaunch;
    sinceLaunch.start();
    QCoreApplication::setApplicationName(QStringLiteral("GluteGuide"));
    QCoreApplication::setOrganizationName(QStringLiteral("GluteGuide"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GLUTEGUIDE_VERSION));

    // The arguments are read before any application object exists, because --plan, --history,
    // --help and --version must work without a display and only the window needs a QApplication.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine commandLine;
    const CommandLineResult parsed = commandLine.parse(arguments);
    switch (parsed.status) {
    case CommandLineResult::Status::ShowHelp: {
        // The usage line names the program only when an application object exists; a core one
        // needs no display.
        QCoreApplication app(argc, argv);
        AppTranslator translator;
        showLanguage(translator, parsed.options);
        const CommandLine translated; // its texts are made as it is built
        out << translated.helpText();
        return 0;
    }
    case CommandLineResult::Status::ShowVersion:
        out << CommandLine::versionText() << '\n';
        return 0;
    case CommandLineResult::Status::Error:
        err << "gluteguide: " << parsed.errorMessage << '\n'
            << QCoreApplication::translate("main", "Try 'gluteguide --help' for more information.")
            << '\n';
        return CommandLine::usageErrorExitCode;
    case CommandLineResult::Status::Run:
        break;
    }
    if (parsed.options.plan) {
        QCoreApplication app(argc, argv);
        AppTranslator translator;
        showLanguage(translator, parsed.options);
        return CommandLine::printPlan(parsed.options, out, err);
    }
    if (parsed.options.history) {
        QCoreApplication app(argc, argv);
        AppTranslator translator;
        showLanguage(translator, parsed.options);
        return CommandLine::printHistory(parsed.options, out, err);
    }
    if (!parsed.options.historyExportPath.isEmpty()) {
        QCoreApplication app(argc, argv);
        AppTranslator translator;
        showLanguage(translator, parsed.options);
        return CommandLine::exportHistory(parsed.options, err);
    }
    if (!parsed.options.handoutPath.isEmpty()) {
        // Drawing needs fonts, not a screen.
        if (!DisplayCheck::hasDisplay(QProcessEnvironment::systemEnvironment()))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        AppTranslator translator;
        showLanguage(translator, parsed.options);
        return CommandLine::exportHandout(parsed.options, err);
    }
    out.flush();
    return runWindow(argc, argv, parsed.options, sinceLaunch);
}
