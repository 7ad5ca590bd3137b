// The plan (issue 2, core 2): a routine flattened into a timeline of steps that tile it.
// The expected timeline is built here independently from the rules in the brief and compared
// step by step with buildPlan().

#include "core/plan/Plan.h"
#include "core/routine/Routine.h"
#include "core/routine/RoutineValidation.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <numeric>
#include <optional>
#include <string>
#include <vector>

using namespace gluteguide;

namespace {

using namespace std::chrono_literals;

// One step as the brief describes it.
struct ExpectedStep
{
    StepKind kind = StepKind::Setup;
    Millis duration{ 0 };
    Side side = Side::Left;
    int set = 0;
    int movementIndex = -1;
    int rep = 0;
    std::optional<SetupInstruction> setup;
};

Millis repDuration(const MovementSpec &spec)
{
    return std::accumulate(spec.phaseDurations.begin(), spec.phaseDurations.end(), Millis{ 0 });
}

ExpectedStep stepOf(StepKind kind, Millis duration, Side side = Side::Left, int set = 0,
                    int movementIndex = -1, int rep = 0)
{
    ExpectedStep step;
    step.kind = kind;
    step.duration = duration;
    step.side = side;
    step.set = set;
    step.movementIndex = movementIndex;
    step.rep = rep;
    return step;
}

std::vector<ExpectedStep> expectedTimeline(const Routine &routine)
{
    std::vector<ExpectedStep> steps;
    for (const SetupStep &setup : routine.setup) {
        ExpectedStep step = stepOf(StepKind::Setup, setup.duration);
        step.setup = setup.instruction;
        steps.push_back(step);
    }
    std::vector<Side> sides{ routine.firstSide };
    if (routine.bothSides)
        sides.push_back(otherSide(routine.firstSide));
    // Switched-off movements are left out; rests name the first movement that is done.
    std::vector<int> done;
    for (int m = 0; m < static_cast<int>(routine.movements.size()); ++m) {
        if (routine.movements[static_cast<std::size_t>(m)].enabled)
            done.push_back(m);
    }
    for (std::size_t s = 0; s < sides.size(); ++s) {
        const Side side = sides[s];
        if (s > 0) // always present, even when it lasts 0 s
            steps.push_back(stepOf(StepKind::SwitchSides, routine.switchSidesDuration, side, 1,
                                   done.front()));
        for (int set = 1; set <= routine.setsPerSide; ++set) {
            if (set > 1 && routine.restBetweenSets > 0s)
                steps.push_back(stepOf(StepKind::SetRest, routine.restBetweenSets, side, set,
                                       done.front()));
            for (const int m : done) {
                const MovementSpec &spec = routine.movements[static_cast<std::size_t>(m)];
                if (m != done.front() && routine.restBetweenMovements > 0s)
                    steps.push_back(stepOf(StepKind::Transition, routine.restBetweenMovements, side,
                                           set, m));
                steps.push_back(stepOf(StepKind::Intro, routine.introDuration, side, set, m));
                for (int rep = 1; rep <= spec.reps; ++rep)
                    steps.push_back(stepOf(StepKind::Rep, repDuration(spec), side, set, m, rep));
            }
        }
    }
    steps.push_back(stepOf(StepKind::Complete, 0ms));
    return steps;
}

std::string where(std::size_t index, const PlanStep &step)
{
    return "step " + std::to_string(index) + " (" + std::string(stepKindKey(step.kind)) + " at "
            + std::to_string(step.start.count()) + " ms)";
}

// buildPlan(routine) has exactly the steps the brief describes, tiling the timeline.
void expectPlanFollowsRoutine(const Routine &routine)
{
    ASSERT_TRUE(validate(routine).empty());
    const Plan plan = buildPlan(routine);
    const std::vector<ExpectedStep> expected = expectedTimeline(routine);

    EXPECT_EQ(plan.routine, routine);
    ASSERT_EQ(plan.steps.size(), expected.size());
    Millis start{ 0 };
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const PlanStep &step = plan.steps[i];
        const ExpectedStep &want = expected[i];
        SCOPED_TRACE(where(i, step));
        ASSERT_EQ(step.kind, want.kind);
        EXPECT_EQ(step.start, start);
        EXPECT_EQ(step.duration, want.duration);
        start += want.duration;

        switch (want.kind) {
        case StepKind::Setup:
            EXPECT_EQ(step.setup, want.setup);
            EXPECT_EQ(step.set, 0);
            EXPECT_EQ(step.movementIndex, -1);
            EXPECT_EQ(step.movement, std::nullopt);
            EXPECT_TRUE(step.phases.empty());
            break;
        case StepKind::Complete:
            EXPECT_TRUE(step.phases.empty());
            break;
        case StepKind::Intro:
        case StepKind::Rep:
        case StepKind::Transition:
        case StepKind::SetRest:
        case StepKind::SwitchSides: {
            // For rests, side/set/movement name what comes next.
            const MovementSpec &spec =
                    routine.movements[static_cast<std::size_t>(want.movementIndex)];
            EXPECT_EQ(step.side, want.side);
            EXPECT_EQ(step.set, want.set);
            EXPECT_EQ(step.movementIndex, want.movementIndex);
            EXPECT_EQ(step.movement, spec.movement);
            if (want.kind == StepKind::Intro || want.kind == StepKind::Rep) {
                EXPECT_EQ(step.repsPrescribed, spec.reps);
            }
            if (want.kind == StepKind::Rep) {
                EXPECT_EQ(step.rep, want.rep);
            } else {
                EXPECT_TRUE(step.phases.empty());
            }
            break;
        }
        }
    }
    EXPECT_EQ(plan.total, start);
    EXPECT_EQ(plan.total, plan.steps.back().end());
}

