// Progress (issue 2, core 6): "Can't reach 15? Do what you can and build up." The next target is
// two more than the fewest reps managed in an attempted set, never above the prescription; after a
// pain stop, no increase.

#include "core/progress/BuildUp.h"
#include "core/routine/Routine.h"
#include "core/session/MovementResult.h"

#include <gtest/gtest.h>

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <vector>

using namespace gluteguide;

namespace {

using namespace std::chrono_literals;

// One movement's results over sets 1..n on one side, fully attempted.
std::vector<MovementResult> setsOf(const Routine &routine, std::size_t movementIndex,
                                   std::initializer_list<int> achieved, Side side = Side::Left)
{
    std::vector<MovementResult> results;
    int set = 0;
    for (int reps : achieved) {
        MovementResult result;
        result.side = side;
        result.set = ++set;
        result.movementIndex = static_cast<int>(movementIndex);
        result.movement = routine.movements[movementIndex].movement;
        result.prescribed = routine.movements[movementIndex].reps;
        result.achieved = reps;
        result.attempted = true;
        result.endedEarly = reps < result.prescribed;
        results.push_back(result);
    }
    return results;
}

void append(std::vector<MovementResult> &to, const std::vector<MovementResult> &more)
{
    to.insert(to.end(), more.begin(), more.end());
}

std::optional<RepTarget> targetFor(const std::vector<RepTarget> &targets, Movement movement)
{
    for (const RepTarget &target : targets) {
        if (target.movement == movement)
            return target;
    }
    return std::nullopt;
}

int suggested(const std::vector<RepTarget> &targets, Movement movement)
{
    const std::optional<RepTarget> target = targetFor(targets, movement);
    return target ? target->suggested : -1;
}

} // namespace

TEST(BuildUpTest, OneTargetPerRoutineMovementInOrder)
{
    Routine routine = defaultRoutine();
    routine.movements[2].reps = 10;
    const std::vector<RepTarget> targets = suggestTargets(routine, {}, StopReason::None);
    ASSERT_EQ(targets.size(), routine.movements.size());
    for (std::size_t i = 0; i < targets.size(); ++i) {
        EXPECT_EQ(targets[i].movement, routine.movements[i].movement);
        EXPECT_EQ(targets[i].prescribed, routine.movements[i].reps);
    }
}

TEST(BuildUpTest, NothingAttemptedGivesThePrescription)
{
    Routine routine = defaultRoutine();
    routine.movements[2].reps = 10;
    for (const RepTarget &target : suggestTargets(routine, {}, StopReason::None))
        EXPECT_EQ(target.suggested, target.prescribed) << movementKey(target.movement);
}

TEST(BuildUpTest, AllDoneGivesThePrescription)
{
    const Routine routine = defaultRoutine();
    std::vector<MovementResult> results;
    for (std::size_t m = 0; m < routine.movements.size(); ++m) {
        append(results, setsOf(routine, m, { 15, 15, 15 }, Side::Left));
        append(results, setsOf(routine, m, { 15, 15, 15 }, Side::Right));
    }
    for (const RepTarget &target : suggestTargets(routine, results, StopReason::None))
        EXPECT_EQ(target.suggested, 15) << movementKey(target.movement);
}

TEST(BuildUpTest, TwoMoreThanTheFewestAchieved)
{
    const Routine routine = defaultRoutine();
    std::vector<MovementResult> results = setsOf(routine, 0, { 15, 10, 8 });
    append(results, setsOf(routine, 1, { 12, 12, 11 }));
    append(results, setsOf(routine, 2, { 4, 6, 9 }));
    const std::vector<RepTarget> targets = suggestTargets(routine, results, StopReason::None);
    EXPECT_EQ(suggested(targets, Movement::Clamshell), 10);
    EXPECT_EQ(suggested(targets, Movement::StraightLegRaise), 13);
    EXPECT_EQ(suggested(targets, Movement::Pulses), 6);
    // Movements never reached keep their prescription.
    EXPECT_EQ(suggested(targets, Movement::CirclesClockwise), 15);
    EXPECT_EQ(suggested(targets, Movement::CirclesCounterclockwise), 15);
}

