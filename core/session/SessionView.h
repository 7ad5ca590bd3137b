#pragma once

#include "core/plan/Plan.h"
#include "core/session/SessionEvent.h"
#include "core/time/Millis.h"

#include <optional>

namespace gluteguide {

class Session;

// What the session screen shows at this moment, read off the session in one place so that no
// view re-derives the session's rules.
struct SessionView
{
    SessionState state = SessionState::Idle;
    StepKind step = StepKind::Setup;
    Side side = Side::Left;
    int set = 0; // 1-based; 0 before the first set
    int setsPerSide = 0;
    std::optional<Movement> movement; // what is being done, or for rests what comes next

    // The big counter: reps done of those prescribed during a movement, whole seconds left of
    // a rest or set-up step, or a tick when the session is complete.
    enum class Counter { Reps, SecondsLeft, Done };
    Counter counter = Counter::SecondsLeft;
    int count = 0;
    int countOf = 0; // Reps only

    std::optional<PhaseKind> phase; // during a rep
    double phaseFraction = 0.0; // 0..1 through the phase, or through the step outside reps
    bool resting = false; // a rest between movements or sets, or the roll to the other side

    Millis position{ 0 };
    Millis timeLeft{ 0 };
    double sessionFraction = 0.0;

    // What the controls may do now: exactly what the session would accept.
    bool canPause = false;
    bool canResume = false;
    bool canSayThatsAll = false;
    bool canSkip = false;
    bool canStop = false;
    bool canPainStop = false;

    bool operator==(const SessionView &) const = default;
};

SessionView viewOf(const Session &session);

} // namespace gluteguide
