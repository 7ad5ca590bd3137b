#include "core/cues/CueSchedule.h"

#include <algorithm>
#include <array>
#include <optional>

namespace gluteguide {

using namespace std::chrono_literals;

// Measured on the shipped English clips, rounded up.
Millis estimatedCueLength(const CueId &cue)
{
    switch (cue.kind) {
    case CueKind::Count:
        return 1000ms;
    case CueKind::ThreeMore:
    case CueKind::LastOne:
        return 800ms;
    case CueKind::PhaseWord:
        return 500ms;
    case CueKind::Reminder:
    case CueKind::Rest:
        return 1200ms;
    case CueKind::SetAnnouncement:
        return 1500ms;
    case CueKind::SetRest:
    case CueKind::ReverseCircles:
    case CueKind::Complete:
        return 3000ms;
    case CueKind::MovementIntro:
        return 3600ms;
    case CueKind::Setup:
    case CueKind::SwitchSides:
        return 5000ms;
    case CueKind::PainStop:
        return 6600ms;
    }
    return 2000ms;
}

namespace {

// A cue that wants to start at `earliest` and may slide until `latest` to find room.
struct Request
{
    CueId id;
    Millis earliest{ 0 };
    Millis latest{ 0 };
};

// Placed cues, kept sorted by start, never overlapping.
class Timeline
{
public:
    // The earliest start in [earliest, latest] where the cue fits, if any.
    std::optional<Millis> findRoom(Millis earliest, Millis latest, Millis length) const
    {
        Millis start = earliest;
        auto it = std::lower_bound(m_cues.begin(), m_cues.end(), start,
                                   [](const ScheduledCue &c, Millis t) { return c.end() <= t; });
        while (it != m_cues.end() && it->start < start + length) {
            start = std::max(start, it->end());
            ++it;
        }
        if (start > latest)
            return std::nullopt;
        return start;
    }

    void insert(const ScheduledCue &cue)
    {
        const auto at =
                std::upper_bound(m_cues.begin(), m_cues.end(), cue.start,
                                 [](Millis t, const ScheduledCue &c) { return t < c.start; });
        m_cues.insert(at, cue);
    }

    std::vector<ScheduledCue> take() { return std::move(m_cues); }

private:
    std::vector<ScheduledCue> m_cues;
};

class Scheduler
{
public:
    Scheduler(const Plan &plan, const CueLengths &lengths, const CueOptions &options)
        : m_plan(plan), m_lengths(lengths), m_options(options)
    {
    }

    CueSchedule run()
    {
        // Highest priority first, so lower ones fit around them (PRODUCT.md §5).
        placeAll(countRequests());
        placeAll(countFollowUpRequests());
        placeAll(structureRequests());
        if (m_options.phaseWords)
            placeAll(phaseWordRequests());
        if (m_options.reminders)
            placeReminders();
        return { m_timeline.take(), std::move(m_dropped) };
    }

private:
    void placeAll(const std::vector<Request> &requests)
    {
        for (const Request &request : requests)
            place(request);
    }

    bool place(const Request &request)
    {
        const Millis length = m_lengths(request.id);
        if (const auto start = m_timeline.findRoom(request.earliest, request.latest, length)) {
            m_timeline.insert({ request.id, *start, length });
            return true;
        }
        m_dropped.push_back({ request.id, request.earliest, length });
        return false;
    }

    std::vector<Request> countRequests() const
    {
        std::vector<Request> requests;
        for (const PlanStep &step : m_plan.steps) {
            if (step.kind == StepKind::Rep)
                requests.push_back({ CueId::count(step.rep), step.end(), step.end() });
        }
        return requests;
    }

    // "Three more" and "last one" follow the count, before the next rep completes.
    std::vector<Request> countFollowUpRequests() const
    {
        std::vector<Request> requests;
        for (const PlanStep &step : m_plan.steps) {
            if (step.kind != StepKind::Rep)
                continue;
            const Millis nextRepEnd = step.end() + step.duration;
            const auto follow = [&](CueKind kind) {
                const CueId id = CueId::simple(kind);
                requests.push_back({ id, step.end(), nextRepEnd - m_lengths(id) });
            };
            if (step.repsPrescribed > 3 && step.rep == step.repsPrescribed - 3)
                follow(CueKind::ThreeMore);
            if (step.repsPrescribed > 1 && step.rep == step.repsPrescribed - 1)
                follow(CueKind::LastOne);
        }
        return requests;
    }

