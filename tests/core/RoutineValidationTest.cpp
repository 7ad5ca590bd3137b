// Routine validation (issue 2, core 1): every bad field is reported, named as in routine files and
// with its allowed range; nothing is clamped and several problems are all reported at once.

#include "core/routine/Routine.h"
#include "core/routine/RoutineValidation.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace gluteguide;

namespace {

using namespace std::chrono_literals;

std::string problemsText(const std::vector<RoutineProblem> &problems)
{
    std::string text;
    for (const RoutineProblem &problem : problems) {
        text += problem.field + ": code " + std::to_string(int(problem.code)) + ", "
                + std::to_string(problem.min) + ".." + std::to_string(problem.max) + ", got "
                + std::to_string(problem.got) + "\n";
    }
    return text.empty() ? std::string("(no problems)") : text;
}

std::vector<std::string> fieldsOf(const std::vector<RoutineProblem> &problems)
{
    std::vector<std::string> fields;
    for (const RoutineProblem &problem : problems)
        fields.push_back(problem.field);
    std::sort(fields.begin(), fields.end());
    return fields;
}

// The routine has exactly one problem, on `field`, out of the range [low, high].
void expectOnlyProblem(const Routine &routine, const std::string &field, double low, double high)
{
    const std::vector<RoutineProblem> problems = validate(routine);
    ASSERT_EQ(problems.size(), 1u) << problemsText(problems);
    const RoutineProblem &problem = problems.front();
    EXPECT_EQ(problem.field, field);
    EXPECT_TRUE(problem.code == ProblemCode::CountOutOfRange
                || problem.code == ProblemCode::SecondsOutOfRange)
            << problemsText(problems);
    EXPECT_DOUBLE_EQ(problem.min, low) << field;
    EXPECT_DOUBLE_EQ(problem.max, high) << field;
    EXPECT_TRUE(problem.got < low || problem.got > high) << field << " got " << problem.got;
}

void expectValid(const Routine &routine)
{
    const std::vector<RoutineProblem> problems = validate(routine);
    EXPECT_TRUE(problems.empty()) << problemsText(problems);
}

} // namespace

TEST(RoutineValidationTest, DefaultRoutineIsValid)
{
    expectValid(defaultRoutine());
}

TEST(RoutineValidationTest, DefaultRoutineIsTheSeedSeries)
{
    const Routine routine = defaultRoutine();

    ASSERT_EQ(routine.setup.size(), 4u);
    EXPECT_EQ(routine.setup[0], (SetupStep{ SetupInstruction::LieOnSide, 6s }));
    EXPECT_EQ(routine.setup[1], (SetupStep{ SetupInstruction::HeadOnArm, 5s }));
    EXPECT_EQ(routine.setup[2], (SetupStep{ SetupInstruction::StackHipsKneesFeet, 7s }));
    EXPECT_EQ(routine.setup[3], (SetupStep{ SetupInstruction::HandOnTopHip, 5s }));

    const std::vector<MovementSpec> expected{
        { Movement::Clamshell, 15, { 2s, 2s } },
        { Movement::StraightLegRaise, 15, { 2s, 2s } },
        { Movement::Pulses, 15, { 1s, 1s } },
        { Movement::CirclesClockwise, 15, { 3s } },
        { Movement::CirclesCounterclockwise, 15, { 3s } },
    };
    EXPECT_EQ(routine.movements, expected);
    for (const MovementSpec &spec : expected)
        EXPECT_EQ(defaultMovementSpec(spec.movement), spec) << movementKey(spec.movement);

    EXPECT_EQ(routine.setsPerSide, 3);
    EXPECT_EQ(routine.firstSide, Side::Left);
    EXPECT_TRUE(routine.bothSides);
    EXPECT_EQ(routine.introDuration, 5s);
    EXPECT_EQ(routine.restBetweenMovements, 5s);
    EXPECT_EQ(routine.restBetweenSets, 20s);
    EXPECT_EQ(routine.switchSidesDuration, 30s);
}

TEST(RoutineValidationTest, PhasesFollowTheMovement)
{
    const auto phases = [](Movement movement) {
        const auto span = phasesOf(movement);
        return std::vector<PhaseKind>(span.begin(), span.end());
    };
    EXPECT_EQ(phases(Movement::Clamshell), (std::vector{ PhaseKind::Lift, PhaseKind::Lower }));
    EXPECT_EQ(phases(Movement::StraightLegRaise),
              (std::vector{ PhaseKind::Lift, PhaseKind::Lower }));
    EXPECT_EQ(phases(Movement::Pulses), (std::vector{ PhaseKind::Up, PhaseKind::Down }));
    EXPECT_EQ(phases(Movement::CirclesClockwise), (std::vector{ PhaseKind::Circle }));
    EXPECT_EQ(phases(Movement::CirclesCounterclockwise), (std::vector{ PhaseKind::Circle }));
    EXPECT_TRUE(isCircle(Movement::CirclesClockwise));
    EXPECT_TRUE(isCircle(Movement::CirclesCounterclockwise));
    EXPECT_FALSE(isCircle(Movement::Pulses));
    EXPECT_EQ(otherSide(Side::Left), Side::Right);
    EXPECT_EQ(otherSide(Side::Right), Side::Left);
}

