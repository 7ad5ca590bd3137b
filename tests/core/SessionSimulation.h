#pragma once

// Drives a core Session the way the app does: an absolute monotonic clock that only moves forward,
// sampled at 60 Hz or at whatever steps a test chooses. Shared by the core tests.

#include "core/cues/CueSchedule.h"
#include "core/plan/Plan.h"
#include "core/routine/Routine.h"
#include "core/session/Session.h"
#include "core/session/SessionEvent.h"

#include "GTestPrinters.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <iterator>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace gluteguide {

// Where two event lists first differ, described for a failure message; empty when equal.
inline std::string firstDifference(const std::vector<SessionEvent> &expected,
                                   const std::vector<SessionEvent> &actual)
{
    const std::size_t common = std::min(expected.size(), actual.size());
    for (std::size_t i = 0; i < common; ++i) {
        if (!(expected[i] == actual[i])) {
            return "event " + std::to_string(i) + ": expected " + describe(expected[i]) + ", got "
                    + describe(actual[i]);
        }
    }
    if (expected.size() != actual.size()) {
        std::string text = "lengths differ: " + std::to_string(expected.size()) + " vs "
                + std::to_string(actual.size());
        const auto &longer = expected.size() > actual.size() ? expected : actual;
        text += "; first extra: " + describe(longer[common]);
        return text;
    }
    return {};
}

inline std::vector<SessionEvent> eventsOfKind(const std::vector<SessionEvent> &events,
                                              EventKind kind)
{
    std::vector<SessionEvent> selected;
    std::copy_if(events.begin(), events.end(), std::back_inserter(selected),
                 [kind](const SessionEvent &event) { return event.kind == kind; });
    return selected;
}

inline std::size_t countOfKind(const std::vector<SessionEvent> &events, EventKind kind)
{
    return static_cast<std::size_t>(
            std::count_if(events.begin(), events.end(),
                          [kind](const SessionEvent &event) { return event.kind == kind; }));
}

inline bool isRunningState(SessionState state)
{
    switch (state) {
    case SessionState::Setup:
    case SessionState::Intro:
    case SessionState::RepPhase:
    case SessionState::Transition:
    case SessionState::SetRest:
    case SessionState::SwitchSides:
        return true;
    default:
        return false;
    }
}

// The clock steps of a 60 Hz display: frame i is shown at i * 1000 / 60 ms, so the steps are
// 16 or 17 ms and never drift.
class SixtyHertz
{
public:
    Millis operator()()
    {
        const std::int64_t before = m_frame * 1000 / 60;
        ++m_frame;
        return Millis{ m_frame * 1000 / 60 - before };
    }

private:
    std::int64_t m_frame = 0;
};

using ClockSteps = std::function<Millis()>;

// The monotonic clock of a computer that has been up for a while: position 0 is not time 0.
inline constexpr Millis simulationStartNow{ 7'654'321 };

// One session and its clock. Records every event that advance() and apply() returned.
class SessionSimulation
{
public:
    explicit SessionSimulation(Session session, Millis startNow = simulationStartNow)
        : m_session(std::move(session)), m_now(startNow)
    {
    }

    static Plan defaultPlan() { return buildPlan(defaultRoutine()); }

    static SessionSimulation of(const Plan &plan, SessionOptions options = {})
    {
        return SessionSimulation(Session(plan, scheduleCues(plan), options));
    }

    Session &session() { return m_session; }
    const Session &session() const { return m_session; }
    Millis now() const { return m_now; }
    const std::vector<SessionEvent> &events() const { return m_events; }

    std::vector<SessionEvent> apply(Command command)
    {
        return record(m_session.apply(command, m_now));
    }

    // Moves the clock on by `stepLength` and advances the session.
    std::vector<SessionEvent> step(Millis stepLength)
    {
        m_now += stepLength;
        return record(m_session.advance(m_now));
    }

    // Moves the clock without telling the session (the app was not scheduled).
    void letTimePass(Millis time) { m_now += time; }

    // Starts the session and runs it in steps of at most `maxStep` until its position is exactly
    // `target` (or it stops running). Returns the events of this run.
    std::vector<SessionEvent> startAndRunTo(Millis target, Millis maxStep = Millis{ 16 })
    {
        std::vector<SessionEvent> events = apply(Command::Start);
        std::vector<SessionEvent> more = runTo(target, maxStep);
        events.insert(events.end(), more.begin(), more.end());
        return events;
    }

    std::vector<SessionEvent> runTo(Millis target, Millis maxStep = Millis{ 16 })
    {
        std::vector<SessionEvent> events;
        while (isRunningState(m_session.state()) && m_session.position() < target) {
            const Millis stepLength = std::min(maxStep, target - m_session.position());
            std::vector<SessionEvent> more = step(stepLength);
            events.insert(events.end(), more.begin(), more.end());
        }
        return events;
    }

    // Advances with the given clock steps until the session is complete and its closing cues
    // have been said, or `limit` of clock time has passed. `beforeStep` may issue commands.
    std::vector<SessionEvent> runToEnd(ClockSteps steps, Millis limit = Millis{ 3'600'000 },
                                       const std::function<void()> &beforeStep = {})
    {
        std::vector<SessionEvent> events;
        const Millis deadline = m_now + limit;
        while (m_now < deadline) {
            if (m_session.state() == SessionState::Complete && !m_session.hasPendingCues())
                break;
            if (m_session.state() == SessionState::Stopped)
                break;
            if (beforeStep)
                beforeStep();
            std::vector<SessionEvent> more = step(steps());
            events.insert(events.end(), more.begin(), more.end());
        }
        return events;
    }

    std::vector<SessionEvent> runToEndAt60Hz() { return runToEnd(SixtyHertz{}); }

private:
    std::vector<SessionEvent> record(std::vector<SessionEvent> events)
    {
        m_events.insert(m_events.end(), events.begin(), events.end());
        return events;
    }

    Session m_session;
    Millis m_now;
    std::vector<SessionEvent> m_events;
};

// The index of the first plan step matching the predicate, or nullopt.
template <typename Predicate>
std::optional<std::size_t> findStep(const Plan &plan, Predicate predicate)
{
    for (std::size_t i = 0; i < plan.steps.size(); ++i) {
        if (predicate(plan.steps[i]))
            return i;
    }
    return std::nullopt;
}

// The Rep step for one rep of one movement block, or nullopt.
inline std::optional<std::size_t> findRepStep(const Plan &plan, Side side, int set,
                                              Movement movement, int rep)
{
    return findStep(plan, [&](const PlanStep &step) {
        return step.kind == StepKind::Rep && step.side == side && step.set == set
                && step.movement == movement && step.rep == rep;
    });
}

inline std::optional<std::size_t> findIntroStep(const Plan &plan, Side side, int set,
                                                Movement movement)
{
    return findStep(plan, [&](const PlanStep &step) {
        return step.kind == StepKind::Intro && step.side == side && step.set == set
                && step.movement == movement;
    });
}

} // namespace gluteguide
