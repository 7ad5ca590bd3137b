#include "core/routine/RoutineValidation.h"

#include <algorithm>
#include <string>

namespace gluteguide {

namespace {

class ProblemList
{
public:
    void checkCount(const std::string &field, int value, int min, int max)
    {
        if (value < min || value > max)
            add({ field, ProblemCode::CountOutOfRange, double(min), double(max), double(value) });
    }

    void checkSeconds(const std::string &field, Millis value, Millis min, Millis max)
    {
        if (value < min || value > max) {
            add({ field, ProblemCode::SecondsOutOfRange, toSeconds(min), toSeconds(max),
                  toSeconds(value) });
        }
    }

    void add(RoutineProblem problem) { m_problems.push_back(std::move(problem)); }

    std::vector<RoutineProblem> take() { return std::move(m_problems); }

private:
    std::vector<RoutineProblem> m_problems;
};

void checkMovement(ProblemList &problems, const MovementSpec &spec, std::size_t index)
{
    using Limits = RoutineLimits;
    const std::string field = "movements[" + std::to_string(index) + "]";
    problems.checkCount(field + ".reps", spec.reps, Limits::minReps, Limits::maxReps);

    const std::size_t expected = phasesOf(spec.movement).size();
    if (spec.phaseDurations.size() != expected) {
        problems.add({ field + ".phase_seconds", ProblemCode::WrongPhaseCount, double(expected),
                       double(expected), double(spec.phaseDurations.size()), spec.movement });
        return;
    }
    for (std::size_t phase = 0; phase < expected; ++phase) {
        problems.checkSeconds(field + ".phase_seconds[" + std::to_string(phase) + "]",
                              spec.phaseDurations[phase], Limits::minPhase, Limits::maxPhase);
    }
}

} // namespace

std::vector<RoutineProblem> validate(const Routine &routine)
{
    using Limits = RoutineLimits;
    ProblemList problems;

    for (std::size_t i = 0; i < routine.setup.size(); ++i) {
        problems.checkSeconds("setup[" + std::to_string(i) + "].seconds", routine.setup[i].duration,
                              Limits::minSetupStep, Limits::maxSetupStep);
    }
    // A disabled movement is still checked: it may be switched on again as it is.
    if (std::none_of(routine.movements.begin(), routine.movements.end(),
                     [](const MovementSpec &spec) { return spec.enabled; }))
        problems.add({ "movements", ProblemCode::NoMovements, 1.0, 1.0,
                       double(routine.movements.size()) });
    for (std::size_t i = 0; i < routine.movements.size(); ++i)
        checkMovement(problems, routine.movements[i], i);

    problems.checkCount("sets_per_side", routine.setsPerSide, Limits::minSets, Limits::maxSets);
    problems.checkSeconds("intro_seconds", routine.introDuration, Limits::minIntro,
                          Limits::maxIntro);
    problems.checkSeconds("rest_between_movements_seconds", routine.restBetweenMovements,
                          Limits::minRest, Limits::maxRest);
    problems.checkSeconds("rest_between_sets_seconds", routine.restBetweenSets, Limits::minRest,
                          Limits::maxRest);
    problems.checkSeconds("switch_sides_seconds", routine.switchSidesDuration, Limits::minRest,
                          Limits::maxRest);
    return problems.take();
}

} // namespace gluteguide
