#include "core/cues/CueId.h"

#include "core/routine/RoutineValidation.h"

namespace gluteguide {

CueId CueId::count(int rep)
{
    CueId cue;
    cue.kind = CueKind::Count;
    cue.number = rep;
    return cue;
}

CueId CueId::setAnnouncement(int set, int of)
{
    CueId cue;
    cue.kind = CueKind::SetAnnouncement;
    cue.number = set;
    cue.of = of;
    return cue;
}

CueId CueId::intro(Movement movement)
{
    CueId cue;
    cue.kind = CueKind::MovementIntro;
    cue.movement = movement;
    return cue;
}

CueId CueId::setupStep(SetupInstruction instruction)
{
    CueId cue;
    cue.kind = CueKind::Setup;
    cue.setup = instruction;
    return cue;
}

CueId CueId::formReminder(Reminder reminder)
{
    CueId cue;
    cue.kind = CueKind::Reminder;
    cue.reminder = reminder;
    return cue;
}

CueId CueId::phaseWord(PhaseKind phase)
{
    CueId cue;
    cue.kind = CueKind::PhaseWord;
    cue.phase = phase;
    return cue;
}

CueId CueId::simple(CueKind kind)
{
    CueId cue;
    cue.kind = kind;
    return cue;
}

namespace {

constexpr std::array<Reminder, 4> allReminders{ Reminder::HipsStacked, Reminder::MoveSlowly,
                                                Reminder::FeetTogether, Reminder::NoRocking };
constexpr std::array<PhaseKind, 4> spokenPhases{ PhaseKind::Lift, PhaseKind::Lower, PhaseKind::Up,
                                                 PhaseKind::Down };

std::string_view reminderKey(Reminder reminder)
{
    switch (reminder) {
    case Reminder::HipsStacked:
        return "hips_stacked";
    case Reminder::MoveSlowly:
        return "move_slowly";
    case Reminder::FeetTogether:
        return "feet_together";
    case Reminder::NoRocking:
        return "no_rocking";
    }
    return {};
}

// Keys of the cues that carry no parameter.
std::string_view simpleKey(CueKind kind)
{
    switch (kind) {
    case CueKind::ReverseCircles:
        return "reverse_circles";
    case CueKind::SwitchSides:
        return "switch_sides";
    case CueKind::ThreeMore:
        return "three_more";
    case CueKind::LastOne:
        return "last_one";
    case CueKind::Rest:
        return "rest";
    case CueKind::SetRest:
        return "set_rest";
    case CueKind::Complete:
        return "complete";
    case CueKind::PainStop:
        return "pain_stop";
    default:
        return {};
    }
}

constexpr std::array<CueKind, 8> simpleKinds{ CueKind::ReverseCircles, CueKind::SwitchSides,
                                              CueKind::ThreeMore,      CueKind::LastOne,
                                              CueKind::Rest,           CueKind::SetRest,
                                              CueKind::Complete,       CueKind::PainStop };

} // namespace

std::string cueKey(const CueId &cue)
{
    switch (cue.kind) {
    case CueKind::Setup:
        return "setup_" + std::string(setupKey(cue.setup));
    case CueKind::MovementIntro:
        return "intro_" + std::string(movementKey(cue.movement));
    case CueKind::SetAnnouncement:
        return "set_" + std::to_string(cue.number) + "_of_" + std::to_string(cue.of);
    case CueKind::Count:
        return "count_" + std::to_string(cue.number);
    case CueKind::Reminder:
        return "reminder_" + std::string(reminderKey(cue.reminder));
    case CueKind::PhaseWord:
        return "phase_" + std::string(phaseKey(cue.phase));
    default:
        return std::string(simpleKey(cue.kind));
    }
}

std::optional<CueId> cueFromKey(std::string_view key)
{
    // Every key is produced by cueKey(), so matching against the full list keeps the two in step.
    for (const CueId &cue : allCueIds()) {
        if (cueKey(cue) == key)
            return cue;
    }
    return std::nullopt;
}

CuePriority priorityOf(const CueId &cue)
{
    switch (cue.kind) {
    case CueKind::PainStop:
        return CuePriority::Safety;
    case CueKind::Count:
    case CueKind::ThreeMore:
    case CueKind::LastOne:
        return CuePriority::Count;
    case CueKind::Reminder:
    case CueKind::PhaseWord:
        return CuePriority::Reminder;
    default:
        return CuePriority::Structure;
    }
}

std::vector<CueId> allCueIds()
{
    std::vector<CueId> cues;
    for (SetupInstruction instruction : allSetupInstructions)
        cues.push_back(CueId::setupStep(instruction));
    for (Movement movement : allMovements)
        cues.push_back(CueId::intro(movement));
    for (int of = RoutineLimits::minSets; of <= RoutineLimits::maxSets; ++of) {
        for (int set = 1; set <= of; ++set)
            cues.push_back(CueId::setAnnouncement(set, of));
    }
    for (int rep = 1; rep <= RoutineLimits::maxReps; ++rep)
        cues.push_back(CueId::count(rep));
    for (Reminder reminder : allReminders)
        cues.push_back(CueId::formReminder(reminder));
    for (PhaseKind phase : spokenPhases)
        cues.push_back(CueId::phaseWord(phase));
    for (CueKind kind : simpleKinds)
        cues.push_back(CueId::simple(kind));
    return cues;
}

} // namespace gluteguide
