#pragma once

#include "app/audio/CuePlayer.h"
#include "app/document/RoutineDocument.h"
#include "app/session/EventLog.h"
#include "app/session/MonotonicClock.h"
#include "app/navigation/Screen.h"
#include "app/session/SessionDriver.h"

#include <QMainWindow>
#include <QSize>

#include <functional>
#include <memory>

class AppSettings;
class AppTranslator;
class DailyReminder;
class HistoryDatabase;
class ReminderTray;
class SessionRecorder;
class EditorPage;
class HomePage;
class IdleWatch;
class KioskPage;
class LanguageMenu;
class Navigation;
class PreviewPage;
class ProgressPage;
class QAction;
class QMenu;
class QMessageBox;
class QStackedWidget;
class SessionPage;
class SettingsPage;
class SummaryPage;

struct WindowOptions
{
    bool mute = false;
    double speed = 1.0;
    QString eventLogPath;
    QString historyPath; // empty: the per-user data folder's
    bool recordSessions = true;
};

// The front desk's choices (Settings, staff only).
struct KioskOptions
{
    QString clinicName;
    QString logoPath;
    int demoReps = 5;
    gluteguide::Millis idleLimit{ 60000 };
    bool muted = true;
};

// The app's one window: the pages, the routine document they all show, and the session driver,
// cue player and event log wired between them. File and Edit menus act on the document. It
// follows the translator's language as it changes: every text, and the voice.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(AppSettings &settings, AppTranslator &translator, WindowOptions options,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    RoutineDocument &document() { return m_document; }
    AppTranslator &translator() { return m_translator; }

    // Starts a session on the given clock (a real one, scaled by --speed, when none is given).
    void startSession(std::unique_ptr<MonotonicClock> clock = nullptr);
    // Starts a real-time session once the sound output runs steadily (a fraction of a second,
    // at most a few), so the first instruction is heard on time and not only read.
    void startSessionWhenSoundIsReady();
    bool openEventLog(QString *error);

    // What the File menu does once it knows the file: true when done, false with a message
    // shown when it could not be (a bad file changes nothing).
    bool openRoutineFile(const QString &path);
    bool saveRoutineTo(const QString &path);
    bool exportHandoutTo(const QString &path);
    // Asks whether to save unsaved changes first; false when the user cancels.
    bool maybeSaveChanges();

    SessionDriver *driver() const { return m_driver.get(); }
    HistoryDatabase &history() { return *m_history; }
    DailyReminder *reminder() const { return m_reminder; }
    EventLog &eventLog() { return m_eventLog; }
    CuePlayer *player() const { return m_player; }
    QStackedWidget *pages() const { return m_pages; }
    HomePage *homePage() const { return m_home; }
    SessionPage *sessionPage() const { return m_session; }
    SummaryPage *summaryPage() const { return m_summary; }
    PreviewPage *previewPage() const { return m_preview; }
    EditorPage *editorPage() const { return m_editor; }
    ProgressPage *progressPage() const { return m_progress; }
    SettingsPage *settingsPage() const { return m_settingsPage; }
    LanguageMenu *languageMenu() const { return m_languageMenu; }

    KioskPage *kioskPage() const { return m_kiosk; }
    Navigation *navigation() const { return m_navigation; }
    IdleWatch *idleWatch() const { return m_idle; }

    // Shows a screen by the name --screenshot --page uses ("home", "editor", "kiosk", ...).
    void showScreen(const QString &name);

    // The front desk: full screen, the attract loop, locked for passers-by. Leaving asks staff
    // for the PIN; false when it was not given.
    void enterKiosk(bool fullScreen = true);
    bool leaveKiosk();
    bool isKiosk() const;
    void setKioskOptions(const KioskOptions &options);
    // "Try it": the short demo session, recorded nowhere.
    void startDemoSession(std::unique_ptr<MonotonicClock> clock = nullptr);
    // Asks for the staff PIN; true when it was given. Tests replace the question.
    using StaffCheck = std::function<bool()>;
    void setStaffCheck(StaffCheck check) { m_staffCheck = std::move(check); }

    // The window's size the first time it opens (a laptop's), smaller where the screen is.
    static QSize defaultSize() { return { 1280, 760 }; }

    // Whether a session (or the kiosk's demo) is on screen.
    bool isSessionShowing() const;
    // A routine file handed over by the desktop (macOS's file-open event) or by a second start
    // of the app: opened as File → Open would, except at the front desk, where it is ignored,
    // and during a session, which it must not end: then the person is told to open it later.
    void openHandedOverFile(const QString &path);
    // Shows the window in front of the others, restored if it was minimised or hidden.
    void bringToFront();

public slots:
    void showHome();
    void showPreview();
    void showEditor();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildPages();
    void buildMenus();
    void retranslate();
    void retranslateMenus();
    void retranslateHistoryProblem(QMessageBox *box);
    void updateUndoTexts();
    // The voice and the cues' timing for the language shown.
    void speakLanguage(const QString &language);
    void showSpokenVoice();
    void newRoutine();
    void openRoutine();
    bool saveRoutine();
    bool saveRoutineAs();
    void exportHandout();
    void printHandout();
    void showAbout();
    void onDocumentChanged();
    void updateTitle();
    // A new session on the session screen, not yet started; beginSession() starts its clock.
    void showNewSession(const gluteguide::Plan &plan, const gluteguide::CueSchedule &cues,
                        std::unique_ptr<MonotonicClock> clock = nullptr);
    void onIdle();
    void openHistory();
    void showHistoryProblem(const QString &message);
    void exportHistory();
    void showProgress();
    void buildReminder();
    void onReminderDue();
    bool staffConfirms();
    void applyKioskLock(bool locked);
    void beginSession();
    void onSessionEvent(const gluteguide::SessionEvent &event);
    void showSummary();

    RoutineDocument m_document;
    AppSettings &m_settings;
    AppTranslator &m_translator;
    WindowOptions m_options;
    CuePlayer *m_player = nullptr;
    CuePlayer *m_previewPlayer = nullptr; // the preview's voice, apart from the session's log
    EventLog m_eventLog;
    std::unique_ptr<MonotonicClock> m_clock;
    std::unique_ptr<SessionDriver> m_driver;
    std::unique_ptr<HistoryDatabase> m_history;
    std::unique_ptr<SessionRecorder> m_recorder; // none for a kiosk demo
    DailyReminder *m_reminder = nullptr;
    ReminderTray *m_tray = nullptr;
    bool m_quitting = false; // the tray's Quit: close for real, not to the tray
    gluteguide::Millis m_startedAt{ 0 };
    bool m_startPending = false;
    bool m_demoSession = false; // a kiosk "Try it": never recorded
    KioskOptions m_kioskOptions;
    // The front desk's time: its loop and its idle limit, scaled by --speed like a session's.
    SteadyClock m_kioskClock;
    StaffCheck m_staffCheck;
    QList<QAction *> m_menuActions; // staff only at the front desk
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    LanguageMenu *m_languageMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_editRoutineAction = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;

    QStackedWidget *m_pages = nullptr;
    Navigation *m_navigation = nullptr;
    IdleWatch *m_idle = nullptr;
    KioskPage *m_kiosk = nullptr;
    HomePage *m_home = nullptr;
    SessionPage *m_session = nullptr;
    SummaryPage *m_summary = nullptr;
    PreviewPage *m_preview = nullptr;
    EditorPage *m_editor = nullptr;
    ProgressPage *m_progress = nullptr;
    SettingsPage *m_settingsPage = nullptr;
};
