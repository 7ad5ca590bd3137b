#include "app/session/SessionDriver.h"

#include "app/session/MonotonicClock.h"

#include <algorithm>
#include <optional>

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
    m_timer.setSingleShot(true);
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
    // A frame's tick, or sooner when a boundary or a cue falls before it: rep ends and cues are
    // then reported when they are due, not up to a frame late. (At least 1 ms, so that a clock
    // that disagrees with the session can never make the timer spin.)
    int interval = m_visible ? visibleTickMs : hiddenTickMs;
    if (const std::optional<gluteguide::Millis> due = m_session.nextDueAt()) {
        const gluteguide::Millis::rep untilDue = (*due - m_clock.now()).count();
        interval = int(std::clamp<gluteguide::Millis::rep>(untilDue, 1, interval));
    }
    m_timer.start(interval);
}
