#pragma once

#include "core/routine/Routine.h"
#include "core/time/Millis.h"

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace gluteguide {

enum class StepKind {
    Setup,
    Intro,
    Rep,
    Transition,
    SetRest,
    SwitchSides,
    Complete,
};

std::string_view stepKindKey(StepKind kind);

struct PlanPhase
{
    PhaseKind kind = PhaseKind::Lift;
    Millis start{ 0 }; // on the session timeline
    Millis duration{ 0 };

    Millis end() const { return start + duration; }
    bool operator==(const PlanPhase &) const = default;
};

// One stretch of the timeline. For rests and side switches, side/set/movement name what comes
// next, so a view can say "next: straight-leg raise".
struct PlanStep
{
    StepKind kind = StepKind::Setup;
    Millis start{ 0 };
    Millis duration{ 0 };
    Side side = Side::Left;
    int set = 0; // 1-based; 0 before the first set
    int movementIndex = -1; // index into routine.movements; -1 where none applies
    std::optional<Movement> movement;
    int rep = 0; // 1-based, Rep steps only
    int repsPrescribed = 0; // Intro and Rep steps
    std::optional<SetupInstruction> setup;
    std::vector<PlanPhase> phases; // Rep steps only; they tile the step

    Millis end() const { return start + duration; }
    bool operator==(const PlanStep &) const = default;
};

// The flat timeline of a routine. One plan drives the live session, the preview, the handout
// and --plan, so they cannot disagree.
struct Plan
{
    Routine routine;
    // The movements switched on, as indices into routine.movements, in the order they are done.
    std::vector<int> movementOrder;
    std::vector<PlanStep> steps;
    Millis total{ 0 };

    // The step that covers the position; positions at or past the end give the last step.
    std::size_t stepIndexAt(Millis position) const;
    int totalReps() const;
    // The last Rep step of the same movement, set and side as the given step.
    std::size_t lastRepOfBlock(std::size_t stepIndex) const;
};

// Precondition: validate(routine) is empty.
Plan buildPlan(const Routine &routine);

} // namespace gluteguide
