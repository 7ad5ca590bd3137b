// The preview (issue 7): driven by a hand-moved clock, it shows at every moment exactly what the
// live session shows at that moment of the plan, and its controls move the playhead.

#include "WindowFixture.h"

#include "app/pages/PreviewPage.h"
#include "app/pages/SessionPage.h"
#include "app/widgets/FigureView.h"
#include "app/widgets/PlanTimeline.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace gluteguide;
using namespace std::chrono_literals;

namespace {

class PreviewPageTest : public WindowFixture
{
protected:
    void SetUp() override
    {
        WindowFixture::SetUp();
        preview = std::make_unique<PreviewPage>(m_window->document(), &previewClock);
        preview->resize(1280, 720);
        preview->show();
        QApplication::processEvents();
    }

    const Plan &plan() const { return m_window->document().plan(); }

    ManualClock previewClock;
    std::unique_ptr<PreviewPage> preview;
};

} // namespace

TEST_F(PreviewPageTest, SeekingShowsExactlyWhatTheSessionShowsThere)
{
    // Moments across the plan: set-up, a lift, a rest, circles, the other side, the end.
    std::vector<Millis> moments = { 3s, 37s, 84'500ms, 215s, 270s, 931s, 1001'234ms };
    for (std::size_t i = 0; i < plan().steps.size(); i += 97)
        moments.push_back(plan().steps[i].start + plan().steps[i].duration / 3);
    std::sort(moments.begin(), moments.end());
    startSession();
    for (const Millis moment : moments) {
        runUntil(moment);
        ASSERT_EQ(session().position(), moment);
        preview->playhead().seek(moment);
        preview->renderFrame();
        EXPECT_EQ(preview->figure()->scene(), m_window->sessionPage()->figure()->scene())
                << "at " << moment.count() << " ms";
    }
}

TEST_F(PreviewPageTest, PlaysAtTheChosenSpeedAndStepsFrameByFrame)
{
    preview->restart(); // the first movement, playing
    const Millis start = preview->playhead().position();
    preview->speedChoice()->setCurrentIndex(preview->speedChoice()->findData(4.0));
    previewClock.advanceBy(1000ms);
    EXPECT_EQ(preview->playhead().position(), start + 4000ms);

    QTest::keyClick(preview.get(), Qt::Key_Space);
    EXPECT_FALSE(preview->playhead().isPlaying());
    const Millis paused = preview->playhead().position();
    QTest::keyClick(preview.get(), Qt::Key_Right);
    EXPECT_EQ(preview->playhead().position(), paused + 40ms);
    QTest::keyClick(preview.get(), Qt::Key_Left, Qt::ShiftModifier);
    EXPECT_EQ(preview->playhead().position(), paused + 40ms - 1000ms);
    QTest::keyClick(preview.get(), Qt::Key_End);
    EXPECT_EQ(preview->playhead().position(), plan().total);
    QTest::keyClick(preview.get(), Qt::Key_Home);
    EXPECT_EQ(preview->playhead().position(), 0ms);
}

TEST_F(PreviewPageTest, DraggingTheTimelineSeeks)
{
    PlanTimeline *timeline = preview->wholeTimeline();
    const QRect area = timeline->rect();
    QTest::mouseClick(timeline, Qt::LeftButton, {}, QPoint(area.width() / 2, area.height() / 2));
    const double half = double(plan().total.count()) / 2.0;
    EXPECT_NEAR(double(preview->playhead().position().count()), half, half * 0.02);
}

TEST_F(PreviewPageTest, LoopingGoesRoundTheMovementUnderThePlayhead)
{
    preview->movementChoice()->setCurrentIndex(1);
    preview->movementChoice()->activated(1); // straight-leg raise, first set
    preview->loopChoice()->setChecked(true);
    const std::optional<TimeRange> loop = preview->playhead().loop();
    ASSERT_TRUE(loop);
    const PlanStep &intro = plan().steps[plan().stepIndexAt(loop->from)];
    EXPECT_EQ(intro.kind, StepKind::Intro);
    EXPECT_EQ(intro.movement, Movement::StraightLegRaise);
    EXPECT_EQ(loop->to,
              plan().steps[plan().lastRepOfBlock(plan().stepIndexAt(loop->from) + 1)].end());
    preview->playhead().play();
    previewClock.advanceBy(loop->length() + 500ms);
    EXPECT_TRUE(loop->contains(preview->playhead().position()));
}

TEST_F(PreviewPageTest, CaptionsFollowThePlayAndTheVoiceOnlyAtOneTimes)
{
    QSignalSpy spoken(preview.get(), &PreviewPage::cueDue);
    const auto frame = [this](Millis clockTime) {
        previewClock.advanceBy(clockTime);
        preview->renderFrame();
    };
    preview->playhead().seek(31'500ms);
    preview->playhead().play();
    preview->renderFrame();
    frame(900ms); // past the first count, at 32 s
    EXPECT_EQ(preview->caption()->text(), QStringLiteral("1"));
    ASSERT_EQ(spoken.size(), 1);
    EXPECT_EQ(spoken.front().at(1).toString(), QStringLiteral("1"));

    preview->speedChoice()->setCurrentIndex(preview->speedChoice()->findData(2.0));
    frame(900ms);
    frame(900ms); // at 2×: past the count at 36 s
    EXPECT_EQ(preview->caption()->text(), QStringLiteral("2"));
    EXPECT_EQ(spoken.size(), 1) << "no voice at 2×";

    preview->playhead().seek(100s); // a jump passes no cues
    frame(16ms);
    EXPECT_EQ(preview->caption()->text(), QStringLiteral("2"));
}

TEST_F(PreviewPageTest, TheViewFromTheFeetIsAnotherCameraOnTheSamePose)
{
    preview->playhead().seek(215s);
    preview->setCamera(Camera::fromFeet());
    const FigureScene feet = preview->figure()->scene();
    EXPECT_EQ(feet, figureSceneAt(plan(), 215s, Camera::fromFeet()));
    EXPECT_NE(feet.figure, figureSceneAt(plan(), 215s).figure);
}
