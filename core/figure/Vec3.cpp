#include "core/figure/Vec3.h"

#include <cmath>

namespace gluteguide {

Vec3 slerp(Vec3 from, Vec3 to, double t)
{
    const Vec3 normal = cross(from, to);
    const double sine = length(normal);
    const double angle = std::atan2(sine, dot(from, to));
    if (sine < 1e-12) {
        if (angle < 1.0)
            return from; // the same direction
        // Opposite directions: any perpendicular axis will do.
        const Vec3 helper = std::abs(from.x) < 0.9 ? Vec3{ 1.0, 0.0, 0.0 } : Vec3{ 0.0, 1.0, 0.0 };
        return rotated(from, normalized(cross(from, helper)), angle * t);
    }
    // Rotate `from` towards `to` in their common plane; stays a unit vector exactly.
    return rotated(from, normal * (1.0 / sine), angle * t);
}

} // namespace gluteguide
