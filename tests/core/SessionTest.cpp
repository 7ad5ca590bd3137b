// The session state machine (issue 2, core 3): driven by absolute monotonic time, the same events
// however the clock is sampled; pause, resume, "that's all I can do", skip, pain stop, stop,
// restart and a clock jump each do what PRODUCT.md says; illegal commands are reported.

#include "core/cues/CueSchedule.h"
#include "core/plan/Plan.h"
#include "core/routine/Routine.h"
#include "core/session/Session.h"

#include "SessionSimulation.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <map>
#include <optional>
#include <random>
#include <vector>

using namespace gluteguide;

namespace {

using namespace std::chrono_literals;

std::vector<SessionEvent> withoutPauseChanges(const std::vector<SessionEvent> &events)
{
    std::vector<SessionEvent> kept;
    for (const SessionEvent &event : events) {
        const bool pauseChange = event.kind == EventKind::StateChanged
                && (event.from == SessionState::Paused || event.to == SessionState::Paused);
        if (!pauseChange)
            kept.push_back(event);
    }
    return kept;
}

bool contains(const std::vector<SessionEvent> &events, EventKind kind)
{
    return countOfKind(events, kind) > 0;
}

// The result entry of one movement block.
const MovementResult *resultOf(const Session &session, Side side, int set, Movement movement)
{
    for (const MovementResult &result : session.results()) {
        if (result.side == side && result.set == set && result.movement == movement)
            return &result;
    }
    return nullptr;
}

// A short routine for tests that need several whole runs.
Routine shortRoutine()
{
    Routine routine;
    routine.setup = { { SetupInstruction::LieOnSide, 2s } };
    routine.movements = { { Movement::Clamshell, 3, { 1s, 1s } },
                          { Movement::CirclesClockwise, 2, { 2s } } };
    routine.setsPerSide = 2;
    routine.introDuration = 2s;
    routine.restBetweenMovements = 2s;
    routine.restBetweenSets = 3s;
    routine.switchSidesDuration = 4s;
    return routine;
}

std::size_t stepAfterBlock(const Plan &plan, std::size_t stepInBlock)
{
    return plan.lastRepOfBlock(stepInBlock) + 1;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// A whole default session at 60 Hz, run once and examined by several tests.

class WholeSessionTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        plan = new Plan(SessionSimulation::defaultPlan());
        SessionSimulation simulation = SessionSimulation::of(*plan);
        simulation.apply(Command::Start);
        simulation.runToEndAt60Hz();
        events = new std::vector<SessionEvent>(simulation.events());
        results = new std::vector<MovementResult>(simulation.session().results());
        finalState = simulation.session().state();
        finalPosition = simulation.session().position();
    }

    static void TearDownTestSuite()
    {
        delete plan;
        delete events;
        delete results;
    }

    static inline Plan *plan = nullptr;
    static inline std::vector<SessionEvent> *events = nullptr;
    static inline std::vector<MovementResult> *results = nullptr;
    static inline SessionState finalState = SessionState::Idle;
    static inline Millis finalPosition{ 0 };
};

TEST_F(WholeSessionTest, IrregularClockStepsGiveIdenticalEvents)
{
    SessionSimulation irregular = SessionSimulation::of(*plan);
    irregular.apply(Command::Start);
    std::mt19937 random(20240611);
    std::uniform_int_distribution<int> stepMs(1, 200);
    irregular.runToEnd([&] { return Millis{ stepMs(random) }; });

    ASSERT_GT(events->size(), 1000u);
    EXPECT_EQ(firstDifference(*events, irregular.events()), "");
}

TEST_F(WholeSessionTest, EveryRepSetAndSideCompletes)
{
    EXPECT_EQ(countOfKind(*events, EventKind::RepCompleted), 450u);
    EXPECT_EQ(countOfKind(*events, EventKind::SetCompleted), 6u);
    EXPECT_EQ(countOfKind(*events, EventKind::SideCompleted), 2u);
    EXPECT_EQ(countOfKind(*events, EventKind::Finished), 1u);
    EXPECT_EQ(countOfKind(*events, EventKind::MovementEnded), 0u);
    EXPECT_EQ(countOfKind(*events, EventKind::CueDropped), 0u);
    EXPECT_EQ(countOfKind(*events, EventKind::AutoPaused), 0u);
    EXPECT_EQ(countOfKind(*events, EventKind::CommandIgnored), 0u);
    EXPECT_EQ(finalState, SessionState::Complete);
    EXPECT_EQ(finalPosition, plan->total);
}

TEST_F(WholeSessionTest, ResultsRecordEveryBlockInPlanOrder)
{
    std::vector<const PlanStep *> intros;
    for (const PlanStep &step : plan->steps) {
        if (step.kind == StepKind::Intro)
            intros.push_back(&step);
    }
    ASSERT_EQ(results->size(), intros.size());
    ASSERT_EQ(results->size(), 30u);
    for (std::size_t i = 0; i < results->size(); ++i) {
        const MovementResult &result = (*results)[i];
        const PlanStep &intro = *intros[i];
        SCOPED_TRACE("block " + std::to_string(i));
        EXPECT_EQ(result.side, intro.side);
        EXPECT_EQ(result.set, intro.set);
        EXPECT_EQ(result.movementIndex, intro.movementIndex);
        EXPECT_EQ(result.movement, *intro.movement);
        EXPECT_EQ(result.prescribed, 15);
        EXPECT_EQ(result.achieved, 15);
        EXPECT_TRUE(result.attempted);
        EXPECT_FALSE(result.endedEarly);
        EXPECT_FALSE(result.skipped);
    }
}

TEST_F(WholeSessionTest, EventsComeInTimelineOrder)
{
    for (std::size_t i = 1; i < events->size(); ++i)
        ASSERT_LE((*events)[i - 1].position, (*events)[i].position)
                << describe((*events)[i - 1]) << " then " << describe((*events)[i]);
}

TEST_F(WholeSessionTest, RepCompletedAtEachRepStepEnd)
{
    const std::vector<SessionEvent> reps = eventsOfKind(*events, EventKind::RepCompleted);
    std::size_t next = 0;
    for (std::size_t i = 0; i < plan->steps.size(); ++i) {
        const PlanStep &step = plan->steps[i];
        if (step.kind != StepKind::Rep)
            continue;
        ASSERT_LT(next, reps.size());
        const SessionEvent &event = reps[next++];
        SCOPED_TRACE(describe(event));
        EXPECT_EQ(event.position, step.end());
        EXPECT_EQ(event.step, i);
        EXPECT_EQ(event.rep, step.rep);
        EXPECT_EQ(event.set, step.set);
        EXPECT_EQ(event.side, step.side);
        EXPECT_EQ(event.movement, step.movement);
    }
    EXPECT_EQ(next, reps.size());
}

