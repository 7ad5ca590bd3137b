// Progress (issue 11): ten years of daily sessions (3,650 sessions of 30 blocks) are read in
// linear passes, fast enough to redraw the progress screen at once.

#include "core/history/HistoryStats.h"
#include "core/history/LocalDay.h"
#include "core/history/MovementSeries.h"
#include "core/progress/BuildUp.h"

#include "HistoryBuilding.h"

#include <gtest/gtest.h>

#include <chrono>
#include <vector>

using namespace gluteguide;
using namespace std::chrono;

namespace {

constexpr int sessionCount = 3650;

// Daily sessions at 07:00 local, ending today; summer time (UTC+2) from April to October.
std::vector<SessionRecord> tenYearsOfDailySessions(sys_days today)
{
    const SessionRecord full = completedSession(WallTime{});
    std::vector<SessionRecord> history(sessionCount, full);
    for (int i = 0; i < sessionCount; ++i) {
        const year_month_day day{ today - days{ sessionCount - 1 - i } };
        const bool summer = day.month() >= April && day.month() <= October;
        history[std::size_t(i)].startedAt = wallTimeAt(day, 7h, summer ? 120 : 60);
    }
    return history;
}

} // namespace

TEST(TenYearHistoryTest, TenYearsOfDailySessionsAreReadQuicklyAndCorrectly)
{
    const sys_days today{ 2025y / June / 18 };
    std::vector<SessionRecord> history = tenYearsOfDailySessions(today);
    ASSERT_EQ(history.front().blocks.size(), 30u);
    thatsAllAt(history.back(), Movement::Pulses, 2, 9);

    const auto started = steady_clock::now();
    const int streak = currentStreak(history, today);
    const std::vector<WeekCount> weeks = sessionsPerWeek(history, today, 12);
    const auto perSession = seriesPerSession(history);
    const auto perWeek = seriesPerWeek(perSession);
    const auto targets = suggestTargets(defaultRoutine(), history);
    const auto painStop = lastPainStop(history);
    const auto elapsed = steady_clock::now() - started;

    EXPECT_EQ(streak, sessionCount);
    ASSERT_EQ(weeks.size(), 12u);
    const int daysThisWeek = int((today - weekStartOf(today)).count()) + 1;
    EXPECT_EQ(weeks.back().sessions, daysThisWeek);
    for (std::size_t i = 0; i + 1 < weeks.size(); ++i)
        EXPECT_EQ(weeks[i].sessions, 7) << "week of " << i;

    const auto weekCount =
            (weekStartOf(today) - weekStartOf(localDayOf(history.front().startedAt))).count() / 7
            + 1;
    ASSERT_EQ(perSession.size(), allMovements.size());
    for (std::size_t i = 0; i < perSession.size(); ++i) {
        EXPECT_EQ(perSession[i].points.size(), std::size_t(sessionCount));
        EXPECT_EQ(perWeek[i].points.size(), std::size_t(weekCount));
    }
    for (const RepTarget &target : targets) {
        const int expected =
                target.movement == Movement::Pulses ? 9 + BuildUpRule::step : target.prescribed;
        EXPECT_EQ(target.suggested, expected);
    }
    EXPECT_FALSE(painStop.has_value());
    // Linear passes take milliseconds even in a debug build; a quadratic one would not.
    EXPECT_LT(duration_cast<milliseconds>(elapsed).count(), 1000);
}
