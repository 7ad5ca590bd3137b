// Cue ids and the cue schedule (issue 2, core 4; PRODUCT.md §5): counts exactly as reps complete,
// "three more"/"last one", structure cues in their steps, reminders spaced and clear of counts,
// never overlapping, lower priorities dropped rather than overlapping.

#include "core/cues/CueId.h"
#include "core/cues/CueSchedule.h"
#include "core/plan/Plan.h"
#include "core/routine/Routine.h"

#include "GTestPrinters.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <vector>

using namespace gluteguide;

namespace {

using namespace std::chrono_literals;

// One movement of one set on one side, as plan step indices.
struct Block
{
    std::size_t intro = 0;
    std::size_t firstRep = 0;
    std::size_t lastRep = 0;
};

std::vector<Block> blocksOf(const Plan &plan)
{
    std::vector<Block> blocks;
    for (std::size_t i = 0; i < plan.steps.size(); ++i) {
        if (plan.steps[i].kind != StepKind::Intro)
            continue;
        Block block{ i, i + 1, i };
        while (block.lastRep + 1 < plan.steps.size()
               && plan.steps[block.lastRep + 1].kind == StepKind::Rep)
            ++block.lastRep;
        blocks.push_back(block);
    }
    return blocks;
}

std::string describe(const ScheduledCue &cue)
{
    return cueKey(cue.id) + " [" + std::to_string(cue.start.count()) + ", "
            + std::to_string(cue.end().count()) + ")";
}

std::vector<ScheduledCue> cuesOfKind(const std::vector<ScheduledCue> &cues, CueKind kind)
{
    std::vector<ScheduledCue> selected;
    std::copy_if(cues.begin(), cues.end(), std::back_inserter(selected),
                 [kind](const ScheduledCue &cue) { return cue.id.kind == kind; });
    return selected;
}

// The cues of a kind that start within [from, to).
std::vector<ScheduledCue> cuesIn(const std::vector<ScheduledCue> &cues, CueKind kind, Millis from,
                                 Millis to)
{
    std::vector<ScheduledCue> selected;
    for (const ScheduledCue &cue : cues) {
        if (cue.id.kind == kind && cue.start >= from && cue.start < to)
            selected.push_back(cue);
    }
    return selected;
}

void expectSortedWithoutOverlap(const std::vector<ScheduledCue> &cues)
{
    for (std::size_t i = 1; i < cues.size(); ++i) {
        EXPECT_LE(cues[i - 1].start, cues[i].start)
                << describe(cues[i - 1]) << " then " << describe(cues[i]);
        EXPECT_LE(cues[i - 1].end(), cues[i].start)
                << describe(cues[i - 1]) << " overlaps " << describe(cues[i]);
    }
}

// Every count is at its rep's end, exactly, and no count is missing.
void expectCountsAtRepEnds(const Plan &plan, const CueSchedule &schedule)
{
    std::map<Millis, CueId> counts;
    for (const ScheduledCue &cue : cuesOfKind(schedule.cues, CueKind::Count))
        EXPECT_TRUE(counts.emplace(cue.start, cue.id).second) << "two counts at " << describe(cue);
    int reps = 0;
    for (const PlanStep &step : plan.steps) {
        if (step.kind != StepKind::Rep)
            continue;
        ++reps;
        const auto found = counts.find(step.end());
        ASSERT_NE(found, counts.end()) << "no count at the end of rep " << step.rep << " at "
                                       << step.end().count() << " ms";
        EXPECT_EQ(found->second, CueId::count(step.rep));
    }
    EXPECT_EQ(counts.size(), static_cast<std::size_t>(reps));
    EXPECT_TRUE(cuesOfKind(schedule.dropped, CueKind::Count).empty());
}

const ScheduledCue *countOfRep(const CueSchedule &schedule, const PlanStep &repStep)
{
    for (const ScheduledCue &cue : schedule.cues) {
        if (cue.id.kind == CueKind::Count && cue.start == repStep.end())
            return &cue;
    }
    return nullptr;
}

Routine customRoutine()
{
    Routine routine = defaultRoutine();
    routine.movements = {
        { Movement::CirclesCounterclockwise, 6, { 2500ms } },
        { Movement::Clamshell, 5, { 1s, 1500ms } },
        { Movement::CirclesClockwise, 4, { 3s } },
    };
    routine.setsPerSide = 2;
    routine.restBetweenMovements = 0s;
    routine.restBetweenSets = 0s;
    routine.switchSidesDuration = 10s;
    return routine;
}

// Slow reps leave room for reminders between the counts.
Routine slowRoutine()
{
    Routine routine = customRoutine();
    for (MovementSpec &spec : routine.movements) {
        for (Millis &phase : spec.phaseDurations)
            phase = 4s;
    }
    return routine;
}

std::multiset<std::string> structureKeys(const CueSchedule &schedule)
{
    std::multiset<std::string> keys;
    for (const auto *list : { &schedule.cues, &schedule.dropped }) {
        for (const ScheduledCue &cue : *list) {
            if (priorityOf(cue.id) != CuePriority::Reminder && cue.id.kind != CueKind::PhaseWord)
                keys.insert(cueKey(cue.id));
        }
    }
    return keys;
}

} // namespace

