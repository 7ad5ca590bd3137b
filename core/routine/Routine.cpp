#include "core/routine/Routine.h"

namespace gluteguide {

MovementSpec defaultMovementSpec(Movement movement)
{
    using namespace std::chrono_literals;
    switch (movement) {
    case Movement::Clamshell:
    case Movement::StraightLegRaise:
        return { movement, 15, { 2000ms, 2000ms } };
    case Movement::Pulses:
        return { movement, 15, { 1000ms, 1000ms } };
    case Movement::CirclesClockwise:
    case Movement::CirclesCounterclockwise:
        return { movement, 15, { 3000ms } };
    }
    return {};
}

Routine defaultRoutine()
{
    using namespace std::chrono_literals;
    Routine routine;
    routine.name = "Side-lying hip series";
    routine.setup = {
        { SetupInstruction::LieOnSide, 6000ms },
        { SetupInstruction::HeadOnArm, 5000ms },
        { SetupInstruction::StackHipsKneesFeet, 7000ms },
        { SetupInstruction::HandOnTopHip, 5000ms },
    };
    for (Movement movement : allMovements)
        routine.movements.push_back(defaultMovementSpec(movement));
    return routine;
}

} // namespace gluteguide
