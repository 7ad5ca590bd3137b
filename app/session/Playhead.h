#pragma once

#include "app/session/MonotonicClock.h"

#include <optional>

// A part of a timeline: [from, to).
struct TimeRange
{
    gluteguide::Millis from{ 0 };
    gluteguide::Millis to{ 0 };

    gluteguide::Millis length() const { return to - from; }
    bool contains(gluteguide::Millis position) const { return position >= from && position < to; }
    bool operator==(const TimeRange &) const = default;
};

// Where a preview is on a plan's timeline, read from a clock: play and pause, seek, play faster
// or slower, and go round one part of it. Nothing here ticks: position() is worked out from the
// clock whenever it is asked for, so frames can come at any rate without drift.
class Playhead
{
public:
    explicit Playhead(const MonotonicClock &clock);

    // The timeline is [0, length]; playing stops at its end unless a loop is set.
    void setLength(gluteguide::Millis length);
    gluteguide::Millis length() const { return m_length; }

    void play();
    void pause();
    // Playing, and not stopped at the end.
    bool isPlaying() const;

    // Moves to a position (clamped to the timeline). Outside the loop, the loop ends.
    void seek(gluteguide::Millis position);
    // Moves by a signed amount and pauses there: frame by frame.
    void step(gluteguide::Millis delta);

    static constexpr double minRate = 0.25;
    static constexpr double maxRate = 4.0;
    void setRate(double rate); // clamped to [minRate, maxRate]; the position is kept
    double rate() const { return m_rate; }

    // Goes round [from, to) while playing; the position moves into it if it is outside.
    void setLoop(std::optional<TimeRange> range);
    std::optional<TimeRange> loop() const { return m_loop; }

    gluteguide::Millis position() const;

private:
    // Makes the current position the new starting point for what follows.
    void reanchor();
    gluteguide::Millis clamp(gluteguide::Millis position) const;

    const MonotonicClock &m_clock;
    gluteguide::Millis m_length{ 0 };
    gluteguide::Millis m_anchorPosition{ 0 };
    gluteguide::Millis m_anchorNow{ 0 };
    bool m_playing = false;
    double m_rate = 1.0;
    std::optional<TimeRange> m_loop;
};
