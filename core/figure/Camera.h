#pragma once

#include "core/figure/BodyPose.h"
#include "core/figure/Vec3.h"

#include <array>
#include <vector>

namespace gluteguide {

struct Point2
{
    double x = 0.0;
    double y = 0.0; // up, metres
    bool operator==(const Point2 &) const = default;
};

// An orthographic camera looking at the body frame's origin.
struct Camera
{
    double azimuthDeg = 0.0; // 0: straight at the person's front; positive: towards the feet
    double elevationDeg = 0.0; // above the floor

    // In front of the person, a little towards the feet and above, so that leg circles show as
    // loops and a rising knee shows as rising.
    static Camera front();
    static Camera overhead();
    static Camera fromFeet();
};

// The 2D figure: joint positions in metres with y up, floor at y = 0 below the pelvis.
struct FigureFrame
{
    std::array<Point2, jointCount> joints{};
    double headRadius = 0.0;
    bool mirrored = false;

    Point2 operator[](Joint joint) const { return joints[index(joint)]; }
};

// Projects a body-frame point as seen by the camera, mirrored when lying on the right side.
Point2 project(Vec3 point, const Camera &camera, Side side);
FigureFrame project(const BodyPose &pose, const Camera &camera);
std::vector<Point2> project(const std::vector<Vec3> &points, const Camera &camera, Side side);

// The exercise mat's corners on the floor, for drawing the floor.
std::array<Point2, 4> matOutline(const Camera &camera, Side side);

} // namespace gluteguide
