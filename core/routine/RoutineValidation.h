#pragma once

#include "core/routine/Routine.h"

#include <optional>
#include <string>
#include <vector>

namespace gluteguide {

// Allowed ranges; a value outside is reported, never clamped.
struct RoutineLimits
{
    static constexpr int minReps = 1;
    static constexpr int maxReps = 50;
    static constexpr int minSets = 1;
    static constexpr int maxSets = 10;
    static constexpr Millis minPhase{ 500 };
    static constexpr Millis maxPhase{ 10000 };
    static constexpr Millis minRest{ 0 };
    static constexpr Millis maxRest{ 600000 };
    static constexpr Millis minIntro{ 2000 };
    static constexpr Millis maxIntro{ 30000 };
    static constexpr Millis minSetupStep{ 1000 };
    static constexpr Millis maxSetupStep{ 60000 };
};

enum class ProblemCode {
    CountOutOfRange, // a whole number outside [min, max]
    SecondsOutOfRange, // a duration outside [min, max] seconds
    WrongPhaseCount, // `got` phase durations where the movement has `min` (== max) phases
    NoMovements, // not one movement is switched on; `got` is how many are listed
};

// One thing wrong with a routine, as data: the app words it (and places it next to its field).
struct RoutineProblem
{
    // The field as named in routine files, e.g. "movements[2].reps".
    std::string field;
    ProblemCode code = ProblemCode::CountOutOfRange;
    // The allowed range and the value found: a count, seconds, or a number of phases.
    double min = 0.0;
    double max = 0.0;
    double got = 0.0;
    std::optional<Movement> movement = std::nullopt; // WrongPhaseCount: whose phases

    bool operator==(const RoutineProblem &) const = default;
};

// Every problem in the routine; empty means buildPlan() may be called.
std::vector<RoutineProblem> validate(const Routine &routine);

} // namespace gluteguide
