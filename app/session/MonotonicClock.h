#pragma once

#include "core/time/Millis.h"

#include <QElapsedTimer>

// The session's time source, passed in so tests and screenshots can drive time by hand.
class MonotonicClock
{
public:
    virtual ~MonotonicClock() = default;
    virtual gluteguide::Millis now() const = 0;
};

// Real monotonic time, optionally scaled (--speed) for demos and tests.
class SteadyClock final : public MonotonicClock
{
public:
    explicit SteadyClock(double speed = 1.0);
    gluteguide::Millis now() const override;
    double speed() const { return m_speed; }

private:
    QElapsedTimer m_timer;
    double m_speed;
};

class ManualClock final : public MonotonicClock
{
public:
    gluteguide::Millis now() const override { return m_now; }
    void set(gluteguide::Millis now) { m_now = now; }
    void advanceBy(gluteguide::Millis step) { m_now += step; }

private:
    gluteguide::Millis m_now{ 0 };
};
