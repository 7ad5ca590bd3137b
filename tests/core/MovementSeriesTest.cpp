// Progress (issue 11): the reps of each movement over time, per session and per week, for the
// progress chart.

#include "core/history/LocalDay.h"
#include "core/history/MovementSeries.h"

#include "HistoryBuilding.h"

#include <gtest/gtest.h>

#include <chrono>
#include <optional>
#include <vector>

using namespace gluteguide;
using namespace std::chrono;

namespace {

std::optional<MovementSeries> seriesOf(const std::vector<MovementSeries> &all, Movement movement)
{
    for (const MovementSeries &series : all) {
        if (series.movement == movement)
            return series;
    }
    return std::nullopt;
}

// A movement's reps in one session, added up from its blocks.
RepsPoint totalsOf(const SessionRecord &record, Movement movement)
{
    RepsPoint totals{ localDayOf(record.startedAt), 1, 0, 0 };
    for (const BlockRecord &block : record.blocks) {
        if (block.movement == movement) {
            totals.repsDone += block.repsDone;
            totals.repsPrescribed += block.repsPrescribed;
        }
    }
    return totals;
}

} // namespace

TEST(MovementSeriesTest, OnePointPerSessionWithTheMovementsRepsAddedUp)
{
    SessionRecord first = completedSession(wallTimeAt(2024y / April / 2, 9h, 120));
    thatsAllAt(first, Movement::Pulses, 1, 6);
    thatsAllAt(first, Movement::Pulses, 3, 4, Side::Right);
    SessionRecord second = completedSession(wallTimeAt(2024y / April / 4, 0h + 20min, 120));
    endIn(second, blockIndex(second, Movement::Pulses, 2), 9, SessionOutcome::Stopped);
    const std::vector<SessionRecord> history{ first, second };

    const std::vector<MovementSeries> series = seriesPerSession(history);
    ASSERT_EQ(series.size(), allMovements.size());
    for (std::size_t i = 0; i < series.size(); ++i) {
        EXPECT_EQ(series[i].movement, allMovements[i]);
        ASSERT_EQ(series[i].points.size(), 2u);
        EXPECT_EQ(series[i].points[0], totalsOf(first, allMovements[i]));
        EXPECT_EQ(series[i].points[1], totalsOf(second, allMovements[i]));
    }
    const RepsPoint cut =
            seriesOf(series, Movement::Pulses)->points[1]; // a copy: the optional is a temporary
    EXPECT_LT(cut.repsDone, cut.repsPrescribed);
    EXPECT_EQ(cut.day, sys_days{ 2024y / April / 4 }); // the local day, not UTC's 3 April
}

TEST(MovementSeriesTest, AMovementLeftOutOfASessionsPlanGetsNoPointFromIt)
{
    Routine withoutPulses = defaultRoutine();
    for (MovementSpec &spec : withoutPulses.movements)
        spec.enabled = spec.movement != Movement::Pulses && spec.movement != Movement::Clamshell;
    const std::vector<SessionRecord> history{
        completedSession(wallTimeAt(2024y / April / 2, 9h, 0)),
        completedSession(withoutPulses, wallTimeAt(2024y / April / 3, 9h, 0)),
        completedSession(wallTimeAt(2024y / April / 4, 9h, 0)),
    };
    const std::vector<MovementSeries> series = seriesPerSession(history);
    const auto pulses = seriesOf(series, Movement::Pulses);
    ASSERT_TRUE(pulses.has_value());
    ASSERT_EQ(pulses->points.size(), 2u);
    EXPECT_EQ(pulses->points[0].day, sys_days{ 2024y / April / 2 });
    EXPECT_EQ(pulses->points[1].day, sys_days{ 2024y / April / 4 });
    EXPECT_EQ(seriesOf(series, Movement::StraightLegRaise)->points.size(), 3u);
}

TEST(MovementSeriesTest, MovementsNoSessionHadGetNoSeries)
{
    Routine onlyClamshells = defaultRoutine();
    for (MovementSpec &spec : onlyClamshells.movements)
        spec.enabled = spec.movement == Movement::Clamshell;
    const std::vector<MovementSeries> series = seriesPerSession(
            { completedSession(onlyClamshells, wallTimeAt(2024y / May / 1, 9h, 0)) });
    ASSERT_EQ(series.size(), 1u);
    EXPECT_EQ(series[0].movement, Movement::Clamshell);
    EXPECT_TRUE(seriesPerSession({}).empty());
}

TEST(MovementSeriesTest, EachWeeksSessionsMergeIntoOnePointOnItsMonday)
{
    const sys_days monday{ 2024y / April / Monday[1] };
    std::vector<SessionRecord> history{
        completedSession(wallTimeAt(year_month_day{ monday }, 9h, 60)),
        completedSession(wallTimeAt(year_month_day{ monday + days{ 2 } }, 9h, 60)),
        completedSession(wallTimeAt(year_month_day{ monday + days{ 6 } }, 23h, 60)),
        completedSession(wallTimeAt(year_month_day{ monday + days{ 8 } }, 9h, 60)),
    };
    thatsAllAt(history[1], Movement::Clamshell, 1, 3);

    const std::vector<MovementSeries> weekly = seriesPerWeek(seriesPerSession(history));
    const auto clamshells = seriesOf(weekly, Movement::Clamshell);
    ASSERT_TRUE(clamshells.has_value());
    ASSERT_EQ(clamshells->points.size(), 2u);

    const RepsPoint &firstWeek = clamshells->points[0];
    EXPECT_EQ(firstWeek.day, monday);
    EXPECT_EQ(firstWeek.sessions, 3);
    const int done = totalsOf(history[0], Movement::Clamshell).repsDone
            + totalsOf(history[1], Movement::Clamshell).repsDone
            + totalsOf(history[2], Movement::Clamshell).repsDone;
    EXPECT_EQ(firstWeek.repsDone, done);
    EXPECT_DOUBLE_EQ(firstWeek.repsDonePerSession(), done / 3.0);
    EXPECT_DOUBLE_EQ(firstWeek.repsPrescribedPerSession(),
                     totalsOf(history[0], Movement::Clamshell).repsPrescribed);

    const RepsPoint &secondWeek = clamshells->points[1];
    EXPECT_EQ(secondWeek.day, monday + weeks{ 1 });
    EXPECT_EQ(secondWeek.sessions, 1);
    EXPECT_EQ(secondWeek.repsDone, totalsOf(history[3], Movement::Clamshell).repsDone);
}
