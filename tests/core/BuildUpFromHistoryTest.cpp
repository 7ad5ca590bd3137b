// Progress (issue 11): the build-up rule reads the whole history. Each movement builds up from the
// newest session that measured it; skipped sets and sets cut off by an interruption measure
// nothing; a pain stop, there or in the newest session, means no increase.

#include "core/progress/BuildUp.h"
#include "core/routine/Routine.h"

#include "HistoryBuilding.h"

#include <gtest/gtest.h>

#include <chrono>
#include <optional>
#include <vector>

using namespace gluteguide;
using namespace std::chrono;

namespace {

constexpr int step = BuildUpRule::step;

// Sessions on consecutive mornings, the first on 2 March 2025.
WallTime morning(int dayNumber)
{
    return wallTimeAt(year_month_day{ sys_days{ 2025y / March / 1 } + days{ dayNumber } }, 8h, 60);
}

int suggested(const std::vector<RepTarget> &targets, Movement movement)
{
    for (const RepTarget &target : targets) {
        if (target.movement == movement)
            return target.suggested;
    }
    return -1;
}

int prescribed(const Routine &routine, Movement movement)
{
    for (const MovementSpec &spec : routine.movements) {
        if (spec.movement == movement)
            return spec.reps;
    }
    return -1;
}

} // namespace

TEST(BuildUpFromHistoryTest, AnEmptyHistoryKeepsEveryPrescriptionInTheRoutinesOrder)
{
    Routine routine = defaultRoutine();
    routine.movements[1].reps = 9;
    const std::vector<RepTarget> targets = suggestTargets(routine, std::vector<SessionRecord>{});
    ASSERT_EQ(targets.size(), routine.movements.size());
    for (std::size_t i = 0; i < targets.size(); ++i) {
        EXPECT_EQ(targets[i].movement, routine.movements[i].movement);
        EXPECT_EQ(targets[i].prescribed, routine.movements[i].reps);
        EXPECT_EQ(targets[i].suggested, routine.movements[i].reps);
    }
}

TEST(BuildUpFromHistoryTest, TheNewestSessionDecidesNotAnOlderOne)
{
    SessionRecord older = completedSession(morning(1));
    thatsAllAt(older, Movement::Clamshell, 2, 5);
    SessionRecord newer = completedSession(morning(2));
    thatsAllAt(newer, Movement::Clamshell, 1, 11);
    thatsAllAt(newer, Movement::Clamshell, 3, 9, Side::Right);

    const auto targets = suggestTargets(defaultRoutine(), { older, newer });
    EXPECT_EQ(suggested(targets, Movement::Clamshell), 9 + step);
    // The older session's fewest would have given less.
    EXPECT_NE(suggested(targets, Movement::Clamshell), 5 + step);
    EXPECT_EQ(suggested(targets, Movement::Pulses), prescribed(defaultRoutine(), Movement::Pulses));
}

TEST(BuildUpFromHistoryTest, AMovementTheNewestSessionNeverReachedLooksFurtherBack)
{
    SessionRecord older = completedSession(morning(1));
    thatsAllAt(older, Movement::Pulses, 1, 7);
    thatsAllAt(older, Movement::CirclesClockwise, 2, 10);
    // Stopped by the person in the first set of straight-leg raises: pulses and circles never
    // came that day.
    SessionRecord newer = completedSession(morning(2));
    endIn(newer, blockIndex(newer, Movement::StraightLegRaise, 1), 6, SessionOutcome::Stopped);

    const auto targets = suggestTargets(defaultRoutine(), { older, newer });
    EXPECT_EQ(suggested(targets, Movement::Pulses), 7 + step);
    EXPECT_EQ(suggested(targets, Movement::CirclesClockwise), 10 + step);
    // The set the person stopped in measures what they could do.
    EXPECT_EQ(suggested(targets, Movement::StraightLegRaise), 6 + step);
}

