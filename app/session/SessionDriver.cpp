#include "app/session/SessionDriver.h"

#include "app/session/MonotonicClock.h"

using gluteguide::Command;
using gluteguide::SessionState;

namespace {
constexpr int visibleTickMs = 16; // about one display frame
constexpr int hiddenTickMs = 50;
} // namespace

SessionDriver::SessionDriver(gluteguide::Session session, const MonotonicClock &clock,
                             QObject *parent)
    : QObject(parent), m_session(std::move(session)), m_clock(clock)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SessionDriver::tick);
}

gluteguide::Millis SessionDriver::clockNow() const
{
    return m_clock.now();
}

void SessionDriver::setVisible(bool visible)
{
    m_visible = visible;
    updateTimer();
}

void SessionDriver::apply(Command command)
{
    dispatch(m_session.apply(command, m_clock.now()));
}

void SessionDriver::tick()
{
    dispatch(m_session.advance(m_clock.now()));
    emit ticked();
}

void SessionDriver::dispatch(const std::vector<gluteguide::SessionEvent> &events)
{
    updateTimer();
    for (const gluteguide::SessionEvent &event : events)
        emit eventOccurred(event);
}

void SessionDriver::updateTimer()
{
    // Ticking stops when nothing moves: idle, paused or stopped, or finished with the closing
    // words said.
    const SessionState state = m_session.state();
    const bool moving = state != SessionState::Idle && state != SessionState::Paused
            && state != SessionState::Stopped
            && (state != SessionState::Complete || m_session.hasPendingCues());
    if (!moving) {
        m_timer.stop();
        return;
    }
    const int interval = m_visible ? visibleTickMs : hiddenTickMs;
    if (!m_timer.isActive() || m_timer.interval() != interval)
        m_timer.start(interval);
}
