#include "app/session/MonotonicClock.h"

SteadyClock::SteadyClock(double speed) : m_speed(speed)
{
    m_timer.start();
}

gluteguide::Millis SteadyClock::now() const
{
    const double scaled = static_cast<double>(m_timer.nsecsElapsed()) * m_speed / 1.0e6;
    return gluteguide::Millis{ static_cast<gluteguide::Millis::rep>(scaled) };
}
