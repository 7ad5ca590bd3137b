#pragma once

#include "core/figure/Skeleton.h"
#include "core/figure/Vec3.h"
#include "core/routine/Movement.h"

#include <array>

namespace gluteguide {

// Joint positions in the body frame of a person lying on the left side. The side actually lain
// on is applied when projecting, as a mirror image.
struct BodyPose
{
    std::array<Vec3, jointCount> joints{};
    Side side = Side::Left;

    Vec3 operator[](Joint joint) const { return joints[index(joint)]; }
    Vec3 &operator[](Joint joint) { return joints[index(joint)]; }
};

} // namespace gluteguide
