#include "app/cli/PlanText.h"

#include "app/text/DisplayNames.h"

#include <QLocale>
#include <QStringList>
#include <QTextStream>

#include <algorithm>

using namespace gluteguide;

namespace {

QString repsText(int reps)
{
    return reps == 1 ? PlanText::tr("1 rep") : PlanText::tr("%n reps", nullptr, reps);
}

QString setsText(int sets)
{
    return sets == 1 ? PlanText::tr("1 set") : PlanText::tr("%n sets", nullptr, sets);
}

QString sidesLine(const Routine &routine)
{
    const QString sets = setsText(routine.setsPerSide);
    if (routine.bothSides) {
        return routine.firstSide == Side::Left
                ? PlanText::tr(
                          "%1 per side: lying on your left side first, then on your right side")
                          .arg(sets)
                : PlanText::tr(
                          "%1 per side: lying on your right side first, then on your left side")
                          .arg(sets);
    }
    return routine.firstSide == Side::Left
            ? PlanText::tr("%1, lying on your left side only").arg(sets)
            : PlanText::tr("%1, lying on your right side only").arg(sets);
}

// Writes the timeline: one line per step, the reps of one movement in a set grouped on one line.
class TimelineWriter
{
public:
    TimelineWriter(const Plan &plan, QTextStream &out)
        : m_plan(plan), m_out(out), m_clockWidth(PlanText::clock(plan.total).size())
    {
    }

    void write()
    {
        for (std::size_t i = 0; i < m_plan.steps.size(); ++i)
            i = writeStep(i);
    }

private:
    // Writes the step at index and returns the index of the last step it covered.
    std::size_t writeStep(std::size_t index)
    {
        const PlanStep &step = m_plan.steps[index];
        switch (step.kind) {
        case StepKind::Setup:
            if (!m_inSetup) {
                header(PlanText::tr("Setup"));
                m_inSetup = true;
            }
            line(step.start,
                 QStringLiteral("%1 (%2)").arg(step.setup ? PlanText::setupText(*step.setup)
                                                          : QString(),
                                               PlanText::duration(step.duration)));
            return index;
        case StepKind::Intro:
            enterSet(step);
            line(step.start,
                 PlanText::tr("get ready: %1 (%2)")
                         .arg(movementName(step), PlanText::duration(step.duration)));
            return index;
        case StepKind::Rep: {
            enterSet(step);
            const std::size_t last = m_plan.lastRepOfBlock(index);
            const PlanStep &lastStep = m_plan.steps[last];
            const int reps = lastStep.rep - step.rep + 1;
            line(step.start,
                 QStringLiteral("%1  %2  (%3)")
                         .arg(movementName(step), repsAndTempo(step, reps),
                              PlanText::duration(lastStep.end() - step.start)));
            return last;
        }
        case StepKind::Transition:
            enterSet(step);
            line(step.start, PlanText::tr("rest (%1)").arg(PlanText::duration(step.duration)));
            return index;
        case StepKind::SetRest:
            line(step.start,
                 PlanText::tr("rest between sets (%1)").arg(PlanText::duration(step.duration)));
            return index;
        case StepKind::SwitchSides:
            line(step.start,
                 (step.side == Side::Left
                          ? PlanText::tr("switch sides: roll onto your left side (%1)")
                          : PlanText::tr("switch sides: roll onto your right side (%1)"))
                         .arg(PlanText::duration(step.duration)));
            return index;
        case StepKind::Complete:
            m_out << '\n';
            line(step.start, PlanText::tr("complete"));
            return index;
        }
        return index;
    }

    void enterSet(const PlanStep &step)
    {
        if (m_hasSet && step.side == m_side && step.set == m_set)
            return;
        m_hasSet = true;
        m_side = step.side;
        m_set = step.set;
        header(PlanText::tr("Set %1 of %2, %3")
                       .arg(step.set)
                       .arg(m_plan.routine.setsPerSide)
                       .arg(PlanText::sideText(step.side)));
    }

    QString movementName(const PlanStep &step) const
    {
        return step.movement ? DisplayNames::movement(*step.movement) : QString();
    }

    QString repsAndTempo(const PlanStep &step, int reps) const
    {
        if (step.movementIndex < 0
            || static_cast<std::size_t>(step.movementIndex) >= m_plan.routine.movements.size())
            return repsText(reps);
        MovementSpec spec = m_plan.routine.movements[static_cast<std::size_t>(step.movementIndex)];
        spec.reps = reps;
        return PlanText::repsAndTempo(spec);
    }