TEST(CueScheduleTest, CuesAreSortedAndNeverOverlap)
{
    const Plan plan = buildPlan(defaultRoutine());
    const CueSchedule schedule = scheduleCues(plan);
    ASSERT_FALSE(schedule.cues.empty());
    expectSortedWithoutOverlap(schedule.cues);

    CueOptions withPhaseWords;
    withPhaseWords.phaseWords = true;
    expectSortedWithoutOverlap(scheduleCues(plan, estimatedCueLength, withPhaseWords).cues);
    expectSortedWithoutOverlap(scheduleCues(buildPlan(customRoutine())).cues);
}

TEST(CueScheduleTest, CountStartsExactlyAtEachRepEnd)
{
    const Plan plan = buildPlan(defaultRoutine());
    const CueSchedule schedule = scheduleCues(plan);
    expectCountsAtRepEnds(plan, schedule);
    EXPECT_EQ(cuesOfKind(schedule.cues, CueKind::Count).size(), 450u);
}

TEST(CueScheduleTest, CountsAtRepEndsWithoutRests)
{
    const Plan plan = buildPlan(customRoutine());
    expectCountsAtRepEnds(plan, scheduleCues(plan));
}

TEST(CueScheduleTest, ThreeMoreAndLastOneInEveryBlock)
{
    const Plan plan = buildPlan(defaultRoutine());
    const CueSchedule schedule = scheduleCues(plan);
    const std::vector<Block> blocks = blocksOf(plan);
    ASSERT_EQ(blocks.size(), 30u);
    for (const Block &block : blocks) {
        const PlanStep &intro = plan.steps[block.intro];
        SCOPED_TRACE(std::string(movementKey(*intro.movement)) + " set " + std::to_string(intro.set)
                     + " " + std::string(sideKey(intro.side)));
        const int reps = intro.repsPrescribed;
        const PlanStep &repThreeBefore = plan.steps[block.firstRep + std::size_t(reps - 4)];
        const PlanStep &repBeforeLast = plan.steps[block.firstRep + std::size_t(reps - 2)];
        ASSERT_EQ(repThreeBefore.rep, reps - 3);
        ASSERT_EQ(repBeforeLast.rep, reps - 1);

        const std::vector<ScheduledCue> threeMore = cuesIn(
                schedule.cues, CueKind::ThreeMore, intro.start, plan.steps[block.lastRep].end());
        ASSERT_EQ(threeMore.size(), 1u);
        const ScheduledCue *countBefore = countOfRep(schedule, repThreeBefore);
        const ScheduledCue *countAfter =
                countOfRep(schedule, plan.steps[block.firstRep + std::size_t(reps - 3)]);
        ASSERT_NE(countBefore, nullptr);
        ASSERT_NE(countAfter, nullptr);
        EXPECT_GE(threeMore.front().start, countBefore->end()) << describe(threeMore.front());
        EXPECT_LE(threeMore.front().end(), countAfter->start) << describe(threeMore.front());

        const std::vector<ScheduledCue> lastOne = cuesIn(
                schedule.cues, CueKind::LastOne, intro.start, plan.steps[block.lastRep].end());
        ASSERT_EQ(lastOne.size(), 1u);
        const ScheduledCue *countBeforeLast = countOfRep(schedule, repBeforeLast);
        const ScheduledCue *lastCount = countOfRep(schedule, plan.steps[block.lastRep]);
        ASSERT_NE(countBeforeLast, nullptr);
        ASSERT_NE(lastCount, nullptr);
        EXPECT_GE(lastOne.front().start, countBeforeLast->end()) << describe(lastOne.front());
        EXPECT_LE(lastOne.front().end(), lastCount->start) << describe(lastOne.front());
    }
    EXPECT_EQ(cuesOfKind(schedule.cues, CueKind::ThreeMore).size(), 30u);
    EXPECT_EQ(cuesOfKind(schedule.cues, CueKind::LastOne).size(), 30u);
}

