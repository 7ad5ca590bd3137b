#pragma once

#include "core/routine/Routine.h"

namespace gluteguide {

// The front desk's two short forms of a routine. Both keep its movements, tempo and order, so
// what a passer-by sees is what a patient would do.
struct KioskRoutines
{
    // Reps of each movement in the attract loop: enough to see the movement's rhythm.
    static constexpr int attractReps = 3;
    static constexpr int defaultDemoReps = 5;
    static constexpr int maxDemoReps = 15;

    // The loop: each movement switched on, once, on the first side, with short pauses and no
    // setup (nobody is lying down yet).
    static Routine attractLoop(const Routine &routine);
    // "Try it": one set on the first side with `repsPerMovement` reps of each movement (clamped
    // to 1..maxDemoReps and to the routine's own reps), setup included.
    static Routine demo(const Routine &routine, int repsPerMovement);
};

} // namespace gluteguide
