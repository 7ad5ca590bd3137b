#include "core/kiosk/KioskRoutines.h"

#include <algorithm>

namespace gluteguide {

namespace {

Routine oneSet(const Routine &routine, int reps)
{
    Routine shortened = routine;
    shortened.setsPerSide = 1;
    shortened.bothSides = false;
    for (MovementSpec &spec : shortened.movements)
        spec.reps = std::clamp(reps, 1, std::max(1, spec.reps));
    return shortened;
}

} // namespace

Routine KioskRoutines::attractLoop(const Routine &routine)
{
    using namespace std::chrono_literals;
    Routine loop = oneSet(routine, attractReps);
    loop.setup.clear();
    loop.introDuration = std::min(loop.introDuration, Millis{ 3000 });
    loop.restBetweenMovements = std::min(loop.restBetweenMovements, Millis{ 2000 });
    return loop;
}

Routine KioskRoutines::demo(const Routine &routine, int repsPerMovement)
{
    return oneSet(routine, std::clamp(repsPerMovement, 1, maxDemoReps));
}

} // namespace gluteguide