TEST_F(WholeSessionTest, PhaseStartedForEveryPhase)
{
    const std::vector<SessionEvent> phases = eventsOfKind(*events, EventKind::PhaseStarted);
    std::size_t next = 0;
    for (std::size_t i = 0; i < plan->steps.size(); ++i) {
        for (const PlanPhase &phase : plan->steps[i].phases) {
            ASSERT_LT(next, phases.size());
            const SessionEvent &event = phases[next++];
            EXPECT_EQ(event.position, phase.start) << describe(event);
            EXPECT_EQ(event.phase, phase.kind) << describe(event);
            EXPECT_EQ(event.step, i) << describe(event);
        }
    }
    EXPECT_EQ(next, phases.size());
}

TEST_F(WholeSessionTest, EveryStepIsEnteredInOrder)
{
    const std::vector<SessionEvent> started = eventsOfKind(*events, EventKind::StepStarted);
    std::map<std::size_t, Millis> startOf;
    for (std::size_t i = 0; i < started.size(); ++i) {
        if (i > 0) {
            EXPECT_LT(started[i - 1].step, started[i].step) << describe(started[i]);
        }
        startOf[started[i].step] = started[i].position;
    }
    for (std::size_t i = 0; i < plan->steps.size(); ++i) {
        if (plan->steps[i].duration == 0ms)
            continue;
        const auto found = startOf.find(i);
        ASSERT_NE(found, startOf.end()) << "no StepStarted for step " << i;
        EXPECT_EQ(found->second, plan->steps[i].start) << "step " << i;
    }
}

TEST_F(WholeSessionTest, StatesFollowTheSteps)
{
    const std::vector<SessionEvent> changes = eventsOfKind(*events, EventKind::StateChanged);
    ASSERT_FALSE(changes.empty());
    EXPECT_EQ(changes.front().from, SessionState::Idle);
    EXPECT_EQ(changes.front().to, SessionState::Setup);
    EXPECT_EQ(changes.front().position, 0ms);
    EXPECT_EQ(changes.back().to, SessionState::Complete);
    EXPECT_EQ(changes.back().position, plan->total);
    std::map<SessionState, int> entered;
    for (std::size_t i = 0; i < changes.size(); ++i) {
        EXPECT_NE(changes[i].from, changes[i].to) << describe(changes[i]);
        if (i > 0) {
            EXPECT_EQ(changes[i].from, changes[i - 1].to) << describe(changes[i]);
        }
        ++entered[changes[i].to];
    }
    EXPECT_EQ(entered[SessionState::Setup], 1);
    EXPECT_EQ(entered[SessionState::Intro], 30);
    EXPECT_EQ(entered[SessionState::RepPhase], 30);
    EXPECT_EQ(entered[SessionState::Transition], 24);
    EXPECT_EQ(entered[SessionState::SetRest], 4);
    EXPECT_EQ(entered[SessionState::SwitchSides], 1);
    EXPECT_EQ(entered[SessionState::Complete], 1);
    EXPECT_EQ(entered[SessionState::Paused], 0);
}

TEST_F(WholeSessionTest, RestFollowsLastRepOfSet)
{
    std::vector<std::size_t> setEnds; // plan steps of the last rep of each set
    for (std::size_t i = 0; i + 1 < plan->steps.size(); ++i) {
        const PlanStep &step = plan->steps[i];
        const PlanStep &next = plan->steps[i + 1];
        const bool setEndsHere = next.kind == StepKind::SetRest
                || next.kind == StepKind::SwitchSides || next.kind == StepKind::Complete;
        if (step.kind == StepKind::Rep && setEndsHere)
            setEnds.push_back(i);
    }
    ASSERT_EQ(setEnds.size(), 6u);
    const std::vector<SessionEvent> sets = eventsOfKind(*events, EventKind::SetCompleted);
    ASSERT_EQ(sets.size(), setEnds.size());
    for (std::size_t k = 0; k < sets.size(); ++k) {
        const PlanStep &lastRep = plan->steps[setEnds[k]];
        EXPECT_EQ(sets[k].position, lastRep.end()) << describe(sets[k]);
        EXPECT_EQ(sets[k].set, lastRep.set) << describe(sets[k]);
        EXPECT_EQ(sets[k].side, lastRep.side) << describe(sets[k]);
    }
    // In the event list: the last rep, then the set, then the rest that follows it.
    for (std::size_t i = 0; i < events->size(); ++i) {
        if ((*events)[i].kind != EventKind::SetCompleted)
            continue;
        const auto repBefore = std::find_if(
                events->rbegin() + std::ptrdiff_t(events->size() - i), events->rend(),
                [](const SessionEvent &e) { return e.kind == EventKind::RepCompleted; });
        ASSERT_NE(repBefore, events->rend());
        EXPECT_EQ(repBefore->position, (*events)[i].position);
        EXPECT_EQ(repBefore->rep, 15);
        const auto stateAfter = std::find_if(
                events->begin() + std::ptrdiff_t(i), events->end(),
                [](const SessionEvent &e) { return e.kind == EventKind::StateChanged; });
        ASSERT_NE(stateAfter, events->end());
        EXPECT_TRUE(stateAfter->to == SessionState::SetRest
                    || stateAfter->to == SessionState::SwitchSides
                    || stateAfter->to == SessionState::Complete)
                << describe(*stateAfter);
    }
}

TEST_F(WholeSessionTest, SideCompletedAfterLastRepOfSide)
{
    const std::vector<SessionEvent> sides = eventsOfKind(*events, EventKind::SideCompleted);
    ASSERT_EQ(sides.size(), 2u);
    const auto switchStep =
            findStep(*plan, [](const PlanStep &s) { return s.kind == StepKind::SwitchSides; });
    ASSERT_TRUE(switchStep.has_value());
    EXPECT_EQ(sides[0].position, plan->steps[*switchStep].start);
    EXPECT_EQ(sides[0].side, Side::Left);
    EXPECT_EQ(sides[1].position, plan->total);
    EXPECT_EQ(sides[1].side, Side::Right);
    // After the set that ends the side.
    const auto firstSide = std::find(events->begin(), events->end(), sides[0]);
    const auto setBefore = std::find_if(events->begin(), firstSide, [&](const SessionEvent &e) {
        return e.kind == EventKind::SetCompleted && e.position == sides[0].position;
    });
    EXPECT_NE(setBefore, firstSide);
}

