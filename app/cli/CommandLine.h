#pragma once

#include "core/routine/Routine.h"
#include "core/session/SessionEvent.h"
#include "core/time/Millis.h"

#include <QCommandLineOption>
#include <QPageSize>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QTextStream;

struct CommandLineOptions
{
    bool plan = false; // --plan: print the plan and exit
    bool json = false; // --json: the plan or the history as JSON
    bool history = false; // --history: print the stored sessions and exit
    QString historyExportPath; // --export-history FILE.csv: write the sessions as CSV and exit
    QString handoutPath; // --export-handout FILE.pdf: write the handout and exit
    QPageSize::PageSizeId paper = QPageSize::A4; // --paper a4|letter
    QString routinePath; // --routine FILE; empty means the built-in routine
    QString language; // --language CODE (Language::codes()); empty: the setting, else the system's

    // The window
    bool mute = false; // --mute: captions only
    bool fullscreen = false; // --fullscreen
    bool kiosk = false; // --kiosk: the front desk's locked demo loop
    bool background = false; // --background: start in the tray (the reminder's autostart)
    bool start = false; // --start: begin the session at once
    double speed = 1.0; // --speed X: session time runs X times as fast
    QString eventLogPath; // --event-log FILE: JSON Lines of events and cues
    QString screenshotPath; // --screenshot FILE: save a PNG of the window and exit
    std::optional<gluteguide::Millis> screenshotAt; // --at SECONDS: session time of the picture
    std::optional<gluteguide::Command> screenshotThen; // --then COMMAND: applied at that moment
    QString screenshotPage; // --page NAME: which screen to picture (one of screenshotPages())
    bool screenshotFromFeet = false; // --view feet: the preview seen from the feet
    std::optional<gluteguide::Millis> quitAfter; // --quit-after SECONDS (benchmarks)
};

struct CommandLineResult
{
    enum class Status {
        Run,
        ShowHelp,
        ShowVersion,
        Error,
    };

    Status status = Status::Run;
    CommandLineOptions options;
    QString errorMessage; // for Status::Error
};

// The command line (each form also takes --language en|fr|es|zh_CN):
//   gluteguide --plan [--routine FILE] [--json]
//   gluteguide --export-handout FILE.pdf [--routine FILE] [--paper a4|letter]
//   gluteguide --history [--json]
//   gluteguide --export-history FILE.csv
//   gluteguide [FILE | --routine FILE] [--mute] [--fullscreen] [--start] [--speed X] [--event-log
//   FILE]
//              [--screenshot FILE [--at SECONDS [--then COMMAND]]
//                                 [--page NAME [--at SECONDS] [--view front|feet]]]
//              [--quit-after SECONDS]
//   gluteguide --help | --version
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // The exit code for a bad argument, a bad routine file or a file that cannot be written.
    static constexpr int usageErrorExitCode = 2;
    // The exit code when the history cannot be read.
    static constexpr int historyErrorExitCode = 1;

    CommandLine();

    // The arguments as QCoreApplication::arguments() gives them, program name first.
    CommandLineResult parse(const QStringList &arguments);

    QString helpText() const;
    // The screens --screenshot --page can show.
    static QStringList screenshotPages();
    static QString versionText();

    // Loads the routine (the built-in one without --routine), builds its plan and prints it to
    // out as text or JSON. Problems go to err, one line each. Returns the process exit code.
    static int printPlan(const CommandLineOptions &options, QTextStream &out, QTextStream &err);

    // Writes the handout of the routine (the built-in one without --routine) as a PDF. Needs a
    // QGuiApplication, but no display. Returns the process exit code.
    static int exportHandout(const CommandLineOptions &options, QTextStream &err);

    // Prints the stored sessions (HistoryDatabase::defaultPath()) to out as a table or JSON.
    // Problems go to err. Needs a QCoreApplication, no display. Returns the process exit code.
    static int printHistory(const CommandLineOptions &options, QTextStream &out, QTextStream &err);

    // Writes the stored sessions as CSV. Needs a QCoreApplication, no display. Returns the process
    // exit code.
    static int exportHistory(const CommandLineOptions &options, QTextStream &err);

    // The routine in path, or the built-in one for an empty path; problems go to err.
    static std::optional<gluteguide::Routine> loadRoutine(const QString &path, QTextStream &err);

private:
    static constexpr double minimumSpeed = 0.1;
    static constexpr double maximumSpeed = 100.0;
    static constexpr int maximumSeconds = 24 * 60 * 60;

    QString readWindowOptions(CommandLineOptions &options) const;

    QCommandLineParser m_parser;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_versionOption;
    QCommandLineOption m_planOption;
    QCommandLineOption m_routineOption;
    QCommandLineOption m_jsonOption;
    QCommandLineOption m_handoutOption;
    QCommandLineOption m_paperOption;
    QCommandLineOption m_historyOption;
    QCommandLineOption m_exportHistoryOption;
    QCommandLineOption m_languageOption;
    QCommandLineOption m_muteOption;
    QCommandLineOption m_fullscreenOption;
    QCommandLineOption m_backgroundOption;
    QCommandLineOption m_kioskOption;
    QCommandLineOption m_startOption;
    QCommandLineOption m_speedOption;
    QCommandLineOption m_eventLogOption;
    QCommandLineOption m_screenshotOption;
    QCommandLineOption m_atOption;
    QCommandLineOption m_thenOption;
    QCommandLineOption m_pageOption;
    QCommandLineOption m_viewOption;
    QCommandLineOption m_quitAfterOption;
};
