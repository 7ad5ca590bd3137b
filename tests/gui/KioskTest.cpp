// The clinic's front desk (issue 11): an attract loop on a clock, "Try it", back to the loop
// when nobody touches it, and no way out or in to the settings without the staff PIN.

#include "WindowFixture.h"

#include "app/cues/CueTexts.h"
#include "app/navigation/IdleWatch.h"
#include "app/pages/KioskPage.h"
#include "app/pages/SessionPage.h"
#include "app/text/DisplayNames.h"
#include "app/widgets/FigureView.h"
#include "app/window/Navigation.h"
#include "core/kiosk/KioskRoutines.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace gluteguide;

namespace {

class KioskTest : public WindowFixture
{
protected:
    void SetUp() override
    {
        WindowFixture::SetUp();
        m_window->setStaffCheck([this] {
            ++m_pinAsked;
            return m_pinGiven;
        });
        KioskOptions options;
        options.clinicName = QStringLiteral("Riverside Physiotherapy");
        options.demoReps = 2;
        options.idleLimit = Millis{ 60000 };
        m_window->setKioskOptions(options);
        m_window->idleWatch()->setClock(m_idleClock);
        m_window->enterKiosk(false);
        QApplication::processEvents();
    }

    Screen current() const { return m_window->navigation()->current(); }

    void startDemo()
    {
        auto clock = std::make_unique<ManualClock>();
        m_clock = clock.get();
        m_window->startDemoSession(std::move(clock));
        QApplication::processEvents();
    }

    void idleFor(Millis duration)
    {
        m_idleClock.advanceBy(duration);
        m_window->idleWatch()->check();
        QApplication::processEvents();
    }

    ManualClock m_idleClock;
    int m_pinAsked = 0;
    bool m_pinGiven = false;
};

} // namespace

TEST(KioskPageTest, LoopShowsEachMovementInTurnAndGoesRound)
{
    RoutineDocument document;
    ManualClock clock;
    KioskPage page(document, &clock);
    page.resize(1280, 760);
    page.show();
    const Plan &plan = page.loopPlan();
    ASSERT_GT(plan.total, Millis{ 0 });

    QStringList titles;
    QStringList captions;
    for (Millis t{ 0 }; t < plan.total + Millis{ 6000 }; t += Millis{ 16 }) {
        clock.set(t);
        page.renderFrame();
        if (titles.isEmpty() || titles.last() != page.movementTitle()->text())
            titles << page.movementTitle()->text();
        if (captions.isEmpty() || captions.last() != page.caption()->text())
            captions << page.caption()->text();
    }
    QStringList expected;
    for (int index : plan.movementOrder)
        expected << DisplayNames::movement(plan.routine.movements[std::size_t(index)].movement);
    expected << expected.first(); // round again
    EXPECT_EQ(titles, expected);
    // Captions come with the loop: the counts of each movement among them.
    EXPECT_GE(captions.count(QStringLiteral("%1").arg(KioskRoutines::attractReps)),
              int(plan.movementOrder.size()));
    EXPECT_LT(page.position(), Millis{ 6000 }); // went round, did not stop at the end
}

TEST(KioskPageTest, LoopIsSilentUntilTheSoundIsTurnedOn)
{
    RoutineDocument document;
    ManualClock clock;
    KioskPage page(document, &clock);
    page.show();
    QSignalSpy spoken(&page, &KioskPage::cueDue);
    for (Millis t{ 0 }; t < Millis{ 10000 }; t += Millis{ 16 }) {
        clock.set(t);
        page.renderFrame();
    }
    EXPECT_EQ(spoken.count(), 0);
    page.muteButton()->click();
    for (Millis t{ 10000 }; t < Millis{ 20000 }; t += Millis{ 16 }) {
        clock.set(t);
        page.renderFrame();
    }
    EXPECT_GT(spoken.count(), 0);
}

TEST_F(KioskTest, TryItRunsTheShortDemo)
{
    ASSERT_EQ(current(), Screen::Kiosk);
    bool clinicShown = false;
    for (const QLabel *label : m_window->kioskPage()->findChildren<QLabel *>())
        clinicShown |=
                label->isVisible() && label->text() == QLatin1String("Riverside Physiotherapy");
    EXPECT_TRUE(clinicShown);
    auto clock = std::make_unique<ManualClock>();
    m_clock = clock.get();
    // The button starts the demo on the real clock; the test then swaps in its own.
    m_window->kioskPage()->tryItButton()->click();
    ASSERT_EQ(current(), Screen::Session);
    startDemo();
    const Plan &plan = session().plan();
    EXPECT_EQ(plan.totalReps(), 2 * int(plan.movementOrder.size()));
    EXPECT_EQ(plan.routine.setsPerSide, 1);
    EXPECT_FALSE(plan.routine.bothSides);
}

TEST_F(KioskTest, EnterOrSpaceOnTheLoopIsTryIt)
{
    for (Qt::Key key : { Qt::Key_Return, Qt::Key_Enter, Qt::Key_Space }) {
        ASSERT_EQ(current(), Screen::Kiosk);
        ASSERT_EQ(QApplication::focusWidget(), m_window->kioskPage()->tryItButton());
        QTest::keyClick(QApplication::focusWidget(), key);
        EXPECT_EQ(current(), Screen::Session) << "key " << int(key);
        idleFor(Millis{ 61000 }); // stops the demo, back to the loop
    }
}

