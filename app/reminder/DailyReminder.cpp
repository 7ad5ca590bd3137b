#include "app/reminder/DailyReminder.h"

#include "app/storage/AppSettings.h"
#include "core/reminder/ReminderSchedule.h"

#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <vector>

using namespace gluteguide;
using namespace std::chrono;

namespace {

// Long waits are cut into pieces, so the precise timer never holds a stale target for long.
constexpr qint64 longestWaitMs = 60 * 60 * 1000;

LocalDateTime civil(const QDateTime &local)
{
    const QDate date = local.date();
    const QTime time = local.time();
    return LocalDateTime{ year{ date.year() } / month{ unsigned(date.month()) }
                                  / day{ unsigned(date.day()) },
                          hours{ time.hour() } + minutes{ time.minute() } };
}

QDateTime localMoment(const LocalDateTime &moment)
{
    const QDate date(int(moment.date.year()), int(unsigned(moment.date.month())),
                     int(unsigned(moment.date.day())));
    const auto minute = int(moment.timeOfDay.count());
    const QTime time(minute / 60, minute % 60);
    const QDateTime local(date, time);
    if (local.isValid())
        return local;
    // A time that a daylight-saving change skips (Qt before 6.7 calls it invalid): read it with
    // the day's offset before the change, so 02:30 comes as 03:30 when 02:00 jumps to 03:00, and
    // that day's reminder still comes.
    const QDateTime dayStart = date.startOfDay();
    const QDateTime shifted =
            QDateTime(date, time, QTimeZone(dayStart.offsetFromUtc())).toLocalTime();
    return std::max(shifted, dayStart);
}

} // namespace

DailyReminder::DailyReminder(QObject *parent)
    : DailyReminder([] { return QDateTime::currentDateTime(); }, parent)
{
}

DailyReminder::DailyReminder(Now now, QObject *parent)
    : QObject(parent),
      m_now(std::move(now)),
      m_dueTimer(new QTimer(this)),
      m_minuteTimer(new QTimer(this))
{
    m_dueTimer->setSingleShot(true);
    m_dueTimer->setTimerType(Qt::PreciseTimer);
    m_minuteTimer->setInterval(minutes{ 1 });
    connect(m_dueTimer, &QTimer::timeout, this, &DailyReminder::check);
    connect(m_minuteTimer, &QTimer::timeout, this, &DailyReminder::check);
}

void DailyReminder::setSchedule(bool enabled, QTime time, const QList<int> &isoWeekdays)
{
    const QTime minute = time.isValid() ? QTime(time.hour(), time.minute()) : QTime(18, 0);
    // A new time may be later today: it is a new reminder, even if today's has been.
    if (minute != m_time)
        m_lastDue = QDateTime();
    m_enabled = enabled;
    m_time = minute;
    m_weekdays = isoWeekdays;
    update(false);
}

void DailyReminder::applySettings(const AppSettings &settings)
{
    setSchedule(settings.reminderEnabled(), settings.reminderTime(), settings.reminderWeekdays());
}

void DailyReminder::check()
{
    update(true);
}

void DailyReminder::update(bool remindMissed)
{
    if (!m_enabled) {
        m_dueTimer->stop();
        m_minuteTimer->stop();
        setNext(QDateTime());
        return;
    }
    const QDateTime now = m_now().toLocalTime();
    if (remindMissed && m_next.isValid() && m_next <= now)
        remind(m_next, now);
    QDateTime next = nextFrom(now);
    if (next.isValid() && next <= now) {
        // Due in this very minute (just switched on, or started at the reminder time).
        remind(next, now);
        next = nextFrom(now);
    }
    setNext(next);
    if (!m_next.isValid()) {
        m_dueTimer->stop();
        m_minuteTimer->stop();
        return;
    }
    m_dueTimer->start(int(std::clamp(now.msecsTo(m_next), qint64(0), longestWaitMs)));
    if (!m_minuteTimer->isActive())
        m_minuteTimer->start();
}

QDateTime DailyReminder::nextFrom(const QDateTime &now) const
{
    QDateTime from = now;
    // Once a day: after today's reminder (or when the clock went back past it), look from
    // tomorrow.
    if (m_lastDue.isValid() && m_lastDue.date() >= now.date())
        from = QDateTime(m_lastDue.date().addDays(1), QTime(0, 0));
    std::vector<weekday> days;
    for (int iso : m_weekdays) {
        if (iso >= 1 && iso <= 7)
            days.push_back(weekday{ unsigned(iso) });
    }
    const auto next =
            nextReminder(civil(from), hours{ m_time.hour() } + minutes{ m_time.minute() }, days);
    return next ? localMoment(*next) : QDateTime();
}

void DailyReminder::remind(const QDateTime &reminder, const QDateTime &now)
{
    m_lastDue = reminder;
    if (reminder.date() == now.date())
        emit due();
}

void DailyReminder::setNext(const QDateTime &next)
{
    if (next == m_next)
        return;
    m_next = next;
    emit nextDueChanged(m_next);
}
