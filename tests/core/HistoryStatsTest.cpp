// Progress (issue 11): streaks and weekly counts go by the person's own calendar, the local day of
// each session with the UTC offset in force when it started, across moves and clock changes.

#include "core/history/HistoryStats.h"
#include "core/history/LocalDay.h"

#include "HistoryBuilding.h"

#include <gtest/gtest.h>

#include <chrono>
#include <vector>

using namespace gluteguide;
using namespace std::chrono;

namespace {

constexpr int utcPlusOne = 60;
constexpr int utcPlusTwo = 120;
constexpr int utcMinusFive = -300;

// A session finished in full on a local date at a local time.
SessionRecord sessionOn(year_month_day date, minutes timeOfDay, int utcOffsetMinutes = utcPlusOne)
{
    return completedSession(wallTimeAt(date, timeOfDay, utcOffsetMinutes));
}

// A session that was opened and left before the first rep.
SessionRecord emptySessionOn(year_month_day date, minutes timeOfDay)
{
    SessionRecord record = sessionOn(date, timeOfDay);
    endIn(record, 0, 0, SessionOutcome::Interrupted);
    return record;
}

std::vector<int> sessionCounts(const std::vector<WeekCount> &weeks)
{
    std::vector<int> counts;
    for (const WeekCount &week : weeks)
        counts.push_back(week.sessions);
    return counts;
}

} // namespace

TEST(LocalDayTest, TheSameMomentFallsOnTheDayOfTheOffsetInForce)
{
    // 23:30 UTC on 10 January: already the 11th an hour east, still the 10th five hours west.
    const std::int64_t utcMs = wallTimeAt(2024y / January / 10, 23h + 30min, 0).utcMs;
    EXPECT_EQ(localDayOf(WallTime{ utcMs, utcPlusOne }), sys_days{ 2024y / January / 11 });
    EXPECT_EQ(localDayOf(WallTime{ utcMs, utcMinusFive }), sys_days{ 2024y / January / 10 });
    EXPECT_EQ(localDayOf(WallTime{ utcMs, 0 }), sys_days{ 2024y / January / 10 });
}

TEST(LocalDayTest, AMomentBefore1970BelongsToItsOwnDay)
{
    const WallTime evening = wallTimeAt(1969y / December / 31, 22h, 0);
    ASSERT_LT(evening.utcMs, 0);
    EXPECT_EQ(localDayOf(evening), sys_days{ 1969y / December / 31 });
}

TEST(LocalDayTest, EveryDayOfAWeekStartsOnItsMonday)
{
    const sys_days monday{ 2024y / January / Monday[2] };
    for (int offset = 0; offset < 7; ++offset)
        EXPECT_EQ(weekStartOf(monday + days{ offset }), monday) << "day " << offset;
    EXPECT_EQ(weekStartOf(monday - days{ 1 }), monday - weeks{ 1 });
    EXPECT_EQ(weekStartOf(monday + weeks{ 1 }), monday + weeks{ 1 });
}

TEST(HistoryStatsTest, StreakCountsConsecutiveDaysUpToToday)
{
    const sys_days today{ 2024y / May / 20 };
    const std::vector<SessionRecord> history{
        sessionOn(year_month_day{ today - days{ 5 } }, 9h), // before a missed day
        sessionOn(year_month_day{ today - days{ 3 } }, 9h),
        sessionOn(year_month_day{ today - days{ 2 } }, 9h),
        sessionOn(year_month_day{ today - days{ 1 } }, 9h),
        sessionOn(year_month_day{ today }, 9h),
    };
    EXPECT_EQ(currentStreak(history, today), 4);
}

TEST(HistoryStatsTest, StreakIsStillAliveWhenTheLastSessionWasYesterday)
{
    const sys_days today{ 2024y / May / 20 };
    const std::vector<SessionRecord> history{
        sessionOn(year_month_day{ today - days{ 2 } }, 18h),
        sessionOn(year_month_day{ today - days{ 1 } }, 18h),
    };
    EXPECT_EQ(currentStreak(history, today), 2);
    // A day later, with no session in between, it is over.
    EXPECT_EQ(currentStreak(history, today + days{ 1 }), 0);
}

