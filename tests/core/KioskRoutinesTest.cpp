// The front desk's short forms of a routine (issue 11): the attract loop and "Try it".

#include "core/kiosk/KioskRoutines.h"
#include "core/plan/Plan.h"
#include "core/routine/RoutineValidation.h"

#include <gtest/gtest.h>

#include <set>

using namespace gluteguide;

namespace {

std::set<int> setsIn(const Plan &plan)
{
    std::set<int> sets;
    for (const PlanStep &step : plan.steps) {
        if (step.kind == StepKind::Rep)
            sets.insert(step.set);
    }
    return sets;
}

int repStepsOf(const Plan &plan, Movement movement)
{
    int reps = 0;
    for (const PlanStep &step : plan.steps)
        reps += step.kind == StepKind::Rep && step.movement == movement ? 1 : 0;
    return reps;
}

} // namespace

TEST(KioskRoutinesTest, AttractLoopShowsEachMovementOnceWithoutSetup)
{
    Routine routine = defaultRoutine();
    routine.movements[2].enabled = false;
    const Routine loop = KioskRoutines::attractLoop(routine);
    EXPECT_TRUE(validate(loop).empty());
    const Plan plan = buildPlan(loop);
    for (const PlanStep &step : plan.steps) {
        EXPECT_NE(step.kind, StepKind::Setup);
        EXPECT_EQ(step.side, routine.firstSide);
    }
    EXPECT_EQ(setsIn(plan), std::set<int>{ 1 });
    for (const MovementSpec &spec : routine.movements)
        EXPECT_EQ(repStepsOf(plan, spec.movement), spec.enabled ? KioskRoutines::attractReps : 0);
    EXPECT_LT(plan.total, buildPlan(routine).total / 10);
}

TEST(KioskRoutinesTest, DemoIsOneSetOfTheChosenRepsWithSetup)
{
    const Routine routine = defaultRoutine();
    const Routine demo = KioskRoutines::demo(routine, 5);
    EXPECT_TRUE(validate(demo).empty());
    const Plan plan = buildPlan(demo);
    EXPECT_EQ(setsIn(plan), std::set<int>{ 1 });
    EXPECT_EQ(plan.steps.front().kind, StepKind::Setup);
    for (Movement movement : allMovements)
        EXPECT_EQ(repStepsOf(plan, movement), 5);
    EXPECT_EQ(demo.movements[0].phaseDurations, routine.movements[0].phaseDurations);
}

TEST(KioskRoutinesTest, DemoRepsStayWithinLimitsAndThePrescription)
{
    Routine routine = defaultRoutine();
    routine.movements[0].reps = 4;
    EXPECT_EQ(KioskRoutines::demo(routine, 0).movements[1].reps, 1);
    EXPECT_EQ(KioskRoutines::demo(routine, 99).movements[1].reps, KioskRoutines::maxDemoReps);
    EXPECT_EQ(KioskRoutines::demo(routine, 10).movements[0].reps, 4);
}
