// Daily reminder (issue 11): the next reminder after a local date and time, on the chosen ISO
// weekdays. A reminder due in the same minute as "now" is due now.

#include "core/reminder/ReminderSchedule.h"

#include <gtest/gtest.h>

#include <chrono>
#include <optional>
#include <ostream>
#include <vector>

using namespace gluteguide;
using namespace std::chrono;

namespace gluteguide {
inline void PrintTo(const LocalDateTime &moment, std::ostream *os)
{
    *os << int(moment.date.year()) << '-' << unsigned(moment.date.month()) << '-'
        << unsigned(moment.date.day()) << ' ' << moment.timeOfDay.count() / 60 << ':'
        << moment.timeOfDay.count() % 60;
}
} // namespace gluteguide

namespace {

constexpr minutes at(int hour, int minute)
{
    return hours{ hour } + minutes{ minute };
}

LocalDateTime moment(year_month_day date, minutes timeOfDay)
{
    return LocalDateTime{ date, timeOfDay };
}

const std::vector<weekday> mondayToFriday{ Monday, Tuesday, Wednesday, Thursday, Friday };
const std::vector<weekday> everyDay{
    Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday
};

// The calendar facts the cases below rely on, so a wrong date in a test fails loudly here.
TEST(ReminderSchedule, TestDatesFallOnTheExpectedWeekdays)
{
    EXPECT_EQ(weekday{ sys_days{ 2025y / June / 2 } }, Monday);
    EXPECT_EQ(weekday{ sys_days{ 2025y / June / 6 } }, Friday);
    EXPECT_EQ(weekday{ sys_days{ 2025y / June / 1 } }, Sunday);
    EXPECT_TRUE((2028y / February / 29).ok());
    EXPECT_FALSE((2027y / February / 29).ok());
}

TEST(ReminderSchedule, LaterTheSameDayIsToday)
{
    const auto next = nextReminder(moment(2025y / June / 2, at(9, 30)), at(18, 0), mondayToFriday);
    ASSERT_TRUE(next);
    EXPECT_EQ(*next, moment(2025y / June / 2, at(18, 0)));
}

TEST(ReminderSchedule, DueInTheSameMinuteIsDueNow)
{
    const auto next = nextReminder(moment(2025y / June / 2, at(18, 0)), at(18, 0), mondayToFriday);
    ASSERT_TRUE(next);
    EXPECT_EQ(*next, moment(2025y / June / 2, at(18, 0)));
}

TEST(ReminderSchedule, AMinuteLateWaitsForTheNextChosenDay)
{
    const auto next = nextReminder(moment(2025y / June / 2, at(18, 1)), at(18, 0), mondayToFriday);
    ASSERT_TRUE(next);
    EXPECT_EQ(*next, moment(2025y / June / 3, at(18, 0)));
}

TEST(ReminderSchedule, FridayEveningSkipsTheWeekend)
{
    const auto next = nextReminder(moment(2025y / June / 6, at(19, 0)), at(18, 0), mondayToFriday);
    ASSERT_TRUE(next);
    EXPECT_EQ(*next, moment(2025y / June / 9, at(18, 0)));
}

TEST(ReminderSchedule, CrossesTheEndOfAMonth)
{
    const auto next = nextReminder(moment(2025y / May / 31, at(20, 0)), at(7, 15), everyDay);
    ASSERT_TRUE(next);
    EXPECT_EQ(*next, moment(2025y / June / 1, at(7, 15)));
}

TEST(ReminderSchedule, CrossesTheEndOfAYear)
{
    const auto next = nextReminder(moment(2025y / December / 31, at(23, 59)), at(0, 0), everyDay);
    ASSERT_TRUE(next);
    EXPECT_EQ(*next, moment(2026y / January / 1, at(0, 0)));
}

TEST(ReminderSchedule, LandsOnALeapDay)
{
    const auto leap = nextReminder(moment(2028y / February / 28, at(20, 0)), at(18, 0), everyDay);
    ASSERT_TRUE(leap);
    EXPECT_EQ(*leap, moment(2028y / February / 29, at(18, 0)));

    const auto common = nextReminder(moment(2027y / February / 28, at(20, 0)), at(18, 0), everyDay);
    ASSERT_TRUE(common);
    EXPECT_EQ(*common, moment(2027y / March / 1, at(18, 0)));
}

TEST(ReminderSchedule, OnlySundayWaitsUpToAWeek)
{
    const std::vector<weekday> sunday{ Sunday };
    EXPECT_EQ(nextReminder(moment(2025y / June / 1, at(8, 0)), at(9, 0), sunday),
              moment(2025y / June / 1, at(9, 0)));
    EXPECT_EQ(nextReminder(moment(2025y / June / 1, at(9, 1)), at(9, 0), sunday),
              moment(2025y / June / 8, at(9, 0)));
    EXPECT_EQ(nextReminder(moment(2025y / June / 2, at(9, 0)), at(9, 0), sunday),
              moment(2025y / June / 8, at(9, 0)));
}

TEST(ReminderSchedule, NoChosenDayMeansNoReminder)
{
    EXPECT_FALSE(nextReminder(moment(2025y / June / 2, at(9, 0)), at(18, 0), {}));
    EXPECT_FALSE(nextReminder(moment(2025y / June / 2, at(9, 0)), at(18, 0), { weekday{ 8 } }));
}

TEST(ReminderSchedule, ATimeOutsideTheDayOrAnImpossibleDateMeansNoReminder)
{
    EXPECT_FALSE(nextReminder(moment(2025y / June / 2, at(9, 0)), at(24, 0), everyDay));
    EXPECT_FALSE(nextReminder(moment(2025y / June / 2, at(9, 0)), minutes{ -1 }, everyDay));
    EXPECT_FALSE(nextReminder(moment(2027y / February / 29, at(9, 0)), at(18, 0), everyDay));
}

TEST(ReminderSchedule, RepeatedDaysAreHarmless)
{
    EXPECT_EQ(nextReminder(moment(2025y / June / 6, at(19, 0)), at(18, 0),
                           { Monday, Monday, Monday }),
              moment(2025y / June / 9, at(18, 0)));
}

// Against a plain walk through the calendar: for every set of weekdays, starting on every day of
// two weeks before, at and after the reminder time, the answer is the first chosen day whose
// reminder has not passed.
TEST(ReminderSchedule, AgreesWithAWalkThroughTheCalendarForEverySetOfDays)
{
    const minutes reminderTime = at(18, 0);
    const sys_days start{ 2025y / December / 25 };
    for (unsigned mask = 1; mask < 128; ++mask) {
        std::vector<weekday> chosen;
        for (unsigned iso = 1; iso <= 7; ++iso) {
            if (mask & (1U << (iso - 1)))
                chosen.push_back(weekday{ iso });
        }
        for (int dayOffset = 0; dayOffset < 14; ++dayOffset) {
            const sys_days today = start + days{ dayOffset };
            for (minutes time : { at(0, 0), at(17, 59), at(18, 0), at(18, 1), at(23, 59) }) {
                std::optional<LocalDateTime> walked;
                for (sys_days day = today; !walked; day += days{ 1 }) {
                    const bool chosenDay = (mask >> (weekday{ day }.iso_encoding() - 1)) & 1U;
                    const bool passed = day == today && time > reminderTime;
                    if (chosenDay && !passed)
                        walked = LocalDateTime{ year_month_day{ day }, reminderTime };
                }
                const auto next =
                        nextReminder({ year_month_day{ today }, time }, reminderTime, chosen);
                ASSERT_EQ(next, walked)
                        << "mask " << mask << " day " << dayOffset << " at " << time.count();
            }
        }
    }
}

} // namespace