TEST(CueScheduleTest, NoThreeMoreWhenOnlyTwoReps)
{
    Routine routine = defaultRoutine();
    for (MovementSpec &spec : routine.movements)
        spec.reps = 2;
    const Plan plan = buildPlan(routine);
    const CueSchedule schedule = scheduleCues(plan);
    EXPECT_TRUE(cuesOfKind(schedule.cues, CueKind::ThreeMore).empty());
    EXPECT_TRUE(cuesOfKind(schedule.dropped, CueKind::ThreeMore).empty());
    EXPECT_EQ(cuesOfKind(schedule.cues, CueKind::LastOne).size(), 30u);
}

TEST(CueScheduleTest, RemindersAtLeast20SecondsApart)
{
    const Plan plan = buildPlan(defaultRoutine());
    const std::vector<ScheduledCue> reminders =
            cuesOfKind(scheduleCues(plan).cues, CueKind::Reminder);
    // A 30-minute session of slow movements gets form reminders.
    ASSERT_GE(reminders.size(), 10u);
    for (std::size_t i = 1; i < reminders.size(); ++i)
        EXPECT_GE(reminders[i].start - reminders[i - 1].start, 20s)
                << describe(reminders[i - 1]) << " then " << describe(reminders[i]);
}

TEST(CueScheduleTest, ReminderSpacingIsAnOption)
{
    const Plan plan = buildPlan(defaultRoutine());
    CueOptions options;
    options.reminderSpacing = 45s;
    const std::vector<ScheduledCue> reminders =
            cuesOfKind(scheduleCues(plan, estimatedCueLength, options).cues, CueKind::Reminder);
    ASSERT_GE(reminders.size(), 5u);
    for (std::size_t i = 1; i < reminders.size(); ++i)
        EXPECT_GE(reminders[i].start - reminders[i - 1].start, 45s)
                << describe(reminders[i - 1]) << " then " << describe(reminders[i]);
}

TEST(CueScheduleTest, NoReminderWithinOneSecondOfACount)
{
    for (const Routine &routine : { defaultRoutine(), slowRoutine() }) {
        const Plan plan = buildPlan(routine);
        const CueSchedule schedule = scheduleCues(plan);
        const std::vector<ScheduledCue> counts = cuesOfKind(schedule.cues, CueKind::Count);
        const std::vector<ScheduledCue> reminders = cuesOfKind(schedule.cues, CueKind::Reminder);
        ASSERT_FALSE(reminders.empty());
        for (const ScheduledCue &reminder : reminders) {
            for (const ScheduledCue &count : counts) {
                EXPECT_FALSE(count.start > reminder.start - 1s && count.start < reminder.end() + 1s)
                        << describe(reminder) << " too close to " << describe(count);
            }
        }
    }
}

TEST(CueScheduleTest, RemindersCanBeTurnedOff)
{
    const Plan plan = buildPlan(defaultRoutine());
    CueOptions options;
    options.reminders = false;
    const CueSchedule schedule = scheduleCues(plan, estimatedCueLength, options);
    EXPECT_TRUE(cuesOfKind(schedule.cues, CueKind::Reminder).empty());
    // Turning reminders off changes nothing else.
    EXPECT_EQ(cuesOfKind(schedule.cues, CueKind::Count).size(), 450u);
}

TEST(CueScheduleTest, PhaseWordsOnlyWhenAsked)
{
    const Plan plan = buildPlan(defaultRoutine());
    EXPECT_TRUE(cuesOfKind(scheduleCues(plan).cues, CueKind::PhaseWord).empty());
    CueOptions options;
    options.phaseWords = true;
    const CueSchedule schedule = scheduleCues(plan, estimatedCueLength, options);
    EXPECT_FALSE(cuesOfKind(schedule.cues, CueKind::PhaseWord).empty());
    expectCountsAtRepEnds(plan, schedule);
}

