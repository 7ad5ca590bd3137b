#pragma once

#include "core/routine/Movement.h"

namespace gluteguide {

// What was achieved in one movement of one set on one side.
struct MovementResult
{
    Side side = Side::Left;
    int set = 0;
    int movementIndex = 0;
    Movement movement = Movement::Clamshell;
    int prescribed = 0;
    int achieved = 0;
    bool attempted = false; // the session reached this movement in this set
    bool endedEarly = false; // "that's all I can do", stop or pain stop
    bool skipped = false;
    bool thatsAll = false; // ended by "that's all I can do"

    bool operator==(const MovementResult &) const = default;
};

} // namespace gluteguide
