// The preview (issue 7): driven by a hand-moved clock, it shows at every moment exactly what the
// live session shows at that moment of the plan, and its controls move the playhead.

#include "WindowFixture.h"

#include "app/pages/PreviewPage.h"
#include "app/pages/SessionPage.h"
#include "app/text/DisplayNames.h"
#include "app/widgets/FigureView.h"
#include "app/widgets/PlanTimeline.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QPushButton>
#include <QTest>

#include <algorithm>
#include <set>

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

    // The first step of a kind (and movement) on the routine's first side, from the plan.
    const PlanStep &first(StepKind kind, std::optional<Movement> movement = std::nullopt,
                          int rep = 1) const
    {
        const auto found =
                std::find_if(plan().steps.begin(), plan().steps.end(), [&](const PlanStep &s) {
                    return s.kind == kind && (!movement || s.movement == movement)
                            && (kind != StepKind::Rep || s.rep == rep);
                });
        EXPECT_NE(found, plan().steps.end());
        return found == plan().steps.end() ? plan().steps.front() : *found;
    }

    // The moment the count of a repetition is said: when the repetition ends.
    Millis countOf(const PlanStep &rep) const { return rep.end(); }

    // Runs the preview's clock in frames until the playhead passes `position`.
    void playPast(Millis position)
    {
        for (int frames = 0; preview->playhead().position() <= position && frames < 10'000;
             ++frames) {
            previewClock.advanceBy(16ms);
            preview->renderFrame();
        }
    }

    ManualClock previewClock;
    std::unique_ptr<PreviewPage> preview;
};

} // namespace

TEST_F(PreviewPageTest, SeekingShowsExactlyWhatTheSessionShowsThere)
{
    // Moments across the plan: a third into the first step of each kind on each side (set-up,
    // getting ready, a lift, rests, circles, the other side, the end), and a spread of others.
    std::vector<Millis> moments;
    std::set<std::pair<StepKind, Side>> kindsSeen;
    for (std::size_t i = 0; i < plan().steps.size(); ++i) {
        const PlanStep &step = plan().steps[i];
        if (kindsSeen.insert({ step.kind, step.side }).second || i % 97 == 0)
            moments.push_back(step.start + step.duration / 3);
    }
    ASSERT_GE(kindsSeen.size(), 10u);
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
    const Millis firstCount = countOf(first(StepKind::Rep));
    const Millis secondCount = countOf(first(StepKind::Rep, std::nullopt, 2));
    preview->playhead().seek(firstCount - 500ms);
    preview->playhead().play();
    preview->renderFrame();
    frame(900ms); // past the first count
    EXPECT_EQ(preview->caption()->text(), QStringLiteral("1"));
    ASSERT_EQ(spoken.size(), 1);
    EXPECT_EQ(spoken.front().at(1).toString(), QStringLiteral("1"));

    preview->speedChoice()->setCurrentIndex(preview->speedChoice()->findData(2.0));
    playPast(secondCount); // at 2×
    EXPECT_EQ(preview->caption()->text(), QStringLiteral("2"));
    EXPECT_EQ(spoken.size(), 1) << "no voice at 2×";

    preview->playhead().seek(plan().total / 2); // a jump passes no cues
    frame(16ms);
    EXPECT_EQ(preview->caption()->text(), QStringLiteral("2"));
}

TEST_F(PreviewPageTest, TheViewFromTheFeetIsAnotherCameraOnTheSamePose)
{
    const PlanStep &circle = first(StepKind::Rep, Movement::CirclesClockwise);
    const Millis at = circle.start + circle.duration / 2;
    preview->playhead().seek(at);
    preview->setCamera(Camera::fromFeet());
    const FigureScene feet = preview->figure()->scene();
    EXPECT_EQ(feet, figureSceneAt(plan(), at, Camera::fromFeet()));
    EXPECT_NE(feet.figure, figureSceneAt(plan(), at).figure);
}

