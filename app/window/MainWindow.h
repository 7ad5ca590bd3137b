#pragma once

#include "app/audio/CuePlayer.h"
#include "app/session/EventLog.h"
#include "app/session/MonotonicClock.h"
#include "app/session/SessionDriver.h"
#include "core/cues/CueSchedule.h"
#include "core/plan/Plan.h"

#include <QMainWindow>

#include <memory>

class AppSettings;
class HomePage;
class PreviewPage;
class ProgressPage;
class QStackedWidget;
class SessionPage;
class SettingsPage;
class SummaryPage;

struct WindowOptions
{
    bool mute = false;
    double speed = 1.0;
    QString eventLogPath;
};

// The app's one window: home, session, summary, preview, progress and settings pages, with the
// session driver, cue player and event log wired between them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(gluteguide::Routine routine, AppSettings &settings, WindowOptions options,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts a session on the given clock (a real one, scaled by --speed, when none is given).
    void startSession(std::unique_ptr<MonotonicClock> clock = nullptr);
    // Starts a real-time session once the sound output runs steadily (a fraction of a second,
    // at most a few), so the first instruction is heard on time and not only read.
    void startSessionWhenSoundIsReady();
    bool openEventLog(QString *error);

    SessionDriver *driver() const { return m_driver.get(); }
    EventLog &eventLog() { return m_eventLog; }
    CuePlayer *player() const { return m_player; }
    const gluteguide::Plan &plan() const { return m_plan; }
    QStackedWidget *pages() const { return m_pages; }
    HomePage *homePage() const { return m_home; }
    SessionPage *sessionPage() const { return m_session; }
    SummaryPage *summaryPage() const { return m_summary; }
    PreviewPage *previewPage() const { return m_preview; }
    ProgressPage *progressPage() const { return m_progress; }
    SettingsPage *settingsPage() const { return m_settingsPage; }

public slots:
    void showHome();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPages();
    // A new session on the session screen, not yet started; beginSession() starts its clock.
    void showNewSession(std::unique_ptr<MonotonicClock> clock = nullptr);
    void beginSession();
    void onSessionEvent(const gluteguide::SessionEvent &event);
    void showSummary();

    gluteguide::Plan m_plan;
    gluteguide::CueSchedule m_cues;
    AppSettings &m_settings;
    WindowOptions m_options;
    CuePlayer *m_player = nullptr;
    EventLog m_eventLog;
    std::unique_ptr<MonotonicClock> m_clock;
    std::unique_ptr<SessionDriver> m_driver;
    gluteguide::Millis m_startedAt{ 0 };
    bool m_startPending = false;

    QStackedWidget *m_pages = nullptr;
    HomePage *m_home = nullptr;
    SessionPage *m_session = nullptr;
    SummaryPage *m_summary = nullptr;
    PreviewPage *m_preview = nullptr;
    ProgressPage *m_progress = nullptr;
    SettingsPage *m_settingsPage = nullptr;
};
