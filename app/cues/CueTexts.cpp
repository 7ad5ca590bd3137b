#include "app/cues/CueTexts.h"

using gluteguide::CueId;
using gluteguide::CueKind;
using gluteguide::Movement;
using gluteguide::PhaseKind;
using gluteguide::Reminder;
using gluteguide::SetupInstruction;

namespace {

QString setupText(SetupInstruction instruction)
{
    switch (instruction) {
    case SetupInstruction::LieOnSide:
        return CueTexts::tr("Lie down on your side on the floor, on a mat if you have one.");
    case SetupInstruction::HeadOnArm:
        return CueTexts::tr("Rest your head on your lower arm or your hands, neck straight.");
    case SetupInstruction::StackHipsKneesFeet:
        return CueTexts::tr("Stack your hips, knees and feet. Bend your knees, heels together.");
    case SetupInstruction::HandOnTopHip:
        return CueTexts::tr("Put your top hand on your top hip, so your pelvis stays still.");
    }
    return {};
}

// Short enough to say in the intro step together with "Set 2 of 3"; the figure shows the rest.
QString introText(Movement movement)
{
    switch (movement) {
    case Movement::Clamshell:
        return CueTexts::tr("Clamshells: lift the top knee, heels together.");
    case Movement::StraightLegRaise:
        return CueTexts::tr("Straight leg raises: lift the top leg a few inches.");
    case Movement::Pulses:
        return CueTexts::tr("Pulses: an inch up, an inch down.");
    case Movement::CirclesClockwise:
        return CueTexts::tr("Small slow circles, clockwise.");
    case Movement::CirclesCounterclockwise:
        return CueTexts::tr("Small slow circles, counterclockwise.");
    }
    return {};
}

QString reminderText(Reminder reminder)
{
    switch (reminder) {
    case Reminder::HipsStacked:
        return CueTexts::tr("Hips stacked.");
    case Reminder::MoveSlowly:
        return CueTexts::tr("Nice and slow.");
    case Reminder::FeetTogether:
        return CueTexts::tr("Feet together.");
    case Reminder::NoRocking:
        return CueTexts::tr("No rocking.");
    }
    return {};
}

QString phaseText(PhaseKind phase)
{
    switch (phase) {
    case PhaseKind::Lift:
        return CueTexts::tr("Lift.");
    case PhaseKind::Lower:
        return CueTexts::tr("Lower.");
    case PhaseKind::Up:
        return CueTexts::tr("Up.");
    case PhaseKind::Down:
        return CueTexts::tr("Down.");
    case PhaseKind::Circle:
        return CueTexts::tr("Circle.");
    }
    return {};
}

} // namespace

QString CueTexts::text(const CueId &cue)
{
    switch (cue.kind) {
    case CueKind::Setup:
        return setupText(cue.setup);
    case CueKind::MovementIntro:
        return introText(cue.movement);
    case CueKind::ReverseCircles:
        return tr("Now reverse the circles: counterclockwise.");
    case CueKind::SetAnnouncement:
        return tr("Set %1 of %2.").arg(cue.number).arg(cue.of);
    case CueKind::SwitchSides:
        return tr("Switch sides. Roll onto your other side and stack your hips again.");
    case CueKind::Count:
        return QString::number(cue.number);
    case CueKind::ThreeMore:
        return tr("Three more.");
    case CueKind::LastOne:
        return tr("Last one.");
    case CueKind::Reminder:
        return reminderText(cue.reminder);
    case CueKind::PhaseWord:
        return phaseText(cue.phase);
    case CueKind::Rest:
        return tr("Rest for a moment.");
    case CueKind::SetRest:
        return tr("Rest. The next set starts soon.");
    case CueKind::Complete:
        return tr("Well done. You have finished the series.");
    case CueKind::PainStop:
        return tr("Stopping now. Rest in a comfortable position. If the pain goes on, contact "
                  "your clinician.");
    }
    return {};
}
