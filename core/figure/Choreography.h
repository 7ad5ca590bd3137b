#pragma once

#include "core/figure/BodyPose.h"
#include "core/plan/Plan.h"
#include "core/time/Millis.h"

#include <cstddef>
#include <vector>

namespace gluteguide {

// The sizes of each movement (PRODUCT.md §4).
struct MovementShape
{
    static constexpr double clamshellMinDeg = 6.0; // the knee is not dropped all the way
    static constexpr double clamshellMaxDeg = 38.0;
    static constexpr double legRaise = 0.10; // ankle rise, metres ("a few inches")
    static constexpr double pulseCentre = 0.10;
    static constexpr double pulseAmplitude = 0.025; // about an inch each way
    static constexpr double circleCentre = 0.10;
    static constexpr double circleRadius = 0.05;
};

// The pose at the start of the session and during rests: lying stacked, knees bent.
BodyPose restPose(Side side = Side::Left);

// The pose at a position on the plan's timeline. Continuous everywhere except where the side
// changes, where it becomes the mirror image.
BodyPose poseAt(const Plan &plan, Millis position);

// The pose `fraction` (0..1) of the way through a step.
BodyPose poseAt(const Plan &plan, std::size_t stepIndex, double fraction);

// Where the working joint (the top knee for clamshells, the top ankle otherwise) travels during
// one rep of a Rep step, in the body frame: the motion guide.
std::vector<Vec3> guidePath(const Plan &plan, std::size_t stepIndex, int samples = 48);

// The joint the guide follows for a movement.
Joint guidedJoint(Movement movement);

} // namespace gluteguide
