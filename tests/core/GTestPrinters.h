#pragma once

// How core values appear in GoogleTest failure messages (found by argument-dependent lookup).

#include "core/cues/CueId.h"
#include "core/plan/Plan.h"
#include "core/routine/Movement.h"
#include "core/session/SessionEvent.h"

#include <ostream>
#include <sstream>
#include <string>

namespace gluteguide {

inline void PrintTo(const CueId &cue, std::ostream *os)
{
    *os << cueKey(cue);
}

inline std::string describe(const SessionEvent &event)
{
    std::ostringstream text;
    text << eventKindKey(event.kind) << " @" << event.position.count() << "ms step " << event.step;
    switch (event.kind) {
    case EventKind::StateChanged:
        text << ' ' << sessionStateKey(event.from) << "->" << sessionStateKey(event.to);
        break;
    case EventKind::PhaseStarted:
        text << ' ' << phaseKey(event.phase);
        break;
    case EventKind::RepCompleted:
    case EventKind::MovementEnded:
        text << " rep " << event.rep;
        break;
    case EventKind::Cue:
    case EventKind::CueDropped:
        text << ' ' << (event.cue ? cueKey(*event.cue) : std::string("(no cue)"));
        break;
    case EventKind::CommandIgnored:
        text << ' ' << commandKey(event.command) << " in " << sessionStateKey(event.from);
        break;
    default:
        break;
    }
    text << " side " << sideKey(event.side) << " set " << event.set;
    if (event.movement)
        text << ' ' << movementKey(*event.movement);
    return text.str();
}

inline void PrintTo(const SessionEvent &event, std::ostream *os)
{
    *os << describe(event);
}

inline void PrintTo(const PlanStep &step, std::ostream *os)
{
    *os << stepKindKey(step.kind) << " [" << step.start.count() << ", " << step.end().count()
        << ") ms";
}

} // namespace gluteguide
