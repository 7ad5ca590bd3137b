#pragma once

#include "app/session/MonotonicClock.h"

#include <QObject>
#include <QTimer>

// Notices when nobody has touched the keyboard, mouse or screen for a while: the front desk
// goes back to its attract loop. Watches every input event of the application.
class IdleWatch : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatch(const MonotonicClock &clock, QObject *parent = nullptr);

    // Tests pass a clock they move by hand.
    void setClock(const MonotonicClock &clock) { m_clock = &clock; }
    void setLimit(gluteguide::Millis limit) { m_limit = limit; }
    gluteguide::Millis limit() const { return m_limit; }
    // Watching starts afresh: the time without input counts from now.
    void start();
    void stop();
    bool isWatching() const { return m_watching; }

    // Input just happened (the event filter calls this; so can a session that is running).
    void noteActivity();
    // Emits idle() once when the limit has passed since the last input; the timer calls this.
    void check();

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const MonotonicClock *m_clock;
    gluteguide::Millis m_limit{ 60000 };
    gluteguide::Millis m_lastActivity{ 0 };
    bool m_watching = false;
    QTimer m_checks;
};