TEST(HistoryStatsTest, SessionsWithoutARepDoNotKeepAStreak)
{
    const sys_days today{ 2024y / May / 20 };
    const std::vector<SessionRecord> history{
        sessionOn(year_month_day{ today - days{ 3 } }, 9h),
        sessionOn(year_month_day{ today - days{ 2 } }, 9h),
        emptySessionOn(year_month_day{ today - days{ 1 } }, 9h),
        sessionOn(year_month_day{ today }, 9h),
    };
    EXPECT_EQ(currentStreak(history, today), 1);
}

TEST(HistoryStatsTest, SeveralSessionsOnOneDayCountAsOneDay)
{
    const sys_days today{ 2024y / May / 20 };
    const std::vector<SessionRecord> history{
        sessionOn(year_month_day{ today - days{ 1 } }, 7h),
        sessionOn(year_month_day{ today - days{ 1 } }, 19h),
        sessionOn(year_month_day{ today }, 7h),
        sessionOn(year_month_day{ today }, 12h),
        sessionOn(year_month_day{ today }, 21h),
    };
    EXPECT_EQ(currentStreak(history, today), 2);
}

TEST(HistoryStatsTest, StreakFollowsAPersonWhoMovesFromUtcPlusOneToUtcMinusFive)
{
    // Late evenings in Berlin, then evenings in New York: the New York sessions start after
    // midnight UTC, so by UTC dates 11 January would have no session.
    const std::vector<SessionRecord> history{
        sessionOn(2024y / January / 8, 23h + 30min, utcPlusOne),
        sessionOn(2024y / January / 9, 23h + 30min, utcPlusOne),
        sessionOn(2024y / January / 10, 23h + 30min, utcPlusOne),
        sessionOn(2024y / January / 11, 20h, utcMinusFive),
        sessionOn(2024y / January / 12, 20h, utcMinusFive),
    };
    EXPECT_EQ(currentStreak(history, sys_days{ 2024y / January / 12 }), 5);
    EXPECT_EQ(currentStreak(history, sys_days{ 2024y / January / 13 }), 5);
}

TEST(HistoryStatsTest, AFlightWestPuttingALaterSessionOnAnEarlierDayKeepsTheStreak)
{
    // Half past midnight on the 11th in Berlin, then that evening in New York: the later session
    // falls on the 10th there. Both days count, whatever order they come in.
    const std::vector<SessionRecord> history{
        sessionOn(2024y / January / 9, 12h, utcPlusOne),
        sessionOn(2024y / January / 11, 0h + 30min, utcPlusOne),
        sessionOn(2024y / January / 10, 21h, utcMinusFive),
    };
    ASSERT_LT(history[1].startedAt.utcMs, history[2].startedAt.utcMs);
    EXPECT_EQ(currentStreak(history, sys_days{ 2024y / January / 11 }), 3);
}

TEST(HistoryStatsTest, StreakSurvivesADaylightSavingChange)
{
    // Just after midnight, in Central Europe around the autumn change on 27 October 2024: summer
    // time (UTC+2) on the 27th, winter time (UTC+1) on the 28th. By UTC these are the 26th and
    // 27th; by one fixed offset, the 26th and 28th.
    const std::vector<SessionRecord> history{
        sessionOn(2024y / October / 27, 0h + 30min, utcPlusTwo),
        sessionOn(2024y / October / 28, 0h + 30min, utcPlusOne),
    };
    EXPECT_EQ(currentStreak(history, sys_days{ 2024y / October / 29 }), 2);

    // And the spring change on 31 March 2024, late evenings.
    const std::vector<SessionRecord> spring{
        sessionOn(2024y / March / 30, 23h + 45min, utcPlusOne),
        sessionOn(2024y / March / 31, 23h + 45min, utcPlusTwo),
        sessionOn(2024y / April / 1, 23h + 45min, utcPlusTwo),
    };
    EXPECT_EQ(currentStreak(spring, sys_days{ 2024y / April / 1 }), 3);
}