namespace {

// Each Intro step has exactly one intro for its movement, starting within the step: "reverse the
// circles" for counterclockwise circles straight after clockwise ones, else the movement's intro.
void expectMovementIntroInEveryIntroStep(const Plan &plan)
{
    const CueSchedule schedule = scheduleCues(plan);
    for (const PlanStep &step : plan.steps) {
        if (step.kind != StepKind::Intro)
            continue;
        const bool afterClockwise = step.movementIndex > 0
                && plan.routine.movements[std::size_t(step.movementIndex - 1)].movement
                        == Movement::CirclesClockwise;
        const CueId expected = *step.movement == Movement::CirclesCounterclockwise && afterClockwise
                ? CueId::simple(CueKind::ReverseCircles)
                : CueId::intro(*step.movement);
        const std::vector<ScheduledCue> intros =
                cuesIn(schedule.cues, expected.kind, step.start, step.end());
        EXPECT_EQ(intros.size(), 1u) << cueKey(expected) << " missing from the intro step of "
                                     << movementKey(*step.movement) << " set " << step.set << " "
                                     << sideKey(step.side) << " at " << step.start.count() << " ms";
        if (intros.size() == 1) {
            EXPECT_EQ(intros.front().id, expected);
        }
    }
}

} // namespace

TEST(CueScheduleTest, EveryIntroStepHasItsMovementIntro)
{
    const Plan plan = buildPlan(defaultRoutine());
    expectMovementIntroInEveryIntroStep(plan);
    // Counterclockwise circles come straight after clockwise ones in each of the six sets.
    EXPECT_EQ(cuesOfKind(scheduleCues(plan).cues, CueKind::ReverseCircles).size(), 6u);
}

TEST(CueScheduleTest, CounterclockwiseFirstGetsItsOwnIntro)
{
    Routine routine = defaultRoutine();
    routine.movements = {
        { Movement::CirclesCounterclockwise, 6, { 2500ms } },
        { Movement::Clamshell, 5, { 1s, 1500ms } },
        { Movement::CirclesClockwise, 4, { 3s } },
    };
    const Plan plan = buildPlan(routine);
    EXPECT_TRUE(cuesOfKind(scheduleCues(plan).cues, CueKind::ReverseCircles).empty());
    expectMovementIntroInEveryIntroStep(plan);
}

TEST(CueScheduleTest, ReversalFollowsTheLastMovementDoneNotTheOneSwitchedOff)
{
    Routine routine = defaultRoutine();
    routine.movements = {
        { Movement::CirclesClockwise, 4, { 3s } },
        { Movement::Clamshell, 5, { 1s, 1500ms }, false }, // switched off, between the circles
        { Movement::CirclesCounterclockwise, 4, { 3s } },
    };
    const Plan plan = buildPlan(routine);
    const CueSchedule schedule = scheduleCues(plan);
    EXPECT_EQ(cuesOfKind(schedule.cues, CueKind::ReverseCircles).size(), 6u)
            << "counterclockwise comes straight after clockwise in each of the 6 sets";

    routine.movements[1].enabled = true;
    EXPECT_TRUE(cuesOfKind(scheduleCues(buildPlan(routine)).cues, CueKind::ReverseCircles).empty());
}

TEST(CueScheduleTest, TheSetIsAnnouncedAtTheFirstMovementDone)
{
    Routine routine = defaultRoutine();
    routine.movements[0].enabled = false;
    const Plan plan = buildPlan(routine);
    const auto announcements = cuesOfKind(scheduleCues(plan).cues, CueKind::SetAnnouncement);
    EXPECT_EQ(announcements.size(), 6u);
}

TEST(CueScheduleTest, CuesStartingInAWindowAreThoseAPlayheadPasses)
{
    const Plan plan = buildPlan(defaultRoutine());
    const CueSchedule schedule = scheduleCues(plan);
    const ScheduledCue &tenth = schedule.cues[10];
    const std::vector<ScheduledCue> exact =
            cuesStartingIn(schedule, tenth.start - 1ms, tenth.start);
    ASSERT_EQ(exact.size(), 1u);
    EXPECT_EQ(exact.front(), tenth);
    EXPECT_TRUE(cuesStartingIn(schedule, tenth.start, tenth.start).empty()) << "start excluded";
    std::size_t total = 0;
    for (Millis t{ 0 }; t < plan.total + 10s; t += 16ms)
        total += cuesStartingIn(schedule, t - 16ms, t).size();
    EXPECT_EQ(total, schedule.cues.size()) << "every cue once, by small steps";
}

