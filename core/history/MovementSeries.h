#pragma once

#include "core/history/LocalDay.h"
#include "core/history/SessionRecord.h"
#include "core/routine/Movement.h"

#include <vector>

namespace gluteguide {

// One point of a movement's chart: one session, or the sessions of one week added together.
struct RepsPoint
{
    LocalDay day{}; // the session's local day, or the Monday of the week
    int sessions = 0;
    int repsDone = 0; // of this movement, over all its sets and sides, in all these sessions
    int repsPrescribed = 0;

    // Per session, so a week's point is on the same scale as a single session's.
    double repsDonePerSession() const;
    double repsPrescribedPerSession() const;
    bool operator==(const RepsPoint &) const = default;
};

struct MovementSeries
{
    Movement movement = Movement::Clamshell;
    std::vector<RepsPoint> points; // in time order
    bool operator==(const MovementSeries &) const = default;
};

// For each movement some session had in its plan, in the order of allMovements: one point per
// session that had it, in the order of the history. A session cut short counts what it did.
std::vector<MovementSeries> seriesPerSession(const std::vector<SessionRecord> &historyOldestFirst);

// The same series with the sessions of each week merged into one point on its Monday, so years
// of daily sessions stay a few hundred points.
std::vector<MovementSeries> seriesPerWeek(const std::vector<MovementSeries> &perSession);

} // namespace gluteguide
