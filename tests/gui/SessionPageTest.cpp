#include "ModalAnswer.h"
#include "WindowFixture.h"

#include "app/cues/CueTexts.h"
#include "app/pages/SessionPage.h"
#include "app/pages/SummaryPage.h"
#include "app/widgets/BigCounter.h"

#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>
#include <QTableWidget>

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

// The rows of the first block of painted rows from the top (the number, above its caption):
// every pixel that differs from the background, which is the top-left corner's colour.
QRect firstInkBand(const QImage &image)
{
    const QColor background = image.pixelColor(0, 0);
    const auto inked = [&](int x, int y) {
        const QColor pixel = image.pixelColor(x, y);
        return std::abs(pixel.red() - background.red())
                + std::abs(pixel.green() - background.green())
                + std::abs(pixel.blue() - background.blue())
                > 96;
    };
    QRect band;
    for (int y = 0; y < image.height(); ++y) {
        QRect row;
        for (int x = 0; x < image.width(); ++x) {
            if (inked(x, y))
                row |= QRect(x, y, 1, 1);
        }
        if (row.isEmpty() && !band.isEmpty())
            break;
        band |= row;
    }
    return band;
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
    {
        const ModalAnswer no(QMessageBox::No);
        QTest::keyClick(m_window->sessionPage(), Qt::Key_Escape);
        // The question may come after the key: wait a little for it, never for ever.
        const bool asked = QTest::qWaitFor([&] { return no.seen() || no.sawSomethingElse(); }, 2000)
                && no.seen();
        ASSERT_TRUE(asked) << "Esc did not ask; shown instead: " << no.unexpected().toStdString();
        EXPECT_EQ(no.icon(), QMessageBox::Question);
        EXPECT_EQ(session().state(), SessionState::Setup) << "No keeps the session going";
    }
    // As on a desktop, the window is active again once the question is closed.
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));

    const ModalAnswer yes(QMessageBox::Yes);
    QTest::keyClick(m_window->sessionPage(), Qt::Key_Escape);
    const bool asked = QTest::qWaitFor([&] { return yes.seen() || yes.sawSomethingElse(); }, 2000)
            && yes.seen();
    ASSERT_TRUE(asked) << "Esc did not ask; shown instead: " << yes.unexpected().toStdString();
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

// Measured on the screen, not from the font size asked for: the number's painted digits are at
// least 15 % of the window's height, so the count reads from across the room.
TEST_F(SessionPageTest, RepCountIsAtLeastFifteenPercentOfTheWindow)
{
    startSession();
    const Plan &plan = m_window->document().plan();
    runUntil(plan.steps[firstStep(plan, StepKind::Rep, 1)].start);
    ASSERT_FALSE(m_window->sessionPage()->counter()->value().isEmpty());
    for (QSize size : { QSize(1366, 768), QSize(3840, 2160) }) {
        m_window->resize(size);
        QApplication::processEvents();
        ASSERT_EQ(m_window->height(), size.height());
        BigCounter *counter = m_window->sessionPage()->counter();
        const QImage image = counter->grab().toImage();
        const double ratio = image.devicePixelRatio();
        const int numberHeight = firstInkBand(image).height();
        EXPECT_GE(numberHeight / ratio, 0.15 * m_window->height())
                << "the digits are " << numberHeight / ratio << " px high in a "
                << m_window->height() << " px window";
    }
}