TEST_F(WholeSessionTest, FinishedAtTheEnd)
{
    const std::vector<SessionEvent> finished = eventsOfKind(*events, EventKind::Finished);
    ASSERT_EQ(finished.size(), 1u);
    EXPECT_EQ(finished.front().position, plan->total);
    // Nothing but closing words after it.
    const auto at = std::find(events->begin(), events->end(), finished.front());
    for (auto it = at + 1; it != events->end(); ++it)
        EXPECT_TRUE(it->kind == EventKind::Cue || it->kind == EventKind::StateChanged)
                << describe(*it);
}

TEST_F(WholeSessionTest, CueEventsFollowTheSchedule)
{
    const CueSchedule schedule = scheduleCues(*plan);
    const std::vector<SessionEvent> cues = eventsOfKind(*events, EventKind::Cue);
    ASSERT_EQ(cues.size(), schedule.cues.size());
    for (std::size_t i = 0; i < cues.size(); ++i) {
        ASSERT_TRUE(cues[i].cue.has_value());
        EXPECT_EQ(*cues[i].cue, schedule.cues[i].id) << i;
        EXPECT_EQ(cues[i].position, schedule.cues[i].start) << describe(cues[i]);
        EXPECT_EQ(cues[i].cueLength, schedule.cues[i].length) << describe(cues[i]);
    }
}

TEST_F(WholeSessionTest, RandomPausesChangeNothingButPauseEvents)
{
    SessionSimulation paused = SessionSimulation::of(*plan);
    paused.apply(Command::Start);
    std::mt19937 random(7);
    std::uniform_int_distribution<int> chance(0, 399); // a pause every ~7 s
    std::uniform_int_distribution<int> pauseMs(1, 4000);
    std::optional<Millis> pausedUntil;
    Millis pauseStarted{ 0 };
    Millis pausedTotal{ 0 };
    std::optional<Millis> finishedAt;
    int pauses = 0;
    paused.runToEnd(SixtyHertz{}, 3600s, [&] {
        Session &session = paused.session();
        if (!finishedAt && session.state() == SessionState::Complete)
            finishedAt = paused.now();
        if (pausedUntil) {
            EXPECT_EQ(session.state(), SessionState::Paused);
            if (paused.now() >= *pausedUntil) {
                paused.apply(Command::Resume);
                pausedTotal += paused.now() - pauseStarted;
                pausedUntil.reset();
            }
        } else if (isRunningState(session.state()) && chance(random) == 0) {
            const Millis before = session.position();
            paused.apply(Command::Pause);
            EXPECT_EQ(session.position(), before);
            pauseStarted = paused.now();
            pausedUntil = paused.now() + Millis{ pauseMs(random) };
            ++pauses;
        }
    });
    if (!finishedAt) // completed in the last step, with nothing left to say
        finishedAt = paused.now();

    ASSERT_GE(pauses, 20);
    EXPECT_EQ(countOfKind(paused.events(), EventKind::StateChanged),
              countOfKind(*events, EventKind::StateChanged) + 2 * std::size_t(pauses));
    EXPECT_EQ(firstDifference(*events, withoutPauseChanges(paused.events())), "");

    // Running time, without the pauses, is the plan's total (to within one 60 Hz frame).
    ASSERT_TRUE(finishedAt.has_value());
    const Millis running = *finishedAt - simulationStartNow - pausedTotal;
    EXPECT_GE(running, plan->total);
    EXPECT_LT(running, plan->total + 17ms);
}

// ---------------------------------------------------------------------------------------------
// Starting and time.

TEST(SessionTest, TheSetEndsWithTheLastMovementDoneWhenLaterOnesAreSwitchedOff)
{
    Routine routine = defaultRoutine();
    routine.movements[3].enabled = false;
    routine.movements[4].enabled = false; // no circles: pulses end each set
    SessionSimulation simulation = SessionSimulation::of(buildPlan(routine));
    simulation.apply(Command::Start);
    simulation.runToEndAt60Hz();
    const std::vector<SessionEvent> &events = simulation.events();
    const std::vector<SessionEvent> sets = eventsOfKind(events, EventKind::SetCompleted);
    ASSERT_EQ(sets.size(), 6u);
    for (const SessionEvent &set : sets)
        EXPECT_EQ(set.movement, Movement::Pulses) << describe(set);
    EXPECT_EQ(countOfKind(events, EventKind::SideCompleted), 2u);
}

TEST(SessionTest, IdleUntilStarted)
{
    SessionSimulation simulation = SessionSimulation::of(SessionSimulation::defaultPlan());
    EXPECT_EQ(simulation.session().state(), SessionState::Idle);
    EXPECT_TRUE(simulation.step(2s).empty());
    EXPECT_EQ(simulation.session().state(), SessionState::Idle);
    EXPECT_EQ(simulation.session().position(), 0ms);
}

TEST(SessionTest, StartBeginsAtPositionZero)
{
    SessionSimulation simulation = SessionSimulation::of(SessionSimulation::defaultPlan());
    simulation.step(1500ms); // the clock is already running before Start
    const std::vector<SessionEvent> events = simulation.apply(Command::Start);
    EXPECT_EQ(simulation.session().state(), SessionState::Setup);
    EXPECT_EQ(simulation.session().position(), 0ms);
    EXPECT_EQ(simulation.session().currentStepIndex(), 0u);
    const std::vector<SessionEvent> changes = eventsOfKind(events, EventKind::StateChanged);
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes.front().from, SessionState::Idle);
    EXPECT_EQ(changes.front().to, SessionState::Setup);
    EXPECT_EQ(changes.front().position, 0ms);

    simulation.step(1234ms);
    EXPECT_EQ(simulation.session().position(), 1234ms);
}

TEST(SessionTest, PositionIsClockTimeSinceStart)
{
    // Absolute time: many small steps add up exactly, with no drift.
    SessionSimulation simulation = SessionSimulation::of(SessionSimulation::defaultPlan());
    simulation.apply(Command::Start);
    for (int i = 0; i < 3000; ++i)
        simulation.step(7ms);
    EXPECT_EQ(simulation.session().position(), 21000ms);
}

