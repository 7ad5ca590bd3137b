#include "WindowFixture.h"

#include "app/cues/CueTexts.h"
#include "app/pages/SessionPage.h"
#include "app/pages/SummaryPage.h"
#include "app/widgets/BigCounter.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>
#include <QTableWidget>
#include <QTimer>

using namespace gluteguide;
using SessionPageTest = WindowFixture;

namespace {

std::size_t firstStep(const Plan &plan, StepKind kind, int rep = 0)
{
    for (std::size_t i = 0; i < plan.steps.size(); ++i) {
        if (plan.steps[i].kind == kind && (rep == 0 || plan.steps[i].rep == rep))
            return i;
    }
    return plan.steps.size();
}

} // namespace

TEST_F(SessionPageTest, CounterFollowsCompletedReps)
{
    startSession();
    const Plan &plan = m_window->document().plan();
    const PlanStep &secondRep = plan.steps[firstStep(plan, StepKind::Rep, 2)];
    runUntil(secondRep.start - Millis{ 100 });
    EXPECT_EQ(m_window->sessionPage()->counter()->value(), QStringLiteral("0"));
    runUntil(secondRep.start + Millis{ 100 });
    EXPECT_EQ(m_window->sessionPage()->counter()->value(), QStringLiteral("1"));
    EXPECT_EQ(m_window->sessionPage()->counter()->caption(), QStringLiteral("of 15"));
}

TEST_F(SessionPageTest, CaptionShowsEachCueAsItComes)
{
    startSession();
    EXPECT_EQ(m_window->sessionPage()->caption()->text(),
              CueTexts::text(CueId::setupStep(SetupInstruction::LieOnSide)));
    const Plan &plan = m_window->document().plan();
    runUntil(plan.steps[firstStep(plan, StepKind::Rep, 2)].start + Millis{ 50 });
    EXPECT_EQ(m_window->sessionPage()->caption()->text(), QStringLiteral("1"));
}

TEST_F(SessionPageTest, SpacePausesAndResumesWithoutLosingTime)
{
    startSession();
    runFor(Millis{ 3000 });
    const Millis before = session().position();
    QTest::keyClick(m_window->sessionPage(), Qt::Key_Space);
    EXPECT_EQ(session().state(), SessionState::Paused);
    runFor(Millis{ 10000 });
    EXPECT_EQ(session().position(), before);
    EXPECT_EQ(m_window->sessionPage()->pauseButton()->text(), QStringLiteral("Resume"));
    QTest::keyClick(m_window->sessionPage(), Qt::Key_Space);
    runFor(Millis{ 1000 });
    EXPECT_EQ(session().position(), before + Millis{ 1000 });
}

TEST_F(SessionPageTest, EnterEndsTheMovementAndKeepsTheRepsDone)
{
    startSession();
    const Plan &plan = m_window->document().plan();
    runUntil(plan.steps[firstStep(plan, StepKind::Rep, 4)].start + Millis{ 500 });
    QTest::keyClick(m_window->sessionPage(), Qt::Key_Return);
    EXPECT_EQ(session().state(), SessionState::Transition);
    EXPECT_EQ(session().results().front().achieved, 3);
    EXPECT_TRUE(session().results().front().endedEarly);
}

TEST_F(SessionPageTest, PainStopEndsAtOnceWithAdvice)
{
    startSession();
    runFor(Millis{ 30000 });
    m_window->sessionPage()->painButton()->click();
    EXPECT_EQ(session().state(), SessionState::Stopped);
    EXPECT_EQ(session().stopReason(), StopReason::Pain);
    EXPECT_EQ(m_window->pages()->currentWidget(), m_window->summaryPage());
    EXPECT_TRUE(m_window->summaryPage()->painAdvice()->isVisible());
    EXPECT_EQ(m_window->summaryPage()->heading()->text(), QStringLiteral("Stopped for pain"));
}

TEST_F(SessionPageTest, PainStopIsVisibleInEveryPartOfTheSession)
{
    startSession();
    const Plan &plan = m_window->document().plan();
    for (StepKind kind :
         { StepKind::Setup, StepKind::Intro, StepKind::Rep, StepKind::Transition }) {
        runUntil(plan.steps[firstStep(plan, kind)].start + Millis{ 200 });
        EXPECT_TRUE(m_window->sessionPage()->painButton()->isVisible());
        EXPECT_TRUE(m_window->sessionPage()->painButton()->isEnabled());
    }
}

TEST_F(SessionPageTest, EscapeAsksBeforeStopping)
{
    startSession();
    runFor(Millis{ 2000 });
    QTimer::singleShot(0, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr);
        box->button(QMessageBox::No)->click();
    });
    QTest::keyClick(m_window->sessionPage(), Qt::Key_Escape);
    EXPECT_EQ(session().state(), SessionState::Setup);
    // As on a desktop, the window is active again once the question is closed.
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));

    QTimer::singleShot(0, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr);
        box->button(QMessageBox::Yes)->click();
    });
    QTest::keyClick(m_window->sessionPage(), Qt::Key_Escape);
    EXPECT_EQ(session().state(), SessionState::Stopped);
    EXPECT_EQ(session().stopReason(), StopReason::User);
}

TEST_F(SessionPageTest, SummaryAfterAWholeSessionShowsEveryRep)
{
    startSession();
    runUntil(m_window->document().plan().total);
    EXPECT_EQ(session().state(), SessionState::Complete);
    EXPECT_EQ(m_window->pages()->currentWidget(), m_window->summaryPage());
    EXPECT_FALSE(m_window->summaryPage()->painAdvice()->isVisible());
    const QTableWidget *table = m_window->summaryPage()->table();
    ASSERT_EQ(table->rowCount(), 5);
    ASSERT_EQ(table->columnCount(), 6);
    for (int r = 0; r < 5; ++r) {
        for (int c = 0; c < 6; ++c)
            EXPECT_EQ(table->item(r, c)->text(), QStringLiteral("15 / 15"));
    }
}

TEST_F(SessionPageTest, RepCountIsAtLeastFifteenPercentOfTheWindow)
{
    startSession();
    for (QSize size : { QSize(1366, 768), QSize(3840, 2160) }) {
        m_window->resize(size);
        QApplication::processEvents();
        EXPECT_GE(m_window->sessionPage()->counter()->numberPixelSize(), 0.15 * m_window->height());
    }
}