TEST(CueScheduleTest, EveryMovementIsIntroducedWithoutRests)
{
    // With no rests at all, the intro step also has to carry the last count of the previous
    // movement and the set announcement; the movement's own intro must still be said.
    expectMovementIntroInEveryIntroStep(buildPlan(customRoutine()));
}

TEST(CueScheduleTest, EveryMovementIsIntroducedWithoutSetRest)
{
    // "Rests are optional" (PRODUCT.md §3): without a rest between sets, the first intro of a set
    // also carries the set announcement, and the movement's intro must still be said.
    Routine routine = defaultRoutine();
    routine.restBetweenSets = 0s;
    expectMovementIntroInEveryIntroStep(buildPlan(routine));
}

TEST(CueScheduleTest, SetAnnouncementAtTheStartOfEachSet)
{
    const Plan plan = buildPlan(defaultRoutine());
    const CueSchedule schedule = scheduleCues(plan);
    int sets = 0;
    for (std::size_t i = 0; i < plan.steps.size(); ++i) {
        const PlanStep &step = plan.steps[i];
        if (step.kind != StepKind::Intro || step.movementIndex != 0)
            continue;
        ++sets;
        // Announced in the rest that leads into the set, or in the set's first intro.
        const PlanStep &before = plan.steps[i - 1];
        const bool restBefore =
                before.kind == StepKind::SetRest || before.kind == StepKind::SwitchSides;
        const std::vector<ScheduledCue> announcements =
                cuesIn(schedule.cues, CueKind::SetAnnouncement,
                       restBefore ? before.start : step.start, step.end());
        ASSERT_EQ(announcements.size(), 1u) << "set " << step.set << " " << sideKey(step.side);
        EXPECT_EQ(announcements.front().id, CueId::setAnnouncement(step.set, 3));
    }
    EXPECT_EQ(sets, 6);
    EXPECT_EQ(cuesOfKind(schedule.cues, CueKind::SetAnnouncement).size(), 6u);
}

TEST(CueScheduleTest, RestsAndSwitchAreAnnouncedInTheirSteps)
{
    const Plan plan = buildPlan(defaultRoutine());
    const CueSchedule schedule = scheduleCues(plan);
    std::map<CueKind, int> seen;
    for (const PlanStep &step : plan.steps) {
        CueKind kind;
        if (step.kind == StepKind::Transition)
            kind = CueKind::Rest;
        else if (step.kind == StepKind::SetRest)
            kind = CueKind::SetRest;
        else if (step.kind == StepKind::SwitchSides)
            kind = CueKind::SwitchSides;
        else
            continue;
        EXPECT_EQ(cuesIn(schedule.cues, kind, step.start, step.end()).size(), 1u)
                << stepKindKey(step.kind) << " at " << step.start.count() << " ms";
        ++seen[kind];
    }
    EXPECT_EQ(seen[CueKind::Rest], 24);
    EXPECT_EQ(seen[CueKind::SetRest], 4);
    EXPECT_EQ(seen[CueKind::SwitchSides], 1);
    EXPECT_EQ(cuesOfKind(schedule.cues, CueKind::Rest).size(), 24u);
    EXPECT_EQ(cuesOfKind(schedule.cues, CueKind::SetRest).size(), 4u);
    EXPECT_EQ(cuesOfKind(schedule.cues, CueKind::SwitchSides).size(), 1u);
}

TEST(CueScheduleTest, EverySetupStepIsSpoken)
{
    const Plan plan = buildPlan(defaultRoutine());
    const CueSchedule schedule = scheduleCues(plan);
    for (const PlanStep &step : plan.steps) {
        if (step.kind != StepKind::Setup)
            continue;
        const std::vector<ScheduledCue> cues =
                cuesIn(schedule.cues, CueKind::Setup, step.start, step.end());
        ASSERT_EQ(cues.size(), 1u) << setupKey(*step.setup);
        EXPECT_EQ(cues.front().id, CueId::setupStep(*step.setup));
    }
}