// A driver that wakes only when nextDueAt() says gets every event a 1 ms clock gets, each at
// the very clock time it is due: nothing between two wake-ups is left to report late.
TEST(SessionTest, WakingOnlyWhenNextDueReportsEveryEventOnTime)
{
    const Plan plan = buildPlan(shortRoutine());
    SessionSimulation everyMillisecond = SessionSimulation::of(plan);
    everyMillisecond.apply(Command::Start);
    everyMillisecond.runToEnd([] { return 1ms; });

    SessionSimulation onDue = SessionSimulation::of(plan);
    onDue.apply(Command::Start);
    const Millis origin = onDue.now();
    std::size_t wakeUps = 0;
    while (const std::optional<Millis> due = onDue.session().nextDueAt()) {
        ASSERT_GT(*due, onDue.now())
                << "due at once, at position " << (onDue.now() - origin).count();
        const std::vector<SessionEvent> events = onDue.step(*due - onDue.now());
        ++wakeUps;
        EXPECT_FALSE(events.empty())
                << "woken for nothing at position " << (onDue.now() - origin).count();
        for (const SessionEvent &event : events)
            EXPECT_EQ(event.position, onDue.now() - origin) << describe(event);
    }
    EXPECT_EQ(firstDifference(everyMillisecond.events(), onDue.events()), "");
    EXPECT_EQ(onDue.session().state(), SessionState::Complete);
    EXPECT_FALSE(onDue.session().hasPendingCues());
    EXPECT_GT(wakeUps, std::size_t(plan.totalReps()));
}

TEST(SessionTest, NothingIsDueWhileTheTimelineStandsStill)
{
    SessionSimulation simulation = SessionSimulation::of(buildPlan(shortRoutine()));
    EXPECT_EQ(simulation.session().nextDueAt(), std::nullopt) << "idle";
    simulation.apply(Command::Start);
    simulation.step(500ms);
    const std::optional<Millis> beforePause = simulation.session().nextDueAt();
    ASSERT_TRUE(beforePause.has_value());
    simulation.apply(Command::Pause);
    EXPECT_EQ(simulation.session().nextDueAt(), std::nullopt) << "paused";

    // After a pause of 10 s, whatever was due comes 10 s later.
    simulation.letTimePass(10s);
    simulation.apply(Command::Resume);
    EXPECT_EQ(simulation.session().nextDueAt(), *beforePause + 10s);

    simulation.apply(Command::Stop);
    EXPECT_EQ(simulation.session().nextDueAt(), std::nullopt) << "stopped";
}

TEST(SessionTest, EachStepKindHasItsState)
{
    const Plan plan = SessionSimulation::defaultPlan();
    const CueSchedule cues = scheduleCues(plan);
    const std::map<StepKind, SessionState> expected{
        { StepKind::Setup, SessionState::Setup },
        { StepKind::Intro, SessionState::Intro },
        { StepKind::Rep, SessionState::RepPhase },
        { StepKind::Transition, SessionState::Transition },
        { StepKind::SetRest, SessionState::SetRest },
        { StepKind::SwitchSides, SessionState::SwitchSides },
    };
    for (const auto &[kind, state] : expected) {
        const auto index =
                findStep(plan, [kind = kind](const PlanStep &s) { return s.kind == kind; });
        ASSERT_TRUE(index.has_value());
        const PlanStep &step = plan.steps[*index];
        const Millis position = step.start + step.duration / 2;
        const Session session = Session::runningAt(plan, cues, position, 100s);
        EXPECT_EQ(session.state(), state) << stepKindKey(kind);
        EXPECT_EQ(session.position(), position) << stepKindKey(kind);
        EXPECT_EQ(session.currentStepIndex(), *index) << stepKindKey(kind);
        EXPECT_EQ(session.currentStep(), step);
    }
}

TEST(SessionTest, RunningAtContinuesFromThere)
{
    const Plan plan = SessionSimulation::defaultPlan();
    const std::size_t setRest =
            *findStep(plan, [](const PlanStep &s) { return s.kind == StepKind::SetRest; });
    const Millis position = plan.steps[setRest].start + 3s;
    Session session = Session::runningAt(plan, scheduleCues(plan), position, 500s);
    session.advance(501s);
    EXPECT_EQ(session.position(), position + 1s);
    EXPECT_EQ(session.state(), SessionState::SetRest);
}

