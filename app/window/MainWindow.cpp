#include "app/window/MainWindow.h"

#include "app/audio/VoiceClipManifest.h"
#include "app/cues/CueTexts.h"
#include "app/dialogs/AboutDialog.h"
#include "app/dialogs/PinDialog.h"
#include "app/handout/Handout.h"
#include "app/history/HistoryCsv.h"
#include "app/history/HistoryDatabase.h"
#include "app/kiosk/StaffPin.h"
#include "app/language/AppTranslator.h"
#include "app/language/Language.h"
#include "app/window/LanguageMenu.h"
#include "app/pages/EditorPage.h"
#include "app/pages/HomePage.h"
#include "app/pages/KioskPage.h"
#include "app/pages/PreviewPage.h"
#include "app/pages/ProgressPage.h"
#include "app/pages/SessionPage.h"
#include "app/pages/SettingsPage.h"
#include "app/pages/SummaryPage.h"
#include "app/storage/AppSettings.h"
#include "app/navigation/IdleWatch.h"
#include "app/reminder/DailyReminder.h"
#include "app/reminder/ReminderAutostart.h"
#include "app/session/SessionRecorder.h"
#include "app/tray/ReminderTray.h"
#include "app/window/ApplicationStyle.h"
#include "app/window/Navigation.h"
#include "core/kiosk/KioskRoutines.h"
#include "core/progress/BuildUp.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QLocale>
#include <QGuiApplication>
#include <QMessageBox>
#include <QScreen>
#include <QPushButton>
#include <QPrintDialog>
#include <QPrinter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimer>

#include <utility>

using namespace gluteguide;

namespace {
// A sound output that has not started by then must not hold the session back.
constexpr std::chrono::milliseconds soundStartLimit{ 3000 };

// The front desk's choices as staff set them in Settings.
KioskOptions kioskOptionsFrom(const AppSettings &settings)
{
    return { settings.clinicName(), settings.logoPath(), settings.demoReps(),
             Millis{ settings.idleSeconds() * 1000 }, settings.kioskMuted() };
}

// Where a new file is suggested: the documents folder, or home where there is none.
QString documentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(documents).exists() ? documents : QDir::homePath();
}
} // namespace

MainWindow::MainWindow(AppSettings &settings, AppTranslator &translator, WindowOptions options,
                       QWidget *parent)
    : QMainWindow(parent),
      m_settings(settings),
      m_translator(translator),
      m_options(std::move(options)),
      m_kioskClock(m_options.speed)
{
    // An 800×600 display (an old laptop, a clinic's projector) still shows the whole window;
    // TextFitTest checks that nothing is cut off at that size.
    setMinimumSize(800, 540);

    m_player = new CuePlayer(this);
    m_previewPlayer = new CuePlayer(this);
    for (CuePlayer *player : { m_player, m_previewPlayer }) {
        player->setVoice(settings.voice());
        player->setVolume(settings.volume());
        player->setMuted(m_options.mute);
    }
    m_player->setTickEnabled(settings.tempoTick());
    connect(m_player, &CuePlayer::cuePlayed, this,
            [this](const PlayedCue &played) { m_eventLog.recordCue(played); });

    openHistory();
    buildPages();
    buildMenus();
    buildReminder();
    speakLanguage(m_translator.language());
    connect(&m_translator, &AppTranslator::languageChanged, this, &MainWindow::speakLanguage);
    setKioskOptions(kioskOptionsFrom(settings));
    connect(&m_document, &RoutineDocument::changed, this, &MainWindow::onDocumentChanged);
    connect(&m_document, &RoutineDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(&m_document, &RoutineDocument::filePathChanged, this, &MainWindow::updateTitle);
    onDocumentChanged();
    if (!restoreGeometry(settings.windowGeometry())) {
        // The first time: a laptop-sized window, or the whole screen when it is smaller.
        QSize size = defaultSize();
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableGeometry().size());
        resize(size.expandedTo(minimumSize()));
    }
}

