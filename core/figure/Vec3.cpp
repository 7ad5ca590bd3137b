#include "core/figure/Vec3.h"

#include <algorithm>

namespace gluteguide {

Vec3 slerp(Vec3 from, Vec3 to, double t)
{
    const double cosAngle = std::clamp(dot(from, to), -1.0, 1.0);
    const double angle = std::acos(cosAngle);
    if (angle < 1e-9)
        return from;
    // Rotate `from` towards `to` in their common plane; stays a unit vector exactly.
    const Vec3 axis = normalized(cross(from, to));
    return rotated(from, axis, angle * t);
}

} // namespace gluteguide