TEST(SessionTest, PausedAtResumesFromThere)
{
    const Plan plan = SessionSimulation::defaultPlan();
    const std::size_t rep = *findRepStep(plan, Side::Right, 2, Movement::Pulses, 4);
    const Millis position = plan.steps[rep].start + 300ms;
    Session session = Session::pausedAt(plan, scheduleCues(plan), position);
    EXPECT_EQ(session.state(), SessionState::Paused);
    EXPECT_EQ(session.position(), position);
    session.advance(200s);
    EXPECT_EQ(session.position(), position);
    session.apply(Command::Resume, 200s);
    EXPECT_EQ(session.state(), SessionState::RepPhase);
    session.advance(Millis{ 200'250 });
    EXPECT_EQ(session.position(), position + 250ms);
}

TEST(SessionTest, PhaseFractionThroughPhaseAndStep)
{
    const Plan plan = SessionSimulation::defaultPlan();
    const CueSchedule cues = scheduleCues(plan);
    const std::size_t rep = *findRepStep(plan, Side::Left, 1, Movement::Clamshell, 2);
    const PlanPhase &lower = plan.steps[rep].phases.at(1);
    ASSERT_EQ(lower.duration, 2s);
    EXPECT_NEAR(Session::runningAt(plan, cues, lower.start + 500ms, 100s).phaseFraction(), 0.25,
                1e-9);
    const std::size_t intro = *findIntroStep(plan, Side::Left, 1, Movement::Pulses);
    EXPECT_NEAR(Session::runningAt(plan, cues, plan.steps[intro].start + 1s, 100s).phaseFraction(),
                0.2, 1e-9);
}

// ---------------------------------------------------------------------------------------------
// Pause and resume.

TEST(SessionTest, PauseFreezesPositionExactly)
{
    const Plan plan = SessionSimulation::defaultPlan();
    SessionSimulation simulation = SessionSimulation::of(plan);
    const std::size_t rep = *findRepStep(plan, Side::Left, 1, Movement::Clamshell, 3);
    const Millis target = plan.steps[rep].start + 1300ms;
    simulation.startAndRunTo(target);
    ASSERT_EQ(simulation.session().position(), target);

    // The pause takes effect at the moment of the command, not at the last frame.
    simulation.letTimePass(7ms);
    const std::vector<SessionEvent> events = simulation.apply(Command::Pause);
    EXPECT_EQ(simulation.session().state(), SessionState::Paused);
    EXPECT_EQ(simulation.session().position(), target + 7ms);
    const std::vector<SessionEvent> changes = eventsOfKind(events, EventKind::StateChanged);
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes.front().from, SessionState::RepPhase);
    EXPECT_EQ(changes.front().to, SessionState::Paused);
    const double fraction = simulation.session().phaseFraction();

    for (int i = 0; i < 600; ++i)
        EXPECT_TRUE(simulation.step(16ms).empty());
    EXPECT_EQ(simulation.session().position(), target + 7ms);
    EXPECT_EQ(simulation.session().state(), SessionState::Paused);

    simulation.apply(Command::Resume);
    EXPECT_EQ(simulation.session().state(), SessionState::RepPhase);
    EXPECT_EQ(simulation.session().position(), target + 7ms);
    EXPECT_DOUBLE_EQ(simulation.session().phaseFraction(), fraction);
    simulation.step(500ms);
    EXPECT_EQ(simulation.session().position(), target + 507ms);
}

TEST(SessionTest, ResumeContinuesMidPhase)
{
    const Plan plan = SessionSimulation::defaultPlan();
    SessionSimulation simulation = SessionSimulation::of(plan);
    const std::size_t rep = *findRepStep(plan, Side::Left, 1, Movement::StraightLegRaise, 6);
    const PlanPhase &lift = plan.steps[rep].phases.at(0);
    simulation.startAndRunTo(lift.start + 1300ms);
    simulation.apply(Command::Pause);
    simulation.step(3s);
    simulation.apply(Command::Resume);

    // The rest of the lift takes exactly the 700 ms that were left.
    EXPECT_FALSE(contains(simulation.step(699ms), EventKind::PhaseStarted));
    const std::vector<SessionEvent> phases =
            eventsOfKind(simulation.step(1ms), EventKind::PhaseStarted);
    ASSERT_EQ(phases.size(), 1u);
    EXPECT_EQ(phases.front().phase, PhaseKind::Lower);
    EXPECT_EQ(phases.front().position, lift.end());
}

TEST(SessionTest, LongPauseWithoutFramesResumesNormally)
{
    // The computer slept while paused: resuming must not count the sleep as a clock jump.
    const Plan plan = SessionSimulation::defaultPlan();
    SessionSimulation simulation = SessionSimulation::of(plan);
    const std::size_t rep = *findRepStep(plan, Side::Left, 2, Movement::Pulses, 8);
    const Millis target = plan.steps[rep].start + 400ms;
    simulation.startAndRunTo(target);
    simulation.apply(Command::Pause);
    simulation.letTimePass(600s);
    simulation.apply(Command::Resume);
    const std::vector<SessionEvent> events = simulation.step(16ms);
    EXPECT_FALSE(contains(events, EventKind::AutoPaused));
    EXPECT_EQ(simulation.session().state(), SessionState::RepPhase);
    EXPECT_EQ(simulation.session().position(), target + 16ms);
}

// ---------------------------------------------------------------------------------------------
// Clock jumps and late cues.

TEST(SessionTest, TwoHourClockJumpPausesInsteadOfRacing)
{
    const Plan plan = SessionSimulation::defaultPlan();
    SessionSimulation simulation = SessionSimulation::of(plan);
    const std::size_t rep = *findRepStep(plan, Side::Left, 1, Movement::Pulses, 3);
    const Millis before = plan.steps[rep].start + 500ms;
    simulation.startAndRunTo(before);

    const std::vector<SessionEvent> events = simulation.step(2h);
    EXPECT_EQ(countOfKind(events, EventKind::AutoPaused), 1u);
    EXPECT_FALSE(contains(events, EventKind::RepCompleted));
    EXPECT_FALSE(contains(events, EventKind::PhaseStarted));
    EXPECT_FALSE(contains(events, EventKind::StepStarted));
    EXPECT_FALSE(contains(events, EventKind::Cue));
    EXPECT_FALSE(contains(events, EventKind::CueDropped));
    EXPECT_EQ(simulation.session().state(), SessionState::Paused);
    EXPECT_EQ(simulation.session().position(), before);
    EXPECT_EQ(simulation.session().machineState(), machine::State(machine::Paused{ before, true }));
    for (const SessionEvent &event : eventsOfKind(events, EventKind::AutoPaused))
        EXPECT_EQ(event.position, before);

    // Resuming carries on from there, and every rep still comes exactly once.
    simulation.step(16ms);
    EXPECT_EQ(simulation.session().position(), before);
    simulation.apply(Command::Resume);
    EXPECT_EQ(simulation.session().state(), SessionState::RepPhase);
    simulation.step(16ms);
    EXPECT_EQ(simulation.session().position(), before + 16ms);
    simulation.runToEndAt60Hz();
    const std::vector<SessionEvent> reps =
            eventsOfKind(simulation.events(), EventKind::RepCompleted);
    ASSERT_EQ(reps.size(), 450u);
    std::size_t next = 0;
    for (const PlanStep &step : plan.steps) {
        if (step.kind == StepKind::Rep) {
            EXPECT_EQ(reps[next++].position, step.end());
        }
    }
}

TEST(SessionTest, ClockGapUnderTheLimitRunsOn)
{
    const Plan plan = SessionSimulation::defaultPlan();
    SessionSimulation simulation = SessionSimulation::of(plan);
    const std::size_t rep = *findRepStep(plan, Side::Left, 1, Movement::Clamshell, 2);
    const Millis before = plan.steps[rep].start;
    simulation.startAndRunTo(before);
    const std::vector<SessionEvent> events = simulation.step(4900ms);
    EXPECT_FALSE(contains(events, EventKind::AutoPaused));
    EXPECT_EQ(countOfKind(events, EventKind::RepCompleted), 1u);
    EXPECT_EQ(simulation.session().position(), before + 4900ms);
    EXPECT_EQ(simulation.session().state(), SessionState::RepPhase);
}

TEST(SessionTest, MaxClockGapIsAnOption)
{
    const Plan plan = SessionSimulation::defaultPlan();
    SessionOptions options;
    options.maxClockGap = 2s;
    SessionSimulation simulation = SessionSimulation::of(plan, options);
    const std::size_t rep = *findRepStep(plan, Side::Left, 1, Movement::Clamshell, 2);
    const Millis before = plan.steps[rep].start;
    simulation.startAndRunTo(before);
    EXPECT_FALSE(contains(simulation.step(1900ms), EventKind::AutoPaused));
    EXPECT_EQ(simulation.session().position(), before + 1900ms);
    EXPECT_TRUE(contains(simulation.step(2500ms), EventKind::AutoPaused));
    EXPECT_EQ(simulation.session().position(), before + 1900ms);
    EXPECT_EQ(simulation.session().state(), SessionState::Paused);
}

TEST(SessionTest, LateCueIsDroppedNotPlayedLate)
{
    const Plan plan = SessionSimulation::defaultPlan();
    SessionSimulation simulation = SessionSimulation::of(plan);
    const std::size_t rep = *findRepStep(plan, Side::Left, 1, Movement::Clamshell, 5);
    const Millis cueStart = plan.steps[rep].end();
    simulation.startAndRunTo(cueStart - 100ms);

    const std::vector<SessionEvent> events = simulation.step(1100ms); // 1 s past the count
    EXPECT_FALSE(contains(events, EventKind::AutoPaused));
    const std::vector<SessionEvent> dropped = eventsOfKind(events, EventKind::CueDropped);
    const auto count = std::find_if(dropped.begin(), dropped.end(),
                                    [](const SessionEvent &e) { return e.cue == CueId::count(5); });
    ASSERT_NE(count, dropped.end());
    EXPECT_EQ(count->position, cueStart);
    for (const SessionEvent &event : eventsOfKind(events, EventKind::Cue))
        EXPECT_NE(event.cue, CueId::count(5)) << describe(event);
    // The rep itself still counts.
    const std::vector<SessionEvent> reps = eventsOfKind(events, EventKind::RepCompleted);
    ASSERT_EQ(reps.size(), 1u);
    EXPECT_EQ(reps.front().rep, 5);
}

TEST(SessionTest, CueWithinLatenessIsPlayed)
{
    const Plan plan = SessionSimulation::defaultPlan();
    SessionSimulation simulation = SessionSimulation::of(plan);
    const std::size_t rep = *findRepStep(plan, Side::Left, 1, Movement::Clamshell, 5);
    const Millis cueStart = plan.steps[rep].end();
    simulation.startAndRunTo(cueStart - 100ms);

    const std::vector<SessionEvent> events = simulation.step(300ms); // 200 ms past the count
    EXPECT_FALSE(contains(events, EventKind::CueDropped));
    const std::vector<SessionEvent> cues = eventsOfKind(events, EventKind::Cue);
    const auto count = std::find_if(cues.begin(), cues.end(),
                                    [](const SessionEvent &e) { return e.cue == CueId::count(5); });
    ASSERT_NE(count, cues.end());
    EXPECT_EQ(count->position, cueStart);
}

// ---------------------------------------------------------------------------------------------
// "That's all I can do" and skip.

TEST(SessionTest, ThatsAllICanDoKeepsRepsAndMovesOn)
{
    const Plan plan = SessionSimulation::defaultPlan();
    SessionSimulation simulation = SessionSimulation::of(plan);
    const std::size_t rep = *findRepStep(plan, Side::Left, 1, Movement::StraightLegRaise, 5);
    simulation.startAndRunTo(plan.steps[rep].start + 1000ms);

    const std::vector<SessionEvent> events = simulation.apply(Command::ThatsAllICanDo);
    const std::vector<SessionEvent> ended = eventsOfKind(events, EventKind::MovementEnded);
    ASSERT_EQ(ended.size(), 1u);
    EXPECT_EQ(ended.front().rep, 4);
    EXPECT_EQ(ended.front().movement, Movement::StraightLegRaise);
    EXPECT_EQ(ended.front().set, 1);
    EXPECT_EQ(ended.front().side, Side::Left);
    EXPECT_FALSE(contains(events, EventKind::RepCompleted));

    const std::size_t next = stepAfterBlock(plan, rep);
    EXPECT_EQ(simulation.session().position(), plan.steps[next].start);
    EXPECT_EQ(simulation.session().currentStepIndex(), next);
    EXPECT_EQ(simulation.session().state(), SessionState::Transition);

    const MovementResult *result =
            resultOf(simulation.session(), Side::Left, 1, Movement::StraightLegRaise);
    ASSERT_NE(result, nullptr);
    EXPECT_EQ(result->prescribed, 15);
    EXPECT_EQ(result->achieved, 4);
    EXPECT_TRUE(result->attempted);
    EXPECT_TRUE(result->endedEarly);
    EXPECT_FALSE(result->skipped);

    // The session goes on with the next movement on the plan's own timeline.
    const std::vector<SessionEvent> rest = simulation.runToEndAt60Hz();
    const std::vector<SessionEvent> reps = eventsOfKind(rest, EventKind::RepCompleted);
    ASSERT_FALSE(reps.empty());
    const std::size_t pulse = *findRepStep(plan, Side::Left, 1, Movement::Pulses, 1);
    EXPECT_EQ(reps.front().position, plan.steps[pulse].end());
    EXPECT_EQ(reps.front().movement, Movement::Pulses);
    EXPECT_EQ(countOfKind(simulation.events(), EventKind::RepCompleted), 450u - 11u);
    EXPECT_TRUE(contains(rest, EventKind::Finished));
    EXPECT_EQ(simulation.session().results().size(), 30u);
    for (const MovementResult &other : simulation.session().results()) {
        if (&other != resultOf(simulation.session(), Side::Left, 1, Movement::StraightLegRaise)) {
            EXPECT_EQ(other.achieved, 15);
        }
    }
}

TEST(SessionTest, ThatsAllICanDoDuringIntroRecordsNoReps)
{
    const Plan plan = SessionSimulation::defaultPlan();
    SessionSimulation simulation = SessionSimulation::of(plan);
    const std::size_t intro = *findIntroStep(plan, Side::Left, 2, Movement::Pulses);
    simulation.startAndRunTo(plan.steps[intro].start + 2s);
    ASSERT_EQ(simulation.session().state(), SessionState::Intro);

    const std::vector<SessionEvent> events = simulation.apply(Command::ThatsAllICanDo);
    const std::vector<SessionEvent> ended = eventsOfKind(events, EventKind::MovementEnded);
    ASSERT_EQ(ended.size(), 1u);
    EXPECT_EQ(ended.front().rep, 0);
    EXPECT_EQ(ended.front().movement, Movement::Pulses);
    EXPECT_EQ(simulation.session().position(), plan.steps[stepAfterBlock(plan, intro + 1)].start);
    const MovementResult *result = resultOf(simulation.session(), Side::Left, 2, Movement::Pulses);
    ASSERT_NE(result, nullptr);
    EXPECT_EQ(result->achieved, 0);
    EXPECT_TRUE(result->endedEarly);
    EXPECT_FALSE(result->skipped);
}

TEST(SessionTest, ThatsAllICanDoDuringRestIsIgnored)
{
    const Plan plan = SessionSimulation::defaultPlan();
    SessionSimulation simulation = SessionSimulation::of(plan);
    const std::size_t transition =
            *findStep(plan, [](const PlanStep &s) { return s.kind == StepKind::Transition; });
    const Millis position = plan.steps[transition].start + 1s;
    simulation.startAndRunTo(position);
    const std::vector<SessionEvent> events = simulation.apply(Command::ThatsAllICanDo);
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events.front().kind, EventKind::CommandIgnored);
    EXPECT_EQ(events.front().command, Command::ThatsAllICanDo);
    EXPECT_EQ(events.front().from, SessionState::Transition);
    EXPECT_EQ(simulation.session().state(), SessionState::Transition);
    EXPECT_EQ(simulation.session().position(), position);
}