TEST_F(KioskTest, IdleReturnsToTheLoop)
{
    startDemo();
    runFor(Millis{ 2000 });
    m_window->sessionPage()->pauseButton()->click();
    idleFor(Millis{ 59000 });
    EXPECT_EQ(current(), Screen::Session);
    idleFor(Millis{ 2000 });
    EXPECT_EQ(current(), Screen::Kiosk);
}

TEST_F(KioskTest, AFollowedDemoIsNotIdle)
{
    startDemo();
    // Nobody touches anything for two minutes, but the session runs and is followed.
    for (int i = 0; i < 120; ++i) {
        runFor(Millis{ 1000 });
        idleFor(Millis{ 1000 });
    }
    EXPECT_TRUE(current() == Screen::Session || current() == Screen::Summary);
    EXPECT_NE(session().state(), SessionState::Stopped);
}

TEST_F(KioskTest, LeavingWithoutThePinIsRefused)
{
    QTest::keyClick(m_window->kioskPage(), Qt::Key_Escape);
    EXPECT_EQ(m_pinAsked, 1);
    EXPECT_TRUE(m_window->isKiosk());
    EXPECT_FALSE(m_window->close()); // Alt+F4 and the window's close button
    EXPECT_EQ(m_pinAsked, 2);
    EXPECT_TRUE(m_window->isVisible());
    EXPECT_EQ(current(), Screen::Kiosk);
}

TEST_F(KioskTest, LeavingWithThePinReturnsToHome)
{
    m_pinGiven = true;
    QTest::keyClick(m_window->kioskPage(), Qt::Key_Escape);
    EXPECT_FALSE(m_window->isKiosk());
    EXPECT_EQ(current(), Screen::Home);
    EXPECT_TRUE(m_window->menuBar()->isVisible());
}

TEST_F(KioskTest, StaffScreensAndMenusAreLocked)
{
    for (Screen screen :
         { Screen::Home, Screen::Settings, Screen::Editor, Screen::Progress, Screen::Preview }) {
        EXPECT_FALSE(m_window->navigation()->show(screen)) << screenKey(screen).toStdString();
        EXPECT_EQ(current(), Screen::Kiosk);
    }
    m_window->showEditor();
    EXPECT_EQ(current(), Screen::Kiosk);
    EXPECT_FALSE(m_window->menuBar()->isVisible());
    for (QAction *menu : m_window->menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions())
            EXPECT_FALSE(action->isEnabled() && !action->isSeparator())
                    << action->text().toStdString();
    }
}

TEST_F(KioskTest, PainStopWorksInTheDemo)
{
    startDemo();
    runFor(Millis{ 3000 });
    m_window->sessionPage()->painButton()->click();
    EXPECT_EQ(session().state(), SessionState::Stopped);
    EXPECT_EQ(session().stopReason(), StopReason::Pain);
    EXPECT_EQ(m_pinAsked, 0);
}

// --speed (demonstrations, the soak test in tests/soak) runs the whole front desk faster, not
// only its demo sessions: the loop goes round and the idle limit passes at the same pace.
TEST(KioskSpeedTest, SpeedRunsTheLoopAndTheIdleLimitAsFast)
{
    constexpr double speed = 30.0;
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    AppTranslator translator;
    WindowOptions options;
    options.mute = true;
    options.speed = speed;
    options.historyPath = dir.filePath(QStringLiteral("history.sqlite"));
    MainWindow window(settings, translator, options);
    window.setStaffCheck([] { return false; });
    window.resize(1366, 768);
    window.show();
    KioskOptions kiosk;
    kiosk.idleLimit = Millis{ 6000 };
    window.setKioskOptions(kiosk);
    window.enterKiosk(false);
    QApplication::processEvents();

    // The loop: 100 ms of real time are 3 s of it (at 1x, 0.1 s).
    KioskPage *page = window.kioskPage();
    const Millis loopLength = page->playhead().length();
    QElapsedTimer real;
    real.start();
    const Millis from = page->position();
    QTest::qWait(100);
    const Millis to = page->position();
    const qint64 elapsedMs = real.elapsed();
    ASSERT_LT(double(elapsedMs) * speed, double(loopLength.count())) << "went round unseen";
    const Millis moved = to >= from ? to - from : to + loopLength - from;
    EXPECT_GE(moved.count(), qint64(speed * 100.0) - 1);
    EXPECT_LE(moved.count(), qint64(speed * double(elapsedMs + 1)));

    // The idle limit: 6 s of kiosk time pass in 0.2 s of real time.
    window.startDemoSession(std::make_unique<ManualClock>());
    QApplication::processEvents();
    window.idleWatch()->check();
    ASSERT_EQ(window.navigation()->current(), Screen::Session);
    QTest::qWait(250);
    window.idleWatch()->check();
    EXPECT_EQ(window.navigation()->current(), Screen::Kiosk);
}
