#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTime>

#include <functional>

class AppSettings;
class QTimer;

// The daily exercise reminder: says when it is due (due()) at the chosen time on the chosen
// weekdays, in local time. A precise timer waits for the next reminder, and a check every minute
// recomputes it from the clock, so a clock change, a time-zone change or sleep does not lose it.
// It is due at most once per local day; one missed by a whole day (the computer was off or
// asleep) is not shown late.
class DailyReminder : public QObject
{
    Q_OBJECT

public:
    using Now = std::function<QDateTime()>;

    explicit DailyReminder(QObject *parent = nullptr);
    // For tests: the current moment from `now` instead of the system clock.
    explicit DailyReminder(Now now, QObject *parent = nullptr);

    // Weekdays are ISO numbers, 1 (Monday) to 7 (Sunday).
    void setSchedule(bool enabled, QTime time, const QList<int> &isoWeekdays);
    void applySettings(const AppSettings &settings);

    // Invalid while off or with no weekday chosen.
    QDateTime nextDue() const { return m_next; }

public slots:
    // Fires a reminder that has come due and arms the timer for the next one.
    void check();

signals:
    void due();
    void nextDueChanged(const QDateTime &next);

private:
    void update(bool remindMissed);
    QDateTime nextFrom(const QDateTime &now) const;
    void remind(const QDateTime &reminder, const QDateTime &now);
    void setNext(const QDateTime &next);

    Now m_now;
    bool m_enabled = false;
    QTime m_time{ 18, 0 };
    QList<int> m_weekdays;
    QDateTime m_next;
    QDateTime m_lastDue;
    QTimer *m_dueTimer = nullptr;
    QTimer *m_minuteTimer = nullptr;
};
