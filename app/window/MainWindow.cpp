#include "app/window/MainWindow.h"

#include "app/window/ApplicationStyle.h"
#include "app/audio/VoiceClipManifest.h"
#include "app/cues/CueTexts.h"
#include "app/pages/HomePage.h"
#include "app/pages/PreviewPage.h"
#include "app/pages/ProgressPage.h"
#include "app/pages/SessionPage.h"
#include "app/pages/SettingsPage.h"
#include "app/pages/SummaryPage.h"
#include "app/storage/AppSettings.h"
#include "core/progress/BuildUp.h"

#include <QCloseEvent>
#include <QStackedWidget>
#include <QTimer>

#include <utility>

using namespace gluteguide;

namespace {
// A sound output that has not started by then must not hold the session back.
constexpr std::chrono::milliseconds soundStartLimit{ 3000 };
} // namespace

MainWindow::MainWindow(Routine routine, AppSettings &settings, WindowOptions options,
                       QWidget *parent)
    : QMainWindow(parent),
      m_plan(buildPlan(routine)),
      m_settings(settings),
      m_options(std::move(options))
{
    setWindowTitle(tr("GluteGuide"));
    setMinimumSize(960, 600);

    m_player = new CuePlayer(this);
    CueLengths lengths = estimatedCueLength;
    if (const auto manifest = VoiceClipManifest::load(QStringLiteral("en"))) {
        m_player->setClips(*manifest);
        lengths = manifest->lengths();
    }
    // Cues are placed with the real lengths of the clips, so they never run into each other.
    m_cues = scheduleCues(m_plan, lengths);
    m_player->setVoice(settings.voice());
    m_player->setVolume(settings.volume());
    m_player->setTickEnabled(settings.tempoTick());
    m_player->setMuted(m_options.mute);
    connect(m_player, &CuePlayer::cuePlayed, this,
            [this](const PlayedCue &played) { m_eventLog.recordCue(played); });

    buildPages();
    if (!restoreGeometry(settings.windowGeometry()))
        resize(1280, 760);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPages()
{
    m_pages = new QStackedWidget(this);
    m_home = new HomePage(m_pages);
    m_session = new SessionPage(m_pages);
    m_summary = new SummaryPage(m_pages);
    m_preview = new PreviewPage(m_pages);
    m_progress = new ProgressPage(m_pages);
    m_settingsPage = new SettingsPage(m_settings, m_pages);
    for (QWidget *page :
         { static_cast<QWidget *>(m_home), static_cast<QWidget *>(m_session),
           static_cast<QWidget *>(m_summary), static_cast<QWidget *>(m_preview),
           static_cast<QWidget *>(m_progress), static_cast<QWidget *>(m_settingsPage) })
        m_pages->addWidget(page);
    setCentralWidget(m_pages);

    m_home->showPlan(m_plan);
    m_preview->showRoutine(m_plan.routine);

    connect(m_home, &HomePage::startRequested, this, &MainWindow::startSessionWhenSoundIsReady);
    connect(m_home, &HomePage::previewRequested, this, [this] {
        m_pages->setCurrentWidget(m_preview);
        m_preview->restart();
    });
    connect(m_home, &HomePage::progressRequested, this,
            [this] { m_pages->setCurrentWidget(m_progress); });
    connect(m_home, &HomePage::settingsRequested, this,
            [this] { m_pages->setCurrentWidget(m_settingsPage); });
    connect(m_summary, &SummaryPage::homeRequested, this, &MainWindow::showHome);
    connect(m_preview, &PreviewPage::homeRequested, this, &MainWindow::showHome);
    connect(m_progress, &ProgressPage::homeRequested, this, &MainWindow::showHome);
    connect(m_settingsPage, &SettingsPage::homeRequested, this, &MainWindow::showHome);

    connect(m_settingsPage, &SettingsPage::voiceChanged, m_player, &CuePlayer::setVoice);
    connect(m_settingsPage, &SettingsPage::volumeChanged, m_player, &CuePlayer::setVolume);
    connect(m_settingsPage, &SettingsPage::tempoTickChanged, m_player, &CuePlayer::setTickEnabled);
    connect(m_settingsPage, &SettingsPage::paletteChanged, this, &ApplicationStyle::apply);
    connect(m_player, &CuePlayer::audioProblem, m_session, &SessionPage::showAudioProblem);
    connect(m_player, &CuePlayer::audioProblem, this,
            [this](const QString &message) { m_eventLog.recordAudioProblem(message); });
    connect(m_player, &CuePlayer::audioRecovered, m_session, &SessionPage::hideAudioProblem);
    connect(m_player, &CuePlayer::audioRecovered, this,
            [this] { m_eventLog.recordAudioRecovered(); });
}

bool MainWindow::openEventLog(QString *error)
{
    return m_options.eventLogPath.isEmpty() || m_eventLog.open(m_options.eventLogPath, error);
}

void MainWindow::showHome()
{
    m_pages->setCurrentWidget(m_home);
}

void MainWindow::startSession(std::unique_ptr<MonotonicClock> clock)
{
    showNewSession(std::move(clock));
    beginSession();
}

void MainWindow::showNewSession(std::unique_ptr<MonotonicClock> clock)
{
    m_clock = clock ? std::move(clock) : std::make_unique<SteadyClock>(m_options.speed);
    m_driver = std::make_unique<SessionDriver>(Session(m_plan, m_cues), *m_clock);
    connect(m_driver.get(), &SessionDriver::eventOccurred, this, &MainWindow::onSessionEvent);
    m_session->attach(m_driver.get());
    m_pages->setCurrentWidget(m_session);
}

void MainWindow::beginSession()
{
    m_eventLog.sessionStarted();
    m_startedAt = m_clock->now();
    m_driver->apply(Command::Start);
}

void MainWindow::startSessionWhenSoundIsReady()
{
    if (m_startPending)
        return;
    // The session screen shows at once; its clock starts when the voice can keep time.
    showNewSession();
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
    switch (event.kind) {
    case EventKind::Cue: {
        const QString text = CueTexts::text(*event.cue);
        m_session->showCaption(text);
        m_player->play(*event.cue, text);
        break;
    }
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
    m_summary->showResults(m_plan, session.results(), session.stopReason(),
                           m_clock->now() - m_startedAt);
    m_progress->showTargets(
            suggestTargets(m_plan.routine, session.results(), session.stopReason()));
    m_pages->setCurrentWidget(m_summary);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}
