// Control from the floor (issue 11): however the session screen is reached, its keys work with
// no click first, and a presentation clicker or media keys act as a remote that can pause,
// resume and say "that's all I can do", but never stop.

#include "WindowFixture.h"

#include "app/pages/HomePage.h"
#include "app/pages/KioskPage.h"
#include "app/pages/SessionPage.h"
#include "app/pages/SummaryPage.h"
#include "app/window/Navigation.h"

#include <QPushButton>
#include <QStackedWidget>
#include <QTest>

using namespace gluteguide;

namespace {

class FloorControlTest : public WindowFixture
{
protected:
    void SetUp() override
    {
        WindowFixture::SetUp();
        m_window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }

    // A key as the system delivers it: to whatever has the keyboard focus now.
    void press(Qt::Key key)
    {
        QWidget *focus = QApplication::focusWidget();
        ASSERT_NE(focus, nullptr) << "nothing has the keyboard";
        // With the key's own text, so keys with no character (media keys) go through too.
        const QString text = key < 0x80 ? QString(QChar(key)).toLower() : QString();
        QTest::sendKeyEvent(QTest::Press, focus, key, text, Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, focus, key, text, Qt::NoModifier);
        QApplication::processEvents();
    }

    // The session on screen has its keys: Space pauses and, again, resumes.
    void expectSpaceWorks()
    {
        runFor(Millis{ 500 });
        ASSERT_EQ(m_window->pages()->currentWidget(), m_window->sessionPage());
        press(Qt::Key_Space);
        EXPECT_EQ(session().state(), SessionState::Paused);
        press(Qt::Key_Space);
        EXPECT_NE(session().state(), SessionState::Paused);
    }

    void startWithManualClock(const std::function<void(std::unique_ptr<MonotonicClock>)> &start)
    {
        auto clock = std::make_unique<ManualClock>();
        m_clock = clock.get();
        start(std::move(clock));
        QApplication::processEvents();
    }
};

} // namespace

TEST_F(FloorControlTest, SpaceWorksAtOnceAfterStartingFromTheCommandLine)
{
    // --start: the window has just been shown and nothing in it was clicked.
    startWithManualClock([this](auto clock) { m_window->startSession(std::move(clock)); });
    expectSpaceWorks();
}

TEST_F(FloorControlTest, SpaceWorksAtOnceAfterStartingFromHomeWithTheKeyboard)
{
    ASSERT_EQ(QApplication::focusWidget(), m_window->homePage()->startButton());
    // Home's Start button has the keyboard: Enter starts, as a click would.
    bool started = false;
    QObject::connect(m_window->homePage(), &HomePage::startRequested, m_window.get(), [&] {
        started = true;
        startWithManualClock([this](auto clock) { m_window->startSession(std::move(clock)); });
    });
    QObject::disconnect(m_window->homePage(), &HomePage::startRequested, m_window.get(),
                        &MainWindow::startSessionWhenSoundIsReady);
    press(Qt::Key_Space);
    ASSERT_TRUE(started);
    expectSpaceWorks();
}

TEST_F(FloorControlTest, SpaceWorksAtOnceInTheKioskDemo)
{
    m_window->setStaffCheck([] { return true; });
    m_window->enterKiosk(false);
    QApplication::processEvents();
    startWithManualClock([this](auto clock) { m_window->startDemoSession(std::move(clock)); });
    expectSpaceWorks();
}

TEST_F(FloorControlTest, SummaryTakesTheKeyboardWhenASessionEnds)
{
    startSession();
    runFor(Millis{ 1000 });
    press(Qt::Key_P); // pain stop: the summary follows
    ASSERT_EQ(m_window->pages()->currentWidget(), m_window->summaryPage());
    press(Qt::Key_Return);
    EXPECT_EQ(m_window->pages()->currentWidget(), m_window->homePage());
    EXPECT_EQ(QApplication::focusWidget(), m_window->homePage()->startButton());
}

TEST_F(FloorControlTest, ClickerAndMediaKeysPauseAndResume)
{
    startSession();
    runFor(Millis{ 1000 });
    for (Qt::Key key : { Qt::Key_B, Qt::Key_Period, Qt::Key_MediaTogglePlayPause, Qt::Key_MediaPlay,
                         Qt::Key_MediaPause }) {
        press(key);
        EXPECT_EQ(session().state(), SessionState::Paused) << "key " << int(key);
        press(key);
        EXPECT_NE(session().state(), SessionState::Paused) << "key " << int(key);
    }
}

TEST_F(FloorControlTest, ClickerNextSaysThatsAllICanDo)
{
    startSession();
    const Plan &plan = session().plan();
    const auto firstRep = std::find_if(plan.steps.begin(), plan.steps.end(),
                                       [](const PlanStep &s) { return s.kind == StepKind::Rep; });
    runUntil(firstRep->start + Millis{ 100 });
    press(Qt::Key_PageDown);
    ASSERT_FALSE(session().results().empty());
    EXPECT_TRUE(session().results().front().thatsAll);
    press(Qt::Key_MediaNext); // now in the rest: nothing to end, nothing stops
    EXPECT_NE(session().state(), SessionState::Stopped);
}

TEST_F(FloorControlTest, NothingOnARemoteStopsTheSession)
{
    startSession();
    runFor(Millis{ 1000 });
    for (Qt::Key key : { Qt::Key_MediaStop, Qt::Key_PageUp, Qt::Key_MediaPrevious, Qt::Key_F5,
                         Qt::Key_Down, Qt::Key_Up }) {
        press(key);
        EXPECT_NE(session().state(), SessionState::Stopped) << "key " << int(key);
        EXPECT_EQ(m_window->pages()->currentWidget(), m_window->sessionPage());
    }
}

TEST_F(FloorControlTest, PainStopIsOnePressOfItsOwnKey)
{
    startSession();
    runFor(Millis{ 1000 });
    press(Qt::Key_P);
    EXPECT_EQ(session().state(), SessionState::Stopped);
    EXPECT_EQ(session().stopReason(), StopReason::Pain);
}