Routine customRoutine()
{
    Routine routine;
    routine.name = "Custom";
    routine.setup = { { SetupInstruction::HeadOnArm, 3s },
                      { SetupInstruction::HandOnTopHip, 2500ms } };
    routine.movements = {
        { Movement::Pulses, 4, { 700ms, 900ms } },
        { Movement::StraightLegRaise, 2, { 1500ms, 2500ms } },
        { Movement::CirclesCounterclockwise, 3, { 2500ms } },
    };
    routine.setsPerSide = 2;
    routine.firstSide = Side::Right;
    routine.bothSides = true;
    routine.introDuration = 3s;
    routine.restBetweenMovements = 7s;
    routine.restBetweenSets = 45s;
    routine.switchSidesDuration = 12s;
    routine.notes = "Go gently.";
    return routine;
}

} // namespace

TEST(PlanTest, DefaultRoutineHas450Reps)
{
    const Plan plan = buildPlan(defaultRoutine());
    EXPECT_EQ(plan.totalReps(), 450);
    std::size_t repSteps = 0;
    for (const PlanStep &step : plan.steps)
        repSteps += step.kind == StepKind::Rep ? 1 : 0;
    EXPECT_EQ(repSteps, 450u);
}

TEST(PlanTest, DefaultTotalIs1843Seconds)
{
    // 23 s setup; per set 25 s intros, 20 s transitions, 240 s reps; 4 set rests; one switch.
    const Plan plan = buildPlan(defaultRoutine());
    EXPECT_EQ(plan.total, Millis{ (23 + 6 * (25 + 20 + 240) + 4 * 20 + 30) * 1000 });
}

TEST(PlanTest, DefaultTotalIsTheSumOfItsSteps)
{
    const Plan plan = buildPlan(defaultRoutine());
    Millis sum{ 0 };
    for (const PlanStep &step : plan.steps)
        sum += step.duration;
    EXPECT_EQ(plan.total, sum);
}

TEST(PlanTest, DefaultPlanFollowsTheRoutine)
{
    expectPlanFollowsRoutine(defaultRoutine());
}

TEST(PlanTest, StepsTileTheTimeline)
{
    const Plan plan = buildPlan(defaultRoutine());
    ASSERT_FALSE(plan.steps.empty());
    EXPECT_EQ(plan.steps.front().start, 0ms);
    for (std::size_t i = 1; i < plan.steps.size(); ++i)
        EXPECT_EQ(plan.steps[i].start, plan.steps[i - 1].end()) << where(i, plan.steps[i]);
    EXPECT_EQ(plan.steps.back().kind, StepKind::Complete);
    EXPECT_EQ(plan.steps.back().duration, 0ms);
    EXPECT_EQ(plan.steps.back().start, plan.total);
}