MainWindow::~MainWindow()
{
    // The kiosk page and the idle watch read m_kioskClock, and Qt deletes them after it (children
    // go after members): they stop reading it first. Hidden, the page pauses its loop.
    m_idle->stop();
    m_kiosk->hide();
}

void MainWindow::buildPages()
{
    m_pages = new QStackedWidget(this);
    m_navigation = new Navigation(m_pages, this);
    m_home = new HomePage(m_pages);
    m_session = new SessionPage(m_pages);
    m_summary = new SummaryPage(m_pages);
    m_preview = new PreviewPage(m_document, nullptr, m_pages);
    m_editor = new EditorPage(m_document, m_pages);
    m_progress = new ProgressPage(m_pages);
    m_settingsPage = new SettingsPage(m_settings, m_pages);
    m_kiosk = new KioskPage(m_document, &m_kioskClock, m_pages);
    const std::pair<Screen, QWidget *> screens[] = {
        { Screen::Home, m_home },
        { Screen::Session, m_session },
        { Screen::Summary, m_summary },
        { Screen::Preview, m_preview },
        { Screen::Editor, m_editor },
        { Screen::Progress, m_progress },
        { Screen::Settings, m_settingsPage },
        { Screen::Kiosk, m_kiosk },
    };
    for (const auto &[screen, page] : screens)
        m_navigation->addScreen(screen, page);
    setCentralWidget(m_pages);
    connect(m_navigation, &Navigation::kioskLockChanged, this, &MainWindow::applyKioskLock);

    m_idle = new IdleWatch(m_kioskClock, this);
    connect(m_idle, &IdleWatch::idle, this, &MainWindow::onIdle);

    connect(m_home, &HomePage::startRequested, this, &MainWindow::startSessionWhenSoundIsReady);
    connect(m_home, &HomePage::previewRequested, this, &MainWindow::showPreview);
    connect(m_home, &HomePage::editRequested, this, &MainWindow::showEditor);
    connect(m_home, &HomePage::progressRequested, this, &MainWindow::showProgress);
    connect(m_home, &HomePage::settingsRequested, this,
            [this] { m_navigation->show(Screen::Settings); });
    connect(m_editor, &EditorPage::previewRequested, this, &MainWindow::showPreview);
    for (auto *page : std::initializer_list<QObject *>{ m_summary, m_preview, m_editor, m_progress,
                                                        m_settingsPage })
        connect(page, SIGNAL(homeRequested()), this, SLOT(showHome()));

    connect(m_settingsPage, &SettingsPage::kioskModeChanged, this, [this](bool on) {
        if (on)
            enterKiosk();
    });
    connect(m_settingsPage, &SettingsPage::kioskSettingsChanged, this,
            [this] { setKioskOptions(kioskOptionsFrom(m_settings)); });
    connect(m_kiosk, &KioskPage::tryItRequested, this, [this] { startDemoSession(); });
    connect(m_kiosk, &KioskPage::exitRequested, this, &MainWindow::leaveKiosk);
    connect(m_kiosk, &KioskPage::cueDue, m_previewPlayer, &CuePlayer::play);
    for (CuePlayer *player : { m_player, m_previewPlayer }) {
        connect(m_kiosk, &KioskPage::mutedChanged, player, [this, player](bool muted) {
            if (isKiosk())
                player->setMuted(muted || m_options.mute);
        });
        connect(m_kiosk, &KioskPage::volumeChanged, player, [this, player](double volume) {
            if (isKiosk())
                player->setVolume(volume);
        });
    }

    for (CuePlayer *player : { m_player, m_previewPlayer }) {
        connect(m_settingsPage, &SettingsPage::voiceChanged, player, &CuePlayer::setVoice);
        connect(m_settingsPage, &SettingsPage::volumeChanged, player, &CuePlayer::setVolume);
    }
    connect(m_settingsPage, &SettingsPage::voiceChanged, this, &MainWindow::showSpokenVoice);
    connect(m_settingsPage, &SettingsPage::languageChanged, this, [this](const QString &setting) {
        m_translator.apply(Language::choose({}, setting, QLocale::system()));
    });
    connect(m_preview, &PreviewPage::cueDue, m_previewPlayer, &CuePlayer::play);
    connect(m_settingsPage, &SettingsPage::tempoTickChanged, m_player, &CuePlayer::setTickEnabled);
    connect(m_settingsPage, &SettingsPage::paletteChanged, this, &ApplicationStyle::apply);
    connect(m_player, &CuePlayer::audioProblem, m_session, &SessionPage::showAudioProblem);
    connect(m_player, &CuePlayer::audioProblem, this,
            [this](const QString &message) { m_eventLog.recordAudioProblem(message); });
    connect(m_player, &CuePlayer::audioRecovered, m_session, &SessionPage::hideAudioProblem);
    connect(m_player, &CuePlayer::audioRecovered, this,
            [this] { m_eventLog.recordAudioRecovered(); });
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    // The platform's keys, and the common ones where a platform has none (Save as, Quit and
    // Redo have no standard key on some desktops).
    const auto keys = [](QKeySequence::StandardKey standard, QKeySequence common) {
        QList<QKeySequence> sequences = QKeySequence::keyBindings(standard);
        if (!common.isEmpty() && !sequences.contains(common))
            sequences.append(common);
        return sequences;
    };
    const auto add = [this](QMenu *menu, const QList<QKeySequence> &shortcuts, auto slot) {
        QAction *action = menu->addAction(QString());
        action->setShortcuts(shortcuts);
        connect(action, &QAction::triggered, this, slot);
        m_menuActions << action;
        return action;
    };
    m_newAction =
            add(m_fileMenu, keys(QKeySequence::New, Qt::CTRL | Qt::Key_N), &MainWindow::newRoutine);
    m_openAction = add(m_fileMenu, keys(QKeySequence::Open, Qt::CTRL | Qt::Key_O),
                       &MainWindow::openRoutine);
    m_saveAction = add(m_fileMenu, keys(QKeySequence::Save, Qt::CTRL | Qt::Key_S),
                       &MainWindow::saveRoutine);
    m_saveAsAction = add(m_fileMenu, keys(QKeySequence::SaveAs, Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                         &MainWindow::saveRoutineAs);
    m_fileMenu->addSeparator();
    // Not Ctrl+E: text fields take it to mean the end of the line.
    m_exportAction = add(m_fileMenu, { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E) },
                         &MainWindow::exportHandout);
    m_printAction = add(m_fileMenu, keys(QKeySequence::Print, Qt::CTRL | Qt::Key_P),
                        &MainWindow::printHandout);
    m_fileMenu->addSeparator();
    m_quitAction =
            add(m_fileMenu, keys(QKeySequence::Quit, Qt::CTRL | Qt::Key_Q), &MainWindow::close);

    m_editMenu = menuBar()->addMenu(QString());
    // Like QUndoStack's own actions, but with texts that follow the language.
    QUndoStack *stack = m_document.undoStack();
    m_undoAction = new QAction(this);
    m_undoAction->setShortcuts(keys(QKeySequence::Undo, Qt::CTRL | Qt::Key_Z));
    m_undoAction->setEnabled(stack->canUndo());
    connect(m_undoAction, &QAction::triggered, stack, &QUndoStack::undo);
    connect(stack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    m_redoAction = new QAction(this);
    m_redoAction->setShortcuts(keys(QKeySequence::Redo, Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    m_redoAction->setEnabled(stack->canRedo());
    connect(m_redoAction, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, &MainWindow::updateUndoTexts);
    connect(stack, &QUndoStack::redoTextChanged, this, &MainWindow::updateUndoTexts);
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_menuActions << m_undoAction << m_redoAction;
    m_editMenu->addSeparator();
    m_editRoutineAction = add(m_editMenu, {}, &MainWindow::showEditor);

    // The language can change on any screen, mid-session too; Settings owns the choice.
    m_languageMenu = new LanguageMenu(this);
    menuBar()->addMenu(m_languageMenu);
    QComboBox *languageChoice = m_settingsPage->languageChoice();
    m_languageMenu->showSetting(languageChoice->currentData().toString());
    connect(m_languageMenu, &LanguageMenu::languageChosen, languageChoice,
            [languageChoice](const QString &setting) {
                languageChoice->setCurrentIndex(languageChoice->findData(setting));
            });
    connect(m_settingsPage, &SettingsPage::languageChanged, m_languageMenu,
            &LanguageMenu::showSetting);
    // A setting like the others: staff only at the front desk.
    m_menuActions << m_languageMenu->actions();

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString());
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = m_helpMenu->addAction(QString());
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
    // Like every menu entry, locked at the front desk.
    m_menuActions << m_aboutAction << m_aboutQtAction;
    retranslateMenus();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::updateUndoTexts()
{
    // As QUndoStack writes them: the action, then what it undoes.
    const auto text = [](const QString &action, const QString &command) {
        return command.isEmpty() ? action : action + QLatin1Char(' ') + command;
    };
    m_undoAction->setText(text(tr("&Undo"), m_document.undoStack()->undoText()));
    m_redoAction->setText(text(tr("&Redo"), m_document.undoStack()->redoText()));
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void MainWindow::retranslate()
{
    // Dates and numbers in the widgets follow the new default locale.
    unsetLocale();
    retranslateMenus();
    m_tray->retranslate();
    updateTitle();
    if (auto *box = findChild<QMessageBox *>(QStringLiteral("historyProblem")))
        retranslateHistoryProblem(box);
}

void MainWindow::retranslateMenus()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New routine"));
    m_openAction->setText(tr("&Open routine…"));
    m_saveAction->setText(tr("&Save"));
    m_saveAsAction->setText(tr("Save &as…"));
    m_exportAction->setText(tr("&Export handout…"));
    m_printAction->setText(tr("&Print handout…"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    updateUndoTexts();
    m_editRoutineAction->setText(tr("&Edit the routine"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About GluteGuide"));
    m_aboutQtAction->setText(tr("About &Qt"));
}

void MainWindow::onDocumentChanged()
{
    m_home->showDocument(m_document);
    updateTitle();
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — GluteGuide").arg(m_document.displayName()));
    setWindowModified(m_document.isModified());
}

bool MainWindow::openEventLog(QString *error)
{
    return m_options.eventLogPath.isEmpty() || m_eventLog.open(m_options.eventLogPath, error);
}

void MainWindow::showHome()
{
    m_navigation->showRestingScreen();
}

void MainWindow::showScreen(const QString &name)
{
    const std::optional<Screen> screen = screenFromKey(name);
    if (!screen)
        return;
    if (*screen == Screen::Kiosk)
        enterKiosk(false);
    else if (*screen == Screen::Preview)
        showPreview();
    else if (*screen == Screen::Progress)
        showProgress();
    else
        m_navigation->show(*screen);
}

void MainWindow::showPreview()
{
    if (m_navigation->show(Screen::Preview))
        m_preview->restart();
}

void MainWindow::showEditor()
{
    m_navigation->show(Screen::Editor);
}

bool MainWindow::maybeSaveChanges()
{
    if (!m_document.isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("Save the changes to %1 first?").arg(m_document.displayName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return saveRoutine();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void MainWindow::newRoutine()
{
    if (maybeSaveChanges())
        m_document.newRoutine();
}

void MainWindow::openRoutine()
{
    if (!maybeSaveChanges())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a routine"),
                                                      QFileInfo(m_document.filePath()).path(),
                                                      RoutineDocument::fileDialogFilter());
    if (!path.isEmpty())
        openRoutineFile(path);
}

bool MainWindow::openRoutineFile(const QString &path)
{
    const RoutineReadResult read = m_document.open(path);
    if (!read.ok()) {
        QStringList lines;
        for (const RoutineError &error : read.errors)
            lines << error.toString();
        QMessageBox::warning(this, tr("The routine could not be opened"),
                             tr("%1 was not opened; the routine you had stays as it was.\n\n%2")
                                     .arg(QDir::toNativeSeparators(path), lines.join('\n')));
        return false;
    }
    m_settings.setLastRoutine(m_document.filePath());
    showHome();
    return true;
}

bool MainWindow::saveRoutine()
{
    if (m_document.filePath().isEmpty())
        return saveRoutineAs();
    return saveRoutineTo(m_document.filePath());
}

bool MainWindow::saveRoutineAs()
{
    const QString suggested = m_document.filePath().isEmpty()
            ? QDir(documentsFolder())
                      .filePath(m_document.displayName() + QLatin1Char('.')
                                + RoutineDocument::fileExtension())
            : m_document.filePath();
    QString path = QFileDialog::getSaveFileName(this, tr("Save the routine"), suggested,
                                                RoutineDocument::fileDialogFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + RoutineDocument::fileExtension();
    return saveRoutineTo(path);
}

bool MainWindow::saveRoutineTo(const QString &path)
{
    QString error;
    if (!m_document.saveAs(path, &error)) {
        QMessageBox::warning(this, tr("The routine was not saved"),
                             QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    m_settings.setLastRoutine(m_document.filePath());
    return true;
}

void MainWindow::exportHandout()
{
    const QString base = m_document.filePath().isEmpty()
            ? QDir(documentsFolder()).filePath(m_document.displayName())
            : QFileInfo(m_document.filePath())
                      .absoluteDir()
                      .filePath(QFileInfo(m_document.filePath()).completeBaseName());
    QString path = QFileDialog::getSaveFileName(this, tr("Export the handout"),
                                                base + QStringLiteral(".pdf"),
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    exportHandoutTo(path);
}

bool MainWindow::exportHandoutTo(const QString &path)
{
    if (!m_document.isValid()) {
        QMessageBox::warning(this, tr("No handout yet"),
                             tr("Correct what is marked in the editor first."));
        return false;
    }
    // Letter paper where it is the custom, A4 elsewhere.
    const QPageSize::PageSizeId paper = QLocale().measurementSystem() == QLocale::ImperialUSSystem
            ? QPageSize::Letter
            : QPageSize::A4;
    QString error;
    if (!Handout::writePdf(path, m_document.plan(), { paper, QDate::currentDate() }, &error)) {
        QMessageBox::warning(this, tr("The handout was not saved"),
                             QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    return true;
}

void MainWindow::printHandout()
{
    if (!m_document.isValid()) {
        QMessageBox::warning(this, tr("No handout yet"),
                             tr("Correct what is marked in the editor first."));
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_document.displayName());
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the handout"));
    if (dialog.exec() == QDialog::Accepted)
        Handout::paint(printer, m_document.plan(),
                       { printer.pageLayout().pageSize().id(), QDate::currentDate() });
}

void MainWindow::startSession(std::unique_ptr<MonotonicClock> clock)
{
    m_demoSession = false;
    showNewSession(m_document.plan(), m_document.cues(), std::move(clock));
    beginSession();
}

void MainWindow::startDemoSession(std::unique_ptr<MonotonicClock> clock)
{
    if (!m_document.isValid())
        return;
    const Plan plan = buildPlan(KioskRoutines::demo(m_document.routine(), m_kioskOptions.demoReps));
    m_demoSession = true;
    showNewSession(plan, scheduleCues(plan, m_document.cueLengths()), std::move(clock));
    beginSession();
}

void MainWindow::showNewSession(const Plan &plan, const CueSchedule &cues,
                                std::unique_ptr<MonotonicClock> clock)
{
    m_clock = clock ? std::move(clock) : std::make_unique<SteadyClock>(m_options.speed);
    // The session runs a copy: editing the routine meanwhile changes the next session, not this.
    m_recorder.reset();
    m_driver = std::make_unique<SessionDriver>(Session(plan, cues), *m_clock);
    // Kiosk demos are nobody's sessions: they are not recorded.
    if (!m_demoSession && m_options.recordSessions)
        m_recorder = std::make_unique<SessionRecorder>(*m_history, *m_driver,
                                                       QString::fromStdString(plan.routine.name));
    connect(m_driver.get(), &SessionDriver::eventOccurred, this, &MainWindow::onSessionEvent);
    m_session->attach(m_driver.get());
    m_navigation->show(Screen::Session);
}

void MainWindow::beginSession()
{
    m_eventLog.sessionStarted();
    m_startedAt = m_clock->now();
    m_driver->apply(Command::Start);
}

void MainWindow::startSessionWhenSoundIsReady()
{
    if (m_startPending || !m_document.isValid())
        return;
    // The session screen shows at once; its clock starts when the voice can keep time.
    m_demoSession = false;
    showNewSession(m_document.plan(), m_document.cues());
    m_player->prepare();
    if (m_player->isReady()) {
        beginSession();
        return;
    }
    m_startPending = true;
    const auto startOnce = [this] {
        if (std::exchange(m_startPending, false))
            beginSession();
    };
    connect(m_player, &CuePlayer::ready, this, startOnce, Qt::SingleShotConnection);
    QTimer::singleShot(soundStartLimit, this, startOnce);
}

void MainWindow::onSessionEvent(const SessionEvent &event)
{
    m_eventLog.record(event);
    m_idle->noteActivity(); // someone is following the session, hands off the keyboard
    switch (event.kind) {
    case EventKind::Cue:
        m_session->showCue(*event.cue);
        m_player->play(*event.cue, CueTexts::text(*event.cue));
        break;
    case EventKind::PhaseStarted:
        m_player->playTick();
        break;
    case EventKind::StateChanged:
        if (event.to == SessionState::Complete || event.to == SessionState::Stopped)
            showSummary();
        break;
    default:
        break;
    }
}

void MainWindow::showSummary()
{
    const Session &session = m_driver->session();
    m_summary->showResults(session.plan(), session.results(), session.stopReason(),
                           m_clock->now() - m_startedAt);
    m_navigation->show(Screen::Summary);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Alt+F4, the window's close button and Quit all come here.
    if (m_navigation->policy().quittingNeedsPin() && !staffConfirms()) {
        event->ignore();
        return;
    }
    // Closing mid-session ends it as stopped, so the history says so (not "interrupted").
    if (m_driver && m_driver->session().accepts(Command::Stop))
        m_driver->apply(Command::Stop);
    // With a daily reminder on, closing the window keeps the app in the tray to remind.
    if (!m_quitting && !isKiosk() && m_settings.reminderEnabled() && m_tray->isVisible()) {
        m_settings.setWindowGeometry(saveGeometry());
        hide();
        event->ignore();
        return;
    }
    if (!maybeSaveChanges()) {
        event->ignore();
        return;
    }
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

bool MainWindow::isKiosk() const
{
    return m_navigation->policy().isKioskLocked();
}

bool MainWindow::isSessionShowing() const
{
    return m_driver && m_navigation->current() == Screen::Session;
}

void MainWindow::openHandedOverFile(const QString &path)
{
    if (path.isEmpty() || isKiosk())
        return;
    if (isSessionShowing()) {
        auto *box = new QMessageBox(QMessageBox::Information, tr("A session is running"),
                                    tr("%1 was not opened, so that the session goes on. Open it "
                                       "from the File menu when the session is over.")
                                            .arg(QDir::toNativeSeparators(path)),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("handedOverDuringSession"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open(); // not modal to the session: it keeps running under the message
        return;
    }
    if (maybeSaveChanges())
        openRoutineFile(path);
}

void MainWindow::bringToFront()
{
    if (isHidden() || isMinimized())
        showNormal();
    raise();
    activateWindow();
}

void MainWindow::setKioskOptions(const KioskOptions &options)
{
    m_kioskOptions = options;
    m_kiosk->setClinic(options.clinicName, options.logoPath);
    m_idle->setLimit(options.idleLimit);
}

void MainWindow::enterKiosk(bool fullScreen)
{
    m_navigation->setKioskLocked(true);
    if (fullScreen)
        showFullScreen();
    m_kiosk->setMuted(m_kioskOptions.muted);
    m_navigation->show(Screen::Kiosk);
    m_idle->start();
}

bool MainWindow::leaveKiosk()
{
    if (!isKiosk() || !staffConfirms())
        return false;
    // Staff took the front desk out of kiosk mode: it stays out until they turn it on again.
    m_settings.setKioskMode(false);
    m_idle->stop();
    if (m_driver && m_navigation->current() == Screen::Session)
        m_driver->apply(Command::Stop);
    m_navigation->setKioskLocked(false);
    m_navigation->show(Screen::Home);
    return true;
}

void MainWindow::applyKioskLock(bool locked)
{
    // Passers-by get no menus: no opening, saving, editing or quitting without the PIN.
    menuBar()->setVisible(!locked);
    for (QAction *action : std::as_const(m_menuActions))
        action->setEnabled(!locked);
    if (!locked) {
        // These two follow the undo stack, which did not change meanwhile.
        m_undoAction->setEnabled(m_document.undoStack()->canUndo());
        m_redoAction->setEnabled(m_document.undoStack()->canRedo());
    }
    for (CuePlayer *player : { m_player, m_previewPlayer }) {
        player->setMuted(m_options.mute || (locked && m_kiosk->isMuted()));
        player->setVolume(m_settings.volume());
    }
    if (!locked && isFullScreen())
        showNormal();
}

void MainWindow::onIdle()
{
    if (!isKiosk() || m_navigation->current() == Screen::Kiosk)
        return;
    // A demo left paused or finished: back to the loop, and its session ends unrecorded.
    if (m_driver && m_navigation->current() == Screen::Session)
        m_driver->apply(Command::Stop);
    m_navigation->show(Screen::Kiosk);
}

bool MainWindow::staffConfirms()
{
    if (m_staffCheck)
        return m_staffCheck();
    const QString stored = m_settings.staffPinHash();
    if (!StaffPin::isWellFormed(stored))
        return true; // no PIN was ever set (a screenshot's kiosk): nothing to guard
    PinDialog dialog(stored, PinAttempts::forThisRun(), this);
    return dialog.exec() == QDialog::Accepted;
}

void MainWindow::openHistory()
{
    m_history = m_options.historyPath.isEmpty()
            ? std::make_unique<HistoryDatabase>()
            : std::make_unique<HistoryDatabase>(m_options.historyPath);
    connect(m_history.get(), &HistoryDatabase::problem, this, &MainWindow::showHistoryProblem);
    const HistoryDatabase::OpenStatus status = m_history->open();
    if (status == HistoryDatabase::OpenStatus::Replaced
        || status == HistoryDatabase::OpenStatus::ReadOnly
        || status == HistoryDatabase::OpenStatus::Failed)
        QTimer::singleShot(0, this, [this] { showHistoryProblem(m_history->lastMessage()); });
}

void MainWindow::showHistoryProblem(const QString &message)
{
    if (message.isEmpty())
        return;
    m_eventLog.recordHistoryProblem(message);
    // Not modal: a session in progress goes on; the records are kept in memory meanwhile.
    auto *box = findChild<QMessageBox *>(QStringLiteral("historyProblem"));
    if (!box) {
        box = new QMessageBox(QMessageBox::Warning, QString(), QString(), QMessageBox::Close, this);
        box->setObjectName(QStringLiteral("historyProblem"));
        box->setModal(false);
        QPushButton *csv = box->addButton(QString(), QMessageBox::ActionRole);
        csv->setObjectName(QStringLiteral("exportCsv"));
        connect(csv, &QPushButton::clicked, this, &MainWindow::exportHistory);
        retranslateHistoryProblem(box);
    }
    box->setText(message);
    box->show();
}

void MainWindow::retranslateHistoryProblem(QMessageBox *box)
{
    // The message itself stays in the language it was first given in.
    box->setWindowTitle(tr("Progress history"));
    if (auto *csv = box->findChild<QPushButton *>(QStringLiteral("exportCsv")))
        csv->setText(tr("Export as CSV…"));
    box->setInformativeText(tr("Sessions not yet saved are kept while GluteGuide runs; export "
                               "them as a CSV file to keep a copy."));
}

void MainWindow::exportHistory()
{
    QString path = QFileDialog::getSaveFileName(
            this, tr("Export the history"),
            QDir(documentsFolder()).filePath(QStringLiteral("gluteguide-history.csv")),
            tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    std::vector<SessionRecord> sessions = m_history->sessions();
    for (const SessionRecord &unsaved : m_history->unsavedSessions())
        sessions.push_back(unsaved);
    QString error;
    if (!HistoryCsv::write(path, sessions, &error))
        QMessageBox::warning(this, tr("The history was not exported"),
                             QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), error));
}

void MainWindow::showProgress()
{
    if (!m_navigation->show(Screen::Progress))
        return;
    m_history->flushPending();
    m_progress->showHistory(m_history->sessions(), QDate::currentDate(), m_document.routine());
}

void MainWindow::buildReminder()
{
    m_reminder = new DailyReminder(this);
    m_tray = new ReminderTray(this);
    const auto apply = [this] {
        m_reminder->applySettings(m_settings);
        if (m_settings.reminderEnabled())
            m_tray->show();
        else
            m_tray->hide();
    };
    // The autostart entry follows the setting; while on, it is rewritten at start so that it
    // names this program even after it moved.
    connect(m_settingsPage, &SettingsPage::reminderChanged, this, [this, apply] {
        ReminderAutostart::apply(m_settings.reminderEnabled());
        apply();
    });
    if (m_settings.reminderEnabled())
        ReminderAutostart::apply(true);
    connect(m_reminder, &DailyReminder::nextDueChanged, m_tray, &ReminderTray::setNextReminder);
    connect(m_reminder, &DailyReminder::due, this, &MainWindow::onReminderDue);
    connect(m_tray, &ReminderTray::openRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    connect(m_tray, &ReminderTray::startSessionRequested, this, [this] {
        showNormal();
        activateWindow();
        if (m_navigation->current() != Screen::Session)
            startSessionWhenSoundIsReady();
    });
    connect(m_tray, &ReminderTray::quitRequested, this, [this] {
        m_quitting = true;
        if (!close())
            m_quitting = false;
    });
    apply();
}

void MainWindow::onReminderDue()
{
    if (m_tray->remind())
        return;
    // No tray to show it: the window says it itself.
    showNormal();
    raise();
    auto *box = new QMessageBox(QMessageBox::Information, tr("GluteGuide"),
                                tr("Time for today's hip exercises."), QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}

void MainWindow::speakLanguage(const QString &language)
{
    const std::optional<VoiceClipManifest> clips = VoiceClipManifest::load(language);
    for (CuePlayer *player : { m_player, m_previewPlayer })
        player->setLanguage(language, clips);
    // Cues are placed with the real lengths of the clips, so they never run into each other.
    // A session under way keeps the schedule it started with; the next one uses these.
    m_document.setCueLengths(clips ? clips->lengths() : CueLengths(estimatedCueLength));
    showSpokenVoice();
}

void MainWindow::showSpokenVoice()
{
    m_settingsPage->showSpokenVoice(m_translator.language(), m_player->spokenVoice());
}
