#include "core/history/MovementSeries.h"

#include <array>
#include <cstddef>
#include <utility>

namespace gluteguide {

namespace {

std::size_t slotOf(Movement movement)
{
    return static_cast<std::size_t>(movement);
}

} // namespace

double RepsPoint::repsDonePerSession() const
{
    return sessions > 0 ? double(repsDone) / sessions : 0.0;
}

double RepsPoint::repsPrescribedPerSession() const
{
    return sessions > 0 ? double(repsPrescribed) / sessions : 0.0;
}

std::vector<MovementSeries> seriesPerSession(const std::vector<SessionRecord> &historyOldestFirst)
{
    std::array<MovementSeries, allMovements.size()> series{};
    for (Movement movement : allMovements)
        series[slotOf(movement)].movement = movement;

    for (const SessionRecord &record : historyOldestFirst) {
        std::array<RepsPoint, allMovements.size()> points{};
        for (const BlockRecord &block : record.blocks) {
            RepsPoint &point = points[slotOf(block.movement)];
            point.sessions = 1;
            point.repsDone += block.repsDone;
            point.repsPrescribed += block.repsPrescribed;
        }
        const LocalDay day = localDayOf(record.startedAt);
        for (std::size_t slot = 0; slot < points.size(); ++slot) {
            if (points[slot].sessions == 0)
                continue; // not in this session's plan
            points[slot].day = day;
            series[slot].points.push_back(points[slot]);
        }
    }

    std::vector<MovementSeries> present;
    for (MovementSeries &one : series) {
        if (!one.points.empty())
            present.push_back(std::move(one));
    }
    return present;
}

std::vector<MovementSeries> seriesPerWeek(const std::vector<MovementSeries> &perSession)
{
    std::vector<MovementSeries> weekly;
    weekly.reserve(perSession.size());
    for (const MovementSeries &one : perSession) {
        MovementSeries merged{ one.movement, {} };
        for (const RepsPoint &point : one.points) {
            const LocalDay monday = weekStartOf(point.day);
            // A session that falls on an earlier local day than the one before (after a flight
            // west) joins the current week rather than going back in time.
            if (merged.points.empty() || monday > merged.points.back().day) {
                merged.points.push_back(RepsPoint{ monday, 0, 0, 0 });
            }
            RepsPoint &week = merged.points.back();
            week.sessions += point.sessions;
            week.repsDone += point.repsDone;
            week.repsPrescribed += point.repsPrescribed;
        }
        weekly.push_back(std::move(merged));
    }
    return weekly;
}

} // namespace gluteguide