TEST(PlanTest, MovementOrderInEverySet)
{
    const Plan plan = buildPlan(defaultRoutine());
    const std::vector<Movement> order{ Movement::Clamshell, Movement::StraightLegRaise,
                                       Movement::Pulses, Movement::CirclesClockwise,
                                       Movement::CirclesCounterclockwise };
    std::vector<Movement> intros;
    for (const PlanStep &step : plan.steps) {
        if (step.kind == StepKind::Intro) {
            ASSERT_TRUE(step.movement.has_value());
            intros.push_back(*step.movement);
        }
    }
    ASSERT_EQ(intros.size(), 30u);
    for (std::size_t i = 0; i < intros.size(); ++i)
        EXPECT_EQ(intros[i], order[i % order.size()]) << "intro " << i;
}

TEST(PlanTest, ThreeSetsOnTheLeftThenSwitchSides)
{
    const Plan plan = buildPlan(defaultRoutine());
    std::size_t switches = 0;
    std::size_t switchIndex = 0;
    for (std::size_t i = 0; i < plan.steps.size(); ++i) {
        if (plan.steps[i].kind == StepKind::SwitchSides) {
            ++switches;
            switchIndex = i;
        }
    }
    ASSERT_EQ(switches, 1u);
    EXPECT_EQ(plan.steps[switchIndex].duration, 30s);

    // Right before: the last rep of the last movement of set 3 on the left.
    const PlanStep &before = plan.steps[switchIndex - 1];
    EXPECT_EQ(before.kind, StepKind::Rep);
    EXPECT_EQ(before.side, Side::Left);
    EXPECT_EQ(before.set, 3);
    EXPECT_EQ(before.movement, Movement::CirclesCounterclockwise);
    EXPECT_EQ(before.rep, 15);

    int leftReps = 0;
    int rightReps = 0;
    for (std::size_t i = 0; i < plan.steps.size(); ++i) {
        const PlanStep &step = plan.steps[i];
        if (step.kind != StepKind::Rep)
            continue;
        EXPECT_EQ(step.side, i < switchIndex ? Side::Left : Side::Right) << where(i, step);
        (step.side == Side::Left ? leftReps : rightReps) += 1;
    }
    EXPECT_EQ(leftReps, 225);
    EXPECT_EQ(rightReps, 225);

    // The switch names what comes next: the right side, set 1, the first movement.
    EXPECT_EQ(plan.steps[switchIndex].side, Side::Right);
    EXPECT_EQ(plan.steps[switchIndex].set, 1);
    EXPECT_EQ(plan.steps[switchIndex].movement, Movement::Clamshell);
}

TEST(PlanTest, RepPhasesTileTheRepStep)
{
    const Plan plan = buildPlan(defaultRoutine());
    for (std::size_t i = 0; i < plan.steps.size(); ++i) {
        const PlanStep &step = plan.steps[i];
        if (step.kind != StepKind::Rep)
            continue;
        SCOPED_TRACE(where(i, step));
        ASSERT_TRUE(step.movement.has_value());
        const auto kinds = phasesOf(*step.movement);
        const MovementSpec &spec =
                plan.routine.movements[static_cast<std::size_t>(step.movementIndex)];
        ASSERT_EQ(step.phases.size(), kinds.size());
        Millis at = step.start;
        for (std::size_t p = 0; p < step.phases.size(); ++p) {
            EXPECT_EQ(step.phases[p].kind, kinds[p]);
            EXPECT_EQ(step.phases[p].start, at);
            EXPECT_EQ(step.phases[p].duration, spec.phaseDurations[p]);
            at = step.phases[p].end();
        }
        EXPECT_EQ(at, step.end());
    }
}

TEST(PlanTest, RestsNameWhatComesNext)
{
    const Plan plan = buildPlan(defaultRoutine());
    int rests = 0;
    for (std::size_t i = 0; i + 1 < plan.steps.size(); ++i) {
        const PlanStep &step = plan.steps[i];
        if (step.kind != StepKind::Transition && step.kind != StepKind::SetRest
            && step.kind != StepKind::SwitchSides)
            continue;
        ++rests;
        const PlanStep &next = plan.steps[i + 1];
        SCOPED_TRACE(where(i, step));
        EXPECT_EQ(next.kind, StepKind::Intro);
        EXPECT_EQ(step.side, next.side);
        EXPECT_EQ(step.set, next.set);
        EXPECT_EQ(step.movementIndex, next.movementIndex);
        EXPECT_EQ(step.movement, next.movement);
    }
    EXPECT_EQ(rests, 24 + 4 + 1);
}