TEST(BuildUpFromHistoryTest, SkippedSetsMeasureNothing)
{
    SessionRecord older = completedSession(morning(1));
    thatsAllAt(older, Movement::Pulses, 2, 8);
    SessionRecord newer = completedSession(morning(2));
    skipEverySet(newer, Movement::Pulses); // skipped at the introduction, 0 reps
    // One set of clamshells skipped after a few reps; the others done in full.
    newer.blocks[blockIndex(newer, Movement::Clamshell, 2, Side::Right)].repsDone = 4;

    const auto targets = suggestTargets(defaultRoutine(), { older, newer });
    EXPECT_EQ(suggested(targets, Movement::Pulses), 8 + step);
    EXPECT_EQ(suggested(targets, Movement::Clamshell),
              prescribed(defaultRoutine(), Movement::Clamshell));
}

TEST(BuildUpFromHistoryTest, AnInterruptedSessionCountsItsFinishedSetsNotTheOneCutOff)
{
    SessionRecord older = completedSession(morning(1));
    thatsAllAt(older, Movement::Pulses, 1, 6);
    SessionRecord interrupted = completedSession(morning(2));
    thatsAllAt(interrupted, Movement::StraightLegRaise, 1, 10);
    // The power went off three reps into the first set of pulses.
    endIn(interrupted, blockIndex(interrupted, Movement::Pulses, 1), 3,
          SessionOutcome::Interrupted);

    const auto targets = suggestTargets(defaultRoutine(), { older, interrupted });
    EXPECT_EQ(suggested(targets, Movement::Clamshell),
              prescribed(defaultRoutine(), Movement::Clamshell));
    EXPECT_EQ(suggested(targets, Movement::StraightLegRaise), 10 + step);
    EXPECT_EQ(suggested(targets, Movement::Pulses), 6 + step);
}

TEST(BuildUpFromHistoryTest, NoIncreaseWhenTheSessionThatMeasuredTheMovementEndedInPain)
{
    SessionRecord painful = completedSession(morning(1));
    thatsAllAt(painful, Movement::Clamshell, 1, 10);
    endIn(painful, blockIndex(painful, Movement::Pulses, 1), 5, SessionOutcome::PainStop);
    SessionRecord newer = completedSession(morning(2));
    thatsAllAt(newer, Movement::Clamshell, 1, 12);
    skipEverySet(newer, Movement::Pulses);

    const auto targets = suggestTargets(defaultRoutine(), { painful, newer });
    EXPECT_EQ(suggested(targets, Movement::Pulses), 5);
    // Measured again since, without pain: it builds up.
    EXPECT_EQ(suggested(targets, Movement::Clamshell), 12 + step);
}

TEST(BuildUpFromHistoryTest, NoIncreaseAnywhereWhenTheNewestSessionEndedInPain)
{
    SessionRecord older = completedSession(morning(1));
    thatsAllAt(older, Movement::CirclesClockwise, 3, 8);
    SessionRecord painful = completedSession(morning(2));
    endIn(painful, blockIndex(painful, Movement::Clamshell, 1), 4, SessionOutcome::PainStop);

    const auto targets = suggestTargets(defaultRoutine(), { older, painful });
    EXPECT_EQ(suggested(targets, Movement::Clamshell), 4);
    EXPECT_EQ(suggested(targets, Movement::CirclesClockwise), 8);
}

TEST(BuildUpFromHistoryTest, TargetsStayBetweenOneAndTheCurrentPrescription)
{
    SessionRecord session = completedSession(morning(1));
    endIn(session, blockIndex(session, Movement::StraightLegRaise, 1), 0, SessionOutcome::PainStop);
    Routine routine = defaultRoutine();
    routine.movements[0].reps = 10; // lowered by the therapist since; 15 were done
    ASSERT_EQ(routine.movements[0].movement, Movement::Clamshell);

    const auto targets = suggestTargets(routine, { session });
    EXPECT_EQ(suggested(targets, Movement::StraightLegRaise), 1);
    EXPECT_EQ(suggested(targets, Movement::Clamshell), 10);
}

TEST(BuildUpFromHistoryTest, DisabledMovementsGetNoTarget)
{
    Routine routine = defaultRoutine();
    routine.movements[2].enabled = false;
    SessionRecord session = completedSession(morning(1));
    thatsAllAt(session, Movement::CirclesCounterclockwise, 2, 3);

    const auto targets = suggestTargets(routine, { session });
    EXPECT_EQ(targets.size(), routine.movements.size() - 1);
    EXPECT_EQ(suggested(targets, routine.movements[2].movement), -1);
    EXPECT_EQ(suggested(targets, Movement::CirclesCounterclockwise), 3 + step);
}
