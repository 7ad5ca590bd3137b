#include "core/plan/Plan.h"

#include <algorithm>
#include <iterator>

namespace gluteguide {

std::string_view stepKindKey(StepKind kind)
{
    switch (kind) {
    case StepKind::Setup:
        return "setup";
    case StepKind::Intro:
        return "intro";
    case StepKind::Rep:
        return "rep";
    case StepKind::Transition:
        return "transition";
    case StepKind::SetRest:
        return "set_rest";
    case StepKind::SwitchSides:
        return "switch_sides";
    case StepKind::Complete:
        return "complete";
    }
    return {};
}

std::size_t Plan::stepIndexAt(Millis position) const
{
    // The last step starting at or before the position; zero-length steps are passed over.
    const auto after =
            std::upper_bound(steps.begin(), steps.end(), position,
                             [](Millis p, const PlanStep &step) { return p < step.start; });
    if (after == steps.begin())
        return 0;
    return static_cast<std::size_t>(std::distance(steps.begin(), after)) - 1;
}

int Plan::totalReps() const
{
    return static_cast<int>(std::count_if(steps.begin(), steps.end(), [](const PlanStep &step) {
        return step.kind == StepKind::Rep;
    }));
}

std::size_t Plan::lastRepOfBlock(std::size_t stepIndex) const
{
    std::size_t last = stepIndex;
    while (last + 1 < steps.size() && steps[last + 1].kind == StepKind::Rep
           && steps[last + 1].rep > steps[last].rep)
        ++last;
    return last;
}

namespace {

// Appends steps one after another, so that they tile the timeline by construction.
class TimelineWriter
{
public:
    explicit TimelineWriter(std::vector<PlanStep> &steps) : m_steps(steps) { }

    PlanStep &append(StepKind kind, Millis duration)
    {
        PlanStep step;
        step.kind = kind;
        step.start = m_cursor;
        step.duration = duration;
        m_cursor += duration;
        return m_steps.emplace_back(std::move(step));
    }

    Millis cursor() const { return m_cursor; }

private:
    std::vector<PlanStep> &m_steps;
    Millis m_cursor{ 0 };
};

void placeOn(PlanStep &step, Side side, int set, int movementIndex, const MovementSpec &spec)
{
    step.side = side;
    step.set = set;
    step.movementIndex = movementIndex;
    step.movement = spec.movement;
    step.repsPrescribed = spec.reps;
}

Millis repDuration(const MovementSpec &spec)
{
    Millis total{ 0 };
    for (Millis phase : spec.phaseDurations)
        total += phase;
    return total;
}

void appendBlock(TimelineWriter &writer, const Routine &routine, Side side, int set,
                 int movementIndex, bool firstOfSet)
{
    const MovementSpec &spec = routine.movements[static_cast<std::size_t>(movementIndex)];
    if (!firstOfSet && routine.restBetweenMovements > Millis{ 0 })
        placeOn(writer.append(StepKind::Transition, routine.restBetweenMovements), side, set,
                movementIndex, spec);

    placeOn(writer.append(StepKind::Intro, routine.introDuration), side, set, movementIndex, spec);

    const auto phases = phasesOf(spec.movement);
    for (int rep = 1; rep <= spec.reps; ++rep) {
        PlanStep &step = writer.append(StepKind::Rep, repDuration(spec));
        placeOn(step, side, set, movementIndex, spec);
        step.rep = rep;
        Millis phaseStart = step.start;
        for (std::size_t i = 0; i < phases.size(); ++i) {
            step.phases.push_back({ phases[i], phaseStart, spec.phaseDurations[i] });
            phaseStart += spec.phaseDurations[i];
        }
    }
}

void appendSide(TimelineWriter &writer, const Plan &plan, Side side)
{
    const Routine &routine = plan.routine;
    const int first = plan.movementOrder.front();
    for (int set = 1; set <= routine.setsPerSide; ++set) {
        if (set > 1 && routine.restBetweenSets > Millis{ 0 })
            placeOn(writer.append(StepKind::SetRest, routine.restBetweenSets), side, set, first,
                    routine.movements[std::size_t(first)]);
        for (const int movementIndex : plan.movementOrder)
            appendBlock(writer, routine, side, set, movementIndex, movementIndex == first);
    }
}

} // namespace

Plan buildPlan(const Routine &routine)
{
    Plan plan;
    plan.routine = routine;
    for (std::size_t i = 0; i < routine.movements.size(); ++i) {
        if (routine.movements[i].enabled)
            plan.movementOrder.push_back(static_cast<int>(i));
    }
    const int first = plan.movementOrder.front();
    TimelineWriter writer(plan.steps);

    for (const SetupStep &setup : routine.setup) {
        PlanStep &step = writer.append(StepKind::Setup, setup.duration);
        step.side = routine.firstSide;
        step.setup = setup.instruction;
    }

    appendSide(writer, plan, routine.firstSide);
    Side lastSide = routine.firstSide;
    if (routine.bothSides) {
        lastSide = otherSide(routine.firstSide);
        // Kept even when zero seconds long: the switch must still be announced.
        placeOn(writer.append(StepKind::SwitchSides, routine.switchSidesDuration), lastSide, 1,
                first, routine.movements[std::size_t(first)]);
        appendSide(writer, plan, lastSide);
    }

    PlanStep &complete = writer.append(StepKind::Complete, Millis{ 0 });
    complete.side = lastSide;
    plan.total = writer.cursor();
    return plan;
}

} // namespace gluteguide
