#include "core/session/SessionEvent.h"

namespace gluteguide {

std::string_view sessionStateKey(SessionState state)
{
    switch (state) {
    case SessionState::Idle:
        return "idle";
    case SessionState::Setup:
        return "setup";
    case SessionState::Intro:
        return "intro";
    case SessionState::RepPhase:
        return "rep_phase";
    case SessionState::Transition:
        return "transition";
    case SessionState::SetRest:
        return "set_rest";
    case SessionState::SwitchSides:
        return "switch_sides";
    case SessionState::Paused:
        return "paused";
    case SessionState::Complete:
        return "complete";
    case SessionState::Stopped:
        return "stopped";
    }
    return {};
}

std::string_view commandKey(Command command)
{
    switch (command) {
    case Command::Start:
        return "start";
    case Command::Pause:
        return "pause";
    case Command::Resume:
        return "resume";
    case Command::ThatsAllICanDo:
        return "thats_all_i_can_do";
    case Command::Skip:
        return "skip";
    case Command::PainStop:
        return "pain_stop";
    case Command::Stop:
        return "stop";
    case Command::Restart:
        return "restart";
    }
    return {};
}

std::string_view eventKindKey(EventKind kind)
{
    switch (kind) {
    case EventKind::StateChanged:
        return "state_changed";
    case EventKind::StepStarted:
        return "step_started";
    case EventKind::PhaseStarted:
        return "phase_started";
    case EventKind::RepCompleted:
        return "rep_completed";
    case EventKind::MovementEnded:
        return "movement_ended";
    case EventKind::SetCompleted:
        return "set_completed";
    case EventKind::SideCompleted:
        return "side_completed";
    case EventKind::Cue:
        return "cue";
    case EventKind::CueDropped:
        return "cue_dropped";
    case EventKind::Finished:
        return "finished";
    case EventKind::AutoPaused:
        return "auto_paused";
    case EventKind::CommandIgnored:
        return "command_ignored";
    }
    return {};
}

} // namespace gluteguide
