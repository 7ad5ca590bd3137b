#pragma once

#include <chrono>

namespace gluteguide {

// All core time is integer milliseconds: exact sums, so a plan's total equals the sum of its
// parts and identical inputs give identical events however the clock is sampled.
using Millis = std::chrono::milliseconds;

constexpr double toSeconds(Millis duration)
{
    return static_cast<double>(duration.count()) / 1000.0;
}

// Seconds to the nearest millisecond.
constexpr Millis fromSeconds(double seconds)
{
    return Millis{ static_cast<Millis::rep>(seconds * 1000.0 + (seconds < 0 ? -0.5 : 0.5)) };
}

} // namespace gluteguide
