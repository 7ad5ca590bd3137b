#include "core/routine/Movement.h"

namespace gluteguide {

namespace {
constexpr std::array<PhaseKind, 2> liftLower{ PhaseKind::Lift, PhaseKind::Lower };
constexpr std::array<PhaseKind, 2> upDown{ PhaseKind::Up, PhaseKind::Down };
constexpr std::array<PhaseKind, 1> oneCircle{ PhaseKind::Circle };
} // namespace

std::string_view movementKey(Movement movement)
{
    switch (movement) {
    case Movement::Clamshell:
        return "clamshell";
    case Movement::StraightLegRaise:
        return "straight_leg_raise";
    case Movement::Pulses:
        return "pulses";
    case Movement::CirclesClockwise:
        return "circles_cw";
    case Movement::CirclesCounterclockwise:
        return "circles_ccw";
    }
    return {};
}

std::optional<Movement> movementFromKey(std::string_view key)
{
    for (Movement movement : allMovements) {
        if (movementKey(movement) == key)
            return movement;
    }
    return std::nullopt;
}

std::string_view phaseKey(PhaseKind phase)
{
    switch (phase) {
    case PhaseKind::Lift:
        return "lift";
    case PhaseKind::Lower:
        return "lower";
    case PhaseKind::Up:
        return "up";
    case PhaseKind::Down:
        return "down";
    case PhaseKind::Circle:
        return "circle";
    }
    return {};
}

std::string_view sideKey(Side side)
{
    return side == Side::Left ? "left" : "right";
}

std::optional<Side> sideFromKey(std::string_view key)
{
    if (key == "left")
        return Side::Left;
    if (key == "right")
        return Side::Right;
    return std::nullopt;
}

Side otherSide(Side side)
{
    return side == Side::Left ? Side::Right : Side::Left;
}

bool isCircle(Movement movement)
{
    return movement == Movement::CirclesClockwise || movement == Movement::CirclesCounterclockwise;
}

std::span<const PhaseKind> phasesOf(Movement movement)
{
    switch (movement) {
    case Movement::Clamshell:
    case Movement::StraightLegRaise:
        return liftLower;
    case Movement::Pulses:
        return upDown;
    case Movement::CirclesClockwise:
    case Movement::CirclesCounterclockwise:
        return oneCircle;
    }
    return {};
}

} // namespace gluteguide