    void header(const QString &title) { m_out << '\n' << title << '\n'; }

    void line(Millis start, const QString &text)
    {
        m_out << "  " << PlanText::clock(start).rightJustified(m_clockWidth) << "  " << text
              << '\n';
    }

    const Plan &m_plan;
    QTextStream &m_out;
    qsizetype m_clockWidth;
    bool m_inSetup = false;
    bool m_hasSet = false;
    Side m_side = Side::Left;
    int m_set = 0;
};

} // namespace

void PlanText::write(const Plan &plan, QTextStream &out)
{
    const Routine &routine = plan.routine;
    out << DisplayNames::routineName(routine) << '\n';
    out << tr("Total time %1, %2").arg(clock(plan.total), repsText(plan.totalReps())) << '\n';
    out << sidesLine(routine) << '\n';

    out << '\n' << tr("Each set:") << '\n';
    qsizetype nameWidth = 0;
    for (const int index : plan.movementOrder) {
        const MovementSpec &spec = routine.movements[std::size_t(index)];
        nameWidth = std::max(nameWidth, DisplayNames::movement(spec.movement).size());
    }
    for (const int index : plan.movementOrder) {
        const MovementSpec &spec = routine.movements[std::size_t(index)];
        out << "  " << DisplayNames::movement(spec.movement).leftJustified(nameWidth) << "  "
            << repsAndTempo(spec) << '\n';
    }
    out << tr("Get ready before each movement: %1").arg(duration(routine.introDuration)) << '\n';
    out << tr("Rest between movements: %1").arg(duration(routine.restBetweenMovements)) << '\n';
    out << tr("Rest between sets: %1").arg(duration(routine.restBetweenSets)) << '\n';
    if (routine.bothSides)
        out << tr("Switching sides: %1").arg(duration(routine.switchSidesDuration)) << '\n';
    if (!routine.notes.empty())
        out << '\n' << tr("Notes: %1").arg(QString::fromStdString(routine.notes)) << '\n';

    TimelineWriter(plan, out).write();
}

QString PlanText::toString(const Plan &plan)
{
    QString text;
    QTextStream out(&text);
    write(plan, out);
    out.flush();
    return text;
}

QString PlanText::clock(Millis time)
{
    const long long totalSeconds = std::max<long long>(0, time.count() / 1000);
    const long long hours = totalSeconds / 3600;
    const long long minutes = totalSeconds / 60 % 60;
    const long long seconds = totalSeconds % 60;
    const QChar zero(u'0');
    if (hours > 0) {
        return QStringLiteral("%1:%2:%3")
                .arg(hours)
                .arg(minutes, 2, 10, zero)
                .arg(seconds, 2, 10, zero);
    }
    return QStringLiteral("%1:%2").arg(minutes).arg(seconds, 2, 10, zero);
}

QString PlanText::duration(Millis time)
{
    if (time >= std::chrono::minutes(1))
        return clock(time);
    return tr("%1 s").arg(QLocale().toString(toSeconds(time), 'g', QLocale::FloatingPointShortest));
}

QString PlanText::setupText(SetupInstruction instruction)
{
    switch (instruction) {
    case SetupInstruction::LieOnSide:
        return tr("lie on your side on the floor");
    case SetupInstruction::HeadOnArm:
        return tr("rest your head on your lower arm, neck in line");
    case SetupInstruction::StackHipsKneesFeet:
        return tr("stack hips, knees and feet, heels together");
    case SetupInstruction::HandOnTopHip:
        return tr("put your top hand on your top hip");
    }
    return {};
}

QString PlanText::sideText(Side side)
{
    return side == Side::Left ? tr("lying on your left side") : tr("lying on your right side");
}

QString PlanText::repsAndTempo(const MovementSpec &spec)
{
    const auto phases = phasesOf(spec.movement);
    QStringList parts;
    for (std::size_t i = 0; i < phases.size() && i < spec.phaseDurations.size(); ++i)
        parts.append(
                tr("%1 %2").arg(DisplayNames::phase(phases[i]), duration(spec.phaseDurations[i])));
    return tr("%1 × (%2)").arg(repsText(spec.reps), parts.join(QStringLiteral(", ")));
}
