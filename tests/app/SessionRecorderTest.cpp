// A live session kept in the history (issue 11): stored as it starts (as interrupted), each
// block written once it has ended and never while in progress, the outcome at the end.

#include "app/session/MonotonicClock.h"
#include "app/session/SessionDriver.h"
#include "app/session/SessionRecorder.h"
#include "core/cues/CueSchedule.h"
#include "core/history/SessionHistory.h"
#include "core/plan/Plan.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace gluteguide;

namespace {

class SessionRecorderTest : public ::testing::Test
{
protected:
    SessionRecorderTest()
        : plan(buildPlan(defaultRoutine())),
          driver(Session(plan, scheduleCues(plan)), clock),
          recorder(history, driver, QStringLiteral("Week 3"), [this] { return wallNow; })
    {
    }

    // Session time moves only while it runs; the clock moves on regardless.
    void runUntil(Millis position)
    {
        const Millis end = clock.now() + (position - driver.session().position());
        while (clock.now() < end) {
            clock.advanceBy(Millis{ 20 });
            driver.tick();
        }
    }

    // The start of the n-th (0-based) movement block's first rep.
    Millis firstRepOfBlock(std::size_t block) const
    {
        std::size_t intros = 0;
        for (const PlanStep &step : plan.steps) {
            if (step.kind == StepKind::Intro && intros++ == block)
                return step.end();
        }
        return plan.total;
    }

    SessionRecord stored() { return history.sessions().back(); }

    Plan plan;
    ManualClock clock;
    SessionDriver driver;
    MemoryHistory history;
    WallTime wallNow{ 1'750'000'000'000, 120 };
    SessionRecorder recorder;
};

} // namespace

TEST_F(SessionRecorderTest, SessionIsStoredAsInterruptedTheMomentItStarts)
{
    EXPECT_TRUE(history.sessions().empty());
    driver.apply(Command::Start);
    ASSERT_EQ(history.sessions().size(), 1u);
    EXPECT_EQ(stored().outcome, SessionOutcome::Interrupted);
    EXPECT_EQ(stored().routineName, "Week 3");
    EXPECT_EQ(stored().startedAt, wallNow);
    EXPECT_EQ(stored().repsPrescribed(), plan.totalReps());
    EXPECT_EQ(stored().repsDone(), 0);
}

TEST_F(SessionRecorderTest, ABlockIsWrittenWhenItEndsAndNotBefore)
{
    driver.apply(Command::Start);
    runUntil(firstRepOfBlock(1) - Millis{ 100 }); // just before the second movement's first rep
    const SessionRecord afterFirst = stored();
    EXPECT_EQ(history.blockWrites(), 1);
    EXPECT_EQ(afterFirst.blocks[0].repsDone, 15);
    EXPECT_TRUE(afterFirst.blocks[0].reached);
    // The time so far goes with it, so a session cut short still says how long it ran.
    EXPECT_GE(afterFirst.duration, firstRepOfBlock(0) + Millis{ 15 * 4000 });

    // Half-way through the second block: done reps are not written until the block ends.
    runUntil(firstRepOfBlock(1) + Millis{ 4000 * 7 + 100 });
    EXPECT_EQ(stored().blocks[1].repsDone, 0);
    EXPECT_EQ(history.blockWrites(), 1);
}

TEST_F(SessionRecorderTest, ThatsAllICanDoEndsTheBlockAndIsMarked)
{
    driver.apply(Command::Start);
    runUntil(firstRepOfBlock(0) + Millis{ 4000 * 6 + 100 });
    driver.apply(Command::ThatsAllICanDo);
    EXPECT_EQ(history.blockWrites(), 1);
    EXPECT_EQ(stored().blocks[0].repsDone, 6);
    EXPECT_TRUE(stored().blocks[0].thatsAll);
    EXPECT_EQ(stored().outcome, SessionOutcome::Interrupted);
}

TEST_F(SessionRecorderTest, PainStopFinishesTheRecordWithTheRepsOfTheBlockInProgress)
{
    driver.apply(Command::Start);
    runUntil(firstRepOfBlock(1) + Millis{ 4000 * 3 + 100 });
    wallNow.utcMs += 600'000;
    driver.apply(Command::PainStop);
    EXPECT_EQ(stored().outcome, SessionOutcome::PainStop);
    EXPECT_EQ(stored().blocks[1].repsDone, 3);
    ASSERT_TRUE(stored().endedAt.has_value());
    EXPECT_EQ(stored().endedAt->utcMs, wallNow.utcMs);
    EXPECT_EQ(stored().duration, driver.session().position());
}

TEST_F(SessionRecorderTest, PausesDoNotCountInTheDuration)
{
    driver.apply(Command::Start);
    runUntil(Millis{ 10000 });
    driver.apply(Command::Pause);
    clock.advanceBy(Millis{ 300000 });
    driver.tick();
    driver.apply(Command::Resume);
    runUntil(Millis{ 20000 });
    driver.apply(Command::Stop);
    EXPECT_EQ(stored().outcome, SessionOutcome::Stopped);
    EXPECT_GE(stored().duration, Millis{ 20000 });
    EXPECT_LT(stored().duration, Millis{ 21000 });
}

TEST_F(SessionRecorderTest, CompletedSessionHasEveryRep)
{
    driver.apply(Command::Start);
    runUntil(plan.total + Millis{ 5000 });
    EXPECT_EQ(stored().outcome, SessionOutcome::Completed);
    EXPECT_EQ(stored().repsDone(), plan.totalReps());
    // One write per block, as each ended: none while in progress, none twice.
    EXPECT_EQ(history.blockWrites(), int(stored().blocks.size()));
}

TEST_F(SessionRecorderTest, RestartingAfterAStopStartsANewRecord)
{
    driver.apply(Command::Start);
    runUntil(Millis{ 5000 });
    driver.apply(Command::Stop);
    driver.apply(Command::Restart);
    ASSERT_EQ(history.sessions().size(), 2u);
    EXPECT_EQ(history.sessions()[0].outcome, SessionOutcome::Stopped);
    EXPECT_EQ(history.sessions()[1].outcome, SessionOutcome::Interrupted);
}

TEST(SessionRecorderHashTest, SameContentSameHashWhateverTheName)
{
    Routine a = defaultRoutine();
    Routine b = a;
    b.name = "Another name";
    EXPECT_EQ(SessionRecorder::routineHash(a), SessionRecorder::routineHash(b));
    b.movements[0].reps = 12;
    EXPECT_NE(SessionRecorder::routineHash(a), SessionRecorder::routineHash(b));
}
