#include "app/text/DisplayNames.h"

#include <QStringList>

using namespace gluteguide;

QString DisplayNames::routineName(const Routine &routine)
{
    if (routine.name.empty())
        return tr("Untitled routine");
    if (routine.name == defaultRoutine().name)
        return tr("Side-lying hip series");
    return QString::fromStdString(routine.name);
}

QString DisplayNames::movement(Movement movement)
{
    switch (movement) {
    case Movement::Clamshell:
        return tr("Clamshell");
    case Movement::StraightLegRaise:
        return tr("Straight-leg raise");
    case Movement::Pulses:
        return tr("Pulses");
    case Movement::CirclesClockwise:
        return tr("Circles clockwise");
    case Movement::CirclesCounterclockwise:
        return tr("Circles counterclockwise");
    }
    return {};
}

QString DisplayNames::phase(PhaseKind phase)
{
    switch (phase) {
    case PhaseKind::Lift:
        return tr("Lift");
    case PhaseKind::Lower:
        return tr("Lower");
    case PhaseKind::Up:
        return tr("Up");
    case PhaseKind::Down:
        return tr("Down");
    case PhaseKind::Circle:
        return tr("Circle");
    }
    return {};
}

QString DisplayNames::setupStep(SetupInstruction instruction)
{
    switch (instruction) {
    case SetupInstruction::LieOnSide:
        return tr("Lie on your side");
    case SetupInstruction::HeadOnArm:
        return tr("Head on your arm");
    case SetupInstruction::StackHipsKneesFeet:
        return tr("Stack hips, knees and feet");
    case SetupInstruction::HandOnTopHip:
        return tr("Hand on your top hip");
    }
    return {};
}

QString DisplayNames::side(Side side)
{
    return side == Side::Left ? tr("Left") : tr("Right");
}

QString DisplayNames::lyingOn(Side side)
{
    return side == Side::Left ? tr("Lying on your left side") : tr("Lying on your right side");
}

QString DisplayNames::setOf(int set, int sets)
{
    return tr("Set %1 of %2").arg(set).arg(sets);
}

QString DisplayNames::stepTitle(const PlanStep &step)
{
    switch (step.kind) {
    case StepKind::Setup:
        return tr("Getting into position");
    case StepKind::Intro:
    case StepKind::Rep:
        return movement(*step.movement);
    case StepKind::Transition:
        return tr("Short rest");
    case StepKind::SetRest:
        return tr("Rest between sets");
    case StepKind::SwitchSides:
        return tr("Switch sides");
    case StepKind::Complete:
        return tr("Finished");
    }
    return {};
}

QString DisplayNames::duration(Millis duration)
{
    const qint64 seconds = (duration.count() + 999) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString DisplayNames::tempo(const MovementSpec &spec)
{
    const auto phases = phasesOf(spec.movement);
    QStringList parts;
    for (std::size_t i = 0; i < phases.size() && i < spec.phaseDurations.size(); ++i) {
        parts << tr("%1 %2 s")
                         .arg(phase(phases[i]).toLower())
                         .arg(toSeconds(spec.phaseDurations[i]));
    }
    return parts.join(QStringLiteral(", "));
}
