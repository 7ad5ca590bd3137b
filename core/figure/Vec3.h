#pragma once

#include <cmath>

namespace gluteguide {

// Body frame, metres: x runs from head to feet, y is up from the floor, z points out of the
// person's front (towards the viewer in the default camera).
struct Vec3
{
    double x = 0.0;
    double y = 0.0;
    double z = 0.0;

    constexpr Vec3 operator+(Vec3 o) const { return { x + o.x, y + o.y, z + o.z }; }
    constexpr Vec3 operator-(Vec3 o) const { return { x - o.x, y - o.y, z - o.z }; }
    constexpr Vec3 operator*(double s) const { return { x * s, y * s, z * s }; }
    constexpr bool operator==(const Vec3 &) const = default;
};

constexpr double dot(Vec3 a, Vec3 b)
{
    return a.x * b.x + a.y * b.y + a.z * b.z;
}

constexpr Vec3 cross(Vec3 a, Vec3 b)
{
    return { a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x };
}

inline double length(Vec3 v)
{
    return std::sqrt(dot(v, v));
}

inline double distance(Vec3 a, Vec3 b)
{
    return length(a - b);
}

inline Vec3 normalized(Vec3 v)
{
    return v * (1.0 / length(v));
}

// Rodrigues' rotation of v about the unit axis by angle radians.
inline Vec3 rotated(Vec3 v, Vec3 axis, double angle)
{
    const double c = std::cos(angle);
    const double s = std::sin(angle);
    return v * c + cross(axis, v) * s + axis * (dot(axis, v) * (1.0 - c));
}

// Spherical interpolation between unit vectors: keeps length 1, so bones keep their length.
Vec3 slerp(Vec3 from, Vec3 to, double t);

} // namespace gluteguide