TEST(SessionTest, SkipDuringSetupGoesToTheFirstMovement)
{
    const Plan plan = SessionSimulation::defaultPlan();
    SessionSimulation simulation = SessionSimulation::of(plan);
    simulation.startAndRunTo(3s);
    ASSERT_EQ(simulation.session().state(), SessionState::Setup);
    const std::vector<SessionEvent> events = simulation.apply(Command::Skip);
    const std::size_t intro =
            *findStep(plan, [](const PlanStep &s) { return s.kind != StepKind::Setup; });
    EXPECT_EQ(plan.steps[intro].start, 23s);
    EXPECT_EQ(simulation.session().position(), 23s);
    EXPECT_EQ(simulation.session().currentStepIndex(), intro);
    EXPECT_EQ(simulation.session().state(), SessionState::Intro);
    EXPECT_FALSE(contains(events, EventKind::CommandIgnored));
    for (const MovementResult &result : simulation.session().results())
        EXPECT_FALSE(result.skipped);

    simulation.runToEndAt60Hz();
    EXPECT_EQ(countOfKind(simulation.events(), EventKind::RepCompleted), 450u);
}

TEST(SessionTest, SkipDuringMovementSkipsTheBlock)
{
    const Plan plan = SessionSimulation::defaultPlan();
    SessionSimulation simulation = SessionSimulation::of(plan);
    const std::size_t rep = *findRepStep(plan, Side::Right, 2, Movement::CirclesClockwise, 3);
    simulation.startAndRunTo(plan.steps[rep].start + 1500ms);

    const std::vector<SessionEvent> events = simulation.apply(Command::Skip);
    EXPECT_EQ(countOfKind(events, EventKind::MovementEnded), 1u);
    const std::size_t next = stepAfterBlock(plan, rep);
    EXPECT_EQ(simulation.session().position(), plan.steps[next].start);
    EXPECT_EQ(simulation.session().currentStepIndex(), next);
    const MovementResult *result =
            resultOf(simulation.session(), Side::Right, 2, Movement::CirclesClockwise);
    ASSERT_NE(result, nullptr);
    EXPECT_TRUE(result->skipped);
}

