#pragma once

#include "core/routine/Movement.h"
#include "core/routine/SetupInstruction.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gluteguide {

enum class CueKind {
    Setup, // a positioning instruction
    MovementIntro, // names the movement and how to do it
    ReverseCircles, // the counterclockwise intro straight after clockwise circles
    SetAnnouncement,
    SwitchSides,
    Count, // spoken as a rep completes
    ThreeMore,
    LastOne,
    Reminder, // form reminder
    PhaseWord, // "lift", "lower", "up", "down": optional
    Rest, // short rest between movements
    SetRest, // longer rest between sets
    Complete,
    PainStop,
};

enum class Reminder {
    HipsStacked,
    MoveSlowly,
    FeetTogether,
    NoRocking,
};

// Higher wins: safety > count > structure > reminders (PRODUCT.md §5).
enum class CuePriority {
    Reminder = 0,
    Structure = 1,
    Count = 2,
    Safety = 3,
};

struct CueId
{
    CueKind kind = CueKind::Count;
    int number = 0; // Count: the rep; SetAnnouncement: the set
    int of = 0; // SetAnnouncement: sets per side
    Movement movement = Movement::Clamshell; // MovementIntro
    SetupInstruction setup = SetupInstruction::LieOnSide; // Setup
    Reminder reminder = Reminder::HipsStacked; // Reminder
    PhaseKind phase = PhaseKind::Lift; // PhaseWord

    static CueId count(int rep);
    static CueId setAnnouncement(int set, int of);
    static CueId intro(Movement movement);
    static CueId setupStep(SetupInstruction instruction);
    static CueId formReminder(Reminder reminder);
    static CueId phaseWord(PhaseKind phase);
    static CueId simple(CueKind kind);

    bool operator==(const CueId &) const = default;
};

// A stable key such as "count_7", "set_2_of_3", "intro_clamshell": names voice clips and
// caption entries.
std::string cueKey(const CueId &cue);
std::optional<CueId> cueFromKey(std::string_view key);
CuePriority priorityOf(const CueId &cue);

// Every cue a valid routine can produce; each needs a caption and a voice clip.
std::vector<CueId> allCueIds();

} // namespace gluteguide