    std::vector<Request> structureRequests() const
    {
        std::vector<Request> requests;
        const auto &steps = m_plan.steps;
        for (std::size_t i = 0; i < steps.size(); ++i) {
            const PlanStep &step = steps[i];
            const auto within = [&](const CueId &id) {
                // Ideally it ends within the step; when earlier cues crowd the step (no rests),
                // it may still start before the step ends and run on, clear of the counts.
                const Millis fitsInside = step.start + step.duration - m_lengths(id);
                const Millis lastChance = std::max(step.end() - Millis{ 1 }, step.start);
                const Millis latest =
                        std::max({ fitsInside, lastChance, step.start + Millis{ 2000 } });
                requests.push_back({ id, step.start, latest });
            };
            switch (step.kind) {
            case StepKind::Setup:
                within(CueId::setupStep(*step.setup));
                break;
            case StepKind::Intro:
                if (step.movementIndex == m_plan.movementOrder.front())
                    within(CueId::setAnnouncement(step.set, m_plan.routine.setsPerSide));
                within(introCue(i));
                break;
            case StepKind::Transition:
                within(CueId::simple(CueKind::Rest));
                break;
            case StepKind::SetRest:
                within(CueId::simple(CueKind::SetRest));
                break;
            case StepKind::SwitchSides:
                within(CueId::simple(CueKind::SwitchSides));
                break;
            case StepKind::Complete:
                within(CueId::simple(CueKind::Complete));
                break;
            case StepKind::Rep:
                break;
            }
        }
        return requests;
    }

    // Counterclockwise circles straight after clockwise ones are introduced as a reversal.
    CueId introCue(std::size_t introIndex) const
    {
        const PlanStep &intro = m_plan.steps[introIndex];
        const std::vector<int> &order = m_plan.movementOrder;
        const auto at = std::find(order.begin(), order.end(), intro.movementIndex);
        if (intro.movement == Movement::CirclesCounterclockwise && at != order.begin()
            && at != order.end()) {
            const auto &previous = m_plan.routine.movements[static_cast<std::size_t>(*(at - 1))];
            if (previous.movement == Movement::CirclesClockwise)
                return CueId::simple(CueKind::ReverseCircles);
        }
        return CueId::intro(*intro.movement);
    }

    // Phase words mark the second half of each rep ("lower", "down") and the start of the first
    // rep; elsewhere the count already marks the start of the next rep.
    std::vector<Request> phaseWordRequests() const
    {
        std::vector<Request> requests;
        for (const PlanStep &step : m_plan.steps) {
            for (std::size_t p = 0; p < step.phases.size(); ++p) {
                const PlanPhase &phase = step.phases[p];
                if (phase.kind == PhaseKind::Circle || (p == 0 && step.rep > 1))
                    continue;
                const CueId id = CueId::phaseWord(phase.kind);
                requests.push_back({ id, phase.start, phase.start + 200ms });
            }
        }
        return requests;
    }

    void placeReminders()
    {
        std::optional<Millis> last;
        std::size_t rotation = 0;
        for (const PlanStep &step : m_plan.steps) {
            if (step.kind != StepKind::Rep)
                continue;
            const Millis earliest =
                    last ? std::max(step.start, *last + m_options.reminderSpacing) : step.start;
            if (earliest >= step.end())
                continue;
            const CueId id = remindersFor(*step.movement, rotation);
            if (const auto start = reminderSlot(step, earliest, m_lengths(id))) {
                m_timeline.insert({ id, *start, m_lengths(id) });
                last = *start;
                ++rotation;
            }
        }
    }

    // Inside one rep, at least countClearance away from the counts at both of its ends (counts
    // fall only on rep boundaries), and clear of every cue already placed.
    std::optional<Millis> reminderSlot(const PlanStep &rep, Millis earliest, Millis length) const
    {
        const Millis clearance = m_options.countClearance;
        const Millis from = std::max(earliest, rep.start + clearance);
        const Millis latest = rep.end() - clearance - length;
        if (from > latest)
            return std::nullopt;
        return m_timeline.findRoom(from, latest, length);
    }

    static CueId remindersFor(Movement movement, std::size_t rotation)
    {
        static constexpr std::array<Reminder, 4> clamshell{
            Reminder::FeetTogether, Reminder::HipsStacked, Reminder::MoveSlowly, Reminder::NoRocking
        };
        static constexpr std::array<Reminder, 3> straightLeg{ Reminder::HipsStacked,
                                                              Reminder::MoveSlowly,
                                                              Reminder::NoRocking };
        if (movement == Movement::Clamshell)
            return CueId::formReminder(clamshell[rotation % clamshell.size()]);
        return CueId::formReminder(straightLeg[rotation % straightLeg.size()]);
    }

    const Plan &m_plan;
    const CueLengths &m_lengths;
    const CueOptions &m_options;
    Timeline m_timeline;
    std::vector<ScheduledCue> m_dropped;
};

} // namespace

CueSchedule scheduleCues(const Plan &plan, const CueLengths &lengths, const CueOptions &options)
{
    return Scheduler(plan, lengths, options).run();
}

std::vector<ScheduledCue> cuesStartingIn(const CueSchedule &schedule, Millis after, Millis upTo)
{
    const auto byStart = [](const ScheduledCue &cue, Millis time) { return cue.start <= time; };
    const auto first = std::lower_bound(schedule.cues.begin(), schedule.cues.end(), after, byStart);
    const auto last = std::lower_bound(first, schedule.cues.end(), upTo, byStart);
    return { first, last };
}

} // namespace gluteguide
