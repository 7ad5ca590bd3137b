#pragma once

#include <QElapsedTimer>

#include <vector>

// Intervals between painted frames of the figure while it moves, for the whole-process
// benchmark. The figure is only repainted when it moves, so gaps over idleGapMs are counted
// apart, as still periods.
class FrameStats
{
public:
    void framePainted();
    bool hasFrames() const { return m_lastNs >= 0; }

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
