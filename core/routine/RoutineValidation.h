#pragma once

#include "core/routine/Routine.h"

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

struct RoutineProblem
{
    // The field as named in routine files, e.g. "movements[2].reps".
    std::string field;
    // What is wrong, with the allowed range, e.g. "must be from 1 to 50 (got 60)".
    std::string message;

    bool operator==(const RoutineProblem &) const = default;
};

// Every problem in the routine; empty means buildPlan() may be called.
std::vector<RoutineProblem> validate(const Routine &routine);

} // namespace gluteguide
