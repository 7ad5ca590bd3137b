#include "core/session/Session.h"

#include <algorithm>
#include <array>

namespace gluteguide {

namespace {

constexpr std::size_t commandCount = 8;

struct Row
{
    SessionState state;
    std::array<bool, commandCount> accepts;
};

// Which commands each state accepts; any other is ignored and reported with CommandIgnored.
// Columns: Start, Pause, Resume, ThatsAllICanDo, Skip, PainStop, Stop, Restart.
constexpr std::array<Row, 10> transitionTable{ {
        { SessionState::Idle, { true, false, false, false, false, false, false, false } },
        { SessionState::Setup, { false, true, false, false, true, true, true, true } },
        { SessionState::Intro, { false, true, false, true, true, true, true, true } },
        { SessionState::RepPhase, { false, true, false, true, true, true, true, true } },
        { SessionState::Transition, { false, true, false, false, true, true, true, true } },
        { SessionState::SetRest, { false, true, false, false, true, true, true, true } },
        { SessionState::SwitchSides, { false, true, false, false, true, true, true, true } },
        { SessionState::Paused, { false, false, true, false, false, true, true, true } },
        { SessionState::Complete, { false, false, false, false, false, false, false, true } },
        { SessionState::Stopped, { false, false, false, false, false, false, false, true } },
} };

bool acceptsIn(SessionState state, Command command)
{
    for (const Row &row : transitionTable) {
        if (row.state == state)
            return row.accepts[static_cast<std::size_t>(command)];
    }
    return false;
}

} // namespace

Session::Session(Plan plan, CueSchedule cues, SessionOptions options)
    : m_plan(std::move(plan)), m_cues(std::move(cues)), m_options(options)
{
    m_blockOfStep.assign(m_plan.steps.size(), -1);
    resetResults();
}

Session Session::runningAt(Plan plan, CueSchedule cues, Millis position, Millis now,
                           SessionOptions options)
{
    Session session(std::move(plan), std::move(cues), options);
    session.m_state = machine::Running{ now - position };
    session.m_position = position;
    session.m_lastNow = now;
    session.m_stepIndex = session.m_plan.stepIndexAt(position);
    session.m_nextCue = session.firstCueAtOrAfter(position + Millis{ 1 });
    return session;
}

Session Session::pausedAt(Plan plan, CueSchedule cues, Millis position, SessionOptions options)
{
    Session session = runningAt(std::move(plan), std::move(cues), position, position, options);
    session.m_state = machine::Paused{ position, false };
    return session;
}

std::optional<Millis> Session::nextDueAt() const
{
    std::optional<Millis> next; // a timeline position
    Millis origin{ 0 };
    if (const auto *running = std::get_if<machine::Running>(&m_state)) {
        origin = running->origin;
        const PlanStep &step = currentStep();
        const auto phase =
                std::find_if(step.phases.begin(), step.phases.end(),
                             [this](const PlanPhase &p) { return p.start > m_position; });
        if (phase != step.phases.end())
            next = phase->start;
        else if (step.kind != StepKind::Complete)
            next = step.end();
    } else if (const auto *complete = std::get_if<machine::Complete>(&m_state)) {
        origin = complete->origin;
    } else {
        return std::nullopt;
    }
    if (hasPendingCues()) {
        const Millis cue = m_cues.cues[m_nextCue].start;
        next = next ? std::min(*next, cue) : cue;
    }
    if (!next)
        return std::nullopt;
    return origin + *next;
}

void Session::resetResults()
{
    m_results.clear();
    for (std::size_t i = 0; i < m_plan.steps.size(); ++i) {
        const PlanStep &step = m_plan.steps[i];
        if (step.kind == StepKind::Intro) {
            MovementResult result;
            result.side = step.side;
            result.set = step.set;
            result.movementIndex = step.movementIndex;
            result.movement = *step.movement;
            result.prescribed = step.repsPrescribed;
            m_results.push_back(result);
        }
        if (step.kind == StepKind::Intro || step.kind == StepKind::Rep)
            m_blockOfStep[i] = static_cast<int>(m_results.size()) - 1;
    }
}

SessionState Session::runningStateAt(std::size_t stepIndex) const
{
    switch (m_plan.steps[stepIndex].kind) {
    case StepKind::Setup:
        return SessionState::Setup;
    case StepKind::Intro:
        return SessionState::Intro;
    case StepKind::Rep:
        return SessionState::RepPhase;
    case StepKind::Transition:
        return SessionState::Transition;
    case StepKind::SetRest:
        return SessionState::SetRest;
    case StepKind::SwitchSides:
        return SessionState::SwitchSides;
    case StepKind::Complete:
        return SessionState::Complete;
    }
    return SessionState::Idle;
}

SessionState Session::state() const
{
    if (std::holds_alternative<machine::Idle>(m_state))
        return SessionState::Idle;
    if (std::holds_alternative<machine::Paused>(m_state))
        return SessionState::Paused;
    if (std::holds_alternative<machine::Complete>(m_state))
        return SessionState::Complete;
    if (std::holds_alternative<machine::Stopped>(m_state))
        return SessionState::Stopped;
    return runningStateAt(m_stepIndex);
}

StopReason Session::stopReason() const
{
    if (const auto *stopped = std::get_if<machine::Stopped>(&m_state))
        return stopped->reason;
    return StopReason::None;
}

const PlanStep &Session::currentStep() const
{
    return m_plan.steps[m_stepIndex];
}

double Session::phaseFraction() const
{
    const PlanStep &step = currentStep();
    Millis start = step.start;
    Millis duration = step.duration;
    for (const PlanPhase &phase : step.phases) {
        if (m_position >= phase.start && m_position < phase.end()) {
            start = phase.start;
            duration = phase.duration;
        }
    }
    if (duration <= Millis{ 0 })
        return 1.0;
    return std::clamp(toSeconds(m_position - start) / toSeconds(duration), 0.0, 1.0);
}

bool Session::inBlock() const
{
    return m_blockOfStep[m_stepIndex] >= 0;
}

std::size_t Session::firstCueAtOrAfter(Millis position) const
{
    const auto it =
            std::lower_bound(m_cues.cues.begin(), m_cues.cues.end(), position,
                             [](const ScheduledCue &cue, Millis p) { return cue.start < p; });
    return static_cast<std::size_t>(it - m_cues.cues.begin());
}

SessionEvent Session::eventAt(EventKind kind, std::size_t stepIndex) const
{
    const PlanStep &step = m_plan.steps[stepIndex];
    SessionEvent event;
    event.kind = kind;
    event.position = m_position;
    event.step = stepIndex;
    event.set = step.set;
    event.side = step.side;
    event.movement = step.movement;
    return event;
}

void Session::changeState(SessionState from, SessionState to, Events &out)
{
    if (from == to)
        return;
    SessionEvent event = eventAt(EventKind::StateChanged, m_stepIndex);
    event.from = from;
    event.to = to;
    event.stopReason = stopReason();
    out.push_back(event);
}

// ---- time ------------------------------------------------------------------------------------

std::vector<SessionEvent> Session::advance(Millis now)
{
    Events out;
    sync(now, out);
    return out;
}

void Session::sync(Millis now, Events &out)
{
    if (const auto *complete = std::get_if<machine::Complete>(&m_state)) {
        m_lastNow = now;
        emitCuesUpTo(now - complete->origin, now, out);
        return;
    }
    const auto *running = std::get_if<machine::Running>(&m_state);
    if (!running) {
        m_lastNow = now;
        return;
    }
    if (now - m_lastNow > m_options.maxClockGap) {
        // The computer slept or the process stalled: racing through the missed time would fire a
        // burst of reps and cues at once. Hold where we were instead.
        const SessionState before = state();
        m_state = machine::Paused{ m_position, true };
        m_lastNow = now;
        out.push_back(eventAt(EventKind::AutoPaused, m_stepIndex));
        changeState(before, SessionState::Paused, out);
        return;
    }
    m_lastNow = now;
    const Millis target = std::min(now - running->origin, m_plan.total);
    if (target < m_position)
        return;
    walkTimeline(target, now, out);
}

void Session::walkTimeline(Millis target, Millis now, Events &out)
{
    const std::size_t firstNew = out.size();
    Millis from = m_position;
    while (std::holds_alternative<machine::Running>(m_state)) {
        const PlanStep &step = m_plan.steps[m_stepIndex];
        for (std::size_t p = 1; p < step.phases.size(); ++p) {
            const PlanPhase &phase = step.phases[p];
            if (phase.start > from && phase.start <= target) {
                m_position = phase.start;
                SessionEvent event = eventAt(EventKind::PhaseStarted, m_stepIndex);
                event.phase = phase.kind;
                event.rep = step.rep;
                out.push_back(event);
            }
        }
        if (step.kind == StepKind::Complete || step.end() > target)
            break;
        m_position = step.end();
        finishStep(m_stepIndex, out);
        const SessionState before = runningStateAt(m_stepIndex);
        ++m_stepIndex;
        enterStep(m_stepIndex, before, out);
        from = m_position;
    }
    if (std::holds_alternative<machine::Running>(m_state))
        m_position = std::max(m_position, target);
    emitCuesUpTo(target, now, out);
    // Cues were gathered after the boundaries; put everything in timeline order. The sort is
    // stable, so boundaries come before cues at the same position.
    std::stable_sort(
            out.begin() + static_cast<std::ptrdiff_t>(firstNew), out.end(),
            [](const SessionEvent &a, const SessionEvent &b) { return a.position < b.position; });
}

void Session::emitCuesUpTo(Millis target, Millis now, Events &out)
{
    Millis clockPosition = m_position;
    if (const auto *running = std::get_if<machine::Running>(&m_state))
        clockPosition = now - running->origin;
    else if (const auto *complete = std::get_if<machine::Complete>(&m_state))
        clockPosition = now - complete->origin;
    while (m_nextCue < m_cues.cues.size() && m_cues.cues[m_nextCue].start <= target) {
        const ScheduledCue &cue = m_cues.cues[m_nextCue++];
        const bool late = clockPosition - cue.start > m_options.cueLateness;
        SessionEvent event = eventAt(late ? EventKind::CueDropped : EventKind::Cue,
                                     m_plan.stepIndexAt(cue.start));
        event.position = cue.start;
        event.cue = cue.id;
        event.cueLength = cue.length;
        out.push_back(event);
    }
}

void Session::finishStep(std::size_t stepIndex, Events &out)
{
    const PlanStep &step = m_plan.steps[stepIndex];
    if (step.kind != StepKind::Rep)
        return;
    m_results[static_cast<std::size_t>(m_blockOfStep[stepIndex])].achieved = step.rep;
    SessionEvent event = eventAt(EventKind::RepCompleted, stepIndex);
    event.rep = step.rep;
    out.push_back(event);
    if (step.rep == step.repsPrescribed)
        emitSetAndSideEnd(stepIndex, out);
}

void Session::emitSetAndSideEnd(std::size_t repStepIndex, Events &out)
{
    const PlanStep &step = m_plan.steps[repStepIndex];
    if (step.movementIndex != m_plan.movementOrder.back())
        return;
    out.push_back(eventAt(EventKind::SetCompleted, repStepIndex));
    if (step.set == m_plan.routine.setsPerSide)
        out.push_back(eventAt(EventKind::SideCompleted, repStepIndex));
}

void Session::enterStep(std::size_t stepIndex, SessionState previous, Events &out)
{
    const PlanStep &step = m_plan.steps[stepIndex];
    m_stepIndex = stepIndex;
    m_position = step.start;
    if (const int block = m_blockOfStep[stepIndex]; block >= 0)
        m_results[static_cast<std::size_t>(block)].attempted = true;

    out.push_back(eventAt(EventKind::StepStarted, stepIndex));
    changeState(previous, runningStateAt(stepIndex), out);
    if (!step.phases.empty()) {
        SessionEvent event = eventAt(EventKind::PhaseStarted, stepIndex);
        event.phase = step.phases.front().kind;
        event.rep = step.rep;
        out.push_back(event);
    }
    if (step.kind == StepKind::Complete) {
        const auto *running = std::get_if<machine::Running>(&m_state);
        m_state = machine::Complete{ running ? running->origin : m_lastNow - m_position };
        out.push_back(eventAt(EventKind::Finished, stepIndex));
    }
}

void Session::jumpToStep(std::size_t stepIndex, Millis now, Events &out)
{
    const SessionState before = state();
    const Millis target = m_plan.steps[stepIndex].start;
    m_state = machine::Running{ now - target };
    // Cues between here and the target are passed over, not fired in a burst.
    m_nextCue = firstCueAtOrAfter(target);
    enterStep(stepIndex, before, out);
    walkTimeline(target, now, out);
}

// ---- commands --------------------------------------------------------------------------------

bool Session::accepts(Command command) const
{
    return acceptsIn(state(), command);
}

std::vector<SessionEvent> Session::apply(Command command, Millis now)
{
    Events out;
    sync(now, out);
    const SessionState current = state();
    if (!acceptsIn(current, command)) {
        SessionEvent event = eventAt(EventKind::CommandIgnored, m_stepIndex);
        event.from = current;
        event.command = command;
        out.push_back(event);
        return out;
    }

    switch (command) {
    case Command::Start:
    case Command::Restart:
        restart(now, out);
        break;
    case Command::Pause:
        m_state = machine::Paused{ m_position, false };
        changeState(current, SessionState::Paused, out);
        break;
    case Command::Resume:
        m_state = machine::Running{ now - m_position };
        m_lastNow = now;
        changeState(SessionState::Paused, runningStateAt(m_stepIndex), out);
        break;
    case Command::ThatsAllICanDo:
        endBlockEarly(false, out);
        break;
    case Command::Skip:
        if (current == SessionState::Intro || current == SessionState::RepPhase) {
            endBlockEarly(true, out);
        } else {
            std::size_t next = m_stepIndex + 1;
            while (current == SessionState::Setup && m_plan.steps[next].kind == StepKind::Setup)
                ++next;
            jumpToStep(next, now, out);
        }
        break;
    case Command::PainStop:
        stop(StopReason::Pain, now, out);
        break;
    case Command::Stop:
        stop(StopReason::User, now, out);
        break;
    }
    return out;
}

void Session::endBlockEarly(bool skipped, Events &out)
{
    const std::size_t lastRep = m_plan.lastRepOfBlock(m_stepIndex);
    MovementResult &result = m_results[static_cast<std::size_t>(m_blockOfStep[m_stepIndex])];
    result.endedEarly = !skipped;
    result.skipped = skipped;
    result.thatsAll = !skipped;

    SessionEvent ended = eventAt(EventKind::MovementEnded, m_stepIndex);
    ended.rep = result.achieved;
    out.push_back(ended);
    emitSetAndSideEnd(lastRep, out);
    jumpToStep(lastRep + 1, m_lastNow, out);
}

void Session::stop(StopReason reason, Millis now, Events &out)
{
    const SessionState before = state();
    if (inBlock()) {
        MovementResult &result = m_results[static_cast<std::size_t>(m_blockOfStep[m_stepIndex])];
        result.endedEarly = result.achieved < result.prescribed;
    }
    m_state = machine::Stopped{ m_position, reason };
    m_lastNow = now;
    changeState(before, SessionState::Stopped, out);
    if (reason == StopReason::Pain) {
        const CueId cue = CueId::simple(CueKind::PainStop);
        SessionEvent event = eventAt(EventKind::Cue, m_stepIndex);
        event.cue = cue;
        event.cueLength = estimatedCueLength(cue);
        out.push_back(event);
    }
}

void Session::restart(Millis now, Events &out)
{
    const SessionState before = state();
    resetResults();
    m_position = Millis{ 0 };
    m_lastNow = now;
    m_state = machine::Running{ now };
    m_nextCue = 0;
    enterStep(0, before, out);
    walkTimeline(Millis{ 0 }, now, out);
}

} // namespace gluteguide
