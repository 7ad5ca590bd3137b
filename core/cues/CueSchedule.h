#pragma once

#include "core/cues/CueId.h"
#include "core/plan/Plan.h"
#include "core/time/Millis.h"

#include <functional>
#include <vector>

namespace gluteguide {

struct ScheduledCue
{
    CueId id;
    Millis start{ 0 }; // on the session timeline
    Millis length{ 0 };

    Millis end() const { return start + length; }
    bool operator==(const ScheduledCue &) const = default;
};

struct CueOptions
{
    bool phaseWords = false;
    bool reminders = true;
    Millis reminderSpacing{ 20000 }; // at most one form reminder per this long
    Millis countClearance{ 1000 }; // no reminder within this long of a count
};

// How long a cue takes to say. The app passes the lengths of the clips it ships.
using CueLengths = std::function<Millis(const CueId &)>;

// A conservative guess from the kind of cue, for when no clip lengths are known.
Millis estimatedCueLength(const CueId &cue);

struct CueSchedule
{
    std::vector<ScheduledCue> cues; // sorted by start; never overlapping
    std::vector<ScheduledCue> dropped; // wanted but no room without overlapping a higher priority
};

// Places every cue on the plan's timeline: counts exactly at rep completion, structure cues as
// early as they fit in their step, reminders spaced out and clear of counts.
CueSchedule scheduleCues(const Plan &plan, const CueLengths &lengths = estimatedCueLength,
                         const CueOptions &options = {});

// The cues that start after `after` and no later than `upTo`, in order: what a playhead moving
// from one to the other passes.
std::vector<ScheduledCue> cuesStartingIn(const CueSchedule &schedule, Millis after, Millis upTo);

} // namespace gluteguide
