#pragma once

#include "core/cues/CueId.h"
#include "core/routine/Movement.h"
#include "core/time/Millis.h"

#include <cstddef>
#include <optional>
#include <string_view>

namespace gluteguide {

enum class SessionState {
    Idle,
    Setup,
    Intro,
    RepPhase,
    Transition,
    SetRest,
    SwitchSides,
    Paused,
    Complete,
    Stopped,
};

enum class Command {
    Start,
    Pause,
    Resume,
    ThatsAllICanDo, // ends the current movement in this set, keeping the reps done
    Skip, // skips the current setup, movement or rest
    PainStop,
    Stop,
    Restart,
};

enum class StopReason {
    None,
    User,
    Pain,
};

enum class EventKind {
    StateChanged,
    StepStarted,
    PhaseStarted,
    RepCompleted,
    MovementEnded, // a movement block ended early by "that's all I can do" or skip
    SetCompleted,
    SideCompleted,
    Cue, // a cue is due now: play it and show its caption
    CueDropped, // a cue could not start on time
    Finished,
    AutoPaused, // the clock jumped (the computer slept): paused instead of racing ahead
    CommandIgnored,
};

std::string_view sessionStateKey(SessionState state);
std::string_view commandKey(Command command);
std::string_view eventKindKey(EventKind kind);

// One thing that happened. `position` is where on the plan's timeline it happened, so the same
// session gives the same events however often advance() is called.
struct SessionEvent
{
    EventKind kind = EventKind::StateChanged;
    Millis position{ 0 };
    std::size_t step = 0;
    SessionState from = SessionState::Idle; // StateChanged; CommandIgnored: the state it was in
    SessionState to = SessionState::Idle; // StateChanged
    PhaseKind phase = PhaseKind::Lift; // PhaseStarted
    int rep = 0; // RepCompleted; MovementEnded: reps achieved
    int set = 0;
    Side side = Side::Left;
    std::optional<Movement> movement;
    std::optional<CueId> cue; // Cue, CueDropped
    Millis cueLength{ 0 }; // Cue
    Command command = Command::Start; // CommandIgnored
    StopReason stopReason = StopReason::None;

    bool operator==(const SessionEvent &) const = default;
};

} // namespace gluteguide
