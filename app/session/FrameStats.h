#pragma once

#include <QElapsedTimer>

#include <vector>

// Intervals between the session screen's frame ticks while a session runs, for the
// whole-process benchmark: each tick updates the screen (the figure is repainted when it has
// moved a pixel, so paints alone would not show the pacing). Ticks stop while nothing moves, so
// gaps over idleGapMs are counted apart, as still periods.
class FrameStats
{
public:
    void frameTicked();

    struct Summary
    {
        int count = 0;
        double medianMs = 0.0;
        double p95Ms = 0.0;
        double p99Ms = 0.0;
        double maxMs = 0.0;
        int idleGaps = 0;
        // Display frames (of frameMs) missed while moving: an interval of n frames drops n - 1.
        int dropped = 0;
    };
    static constexpr double idleGapMs = 250.0;
    static constexpr double frameMs = 1000.0 / 60.0;
    Summary summary() const;

private:
    QElapsedTimer m_clock;
    qint64 m_lastNs = -1;
    std::vector<double> m_intervalsMs;
    int m_idleGaps = 0;
};