TEST(PlanTest, CustomRoutineReflectsEveryField)
{
    expectPlanFollowsRoutine(customRoutine());

    const Plan plan = buildPlan(customRoutine());
    // Two sides of two sets of 4 + 2 + 3 reps.
    EXPECT_EQ(plan.totalReps(), 2 * 2 * (4 + 2 + 3));
    EXPECT_EQ(plan.steps.front().setup, SetupInstruction::HeadOnArm);
    const auto firstIntro =
            std::find_if(plan.steps.begin(), plan.steps.end(),
                         [](const PlanStep &s) { return s.kind == StepKind::Intro; });
    ASSERT_NE(firstIntro, plan.steps.end());
    EXPECT_EQ(firstIntro->side, Side::Right);
    EXPECT_EQ(firstIntro->start, 5500ms);
    EXPECT_EQ(firstIntro->duration, 3s);
    EXPECT_EQ(firstIntro->movement, Movement::Pulses);
    EXPECT_EQ(firstIntro[1].phases.size(), 2u);
    EXPECT_EQ(firstIntro[1].duration, 1600ms);
    // 5.5 + 2 sides * (2 sets * (3 * 3 + 2 * 7 + 4 * 1.6 + 2 * 4 + 3 * 2.5) + 45) + 12
    EXPECT_EQ(plan.total,
              Millis{ 5500 + 2 * (2 * (9000 + 14000 + 6400 + 8000 + 7500) + 45000) + 12000 });
}

TEST(PlanTest, ZeroRestsAreOmittedButSwitchSidesStays)
{
    Routine routine = customRoutine();
    routine.restBetweenMovements = 0s;
    routine.restBetweenSets = 0s;
    routine.switchSidesDuration = 0s;
    expectPlanFollowsRoutine(routine);

    const Plan plan = buildPlan(routine);
    int transitions = 0;
    int setRests = 0;
    int switches = 0;
    for (const PlanStep &step : plan.steps) {
        transitions += step.kind == StepKind::Transition ? 1 : 0;
        setRests += step.kind == StepKind::SetRest ? 1 : 0;
        switches += step.kind == StepKind::SwitchSides ? 1 : 0;
    }
    EXPECT_EQ(transitions, 0);
    EXPECT_EQ(setRests, 0);
    EXPECT_EQ(switches, 1);
}

TEST(PlanTest, OneSideOnlyHasNoSwitch)
{
    Routine routine = customRoutine();
    routine.bothSides = false;
    expectPlanFollowsRoutine(routine);

    const Plan plan = buildPlan(routine);
    EXPECT_EQ(plan.totalReps(), 2 * (4 + 2 + 3));
    for (const PlanStep &step : plan.steps) {
        EXPECT_NE(step.kind, StepKind::SwitchSides);
        if (step.kind == StepKind::Rep) {
            EXPECT_EQ(step.side, Side::Right);
        }
    }
}

TEST(PlanTest, SwitchedOffMovementsAreLeftOut)
{
    Routine routine = defaultRoutine();
    routine.movements[0].enabled = false; // clamshells off: the set starts with leg raises
    routine.movements[3].enabled = false;
    routine.movements[4].enabled = false; // no circles
    expectPlanFollowsRoutine(routine);
    const Plan plan = buildPlan(routine);
    EXPECT_EQ(plan.movementOrder, (std::vector<int>{ 1, 2 }));
    EXPECT_EQ(plan.totalReps(), 2 * 3 * 2 * 15);
    for (const PlanStep &step : plan.steps) {
        if (step.movement) {
            EXPECT_TRUE(step.movementIndex == 1 || step.movementIndex == 2)
                    << "step at " << step.start.count() << " ms";
        }
    }
}