TEST(CueScheduleTest, CompleteComesOnceAfterTheLastCount)
{
    const Plan plan = buildPlan(defaultRoutine());
    const CueSchedule schedule = scheduleCues(plan);
    const std::vector<ScheduledCue> complete = cuesOfKind(schedule.cues, CueKind::Complete);
    ASSERT_EQ(complete.size(), 1u);
    const std::vector<ScheduledCue> counts = cuesOfKind(schedule.cues, CueKind::Count);
    ASSERT_FALSE(counts.empty());
    EXPECT_GE(complete.front().start, counts.back().end());
    EXPECT_GE(complete.front().start, plan.total);
    EXPECT_EQ(schedule.cues.back().id.kind, CueKind::Complete);
}

TEST(CueScheduleTest, PainStopIsNeverScheduled)
{
    const Plan plan = buildPlan(defaultRoutine());
    EXPECT_TRUE(cuesOfKind(scheduleCues(plan).cues, CueKind::PainStop).empty());
}

TEST(CueScheduleTest, PrioritySafetyThenCountThenStructureThenReminder)
{
    EXPECT_EQ(priorityOf(CueId::simple(CueKind::PainStop)), CuePriority::Safety);
    EXPECT_EQ(priorityOf(CueId::count(7)), CuePriority::Count);
    EXPECT_EQ(priorityOf(CueId::intro(Movement::Pulses)), CuePriority::Structure);
    EXPECT_EQ(priorityOf(CueId::setAnnouncement(2, 3)), CuePriority::Structure);
    EXPECT_EQ(priorityOf(CueId::simple(CueKind::SwitchSides)), CuePriority::Structure);
    EXPECT_EQ(priorityOf(CueId::simple(CueKind::ReverseCircles)), CuePriority::Structure);
    EXPECT_EQ(priorityOf(CueId::simple(CueKind::Rest)), CuePriority::Structure);
    EXPECT_EQ(priorityOf(CueId::simple(CueKind::SetRest)), CuePriority::Structure);
    EXPECT_EQ(priorityOf(CueId::simple(CueKind::Complete)), CuePriority::Structure);
    EXPECT_EQ(priorityOf(CueId::setupStep(SetupInstruction::HeadOnArm)), CuePriority::Structure);
    EXPECT_EQ(priorityOf(CueId::formReminder(Reminder::NoRocking)), CuePriority::Reminder);
    EXPECT_GT(CuePriority::Safety, CuePriority::Count);
    EXPECT_GT(CuePriority::Count, CuePriority::Structure);
    EXPECT_GT(CuePriority::Structure, CuePriority::Reminder);
}

TEST(CueScheduleTest, ScheduledLengthsAreTheGivenLengths)
{
    const Plan plan = buildPlan(defaultRoutine());
    const CueLengths lengths = [](const CueId &cue) {
        return cue.kind == CueKind::Count ? Millis{ 300 + 10 * cue.number } : 1234ms;
    };
    const CueSchedule schedule = scheduleCues(plan, lengths);
    ASSERT_FALSE(schedule.cues.empty());
    for (const ScheduledCue &cue : schedule.cues)
        EXPECT_EQ(cue.length, lengths(cue.id)) << describe(cue);
    expectSortedWithoutOverlap(schedule.cues);
}

TEST(CueScheduleTest, EstimatedLengthsArePositive)
{
    for (const CueId &cue : allCueIds())
        EXPECT_GT(estimatedCueLength(cue), 0ms) << cueKey(cue);
}

TEST(CueScheduleTest, HugeStructureCuesAreDroppedNotOverlapped)
{
    const Plan plan = buildPlan(defaultRoutine());
    // A minute for every structure cue and reminder; counts (and "three more", "last one")
    // as usual.
    const CueLengths huge = [](const CueId &cue) {
        return priorityOf(cue) >= CuePriority::Count ? estimatedCueLength(cue) : Millis{ 60s };
    };
    const CueSchedule schedule = scheduleCues(plan, huge);
    expectSortedWithoutOverlap(schedule.cues);
    expectCountsAtRepEnds(plan, schedule);
    EXPECT_FALSE(schedule.dropped.empty());
    for (const ScheduledCue &cue : schedule.dropped)
        EXPECT_LT(priorityOf(cue.id), CuePriority::Count) << describe(cue);

    // Nothing is lost silently: each structure cue is either scheduled or listed as dropped.
    EXPECT_EQ(structureKeys(schedule), structureKeys(scheduleCues(plan)));
}

