#include "app/session/Playhead.h"

#include <algorithm>
#include <cmath>

using gluteguide::Millis;

Playhead::Playhead(const MonotonicClock &clock) : m_clock(clock)
{
    m_anchorNow = m_clock.now();
}

void Playhead::setLength(Millis length)
{
    reanchor();
    m_length = std::max(length, Millis{ 0 });
    m_anchorPosition = clamp(m_anchorPosition);
    if (m_loop && (m_loop->from >= m_length || m_loop->length() <= Millis{ 0 }))
        m_loop.reset();
    else if (m_loop)
        m_loop->to = std::min(m_loop->to, m_length);
}

Millis Playhead::clamp(Millis position) const
{
    return std::clamp(position, Millis{ 0 }, m_length);
}

void Playhead::reanchor()
{
    m_anchorPosition = position();
    m_anchorNow = m_clock.now();
}

Millis Playhead::position() const
{
    if (!m_playing)
        return m_anchorPosition;
    const double played = double((m_clock.now() - m_anchorNow).count()) * m_rate;
    const Millis moved = m_anchorPosition + Millis{ Millis::rep(std::floor(played)) };
    if (m_loop && m_loop->contains(m_anchorPosition) && moved >= m_loop->to) {
        const Millis into = (moved - m_loop->from) % m_loop->length();
        return m_loop->from + into;
    }
    return clamp(moved);
}

bool Playhead::isPlaying() const
{
    return m_playing && (m_loop || position() < m_length);
}

void Playhead::play()
{
    reanchor();
    // Play from the start again once the end was reached.
    if (!m_loop && m_anchorPosition >= m_length)
        m_anchorPosition = Millis{ 0 };
    m_playing = true;
}

void Playhead::pause()
{
    reanchor();
    m_playing = false;
}

void Playhead::seek(Millis position)
{
    m_anchorPosition = clamp(position);
    m_anchorNow = m_clock.now();
    if (m_loop && !m_loop->contains(m_anchorPosition))
        m_loop.reset();
}

void Playhead::step(Millis delta)
{
    pause();
    seek(m_anchorPosition + delta);
}

void Playhead::setRate(double rate)
{
    reanchor();
    m_rate = std::clamp(rate, minRate, maxRate);
}

void Playhead::setLoop(std::optional<TimeRange> range)
{
    reanchor();
    if (range) {
        range->from = clamp(range->from);
        range->to = clamp(range->to);
        if (range->length() <= Millis{ 0 })
            range.reset();
    }
    m_loop = range;
    if (m_loop && !m_loop->contains(m_anchorPosition))
        m_anchorPosition = m_loop->from;
}