TEST(SessionTest, SkipDuringRestEndsTheRest)
{
    const Plan plan = SessionSimulation::defaultPlan();
    SessionSimulation simulation = SessionSimulation::of(plan);
    const std::size_t setRest =
            *findStep(plan, [](const PlanStep &s) { return s.kind == StepKind::SetRest; });
    simulation.startAndRunTo(plan.steps[setRest].start + 5s);
    ASSERT_EQ(simulation.session().state(), SessionState::SetRest);
    simulation.apply(Command::Skip);
    EXPECT_EQ(simulation.session().position(), plan.steps[setRest].end());
    EXPECT_EQ(simulation.session().currentStepIndex(), setRest + 1);
    EXPECT_EQ(simulation.session().state(), SessionState::Intro);
    for (const MovementResult &result : simulation.session().results()) {
        EXPECT_FALSE(result.skipped);
        EXPECT_FALSE(result.endedEarly);
    }
}

// ---------------------------------------------------------------------------------------------
// Stopping and restarting.

TEST(SessionTest, PainStopStopsAndSaysSo)
{
    const Plan plan = SessionSimulation::defaultPlan();
    SessionSimulation simulation = SessionSimulation::of(plan);
    const std::size_t rep = *findRepStep(plan, Side::Left, 1, Movement::Pulses, 7);
    const Millis position = plan.steps[rep].start + 500ms;
    simulation.startAndRunTo(position);

    const std::vector<SessionEvent> events = simulation.apply(Command::PainStop);
    EXPECT_EQ(simulation.session().state(), SessionState::Stopped);
    EXPECT_EQ(simulation.session().stopReason(), StopReason::Pain);
    EXPECT_EQ(simulation.session().machineState(),
              machine::State(machine::Stopped{ position, StopReason::Pain }));
    const std::vector<SessionEvent> cues = eventsOfKind(events, EventKind::Cue);
    ASSERT_EQ(cues.size(), 1u);
    ASSERT_TRUE(cues.front().cue.has_value());
    EXPECT_EQ(cues.front().cue->kind, CueKind::PainStop);
    const std::vector<SessionEvent> changes = eventsOfKind(events, EventKind::StateChanged);
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes.front().to, SessionState::Stopped);
    EXPECT_EQ(changes.front().stopReason, StopReason::Pain);

    const MovementResult *result = resultOf(simulation.session(), Side::Left, 1, Movement::Pulses);
    ASSERT_NE(result, nullptr);
    EXPECT_EQ(result->achieved, 6);
    EXPECT_TRUE(result->endedEarly);

    // Nothing more happens.
    for (int i = 0; i < 10; ++i)
        EXPECT_FALSE(contains(simulation.step(1s), EventKind::RepCompleted));
    EXPECT_EQ(simulation.session().position(), position);
    EXPECT_EQ(simulation.session().state(), SessionState::Stopped);
}

TEST(SessionTest, PainStopWorksWhilePaused)
{
    const Plan plan = SessionSimulation::defaultPlan();
    SessionSimulation simulation = SessionSimulation::of(plan);
    simulation.startAndRunTo(40s);
    simulation.apply(Command::Pause);
    const std::vector<SessionEvent> events = simulation.apply(Command::PainStop);
    EXPECT_EQ(simulation.session().state(), SessionState::Stopped);
    EXPECT_EQ(simulation.session().stopReason(), StopReason::Pain);
    EXPECT_FALSE(contains(events, EventKind::CommandIgnored));
}

TEST(SessionTest, StopIsAUserStop)
{
    const Plan plan = SessionSimulation::defaultPlan();
    SessionSimulation simulation = SessionSimulation::of(plan);
    const std::size_t rep = *findRepStep(plan, Side::Left, 1, Movement::Clamshell, 10);
    simulation.startAndRunTo(plan.steps[rep].start + 100ms);
    const std::vector<SessionEvent> events = simulation.apply(Command::Stop);
    EXPECT_EQ(simulation.session().state(), SessionState::Stopped);
    EXPECT_EQ(simulation.session().stopReason(), StopReason::User);
    for (const SessionEvent &event : eventsOfKind(events, EventKind::Cue))
        EXPECT_NE(event.cue->kind, CueKind::PainStop);
    const MovementResult *result =
            resultOf(simulation.session(), Side::Left, 1, Movement::Clamshell);
    ASSERT_NE(result, nullptr);
    EXPECT_EQ(result->achieved, 9);
    EXPECT_TRUE(result->endedEarly);
}

