#pragma once

#include <array>
#include <optional>
#include <span>
#include <string_view>

namespace gluteguide {

enum class Movement {
    Clamshell,
    StraightLegRaise,
    Pulses,
    CirclesClockwise,
    CirclesCounterclockwise,
};

inline constexpr std::array<Movement, 5> allMovements{
    Movement::Clamshell,        Movement::StraightLegRaise,        Movement::Pulses,
    Movement::CirclesClockwise, Movement::CirclesCounterclockwise,
};

// What one part of a repetition does; a repetition is a fixed sequence of these.
enum class PhaseKind {
    Lift,
    Lower,
    Up,
    Down,
    Circle,
};

// The side the person lies on. Lying on the left side works the right leg.
enum class Side {
    Left,
    Right,
};

// The stable identifiers used in routine files, --plan output and cue keys.
std::string_view movementKey(Movement movement);
std::optional<Movement> movementFromKey(std::string_view key);
std::string_view phaseKey(PhaseKind phase);
std::string_view sideKey(Side side);
std::optional<Side> sideFromKey(std::string_view key);

Side otherSide(Side side);
bool isCircle(Movement movement);

// The phases of one repetition, in order: lift/lower, up/down, or one circle.
std::span<const PhaseKind> phasesOf(Movement movement);

} // namespace gluteguide