namespace {

// m:ss, written here rather than borrowed from the page, so the check is independent of it.
QString minutesAndSeconds(Millis time)
{
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(time).count();
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

// Wherever the playhead goes, the page says which step of the plan it is in and the time there.
TEST_F(PreviewPageTest, TheTimeAndStepShownAreThePlans)
{
    for (const PlanStep *step : { &first(StepKind::Setup), &first(StepKind::Intro),
                                  &first(StepKind::Rep, Movement::Pulses, 3),
                                  &first(StepKind::SetRest), &first(StepKind::SwitchSides) }) {
        preview->playhead().seek(step->start);
        preview->renderFrame();
        EXPECT_EQ(preview->timeLabel()->text(),
                  minutesAndSeconds(step->start) + QStringLiteral(" / ")
                          + minutesAndSeconds(plan().total))
                << stepKindKey(step->kind);
        EXPECT_EQ(preview->stepTitle()->text(), DisplayNames::stepTitle(*step))
                << stepKindKey(step->kind);
        if (step->kind == StepKind::Rep) {
            EXPECT_TRUE(preview->whereLabel()->text().contains(
                    QStringLiteral("Repetition %1 of %2").arg(step->rep).arg(step->repsPrescribed)))
                    << preview->whereLabel()->text().toStdString();
        }
    }
}

TEST_F(PreviewPageTest, ThePlayButtonPlaysAndPausesAndSaysWhichItWillDo)
{
    const Millis start = first(StepKind::Rep).start;
    preview->playhead().seek(start);
    preview->renderFrame();
    ASSERT_FALSE(preview->playhead().isPlaying());
    EXPECT_EQ(preview->playButton()->text(), QStringLiteral("Play"));

    preview->playButton()->click();
    EXPECT_TRUE(preview->playhead().isPlaying());
    EXPECT_EQ(preview->playButton()->text(), QStringLiteral("Pause"));
    previewClock.advanceBy(1500ms);
    preview->renderFrame();
    EXPECT_EQ(preview->playhead().position(), start + 1500ms);
    EXPECT_EQ(preview->figure()->scene(), figureSceneAt(plan(), start + 1500ms));

    preview->playButton()->click();
    EXPECT_FALSE(preview->playhead().isPlaying());
    EXPECT_EQ(preview->playButton()->text(), QStringLiteral("Play"));
    previewClock.advanceBy(5s);
    preview->renderFrame();
    EXPECT_EQ(preview->playhead().position(), start + 1500ms) << "paused, the clock moves on alone";
}

// Scrubbing the movement's own timeline stays in that movement, paused or playing, and shows
// the plan's frame there.
TEST_F(PreviewPageTest, ScrubbingTheMovementTimelineShowsThatMomentOfTheMovement)
{
    const PlanStep &rep = first(StepKind::Rep, Movement::StraightLegRaise);
    preview->playhead().seek(rep.start);
    preview->renderFrame();
    PlanTimeline *timeline = preview->movementTimeline();
    ASSERT_EQ(timeline->minimum(),
              int(first(StepKind::Intro, Movement::StraightLegRaise).start.count()));
    const PlanStep &last = plan().steps[plan().lastRepOfBlock(plan().stepIndexAt(rep.start))];
    ASSERT_EQ(timeline->maximum(), int(last.end().count()));

    const QRect area = timeline->rect();
    for (const double share : { 0.1, 0.5, 0.9 }) {
        QTest::mouseClick(timeline, Qt::LeftButton, {},
                          QPoint(int(area.width() * share), area.height() / 2));
        const Millis position = preview->playhead().position();
        EXPECT_GE(position, Millis{ timeline->minimum() });
        EXPECT_LE(position, Millis{ timeline->maximum() });
        const double expected =
                timeline->minimum() + share * (timeline->maximum() - timeline->minimum());
        EXPECT_NEAR(double(position.count()), expected,
                    0.05 * (timeline->maximum() - timeline->minimum()));
        EXPECT_EQ(preview->figure()->scene(), figureSceneAt(plan(), position));
        EXPECT_FALSE(preview->playhead().isPlaying());
    }
}