TEST(SessionTest, RestartBeginsAgainWithFreshResults)
{
    const Plan plan = SessionSimulation::defaultPlan();
    SessionSimulation simulation = SessionSimulation::of(plan);
    const std::size_t rep = *findRepStep(plan, Side::Left, 1, Movement::StraightLegRaise, 3);
    simulation.startAndRunTo(plan.steps[rep].start + 100ms);
    simulation.apply(Command::ThatsAllICanDo);
    simulation.runTo(plan.steps[rep].start + 20s);
    simulation.apply(Command::Stop);
    ASSERT_EQ(simulation.session().state(), SessionState::Stopped);

    const std::vector<SessionEvent> events = simulation.apply(Command::Restart);
    EXPECT_FALSE(contains(events, EventKind::CommandIgnored));
    EXPECT_EQ(simulation.session().state(), SessionState::Setup);
    EXPECT_EQ(simulation.session().position(), 0ms);
    EXPECT_EQ(simulation.session().stopReason(), StopReason::None);
    ASSERT_EQ(simulation.session().results().size(), 30u);
    for (const MovementResult &result : simulation.session().results()) {
        EXPECT_EQ(result.achieved, 0);
        EXPECT_FALSE(result.attempted);
        EXPECT_FALSE(result.endedEarly);
        EXPECT_FALSE(result.skipped);
        EXPECT_EQ(result.prescribed, 15);
    }
    simulation.step(16ms);
    EXPECT_EQ(simulation.session().position(), 16ms);

    const std::vector<SessionEvent> again = simulation.runToEndAt60Hz();
    EXPECT_EQ(countOfKind(again, EventKind::RepCompleted), 450u);
    for (const MovementResult &result : simulation.session().results())
        EXPECT_EQ(result.achieved, 15);
}

TEST(SessionTest, RestartAfterCompleting)
{
    const Plan plan = buildPlan(shortRoutine());
    SessionSimulation simulation = SessionSimulation::of(plan);
    simulation.apply(Command::Start);
    const std::vector<SessionEvent> first = simulation.runToEndAt60Hz();
    ASSERT_EQ(simulation.session().state(), SessionState::Complete);
    simulation.apply(Command::Restart);
    EXPECT_EQ(simulation.session().state(), SessionState::Setup);
    EXPECT_EQ(simulation.session().position(), 0ms);
    const std::vector<SessionEvent> second = simulation.runToEndAt60Hz();
    EXPECT_EQ(countOfKind(first, EventKind::RepCompleted), std::size_t(plan.totalReps()));
    EXPECT_EQ(countOfKind(second, EventKind::RepCompleted), std::size_t(plan.totalReps()));
    EXPECT_EQ(firstDifference(eventsOfKind(first, EventKind::RepCompleted),
                              eventsOfKind(second, EventKind::RepCompleted)),
              "");
}

// ---------------------------------------------------------------------------------------------
// Commands that do not apply.

namespace {

void expectIgnored(SessionSimulation &simulation, Command command)
{
    const SessionState state = simulation.session().state();
    const Millis position = simulation.session().position();
    const std::vector<SessionEvent> events = simulation.apply(command);
    ASSERT_EQ(events.size(), 1u) << commandKey(command) << " in " << sessionStateKey(state);
    EXPECT_EQ(events.front().kind, EventKind::CommandIgnored);
    EXPECT_EQ(events.front().command, command);
    EXPECT_EQ(events.front().from, state);
    EXPECT_EQ(simulation.session().state(), state);
    EXPECT_EQ(simulation.session().position(), position);
}

} // namespace

TEST(SessionTest, CommandsNotAllowedAreIgnoredAndReported)
{
    SessionSimulation simulation = SessionSimulation::of(buildPlan(shortRoutine()));
    {
        SCOPED_TRACE("idle");
        expectIgnored(simulation, Command::Pause);
        expectIgnored(simulation, Command::Resume);
        expectIgnored(simulation, Command::ThatsAllICanDo);
    }
    simulation.startAndRunTo(6500ms); // in the first clamshell rep
    ASSERT_EQ(simulation.session().state(), SessionState::RepPhase);
    {
        SCOPED_TRACE("running");
        expectIgnored(simulation, Command::Resume);
        expectIgnored(simulation, Command::Start);
    }
    simulation.apply(Command::Pause);
    {
        SCOPED_TRACE("paused");
        expectIgnored(simulation, Command::Pause);
        expectIgnored(simulation, Command::Start);
    }
    simulation.apply(Command::Resume);
    simulation.runToEndAt60Hz();
    ASSERT_EQ(simulation.session().state(), SessionState::Complete);
    {
        SCOPED_TRACE("complete");
        expectIgnored(simulation, Command::Pause);
        expectIgnored(simulation, Command::ThatsAllICanDo);
        expectIgnored(simulation, Command::Skip);
    }
    simulation.apply(Command::Restart);
    simulation.step(16ms);
    simulation.apply(Command::Stop);
    ASSERT_EQ(simulation.session().state(), SessionState::Stopped);
    {
        SCOPED_TRACE("stopped");
        expectIgnored(simulation, Command::Resume);
        expectIgnored(simulation, Command::Pause);
        expectIgnored(simulation, Command::ThatsAllICanDo);
    }
}

TEST(SessionTest, ResultsListEveryBlockFromTheStart)
{
    const Plan plan = SessionSimulation::defaultPlan();
    SessionSimulation simulation = SessionSimulation::of(plan);
    simulation.apply(Command::Start);
    const std::vector<MovementResult> &results = simulation.session().results();
    ASSERT_EQ(results.size(), 30u);
    std::size_t next = 0;
    for (const PlanStep &step : plan.steps) {
        if (step.kind != StepKind::Intro)
            continue;
        const MovementResult &result = results[next++];
        EXPECT_EQ(result.side, step.side);
        EXPECT_EQ(result.set, step.set);
        EXPECT_EQ(result.movementIndex, step.movementIndex);
        EXPECT_EQ(result.prescribed, 15);
        EXPECT_EQ(result.achieved, 0);
        EXPECT_FALSE(result.attempted);
    }
}