TEST(RoutineValidationTest, LimitsOfEveryRangeAreAccepted)
{
    Routine low = defaultRoutine();
    for (MovementSpec &spec : low.movements) {
        spec.reps = 1;
        for (Millis &phase : spec.phaseDurations)
            phase = 500ms;
    }
    low.setsPerSide = 1;
    low.introDuration = 2s;
    low.restBetweenMovements = 0s;
    low.restBetweenSets = 0s;
    low.switchSidesDuration = 0s;
    for (SetupStep &step : low.setup)
        step.duration = 1s;
    expectValid(low);

    Routine high = defaultRoutine();
    for (MovementSpec &spec : high.movements) {
        spec.reps = 50;
        for (Millis &phase : spec.phaseDurations)
            phase = 10s;
    }
    high.setsPerSide = 10;
    high.introDuration = 30s;
    high.restBetweenMovements = 600s;
    high.restBetweenSets = 600s;
    high.switchSidesDuration = 600s;
    for (SetupStep &step : high.setup)
        step.duration = 60s;
    expectValid(high);
}

TEST(RoutineValidationTest, RepsOutOfRangeNameTheMovement)
{
    Routine routine = defaultRoutine();
    routine.movements[2].reps = 0;
    expectOnlyProblem(routine, "movements[2].reps", 1, 50);

    routine.movements[2].reps = 51;
    expectOnlyProblem(routine, "movements[2].reps", 1, 50);
}

TEST(RoutineValidationTest, SetsPerSideOutOfRange)
{
    Routine routine = defaultRoutine();
    routine.setsPerSide = 0;
    expectOnlyProblem(routine, "sets_per_side", 1, 10);

    routine.setsPerSide = 11;
    expectOnlyProblem(routine, "sets_per_side", 1, 10);
}

TEST(RoutineValidationTest, PhaseOutOfRangeNamesMovementAndPhase)
{
    Routine routine = defaultRoutine();
    routine.movements[1].phaseDurations[1] = 400ms;
    expectOnlyProblem(routine, "movements[1].phase_seconds[1]", 0.5, 10);

    routine = defaultRoutine();
    routine.movements[4].phaseDurations[0] = 10500ms;
    expectOnlyProblem(routine, "movements[4].phase_seconds[0]", 0.5, 10);
}

TEST(RoutineValidationTest, WrongNumberOfPhasesIsReported)
{
    Routine routine = defaultRoutine();
    routine.movements[0].phaseDurations = { 2s }; // a clamshell has lift and lower
    std::vector<RoutineProblem> problems = validate(routine);
    ASSERT_EQ(problems.size(), 1u) << problemsText(problems);
    EXPECT_EQ(problems.front().field, "movements[0].phase_seconds");

    routine = defaultRoutine();
    routine.movements[3].phaseDurations = { 2s, 1s }; // a circle is one phase
    problems = validate(routine);
    ASSERT_EQ(problems.size(), 1u) << problemsText(problems);
    EXPECT_EQ(problems.front().field, "movements[3].phase_seconds");

    routine = defaultRoutine();
    routine.movements[2].phaseDurations.clear();
    problems = validate(routine);
    ASSERT_EQ(problems.size(), 1u) << problemsText(problems);
    EXPECT_EQ(problems.front().field, "movements[2].phase_seconds");
}

TEST(RoutineValidationTest, RestsOutOfRangeAreNamed)
{
    Routine routine = defaultRoutine();
    routine.restBetweenMovements = -1s;
    expectOnlyProblem(routine, "rest_between_movements_seconds", 0, 600);
    routine.restBetweenMovements = 601s;
    expectOnlyProblem(routine, "rest_between_movements_seconds", 0, 600);

    routine = defaultRoutine();
    routine.restBetweenSets = -1s;
    expectOnlyProblem(routine, "rest_between_sets_seconds", 0, 600);
    routine.restBetweenSets = 601s;
    expectOnlyProblem(routine, "rest_between_sets_seconds", 0, 600);

    routine = defaultRoutine();
    routine.switchSidesDuration = -1s;
    expectOnlyProblem(routine, "switch_sides_seconds", 0, 600);
    routine.switchSidesDuration = 601s;
    expectOnlyProblem(routine, "switch_sides_seconds", 0, 600);
}

TEST(RoutineValidationTest, IntroOutOfRange)
{
    Routine routine = defaultRoutine();
    routine.introDuration = 1999ms;
    expectOnlyProblem(routine, "intro_seconds", 2, 30);
    routine.introDuration = 30001ms;
    expectOnlyProblem(routine, "intro_seconds", 2, 30);
}