TEST(PlanTest, OrderFollowsTheRoutineList)
{
    Routine routine = defaultRoutine();
    std::swap(routine.movements[0], routine.movements[4]);
    expectPlanFollowsRoutine(routine);
    const Plan plan = buildPlan(routine);
    EXPECT_EQ(plan.movementOrder, (std::vector<int>{ 0, 1, 2, 3, 4 }));
    const auto firstIntro =
            std::find_if(plan.steps.begin(), plan.steps.end(),
                         [](const PlanStep &s) { return s.kind == StepKind::Intro; });
    ASSERT_NE(firstIntro, plan.steps.end());
    EXPECT_EQ(firstIntro->movement, Movement::CirclesCounterclockwise);
}

TEST(PlanTest, SmallestRoutine)
{
    Routine routine;
    routine.setup = { { SetupInstruction::LieOnSide, 1s } };
    routine.movements = { { Movement::CirclesClockwise, 1, { 500ms } } };
    routine.setsPerSide = 1;
    routine.bothSides = false;
    routine.introDuration = 2s;
    expectPlanFollowsRoutine(routine);
    EXPECT_EQ(buildPlan(routine).total, 3500ms);
}

TEST(PlanTest, BuildingIsDeterministic)
{
    const auto same = [](const Plan &a, const Plan &b) {
        return a.routine == b.routine && a.steps == b.steps && a.total == b.total;
    };
    EXPECT_TRUE(same(buildPlan(defaultRoutine()), buildPlan(defaultRoutine())));
    EXPECT_TRUE(same(buildPlan(customRoutine()), buildPlan(customRoutine())));
    EXPECT_FALSE(same(buildPlan(customRoutine()), buildPlan(defaultRoutine())));
}

TEST(PlanTest, StepIndexAtFindsTheCoveringStep)
{
    const Plan plan = buildPlan(defaultRoutine());
    for (std::size_t i = 0; i < plan.steps.size(); ++i) {
        const PlanStep &step = plan.steps[i];
        if (step.duration == 0ms)
            continue;
        EXPECT_EQ(plan.stepIndexAt(step.start), i) << where(i, step);
        EXPECT_EQ(plan.stepIndexAt(step.start + step.duration / 2), i) << where(i, step);
        EXPECT_EQ(plan.stepIndexAt(step.end() - 1ms), i) << where(i, step);
    }
    const std::size_t last = plan.steps.size() - 1;
    EXPECT_EQ(plan.stepIndexAt(plan.total), last);
    EXPECT_EQ(plan.stepIndexAt(plan.total + 3600s), last);
}

TEST(PlanTest, LastRepOfBlockIsInTheSameBlock)
{
    const Plan plan = buildPlan(defaultRoutine());
    for (std::size_t i = 0; i < plan.steps.size(); ++i) {
        const PlanStep &step = plan.steps[i];
        if (step.kind != StepKind::Rep)
            continue;
        const std::size_t last = plan.lastRepOfBlock(i);
        ASSERT_LT(last, plan.steps.size()) << where(i, step);
        const PlanStep &lastStep = plan.steps[last];
        SCOPED_TRACE(where(i, step));
        EXPECT_GE(last, i);
        EXPECT_EQ(lastStep.kind, StepKind::Rep);
        EXPECT_EQ(lastStep.side, step.side);
        EXPECT_EQ(lastStep.set, step.set);
        EXPECT_EQ(lastStep.movementIndex, step.movementIndex);
        EXPECT_EQ(lastStep.rep, step.repsPrescribed);
        EXPECT_EQ(last - i, static_cast<std::size_t>(step.repsPrescribed - step.rep));
    }
}

TEST(PlanTest, StepKindKeysAreThePlanJsonNames)
{
    EXPECT_EQ(stepKindKey(StepKind::Setup), "setup");
    EXPECT_EQ(stepKindKey(StepKind::Intro), "intro");
    EXPECT_EQ(stepKindKey(StepKind::Rep), "rep");
    EXPECT_EQ(stepKindKey(StepKind::Transition), "transition");
    EXPECT_EQ(stepKindKey(StepKind::SetRest), "set_rest");
    EXPECT_EQ(stepKindKey(StepKind::SwitchSides), "switch_sides");
    EXPECT_EQ(stepKindKey(StepKind::Complete), "complete");
}
