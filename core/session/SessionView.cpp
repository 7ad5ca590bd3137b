#include "core/session/SessionView.h"

#include "core/session/Session.h"

#include <algorithm>

namespace gluteguide {

namespace {

bool isRest(StepKind kind)
{
    return kind == StepKind::Transition || kind == StepKind::SetRest
            || kind == StepKind::SwitchSides;
}

void setCounter(SessionView &view, const PlanStep &step, Millis position)
{
    switch (step.kind) {
    case StepKind::Intro:
    case StepKind::Rep:
        // Completed reps, so the number changes as the voice says it.
        view.counter = SessionView::Counter::Reps;
        view.count = step.kind == StepKind::Rep ? step.rep - 1 : 0;
        view.countOf = step.repsPrescribed;
        break;
    case StepKind::Complete:
        view.counter = SessionView::Counter::Done;
        break;
    default:
        view.counter = SessionView::Counter::SecondsLeft;
        view.count = int((std::max(step.end() - position, Millis{ 0 }).count() + 999) / 1000);
        break;
    }
}

} // namespace

SessionView viewOf(const Session &session)
{
    const Plan &plan = session.plan();
    const PlanStep &step = session.currentStep();
    SessionView view;
    view.state = session.state();
    view.step = step.kind;
    view.side = step.side;
    view.set = step.set;
    view.setsPerSide = plan.routine.setsPerSide;
    view.movement = step.movement;
    view.position = session.position();
    view.timeLeft = std::max(plan.total - session.position(), Millis{ 0 });
    view.sessionFraction = plan.total.count() > 0
            ? double(session.position().count()) / double(plan.total.count())
            : 1.0;
    setCounter(view, step, session.position());
    if (step.kind == StepKind::Rep) {
        const auto phase =
                std::find_if(step.phases.begin(), step.phases.end(),
                             [&](const PlanPhase &p) { return session.position() < p.end(); });
        view.phase = phase != step.phases.end() ? phase->kind : step.phases.back().kind;
    }
    view.phaseFraction = session.phaseFraction();
    view.resting = isRest(step.kind);

    view.canPause = session.accepts(Command::Pause);
    view.canResume = session.accepts(Command::Resume);
    view.canSayThatsAll = session.accepts(Command::ThatsAllICanDo);
    view.canSkip = session.accepts(Command::Skip);
    view.canStop = session.accepts(Command::Stop);
    view.canPainStop = session.accepts(Command::PainStop);
    return view;
}

} // namespace gluteguide