TEST(BuildUpTest, NeverAbovePrescribed)
{
    const Routine routine = defaultRoutine();
    std::vector<MovementResult> results = setsOf(routine, 0, { 15, 14, 15 });
    append(results, setsOf(routine, 1, { 13, 15, 15 }));
    const std::vector<RepTarget> targets = suggestTargets(routine, results, StopReason::None);
    EXPECT_EQ(suggested(targets, Movement::Clamshell), 15);
    EXPECT_EQ(suggested(targets, Movement::StraightLegRaise), 15);
}

TEST(BuildUpTest, FewestAcrossBothSides)
{
    const Routine routine = defaultRoutine();
    std::vector<MovementResult> results = setsOf(routine, 3, { 15, 15, 15 }, Side::Left);
    append(results, setsOf(routine, 3, { 15, 7, 15 }, Side::Right));
    EXPECT_EQ(suggested(suggestTargets(routine, results, StopReason::None),
                        Movement::CirclesClockwise),
              9);
}

TEST(BuildUpTest, SkippedAndUnattemptedSetsDoNotCount)
{
    const Routine routine = defaultRoutine();
    std::vector<MovementResult> results = setsOf(routine, 0, { 12, 0, 0 });
    results[1].skipped = true; // skipped: not a measure of what was possible
    results[1].endedEarly = false;
    results[2].attempted = false; // the session ended before this set
    results[2].endedEarly = false;
    EXPECT_EQ(suggested(suggestTargets(routine, results, StopReason::User), Movement::Clamshell),
              14);
}

TEST(BuildUpTest, OnlySkippedSetsGiveThePrescription)
{
    const Routine routine = defaultRoutine();
    std::vector<MovementResult> results = setsOf(routine, 4, { 0, 0 });
    for (MovementResult &result : results) {
        result.skipped = true;
        result.endedEarly = false;
        result.attempted = false;
    }
    EXPECT_EQ(suggested(suggestTargets(routine, results, StopReason::None),
                        Movement::CirclesCounterclockwise),
              15);
}

TEST(BuildUpTest, NoIncreaseAfterPainStop)
{
    const Routine routine = defaultRoutine();
    std::vector<MovementResult> results = setsOf(routine, 0, { 15, 15, 15 });
    append(results, setsOf(routine, 1, { 15, 11 }));
    append(results, setsOf(routine, 2, { 9 }));
    const std::vector<RepTarget> targets = suggestTargets(routine, results, StopReason::Pain);
    EXPECT_EQ(suggested(targets, Movement::Clamshell), 15);
    EXPECT_EQ(suggested(targets, Movement::StraightLegRaise), 11);
    EXPECT_EQ(suggested(targets, Movement::Pulses), 9);
    EXPECT_EQ(suggested(targets, Movement::CirclesClockwise), 15);
}

TEST(BuildUpTest, PainStopTargetIsAtLeastOne)
{
    const Routine routine = defaultRoutine();
    const std::vector<MovementResult> results = setsOf(routine, 1, { 0 });
    EXPECT_EQ(suggested(suggestTargets(routine, results, StopReason::Pain),
                        Movement::StraightLegRaise),
              1);
    // Without pain, zero reps builds up from zero.
    EXPECT_EQ(suggested(suggestTargets(routine, results, StopReason::User),
                        Movement::StraightLegRaise),
              2);
}

TEST(BuildUpTest, TheRoutinesPrescriptionIsTheCeiling)
{
    // The therapist lowered the reps since the last session.
    Routine routine = defaultRoutine();
    const std::vector<MovementResult> results = setsOf(routine, 0, { 15, 13, 15 });
    routine.movements[0].reps = 10;
    const std::vector<RepTarget> targets = suggestTargets(routine, results, StopReason::None);
    const std::optional<RepTarget> clamshell = targetFor(targets, Movement::Clamshell);
    ASSERT_TRUE(clamshell.has_value());
    EXPECT_EQ(clamshell->prescribed, 10);
    EXPECT_EQ(clamshell->suggested, 10);
}