TEST(HistoryStatsTest, AWeekStartsAtMidnightBetweenSundayAndMondayLocalTime)
{
    const year_month_day sunday{ 2024y / June / Sunday[2] };
    const year_month_day monday{ sys_days{ sunday } + days{ 1 } };
    const std::vector<SessionRecord> history{
        sessionOn(sunday, 23h + 59min, utcPlusOne), // Sunday evening in Berlin
        sessionOn(sunday, 20h, utcMinusFive), // Monday 01:00 UTC, Sunday in New York
        sessionOn(monday, 0h + 1min, utcPlusOne), // still Sunday by UTC
        sessionOn(monday, 0h + 1min, utcMinusFive), sessionOn(monday, 0h + 1min, utcPlusTwo),
    };
    const std::vector<WeekCount> weeks = sessionsPerWeek(history, sys_days{ monday }, 2);
    ASSERT_EQ(weeks.size(), 2u);
    EXPECT_EQ(weeks[0].monday, weekStartOf(sys_days{ sunday }));
    EXPECT_EQ(weeks[1].monday, sys_days{ monday });
    EXPECT_EQ(sessionCounts(weeks), (std::vector<int>{ 2, 3 }));
}

TEST(HistoryStatsTest, WeeklyCountsFollowTheMoveAndTheClockChange)
{
    // The Sunday of the spring change in Berlin, then a flight to New York.
    const std::vector<SessionRecord> history{
        sessionOn(2024y / March / 31, 0h + 30min, utcPlusOne), // before 02:00: winter time
        sessionOn(2024y / March / 31, 23h + 30min, utcPlusTwo), // Sunday 21:30 UTC
        sessionOn(2024y / April / 1, 0h + 30min, utcPlusTwo), // Monday, still Sunday by UTC
        sessionOn(2024y / April / 7, 22h, utcMinusFive), // Sunday in New York, Monday by UTC
    };
    const sys_days today{ 2024y / April / 8 };
    const std::vector<WeekCount> weeks = sessionsPerWeek(history, today, 3);
    ASSERT_EQ(weeks.size(), 3u);
    EXPECT_EQ(weeks[2].monday, today);
    EXPECT_EQ(weeks[1].monday, today - days{ 7 });
    EXPECT_EQ(weeks[0].monday, today - days{ 14 });
    EXPECT_EQ(sessionCounts(weeks), (std::vector<int>{ 2, 2, 0 }));
}

TEST(HistoryStatsTest, WeeklyCountsLeaveOutSessionsWithoutARepAndOutsideTheWeeks)
{
    const sys_days today{ 2024y / September / 18 }; // a Wednesday
    const std::vector<SessionRecord> history{
        sessionOn(year_month_day{ today - weeks{ 5 } }, 10h), // before the weeks shown
        emptySessionOn(year_month_day{ today - days{ 1 } }, 10h),
        sessionOn(year_month_day{ today }, 10h),
        sessionOn(year_month_day{ today + days{ 7 } }, 10h), // a wrong clock's future
    };
    const std::vector<WeekCount> weeks = sessionsPerWeek(history, today, 4);
    EXPECT_EQ(sessionCounts(weeks), (std::vector<int>{ 0, 0, 0, 1 }));
    EXPECT_TRUE(sessionsPerWeek(history, today, 0).empty());
}

TEST(HistoryStatsTest, LastPainStopIsTheNewestWithItsLocalDate)
{
    SessionRecord first = sessionOn(2024y / February / 3, 10h);
    endIn(first, 4, 2, SessionOutcome::PainStop);
    SessionRecord second = sessionOn(2024y / February / 10, 0h + 15min, utcPlusOne);
    endIn(second, 7, 1, SessionOutcome::PainStop); // 9 February by UTC
    const SessionRecord third = sessionOn(2024y / February / 11, 10h);

    const auto painStop = lastPainStop({ first, second, third });
    ASSERT_TRUE(painStop.has_value());
    EXPECT_EQ(painStop->record, second);
    EXPECT_EQ(painStop->day, sys_days{ 2024y / February / 10 });
}

TEST(HistoryStatsTest, NoPainStopInTheHistoryGivesNone)
{
    SessionRecord stopped = sessionOn(2024y / February / 3, 10h);
    endIn(stopped, 4, 2, SessionOutcome::Stopped);
    EXPECT_FALSE(lastPainStop({ stopped, sessionOn(2024y / February / 4, 10h) }).has_value());
    EXPECT_FALSE(lastPainStop({}).has_value());
}
