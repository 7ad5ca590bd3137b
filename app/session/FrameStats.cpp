#include "app/session/FrameStats.h"

#include <algorithm>
#include <cmath>

void FrameStats::frameTicked()
{
    if (!m_clock.isValid())
        m_clock.start();
    const qint64 now = m_clock.nsecsElapsed();
    if (m_lastNs >= 0) {
        const double intervalMs = double(now - m_lastNs) / 1.0e6;
        // A long gap is a still figure (setup, pause), not a slow frame.
        if (intervalMs > idleGapMs)
            ++m_idleGaps;
        else
            m_intervalsMs.push_back(intervalMs);
    }
    m_lastNs = now;
}

FrameStats::Summary FrameStats::summary() const
{
    Summary summary;
    summary.idleGaps = m_idleGaps;
    if (m_intervalsMs.empty())
        return summary;
    std::vector<double> sorted = m_intervalsMs;
    std::sort(sorted.begin(), sorted.end());
    const auto at = [&](double share) {
        return sorted[std::min(sorted.size() - 1, std::size_t(share * double(sorted.size())))];
    };
    summary.count = int(sorted.size()) + 1;
    summary.medianMs = at(0.5);
    summary.p95Ms = at(0.95);
    summary.p99Ms = at(0.99);
    summary.maxMs = sorted.back();
    // Late by more than half a frame: the frames in between were not shown.
    for (const double interval : sorted) {
        if (interval > 1.5 * frameMs)
            summary.dropped += int(std::lround(interval / frameMs)) - 1;
    }
    return summary;
}
