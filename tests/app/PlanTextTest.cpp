#include "AppTestSupport.h"

#include "app/cli/PlanText.h"
#include "core/plan/Plan.h"
#include "core/routine/Routine.h"

#include <gtest/gtest.h>

using namespace gluteguide;
using namespace std::chrono_literals;

namespace {

QString defaultListing()
{
    return PlanText::toString(buildPlan(defaultRoutine()));
}

} // namespace

TEST(PlanTextTest, StartsWithTheNameAndTotalTime)
{
    const QString listing = defaultListing();
    EXPECT_TRUE(listing.startsWith(
            QStringLiteral("Side-lying hip series\nTotal time 30:43, 450 reps\n")))
            << listing.toStdString();
}

TEST(PlanTextTest, GroupsTheRepsOfEachMovementOnOneLine)
{
    const QString listing = defaultListing();
    EXPECT_TRUE(listing.contains(
            QStringLiteral("   0:28  Clamshell  15 reps × (Lift 2 s, Lower 2 s)  (1:00)\n")))
            << listing.toStdString();
    // 30 movement blocks in the timeline plus 5 lines describing one set; not 450 rep lines.
    EXPECT_EQ(listing.count(QStringLiteral("15 reps ×")), 35);
    EXPECT_LT(listing.count(QLatin1Char('\n')), 150);
}

TEST(PlanTextTest, HasASectionForEverySetOnEachSide)
{
    const QString listing = defaultListing();
    for (const char *side : { "left", "right" }) {
        for (int set = 1; set <= 3; ++set) {
            const QString header = QStringLiteral("\nSet %1 of 3, lying on your %2 side\n")
                                           .arg(set)
                                           .arg(QLatin1String(side));
            EXPECT_EQ(listing.count(header), 1) << header.toStdString();
        }
    }
    EXPECT_TRUE(listing.contains(QStringLiteral("switch sides: roll onto your right side (30 s)")));
    EXPECT_EQ(listing.count(QStringLiteral("rest between sets (20 s)")), 4);
    EXPECT_TRUE(listing.endsWith(QStringLiteral("  30:43  complete\n"))) << listing.toStdString();
}

TEST(PlanTextTest, ListsSetupAndTheRests)
{
    const QString listing = defaultListing();
    EXPECT_TRUE(listing.contains(
            QStringLiteral("\nSetup\n   0:00  lie on your side on the floor (6 s)\n")))
            << listing.toStdString();
    EXPECT_TRUE(listing.contains(QStringLiteral("Rest between sets: 20 s\n")));
    EXPECT_TRUE(listing.contains(QStringLiteral("Switching sides: 30 s\n")));
    EXPECT_TRUE(listing.contains(
            QStringLiteral("  Pulses                    15 reps × (Up 1 s, Down 1 s)\n")))
            << listing.toStdString();
}

TEST(PlanTextTest, OneSidedRoutineNeverSwitchesSides)
{
    Routine routine = defaultRoutine();
    routine.bothSides = false;
    routine.firstSide = Side::Right;
    routine.setsPerSide = 1;
    routine.notes = "Go gently.";
    routine.movements = { { Movement::CirclesClockwise, 1, { 2500ms } } };
    const QString listing = PlanText::toString(buildPlan(routine));
    EXPECT_FALSE(listing.contains(QStringLiteral("switch sides")));
    EXPECT_FALSE(listing.contains(QStringLiteral("Switching sides")));
    EXPECT_TRUE(listing.contains(QStringLiteral("1 set, lying on your right side only")));
    EXPECT_TRUE(listing.contains(QStringLiteral("Circles clockwise  1 rep × (Circle 2.5 s)")))
            << listing.toStdString();
    EXPECT_TRUE(listing.contains(QStringLiteral("Notes: Go gently.")));
}

TEST(PlanTextTest, ClockShowsMinutesAndSecondsAndHoursFromOneHourOn)
{
    EXPECT_EQ(PlanText::clock(0ms), QStringLiteral("0:00"));
    EXPECT_EQ(PlanText::clock(59999ms), QStringLiteral("0:59"));
    EXPECT_EQ(PlanText::clock(61s), QStringLiteral("1:01"));
    EXPECT_EQ(PlanText::clock(1843s), QStringLiteral("30:43"));
    EXPECT_EQ(PlanText::clock(3661s), QStringLiteral("1:01:01"));
}

TEST(PlanTextTest, DurationShowsSecondsUnderAMinute)
{
    EXPECT_EQ(PlanText::duration(5s), QStringLiteral("5 s"));
    EXPECT_EQ(PlanText::duration(1500ms), QStringLiteral("1.5 s"));
    EXPECT_EQ(PlanText::duration(0ms), QStringLiteral("0 s"));
    EXPECT_EQ(PlanText::duration(90s), QStringLiteral("1:30"));
}
