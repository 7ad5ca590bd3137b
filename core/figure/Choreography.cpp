#include "core/figure/Choreography.h"

#include "core/figure/Camera.h"

#include <algorithm>
#include <numbers>

namespace gluteguide {

namespace {

constexpr double pi = std::numbers::pi;
constexpr double degrees = pi / 180.0;
constexpr double legLength = Skeleton::thigh + Skeleton::shin;
constexpr double straightLegNeutralAnkleHeight = 0.20;
constexpr double straightLegFlexionDeg = 15.0; // foot a little in front of the body
constexpr double circleStartAngle = pi; // the bottom of the circle: -first in legCircle()
constexpr Vec3 up{ 0.0, 1.0, 0.0 };
constexpr Vec3 footHint{ 0.35, 0.0, 1.0 }; // toes point forward, slightly towards the feet
constexpr Millis maxSettle{ 2000 };
constexpr Millis maxIntroSettle{ 3000 };

// Sinusoidal ease: zero speed at both ends, so every phase starts and ends smoothly.
double ease(double t)
{
    return 0.5 - 0.5 * std::cos(pi * std::clamp(t, 0.0, 1.0));
}

// Places the middle joint of a two-bone chain so that both bones keep their length, bending
// towards `pole`.
Vec3 middleJoint(Vec3 root, Vec3 target, double first, double second, Vec3 pole)
{
    const Vec3 axis = normalized(target - root);
    const double reach = std::min(distance(root, target), first + second - 1e-9);
    const double along = (first * first - second * second + reach * reach) / (2.0 * reach);
    const double out = std::sqrt(std::max(0.0, first * first - along * along));
    const Vec3 bend = normalized(pole - axis * dot(pole, axis));
    return root + axis * along + bend * out;
}

Vec3 footDirection(Vec3 shin)
{
    return normalized(footHint - shin * dot(footHint, shin));
}

// The working leg as two bone directions; poses blend these, so bone lengths never change.
struct LegDirections
{
    Vec3 thigh;
    Vec3 shin;
};

LegDirections blend(const LegDirections &from, const LegDirections &to, double t)
{
    return { slerp(from.thigh, to.thigh, t), slerp(from.shin, to.shin, t) };
}

struct RestFigure
{
    BodyPose pose;
    LegDirections topLeg;
    Vec3 clamAxis; // through the top hip and ankle: turning about it keeps the heels together
    double clamSign = 1.0;
};

RestFigure buildRestFigure()
{
    RestFigure rest;
    BodyPose &p = rest.pose;
    p[Joint::Pelvis] = { 0.0, 0.19, 0.0 };
    p[Joint::LowerHip] = p[Joint::Pelvis] - up * Skeleton::hipHalfWidth;
    p[Joint::UpperHip] = p[Joint::Pelvis] + up * Skeleton::hipHalfWidth;
    p[Joint::Neck] = p[Joint::Pelvis] + normalized({ -1.0, 0.18, 0.0 }) * Skeleton::trunk;
    p[Joint::LowerShoulder] = p[Joint::Neck] - up * Skeleton::shoulderHalfWidth;
    p[Joint::UpperShoulder] = p[Joint::Neck] + up * Skeleton::shoulderHalfWidth;
    // The head tips down to rest on the lower arm, which lies along the floor above the head.
    p[Joint::Head] = p[Joint::Neck] + normalized({ -0.9, -0.42, 0.08 }) * Skeleton::neck;
    p[Joint::LowerElbow] =
            p[Joint::LowerShoulder] + normalized({ -1.0, -0.12, 0.25 }) * Skeleton::upperArm;
    p[Joint::LowerHand] =
            p[Joint::LowerElbow] + normalized({ 0.55, 0.05, 0.83 }) * Skeleton::forearm;
    // The top hand rests on the top hip.
    const Vec3 handOnHip = p[Joint::UpperHip] + Vec3{ 0.02, 0.05, 0.07 };
    p[Joint::UpperElbow] = middleJoint(p[Joint::UpperShoulder], handOnHip, Skeleton::upperArm,
                                       Skeleton::forearm, { 0.0, 1.0, -0.3 });
    p[Joint::UpperHand] =
            p[Joint::UpperElbow] + normalized(handOnHip - p[Joint::UpperElbow]) * Skeleton::forearm;

    // Knees bent forward, heels stacked just above each other.
    const Vec3 kneesForward{ 0.2, 0.0, 1.0 };
    const Vec3 lowerHeel{ 0.56, 0.05, -0.02 };
    p[Joint::LowerKnee] = middleJoint(p[Joint::LowerHip], lowerHeel, Skeleton::thigh,
                                      Skeleton::shin, kneesForward);
    p[Joint::LowerAnkle] =
            p[Joint::LowerKnee] + normalized(lowerHeel - p[Joint::LowerKnee]) * Skeleton::shin;
    const Vec3 lowerShin = normalized(p[Joint::LowerAnkle] - p[Joint::LowerKnee]);
    p[Joint::LowerToe] = p[Joint::LowerAnkle] + footDirection(lowerShin) * Skeleton::foot;

    const Vec3 upperHeel = p[Joint::LowerAnkle] + up * 0.015;
    const Vec3 upperKnee = middleJoint(p[Joint::UpperHip], upperHeel, Skeleton::thigh,
                                       Skeleton::shin, kneesForward);
    rest.topLeg = { normalized(upperKnee - p[Joint::UpperHip]), normalized(upperHeel - upperKnee) };

    const Vec3 hip = p[Joint::UpperHip];
    const Vec3 ankle =
            hip + rest.topLeg.thigh * Skeleton::thigh + rest.topLeg.shin * Skeleton::shin;
    rest.clamAxis = normalized(ankle - hip);
    // Turn the way that lifts the knee.
    rest.clamSign = cross(rest.clamAxis, rest.topLeg.thigh).y >= 0.0 ? 1.0 : -1.0;
    return rest;
}

const RestFigure &restFigure()
{
    static const RestFigure rest = buildRestFigure();
    return rest;
}

LegDirections clamshell(double openingDeg)
{
    const RestFigure &rest = restFigure();
    const double angle = rest.clamSign * openingDeg * degrees;
    return { rotated(rest.topLeg.thigh, rest.clamAxis, angle),
             rotated(rest.topLeg.shin, rest.clamAxis, angle) };
}

Vec3 straightLegDirection(double rise)
{
    const double hipHeight = restFigure().pose[Joint::UpperHip].y;
    const double elevation =
            std::asin((straightLegNeutralAnkleHeight + rise - hipHeight) / legLength);
    const double flexion = straightLegFlexionDeg * degrees;
    return { std::cos(elevation) * std::cos(flexion), std::sin(elevation),
             std::cos(elevation) * std::sin(flexion) };
}

LegDirections straightLeg(double rise)
{
    const Vec3 direction = straightLegDirection(rise);
    return { direction, direction };
}

// +1 when increasing the circle angle runs counterclockwise as seen in the default view.
double screenOrientation(Vec3 first, Vec3 second)
{
    const Point2 a = project(first, Camera::front(), Side::Left);
    const Point2 b = project(second, Camera::front(), Side::Left);
    return a.x * b.y - a.y * b.x >= 0.0 ? 1.0 : -1.0;
}

LegDirections legCircle(double turns, Movement movement, Side side)
{
    const Vec3 axis = straightLegDirection(MovementShape::circleCentre);
    const Vec3 first = normalized(up - axis * dot(up, axis));
    const Vec3 second = cross(axis, first);
    // The spoken direction is the direction seen on screen, on either side.
    const double wanted = movement == Movement::CirclesCounterclockwise ? 1.0 : -1.0;
    const double mirror = side == Side::Right ? -1.0 : 1.0;
    const double angle = circleStartAngle
            + wanted * mirror * screenOrientation(first, second) * 2.0 * pi * turns;
    const Vec3 offset = first * std::cos(angle) + second * std::sin(angle);
    const Vec3 direction = normalized(axis * legLength + offset * MovementShape::circleRadius);
    return { direction, direction };
}

LegDirections startOf(Movement movement, Side side)
{
    switch (movement) {
    case Movement::Clamshell:
        return clamshell(MovementShape::clamshellMinDeg);
    case Movement::StraightLegRaise:
        return straightLeg(0.0);
    case Movement::Pulses:
        return straightLeg(MovementShape::pulseCentre - MovementShape::pulseAmplitude);
    case Movement::CirclesClockwise:
    case Movement::CirclesCounterclockwise:
        return legCircle(0.0, movement, side);
    }
    return restFigure().topLeg;
}

// Lift/Up phases rise from the start to the top; Lower/Down return.
LegDirections duringPhase(Movement movement, PhaseKind phase, double t, Side side)
{
    const bool rising = phase == PhaseKind::Lift || phase == PhaseKind::Up;
    const double height = rising ? ease(t) : 1.0 - ease(t);
    switch (movement) {
    case Movement::Clamshell:
        return clamshell(MovementShape::clamshellMinDeg
                         + (MovementShape::clamshellMaxDeg - MovementShape::clamshellMinDeg)
                                 * height);
    case Movement::StraightLegRaise:
        return straightLeg(MovementShape::legRaise * height);
    case Movement::Pulses:
        return straightLeg(MovementShape::pulseCentre - MovementShape::pulseAmplitude
                           + 2.0 * MovementShape::pulseAmplitude * height);
    case Movement::CirclesClockwise:
    case Movement::CirclesCounterclockwise:
        // Constant speed round the loop; the intro eases into it.
        return legCircle(t, movement, side);
    }
    return restFigure().topLeg;
}

// Where the working leg is when a step ends: reps end where they began; the end of the
// session holds the last pose.
LegDirections endOf(const Plan &plan, std::size_t stepIndex)
{
    const PlanStep &step = plan.steps[stepIndex];
    if (step.kind == StepKind::Intro || step.kind == StepKind::Rep)
        return startOf(*step.movement, step.side);
    if (step.kind == StepKind::Complete && stepIndex > 0)
        return endOf(plan, stepIndex - 1);
    return restFigure().topLeg;
}

// Other steps settle from wherever the previous step left the leg into their own pose.
LegDirections settlingLeg(const Plan &plan, std::size_t stepIndex, double elapsedMs)
{
    const PlanStep &step = plan.steps[stepIndex];
    const LegDirections from = stepIndex == 0 ? restFigure().topLeg : endOf(plan, stepIndex - 1);
    const LegDirections to = endOf(plan, stepIndex);
    const Millis settle =
            std::min(step.duration, step.kind == StepKind::Intro ? maxIntroSettle : maxSettle);
    const double t = settle > Millis{ 0 } ? elapsedMs / double(settle.count()) : 1.0;
    return blend(from, to, ease(t));
}

BodyPose withTopLeg(const LegDirections &leg, Side side)
{
    BodyPose pose = restFigure().pose;
    pose.side = side;
    const Vec3 hip = pose[Joint::UpperHip];
    pose[Joint::UpperKnee] = hip + leg.thigh * Skeleton::thigh;
    pose[Joint::UpperAnkle] = pose[Joint::UpperKnee] + leg.shin * Skeleton::shin;
    pose[Joint::UpperToe] = pose[Joint::UpperAnkle] + footDirection(leg.shin) * Skeleton::foot;
    return pose;
}

// Sub-millisecond precision keeps the motion smooth between frames.
BodyPose poseAtElapsed(const Plan &plan, std::size_t stepIndex, double elapsedMs)
{
    const PlanStep &step = plan.steps[stepIndex];
    if (step.kind != StepKind::Rep)
        return withTopLeg(settlingLeg(plan, stepIndex, elapsedMs), step.side);
    for (const PlanPhase &phase : step.phases) {
        const double intoPhase = elapsedMs - double((phase.start - step.start).count());
        if (intoPhase < double(phase.duration.count()) || &phase == &step.phases.back()) {
            const double t = intoPhase / double(phase.duration.count());
            return withTopLeg(duringPhase(*step.movement, phase.kind, t, step.side), step.side);
        }
    }
    return withTopLeg(startOf(*step.movement, step.side), step.side);
}

} // namespace

BodyPose restPose(Side side)
{
    return withTopLeg(restFigure().topLeg, side);
}

BodyPose poseAt(const Plan &plan, Millis position)
{
    const std::size_t stepIndex = plan.stepIndexAt(position);
    const PlanStep &step = plan.steps[stepIndex];
    return poseAtElapsed(plan, stepIndex, double((position - step.start).count()));
}

BodyPose poseAt(const Plan &plan, std::size_t stepIndex, double fraction)
{
    const double clamped = std::clamp(fraction, 0.0, 1.0);
    return poseAtElapsed(plan, stepIndex, clamped * double(plan.steps[stepIndex].duration.count()));
}

Joint guidedJoint(Movement movement)
{
    return movement == Movement::Clamshell ? Joint::UpperKnee : Joint::UpperAnkle;
}

std::vector<Vec3> guidePath(const Plan &plan, std::size_t stepIndex, int samples)
{
    const PlanStep &step = plan.steps[stepIndex];
    std::vector<Vec3> path;
    if (step.kind != StepKind::Rep || samples < 2)
        return path;
    const Joint joint = guidedJoint(*step.movement);
    for (int i = 0; i < samples; ++i) {
        const double fraction = double(i) / double(samples - 1);
        path.push_back(
                poseAtElapsed(plan, stepIndex, fraction * double(step.duration.count()))[joint]);
    }
    return path;
}

} // namespace gluteguide
