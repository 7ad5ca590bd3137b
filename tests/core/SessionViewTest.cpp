// What the session screen reads (issue 7): one snapshot of the session, with the controls that
// the session itself would accept.

#include "core/session/SessionView.h"

#include "SessionSimulation.h"

#include <gtest/gtest.h>

using namespace gluteguide;

namespace {

using namespace std::chrono_literals;

const Plan &defaultPlan()
{
    static const Plan plan = buildPlan(defaultRoutine());
    return plan;
}

constexpr Millis clockNow = 1'000'000ms;

Session runningAt(Millis position)
{
    return Session::runningAt(defaultPlan(), scheduleCues(defaultPlan()), position, clockNow);
}

const PlanStep &stepAt(std::size_t index)
{
    return defaultPlan().steps[index];
}

// Every control the view allows is one the session acts on at this moment, and every other one
// it ignores.
void expectControlsMatchTheSession(const Session &session, Millis now = clockNow)
{
    const SessionView view = viewOf(session);
    const std::pair<Command, bool> controls[] = {
        { Command::Pause, view.canPause },
        { Command::Resume, view.canResume },
        { Command::ThatsAllICanDo, view.canSayThatsAll },
        { Command::Skip, view.canSkip },
        { Command::Stop, view.canStop },
        { Command::PainStop, view.canPainStop },
    };
    for (const auto &[command, allowed] : controls) {
        Session copy = session;
        const std::vector<SessionEvent> events = copy.apply(command, now);
        const bool ignored = countOfKind(events, EventKind::CommandIgnored) > 0;
        EXPECT_EQ(allowed, !ignored)
                << commandKey(command) << " in " << sessionStateKey(session.state());
    }
}

} // namespace

TEST(SessionViewTest, ARepShowsRepsDoneOfPrescribedAndItsPhase)
{
    const std::size_t third = *findRepStep(defaultPlan(), Side::Left, 2, Movement::Clamshell, 3);
    const PlanStep &rep = stepAt(third);
    // A quarter of the way into the lift.
    const Session session = runningAt(rep.start + rep.phases[0].duration / 4);
    const SessionView view = viewOf(session);
    EXPECT_EQ(view.state, SessionState::RepPhase);
    EXPECT_EQ(view.counter, SessionView::Counter::Reps);
    EXPECT_EQ(view.count, 2);
    EXPECT_EQ(view.countOf, 15);
    EXPECT_EQ(view.movement, Movement::Clamshell);
    EXPECT_EQ(view.set, 2);
    EXPECT_EQ(view.setsPerSide, 3);
    EXPECT_EQ(view.side, Side::Left);
    EXPECT_EQ(view.phase, PhaseKind::Lift);
    EXPECT_NEAR(view.phaseFraction, 0.25, 1e-9);
    EXPECT_FALSE(view.resting);
    EXPECT_EQ(view.timeLeft, defaultPlan().total - session.position());
    expectControlsMatchTheSession(session);
}

TEST(SessionViewTest, TheSecondPhaseOfARepIsNamed)
{
    const std::size_t index = *findRepStep(defaultPlan(), Side::Left, 1, Movement::Pulses, 1);
    const PlanStep &rep = stepAt(index);
    const SessionView view = viewOf(runningAt(rep.phases[1].start + 1ms));
    EXPECT_EQ(view.phase, PhaseKind::Down);
}

TEST(SessionViewTest, ARestCountsDownWholeSecondsAndNamesWhatComesNext)
{
    const auto rest =
            findStep(defaultPlan(), [](const PlanStep &s) { return s.kind == StepKind::SetRest; });
    ASSERT_TRUE(rest);
    const PlanStep &step = stepAt(*rest);
    const Session session = runningAt(step.start + 4500ms);
    const SessionView view = viewOf(session);
    EXPECT_EQ(view.state, SessionState::SetRest);
    EXPECT_TRUE(view.resting);
    EXPECT_EQ(view.counter, SessionView::Counter::SecondsLeft);
    EXPECT_EQ(view.count, 16) << "15.5 s left shows as 16";
    EXPECT_EQ(view.movement, Movement::Clamshell) << "the next movement";
    EXPECT_FALSE(view.phase);
    EXPECT_FALSE(view.canSayThatsAll);
    EXPECT_TRUE(view.canSkip);
    expectControlsMatchTheSession(session);
}

TEST(SessionViewTest, PausedAllowsResumeStopAndPainStopOnly)
{
    const std::size_t index = *findRepStep(defaultPlan(), Side::Right, 1, Movement::Pulses, 4);
    const Session session = Session::pausedAt(defaultPlan(), scheduleCues(defaultPlan()),
                                              stepAt(index).start + 300ms);
    const SessionView view = viewOf(session);
    EXPECT_EQ(view.state, SessionState::Paused);
    EXPECT_TRUE(view.canResume);
    EXPECT_FALSE(view.canPause);
    EXPECT_FALSE(view.canSayThatsAll);
    EXPECT_FALSE(view.canSkip);
    EXPECT_TRUE(view.canStop);
    EXPECT_TRUE(view.canPainStop);
    EXPECT_EQ(view.count, 3) << "the count stays where it was";
    expectControlsMatchTheSession(session);
}

TEST(SessionViewTest, IdleAndFinishedSessionsAllowNoControls)
{
    const Session idle(defaultPlan(), scheduleCues(defaultPlan()));
    const SessionView before = viewOf(idle);
    EXPECT_EQ(before.state, SessionState::Idle);
    EXPECT_FALSE(before.canPause || before.canSkip || before.canStop || before.canPainStop);
    expectControlsMatchTheSession(idle);

    SessionSimulation simulation = SessionSimulation::of(defaultPlan());
    simulation.apply(Command::Start);
    simulation.runToEnd([] { return 1000ms; });
    const SessionView after = viewOf(simulation.session());
    EXPECT_EQ(after.state, SessionState::Complete);
    EXPECT_EQ(after.counter, SessionView::Counter::Done);
    EXPECT_EQ(after.timeLeft, 0ms);
    EXPECT_DOUBLE_EQ(after.sessionFraction, 1.0);
    expectControlsMatchTheSession(simulation.session(), simulation.now());
}

TEST(SessionViewTest, ControlsMatchTheSessionInEveryKindOfStep)
{
    for (std::size_t i = 0; i + 1 < defaultPlan().steps.size(); i += 37)
        expectControlsMatchTheSession(runningAt(stepAt(i).start + stepAt(i).duration / 2));
}