TEST(CueScheduleTest, HugeLengthsForEveryCueStillNeverOverlap)
{
    const Plan plan = buildPlan(defaultRoutine());
    const CueSchedule schedule = scheduleCues(plan, [](const CueId &) { return Millis{ 10s }; });
    expectSortedWithoutOverlap(schedule.cues);
    EXPECT_FALSE(schedule.dropped.empty());
    // Counts that are kept are still on time: a cue is dropped, never moved late.
    std::set<Millis> repEnds;
    for (const PlanStep &step : plan.steps) {
        if (step.kind == StepKind::Rep)
            repEnds.insert(step.end());
    }
    for (const ScheduledCue &cue : cuesOfKind(schedule.cues, CueKind::Count))
        EXPECT_TRUE(repEnds.count(cue.start)) << describe(cue);
}

TEST(CueScheduleTest, EveryScheduledCueIsAKnownCue)
{
    std::set<std::string> known;
    for (const CueId &cue : allCueIds())
        known.insert(cueKey(cue));
    CueOptions options;
    options.phaseWords = true;
    for (const Routine &routine : { defaultRoutine(), customRoutine() }) {
        const CueSchedule schedule = scheduleCues(buildPlan(routine), estimatedCueLength, options);
        for (const ScheduledCue &cue : schedule.cues)
            EXPECT_TRUE(known.count(cueKey(cue.id))) << describe(cue);
    }
}

TEST(CueIdTest, EveryCueRoundTripsThroughItsKey)
{
    const std::vector<CueId> cues = allCueIds();
    ASSERT_FALSE(cues.empty());
    std::set<std::string> keys;
    for (const CueId &cue : cues) {
        const std::string key = cueKey(cue);
        EXPECT_FALSE(key.empty());
        EXPECT_TRUE(keys.insert(key).second) << "duplicate key " << key;
        const std::optional<CueId> back = cueFromKey(key);
        ASSERT_TRUE(back.has_value()) << key;
        EXPECT_EQ(*back, cue) << key;
    }
    EXPECT_EQ(cueFromKey("not_a_cue"), std::nullopt);
    EXPECT_EQ(cueFromKey(""), std::nullopt);
}

TEST(CueIdTest, KeysNameTheVoiceClips)
{
    EXPECT_EQ(cueKey(CueId::count(7)), "count_7");
    EXPECT_EQ(cueKey(CueId::setAnnouncement(2, 3)), "set_2_of_3");
    EXPECT_EQ(cueKey(CueId::intro(Movement::Clamshell)), "intro_clamshell");
    EXPECT_EQ(cueFromKey("count_12"), CueId::count(12));
    EXPECT_EQ(cueFromKey("set_3_of_10"), CueId::setAnnouncement(3, 10));
}

TEST(CueIdTest, AllCueIdsCoverEveryValidRoutine)
{
    std::set<std::string> keys;
    for (const CueId &cue : allCueIds())
        keys.insert(cueKey(cue));
    const auto has = [&keys](const CueId &cue) { return keys.count(cueKey(cue)) == 1; };
    for (int rep = 1; rep <= 50; ++rep)
        EXPECT_TRUE(has(CueId::count(rep))) << rep;
    for (int of = 1; of <= 10; ++of) {
        for (int set = 1; set <= of; ++set)
            EXPECT_TRUE(has(CueId::setAnnouncement(set, of))) << set << " of " << of;
    }
    for (Movement movement : allMovements)
        EXPECT_TRUE(has(CueId::intro(movement))) << movementKey(movement);
    for (SetupInstruction instruction : allSetupInstructions)
        EXPECT_TRUE(has(CueId::setupStep(instruction))) << setupKey(instruction);
    for (Reminder reminder : { Reminder::HipsStacked, Reminder::MoveSlowly, Reminder::FeetTogether,
                               Reminder::NoRocking })
        EXPECT_TRUE(has(CueId::formReminder(reminder)));
    for (CueKind kind :
         { CueKind::ReverseCircles, CueKind::SwitchSides, CueKind::ThreeMore, CueKind::LastOne,
           CueKind::Rest, CueKind::SetRest, CueKind::Complete, CueKind::PainStop })
        EXPECT_TRUE(has(CueId::simple(kind))) << static_cast<int>(kind);
    for (PhaseKind phase : { PhaseKind::Lift, PhaseKind::Lower, PhaseKind::Up, PhaseKind::Down })
        EXPECT_TRUE(has(CueId::phaseWord(phase))) << phaseKey(phase);
}
