// The daily reminder in the app (issue 11): local time in and out of the core schedule, once a
// day, and robust to sleep and clock changes. The clock is the test's, so nothing waits for 18:00.

#include "app/reminder/DailyReminder.h"

#include "AppTestSupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>
#include <memory>

namespace {

// Monday 2 June 2025 and the days around it.
const QDate monday(2025, 6, 2);
const QDate tuesday = monday.addDays(1);
const QDate friday = monday.addDays(4);
const QList<int> mondayToFriday{ 1, 2, 3, 4, 5 };
const QTime evening(18, 0);

class DailyReminderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(monday.dayOfWeek(), 1);
        m_reminder = std::make_unique<DailyReminder>([this] { return m_now; });
        m_due = std::make_unique<QSignalSpy>(m_reminder.get(), &DailyReminder::due);
    }

    void at(QDate date, QTime time) { m_now = QDateTime(date, time); }
    void moveTo(QDate date, QTime time)
    {
        at(date, time);
        m_reminder->check();
    }
    qsizetype reminders() const { return m_due->count(); }

    QDateTime m_now;
    std::unique_ptr<DailyReminder> m_reminder;
    std::unique_ptr<QSignalSpy> m_due;
};

TEST_F(DailyReminderTest, NextDueIsTheChosenTimeOnTheNextChosenDay)
{
    at(monday, QTime(9, 30));
    m_reminder->setSchedule(true, evening, mondayToFriday);
    EXPECT_EQ(m_reminder->nextDue(), QDateTime(monday, evening));
    EXPECT_EQ(reminders(), 0);
}

TEST_F(DailyReminderTest, DueOnceWhenTheClockReachesIt)
{
    at(monday, QTime(17, 59, 30));
    m_reminder->setSchedule(true, evening, mondayToFriday);
    moveTo(monday, QTime(17, 59, 59));
    EXPECT_EQ(reminders(), 0);
    moveTo(monday, evening);
    EXPECT_EQ(reminders(), 1);
    EXPECT_EQ(m_reminder->nextDue(), QDateTime(tuesday, evening));
    moveTo(monday, QTime(18, 0, 40));
    moveTo(monday, QTime(23, 0));
    EXPECT_EQ(reminders(), 1);
}

TEST_F(DailyReminderTest, SwitchedOnInTheReminderMinuteIsDueAtOnce)
{
    at(monday, QTime(18, 0, 30));
    m_reminder->setSchedule(true, evening, mondayToFriday);
    EXPECT_EQ(reminders(), 1);
    EXPECT_EQ(m_reminder->nextDue(), QDateTime(tuesday, evening));
}

TEST_F(DailyReminderTest, SwitchedOnAfterTheTimeWaitsForTheNextDay)
{
    at(monday, QTime(18, 5));
    m_reminder->setSchedule(true, evening, mondayToFriday);
    EXPECT_EQ(reminders(), 0);
    EXPECT_EQ(m_reminder->nextDue(), QDateTime(tuesday, evening));
}

TEST_F(DailyReminderTest, FridayEveningWaitsForMonday)
{
    at(friday, QTime(20, 0));
    m_reminder->setSchedule(true, evening, mondayToFriday);
    EXPECT_EQ(m_reminder->nextDue(), QDateTime(friday.addDays(3), evening));
}

TEST_F(DailyReminderTest, MissedWhileAsleepTheSameDayItComesOnWaking)
{
    at(monday, QTime(17, 0));
    m_reminder->setSchedule(true, evening, mondayToFriday);
    moveTo(monday, QTime(19, 30));
    EXPECT_EQ(reminders(), 1);
    EXPECT_EQ(m_reminder->nextDue(), QDateTime(tuesday, evening));
}

TEST_F(DailyReminderTest, MissedByAWholeDayItIsNotShownLate)
{
    at(monday, QTime(17, 0));
    m_reminder->setSchedule(true, evening, mondayToFriday);
    moveTo(tuesday, QTime(8, 0));
    EXPECT_EQ(reminders(), 0);
    EXPECT_EQ(m_reminder->nextDue(), QDateTime(tuesday, evening));
}

TEST_F(DailyReminderTest, AClockSetBackAfterTheReminderDoesNotRepeatIt)
{
    at(monday, QTime(17, 59));
    m_reminder->setSchedule(true, evening, mondayToFriday);
    moveTo(monday, evening);
    ASSERT_EQ(reminders(), 1);
    moveTo(monday, QTime(17, 30));
    EXPECT_EQ(m_reminder->nextDue(), QDateTime(tuesday, evening));
    moveTo(monday, evening);
    EXPECT_EQ(reminders(), 1);
    moveTo(tuesday, evening);
    EXPECT_EQ(reminders(), 2);
}

