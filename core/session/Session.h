#pragma once

#include "core/cues/CueSchedule.h"
#include "core/plan/Plan.h"
#include "core/session/MovementResult.h"
#include "core/session/SessionEvent.h"
#include "core/time/Millis.h"

#include <cstddef>
#include <optional>
#include <variant>
#include <vector>

namespace gluteguide {

struct SessionOptions
{
    // A cue more than this late (advance() was not called in time) is dropped, not played late.
    Millis cueLateness{ 250 };
    // A gap between two calls longer than this means the computer slept: pause, don't race.
    Millis maxClockGap{ 5000 };
};

// The machine's states as data. Running covers setup, intro, reps and rests: which one is read
// off the plan step at the current position. Tests can construct any of these.
namespace machine {
struct Idle
{
    bool operator==(const Idle &) const = default;
};
struct Running
{
    Millis origin{ 0 }; // the monotonic time at which timeline position 0 was (or would have been)
    bool operator==(const Running &) const = default;
};
struct Paused
{
    Millis position{ 0 };
    bool automatic = false;
    bool operator==(const Paused &) const = default;
};
struct Complete
{
    Millis origin{ 0 }; // keeps the clock, so closing words scheduled after the end still come due
    bool operator==(const Complete &) const = default;
};
struct Stopped
{
    Millis position{ 0 };
    StopReason reason = StopReason::User;
    bool operator==(const Stopped &) const = default;
};
using State = std::variant<Idle, Running, Paused, Complete, Stopped>;
} // namespace machine

// Drives a plan with absolute monotonic time: position = now - origin, so it cannot drift.
// Every call returns what happened, in timeline order.
class Session
{
public:
    Session(Plan plan, CueSchedule cues, SessionOptions options = {});

    // For tests and previews: a session already running at `position` when the clock reads `now`,
    // or paused there.
    static Session runningAt(Plan plan, CueSchedule cues, Millis position, Millis now,
                             SessionOptions options = {});
    static Session pausedAt(Plan plan, CueSchedule cues, Millis position,
                            SessionOptions options = {});

    std::vector<SessionEvent> advance(Millis now);
    std::vector<SessionEvent> apply(Command command, Millis now);

    SessionState state() const;
    // Whether apply(command) would act now rather than report it ignored.
    bool accepts(Command command) const;
    const machine::State &machineState() const { return m_state; }
    StopReason stopReason() const;
    Millis position() const { return m_position; }
    std::size_t currentStepIndex() const { return m_stepIndex; }
    const PlanStep &currentStep() const;
    // 0..1 through the current phase of a rep, or through the current step otherwise.
    double phaseFraction() const;
    const Plan &plan() const { return m_plan; }
    const CueSchedule &cues() const { return m_cues; }
    const std::vector<MovementResult> &results() const { return m_results; }
    // Scheduled cues not yet due; after the last rep the closing words may still be pending.
    bool hasPendingCues() const { return m_nextCue < m_cues.cues.size(); }
    // The clock time at which advance() next has something to report: the next phase or step
    // boundary or the next cue. A driver that advances then reports it on time, whatever its
    // frame rate. None while the timeline stands still (idle, paused, stopped, or complete with
    // every cue given).
    std::optional<Millis> nextDueAt() const;

private:
    using Events = std::vector<SessionEvent>;

    SessionState runningStateAt(std::size_t stepIndex) const;
    bool inBlock() const;
    void sync(Millis now, Events &out);
    void walkTimeline(Millis target, Millis now, Events &out);
    void finishStep(std::size_t stepIndex, Events &out);
    void enterStep(std::size_t stepIndex, SessionState previous, Events &out);
    void emitCuesUpTo(Millis target, Millis now, Events &out);
    void jumpToStep(std::size_t stepIndex, Millis now, Events &out);
    void endBlockEarly(bool skipped, Events &out);
    void emitSetAndSideEnd(std::size_t repStepIndex, Events &out);
    void stop(StopReason reason, Millis now, Events &out);
    void restart(Millis now, Events &out);
    void changeState(SessionState from, SessionState to, Events &out);
    SessionEvent eventAt(EventKind kind, std::size_t stepIndex) const;
    void resetResults();
    std::size_t firstCueAtOrAfter(Millis position) const;

    Plan m_plan;
    CueSchedule m_cues;
    SessionOptions m_options;
    machine::State m_state = machine::Idle{};
    Millis m_position{ 0 };
    Millis m_lastNow{ 0 };
    std::size_t m_stepIndex = 0;
    std::size_t m_nextCue = 0;
    std::vector<MovementResult> m_results;
    std::vector<int> m_blockOfStep; // step index -> index into m_results, or -1
};

} // namespace gluteguide