TEST(RoutineValidationTest, SetupStepOutOfRangeNamesTheStep)
{
    Routine routine = defaultRoutine();
    routine.setup[2].duration = 999ms;
    expectOnlyProblem(routine, "setup[2].seconds", 1, 60);
    routine.setup[2].duration = 61s;
    expectOnlyProblem(routine, "setup[2].seconds", 1, 60);
}

TEST(RoutineValidationTest, NoMovementsIsReported)
{
    Routine routine = defaultRoutine();
    routine.movements.clear();
    const std::vector<RoutineProblem> problems = validate(routine);
    ASSERT_EQ(problems.size(), 1u) << problemsText(problems);
    EXPECT_EQ(problems.front().field, "movements");
    EXPECT_EQ(problems.front().code, ProblemCode::NoMovements);
    EXPECT_EQ(problems.front().got, 0.0);
}

TEST(RoutineValidationTest, AllMovementsSwitchedOffIsReportedButEachIsStillChecked)
{
    Routine routine = defaultRoutine();
    for (MovementSpec &spec : routine.movements)
        spec.enabled = false;
    routine.movements[2].reps = 99;
    const std::vector<RoutineProblem> problems = validate(routine);
    ASSERT_EQ(problems.size(), 2u) << problemsText(problems);
    EXPECT_EQ(problems[0].field, "movements");
    EXPECT_EQ(problems[0].code, ProblemCode::NoMovements);
    EXPECT_EQ(problems[0].got, 5.0) << "how many are listed, all off";
    EXPECT_EQ(problems[1].field, "movements[2].reps");
}

TEST(RoutineValidationTest, WrongNumberOfPhasesSaysHowManyAndForWhichMovement)
{
    Routine routine = defaultRoutine();
    routine.movements[0].phaseDurations = { std::chrono::seconds(2) };
    const std::vector<RoutineProblem> problems = validate(routine);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems.front().code, ProblemCode::WrongPhaseCount);
    EXPECT_EQ(problems.front().min, 2.0);
    EXPECT_EQ(problems.front().got, 1.0);
    EXPECT_EQ(problems.front().movement, Movement::Clamshell);
}

TEST(RoutineValidationTest, SeveralProblemsAreAllReported)
{
    Routine routine = defaultRoutine();
    routine.movements[0].reps = 0;
    routine.movements[3].phaseDurations[0] = 100ms;
    routine.setsPerSide = 11;
    routine.introDuration = 1s;
    routine.restBetweenSets = -5s;
    routine.switchSidesDuration = 700s;
    routine.setup[1].duration = 0s;

    const std::vector<RoutineProblem> problems = validate(routine);
    std::vector<std::string> expected{
        "movements[0].reps", "movements[3].phase_seconds[0]", "sets_per_side",
        "intro_seconds",     "rest_between_sets_seconds",     "switch_sides_seconds",
        "setup[1].seconds",
    };
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(fieldsOf(problems), expected) << problemsText(problems);
    for (const RoutineProblem &problem : problems)
        EXPECT_TRUE(problem.got < problem.min || problem.got > problem.max) << problem.field;
}

TEST(RoutineValidationTest, ProblemGivesTheValueFound)
{
    Routine routine = defaultRoutine();
    routine.movements[1].reps = 73;
    routine.setsPerSide = 23;
    const std::vector<RoutineProblem> problems = validate(routine);
    ASSERT_EQ(problems.size(), 2u) << problemsText(problems);
    for (const RoutineProblem &problem : problems) {
        EXPECT_EQ(problem.got, problem.field == "sets_per_side" ? 23.0 : 73.0) << problem.field;
    }
}

TEST(RoutineValidationTest, KeysRoundTrip)
{
    for (Movement movement : allMovements)
        EXPECT_EQ(movementFromKey(movementKey(movement)), movement) << movementKey(movement);
    for (SetupInstruction instruction : allSetupInstructions)
        EXPECT_EQ(setupFromKey(setupKey(instruction)), instruction) << setupKey(instruction);
    EXPECT_EQ(sideFromKey(sideKey(Side::Left)), Side::Left);
    EXPECT_EQ(sideFromKey(sideKey(Side::Right)), Side::Right);
    EXPECT_EQ(movementFromKey("backflip"), std::nullopt);
    EXPECT_EQ(sideFromKey("up"), std::nullopt);
    EXPECT_EQ(setupFromKey(""), std::nullopt);
}

TEST(RoutineValidationTest, KeysAreThePlanJsonNames)
{
    // The names issue 2 fixes for `gluteguide --plan --json` and routine files.
    EXPECT_EQ(movementKey(Movement::Clamshell), "clamshell");
    EXPECT_EQ(movementKey(Movement::StraightLegRaise), "straight_leg_raise");
    EXPECT_EQ(movementKey(Movement::Pulses), "pulses");
    EXPECT_EQ(movementKey(Movement::CirclesClockwise), "circles_cw");
    EXPECT_EQ(movementKey(Movement::CirclesCounterclockwise), "circles_ccw");
    EXPECT_EQ(sideKey(Side::Left), "left");
    EXPECT_EQ(sideKey(Side::Right), "right");
}
