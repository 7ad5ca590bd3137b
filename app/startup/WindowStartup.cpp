#include "app/startup/WindowStartup.h"

#include "app/dialogs/PinDialog.h"
#include "app/kiosk/StaffPin.h"
#include "app/language/AppTranslator.h"
#include "app/language/Language.h"
#include "app/tray/ReminderTray.h"
#include "app/window/ApplicationStyle.h"
#include "app/widgets/FigureView.h"
#include "app/pages/SessionPage.h"
#include "app/session/FrameStats.h"
#include "app/startup/DisplayCheck.h"
#include "app/startup/SettingsReport.h"
#include "app/startup/SingleInstance.h"
#include "app/startup/FileOpenFilter.h"
#include "app/storage/AppSettings.h"
#include "app/storage/OutputPath.h"
#include "app/window/MainWindow.h"
#include "app/window/ScreenshotCapture.h"

#include <QApplication>
#include <QIcon>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace gluteguide;

namespace {

struct ChosenRoutine
{
    Routine routine;
    QString path; // empty for the built-in routine
};

// FILE or --routine FILE, else the routine used last time, else the built-in one. A bad file
// named on the command line is an error; a last routine that no longer loads falls back with a
// warning.
std::optional<ChosenRoutine> chooseRoutine(const CommandLineOptions &options, AppSettings &settings,
                                           QTextStream &err)
{
    if (!options.routinePath.isEmpty()) {
        std::optional<Routine> routine = CommandLine::loadRoutine(options.routinePath, err);
        if (!routine)
            return std::nullopt;
        settings.setLastRoutine(QFileInfo(options.routinePath).absoluteFilePath());
        return ChosenRoutine{ std::move(*routine), options.routinePath };
    }
    const QString last = settings.lastRoutine();
    if (last.isEmpty())
        return ChosenRoutine{ defaultRoutine(), QString() };
    if (std::optional<Routine> routine = CommandLine::loadRoutine(last, err))
        return ChosenRoutine{ std::move(*routine), last };
    err << QApplication::translate("main", "gluteguide: using the built-in routine instead.")
        << '\n';
    err.flush();
    settings.setLastRoutine({});
    return ChosenRoutine{ defaultRoutine(), QString() };
}

// For the whole-process benchmark: the first painted frame and, at the end, the spread of the
// session's frame ticks.
void measureFrames(MainWindow &window, FrameStats &frames, const QElapsedTimer &sinceLaunch)
{
    auto firstFrame = std::make_shared<QMetaObject::Connection>();
    *firstFrame = QObject::connect(window.sessionPage()->figure(), &FigureView::painted, &window,
                                   [&window, &sinceLaunch, firstFrame] {
                                       window.eventLog().recordFirstFrame(sinceLaunch.elapsed());
                                       QObject::disconnect(*firstFrame);
                                   });
    QObject::connect(window.sessionPage(), &SessionPage::frameTicked, &window,
                     [&frames] { frames.frameTicked(); });
}

// The front desk is locked with a PIN set by staff the first time kiosk mode is turned on.
bool ensureStaffPin(AppSettings &settings, QWidget &window)
{
    if (StaffPin::isWellFormed(settings.staffPinHash()))
        return true;
    PinDialog dialog(&window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    settings.setStaffPinHash(dialog.newPinHash());
    settings.setKioskMode(true);
    return true;
}

} // namespace

int runWindow(int &argc, char **argv, const CommandLineOptions &options,
              const QElapsedTimer &sinceLaunch)
{
    QTextStream err(stderr);
    const bool screenshot = !options.screenshotPath.isEmpty();
    if (!DisplayCheck::hasDisplay(QProcessEnvironment::systemEnvironment())) {
        if (!screenshot) {
            err << DisplayCheck::noDisplayMessage();
            return 1;
        }
        // A screenshot needs no screen: render on Qt's offscreen platform.
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }

    QApplication app(argc, argv);
    AppSettings settings;
    // Before any text is made; Settings can switch it later, in the window.
    AppTranslator translator;
    translator.apply(Language::choose(options.language, settings.language(), QLocale::system()));
    reportSettingProblems(settings, err);
    QGuiApplication::setApplicationDisplayName(QApplication::translate("main", "GluteGuide"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.gluteguide.GluteGuide"));
    // The app icon compiled in, so windows, the task bar and the tray show it however the
    // program was installed (or not: a build folder).
    QIcon appIcon;
    for (const int size : { 16, 32, 48, 64, 128, 256 })
        appIcon.addFile(QStringLiteral(":/branding/gluteguide-%1.png").arg(size));
    QApplication::setWindowIcon(appIcon);

    // A second start hands its file to the running GluteGuide and goes, changing nothing.
    std::optional<SingleInstance> instance;
    if (!screenshot) {
        instance.emplace(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
        const SingleInstance::Request request{
            !options.background,
            options.routinePath.isEmpty() ? QString()
                                          : QFileInfo(options.routinePath).absoluteFilePath()
        };
        if (instance->handOver(request)) {
            err << QApplication::translate("main",
                                           "gluteguide: GluteGuide is already running; this "
                                           "request was passed on to it.")
                << '\n';
            return 0;
        }
    }

    ApplicationStyle::apply(settings.palette());
    std::optional<ChosenRoutine> chosen = chooseRoutine(options, settings, err);
    if (!chosen)
        return CommandLine::usageErrorExitCode;
    // Before the window, which creates the history database: a bad path changes nothing.
    for (const QString &path : { options.eventLogPath, options.screenshotPath }) {
        if (const QString problem = path.isEmpty() ? QString() : OutputPath::problem(path);
            !problem.isEmpty()) {
            err << "gluteguide: " << QDir::toNativeSeparators(path) << ": " << problem << '\n';
            return CommandLine::usageErrorExitCode;
        }
    }

    // A screenshot is silent (it renders session time far faster than real time) and its
    // simulated session is nobody's: not recorded.
    WindowOptions windowOptions;
    windowOptions.mute = options.mute || screenshot;
    windowOptions.speed = options.speed;
    windowOptions.eventLogPath = options.eventLogPath;
    windowOptions.recordSessions = !screenshot;
    MainWindow window(settings, translator, windowOptions);
    window.document().adopt(std::move(chosen->routine), chosen->path);
    QString error;
    if (!window.openEventLog(&error)) {
        err << "gluteguide: " << QDir::toNativeSeparators(options.eventLogPath) << ": " << error
            << '\n';
        return CommandLine::usageErrorExitCode;
    }

    if (screenshot) {
        // Pictures for the README and the tests are the same size whatever the screen (Qt's
        // offscreen one is 800×600), unless the saved window size says otherwise.
        if (settings.windowGeometry().isEmpty())
            window.resize(MainWindow::defaultSize());
        const ScreenshotCapture::Request request{ options.screenshotPath, options.screenshotAt,
                                                  options.screenshotThen, options.screenshotPage,
                                                  options.screenshotFromFeet };
        if (!ScreenshotCapture::capture(window, request, &error)) {
            err << "gluteguide: " << error << '\n';
            return 1;
        }
        return 0;
    }

    FileOpenFilter fileOpen(window);
    app.installEventFilter(&fileOpen);
    if (instance) {
        QObject::connect(&*instance, &SingleInstance::requested, &window,
                         [&window](const SingleInstance::Request &request) {
                             if (request.raise)
                                 window.bringToFront();
                             window.openHandedOverFile(request.routinePath);
                         });
        if (!instance->listen())
            err << QApplication::translate("main",
                                           "gluteguide: another GluteGuide may be starting at "
                                           "this moment; both run.")
                << '\n';
    }

    FrameStats frames;
    measureFrames(window, frames, sinceLaunch);
    if (options.quitAfter) {
        QTimer::singleShot(std::chrono::milliseconds(*options.quitAfter), &window,
                           [&window, &frames] {
                               window.eventLog().recordFrameStats(frames.summary());
                               window.close();
                           });
    }
    // Started with the desktop for the daily reminder: wait in the tray, if there is one.
    const bool hidden =
            options.background && settings.reminderEnabled() && ReminderTray::isAvailable();
    if (options.fullscreen)
        window.showFullScreen();
    else if (!hidden)
        window.show();
    if ((options.kiosk || settings.kioskMode()) && !options.background) {
        if (ensureStaffPin(settings, window))
            window.enterKiosk();
        else
            err << QApplication::translate("main",
                                           "gluteguide: kiosk mode needs a staff PIN; "
                                           "starting without it.")
                << '\n';
    }
    if (options.start)
        window.startSessionWhenSoundIsReady();
    return QApplication::exec();
}