TEST_F(DailyReminderTest, ALaterTimeChosenAfterTodaysReminderRemindsAgainToday)
{
    at(monday, QTime(17, 59));
    m_reminder->setSchedule(true, evening, mondayToFriday);
    moveTo(monday, evening);
    ASSERT_EQ(reminders(), 1);
    m_reminder->setSchedule(true, QTime(20, 0), mondayToFriday);
    EXPECT_EQ(m_reminder->nextDue(), QDateTime(monday, QTime(20, 0)));
}

TEST_F(DailyReminderTest, OffOrWithNoDayThereIsNoReminder)
{
    at(monday, QTime(17, 0));
    m_reminder->setSchedule(false, evening, mondayToFriday);
    EXPECT_FALSE(m_reminder->nextDue().isValid());
    moveTo(monday, evening);
    EXPECT_EQ(reminders(), 0);

    m_reminder->setSchedule(true, evening, {});
    EXPECT_FALSE(m_reminder->nextDue().isValid());
    moveTo(monday, evening);
    EXPECT_EQ(reminders(), 0);
}

TEST_F(DailyReminderTest, TellsWhenTheNextReminderMoves)
{
    QSignalSpy moved(m_reminder.get(), &DailyReminder::nextDueChanged);
    at(monday, QTime(9, 0));
    m_reminder->setSchedule(true, evening, mondayToFriday);
    ASSERT_EQ(moved.count(), 1);
    EXPECT_EQ(moved.last().at(0).toDateTime(), QDateTime(monday, evening));
    m_reminder->setSchedule(false, evening, mondayToFriday);
    ASSERT_EQ(moved.count(), 2);
    EXPECT_FALSE(moved.last().at(0).toDateTime().isValid());
}

// The armed timer, not a call to check(), brings the reminder: the clock starts a moment before
// the reminder and runs in real time.
TEST(DailyReminderTimer, TheArmedTimerBringsTheReminderOnTime)
{
    const QDateTime start(monday, QTime(17, 59, 59, 700));
    QElapsedTimer elapsed;
    elapsed.start();
    DailyReminder reminder([&] { return start.addMSecs(elapsed.elapsed()); });
    QSignalSpy due(&reminder, &DailyReminder::due);
    reminder.setSchedule(true, evening, mondayToFriday);
    ASSERT_EQ(due.count(), 0);
    ASSERT_TRUE(due.wait(5000));
    EXPECT_GE(start.addMSecs(elapsed.elapsed()), QDateTime(monday, evening));
    EXPECT_EQ(due.count(), 1);
}

#ifdef Q_OS_UNIX
// The local time zone for one test, put back afterwards.
class TimeZoneOverride
{
public:
    explicit TimeZoneOverride(const char *zone) : m_had(qEnvironmentVariableIsSet("TZ"))
    {
        m_previous = qgetenv("TZ");
        qputenv("TZ", zone);
        tzset();
    }
    ~TimeZoneOverride()
    {
        if (m_had)
            qputenv("TZ", m_previous);
        else
            qunsetenv("TZ");
        tzset();
    }
    TimeZoneOverride(const TimeZoneOverride &) = delete;
    TimeZoneOverride &operator=(const TimeZoneOverride &) = delete;

private:
    bool m_had = false;
    QByteArray m_previous;
};

// Berlin skips 02:00-03:00 on 30 March 2025: a 02:30 reminder still comes that day.
TEST_F(DailyReminderTest, AReminderTimeThatDaylightSavingSkipsStillComesThatDay)
{
    TimeZoneOverride zone("Europe/Berlin");
    const QDate change(2025, 3, 30);
    if (QDateTime(change, QTime(1, 0)).offsetFromUtc()
        == QDateTime(change, QTime(4, 0)).offsetFromUtc())
        GTEST_SKIP() << "no time zone data for Europe/Berlin";
    at(change.addDays(-1), QTime(20, 0));
    m_reminder->setSchedule(true, QTime(2, 30), { 1, 2, 3, 4, 5, 6, 7 });
    const QDateTime next = m_reminder->nextDue();
    ASSERT_TRUE(next.isValid());
    EXPECT_EQ(next.date(), change);
    EXPECT_GE(next.time(), QTime(3, 0));
    EXPECT_LT(next.time(), QTime(4, 0));
    moveTo(change, QTime(4, 0));
    EXPECT_EQ(reminders(), 1);
}
#endif

} // namespace
