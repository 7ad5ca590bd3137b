#pragma once

#include "core/routine/Movement.h"
#include "core/routine/SetupInstruction.h"
#include "core/time/Millis.h"

#include <string>
#include <vector>

namespace gluteguide {

struct MovementSpec
{
    Movement movement = Movement::Clamshell;
    int reps = 15;
    // One duration per phase of the movement, in the order phasesOf(movement) gives.
    std::vector<Millis> phaseDurations;
    // Switched off by the therapist: kept with its settings, left out of the plan.
    bool enabled = true;

    bool operator==(const MovementSpec &) const = default;
};

struct SetupStep
{
    SetupInstruction instruction = SetupInstruction::LieOnSide;
    Millis duration{ 6000 };

    bool operator==(const SetupStep &) const = default;
};

// Everything a therapist can adjust. Defaults are the series in PRODUCT.md §3.
struct Routine
{
    std::string name;
    std::vector<SetupStep> setup;
    std::vector<MovementSpec> movements;
    int setsPerSide = 3;
    Side firstSide = Side::Left;
    bool bothSides = true;
    Millis introDuration{ 5000 };
    Millis restBetweenMovements{ 5000 };
    Millis restBetweenSets{ 20000 };
    Millis switchSidesDuration{ 30000 };
    std::string notes;

    bool operator==(const Routine &) const = default;
};

// The default tempo of one movement, e.g. 2 s up and 2 s down for a clamshell.
MovementSpec defaultMovementSpec(Movement movement);

// The seed's whole series: five movements of 15 reps, 3 sets a side, both sides.
Routine defaultRoutine();

} // namespace gluteguide
