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
    bool operator==(const Camera &) const = default;

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
    bool operator==(const FigureFrame &) const = default;
};

// Projects a body-frame point as seen by the camera, mirrored when lying on the right side.
Point2 project(Vec3 point, const Camera &camera, Side side);
FigureFrame project(const BodyPose &pose, const Camera &camera);
std::vector<Point2> project(const std::vector<Vec3> &points, const Camera &camera, Side side);

// Where the body rests on the floor, seen by the camera: the floor points straight under the
// head, neck, pelvis, lower knee and lower ankle, in that order. The raised working leg casts
// none, so the shadow stays still while the leg moves.
std::vector<Point2> floorShadow(const BodyPose &pose, const Camera &camera);

// Which way the face looks on screen: a unit vector pointing out of the face (the person faces
// the front of the mat), projected: short when the face looks at the camera, long in profile.
Point2 faceDirection(const BodyPose &pose, const Camera &camera);

// The exercise mat's corners on the floor, for drawing the floor.
std::array<Point2, 4> matOutline(const Camera &camera, Side side);

// What a view must show so that the mat and every pose of any session, on either side, stay
// inside it, with room around each joint for the body drawn there: a view scaled to these bounds
// keeps the figure the same size all session long.
struct ViewBounds
{
    double left = 0.0;
    double right = 0.0;
    double bottom = 0.0;
    double top = 0.0;
    bool operator==(const ViewBounds &) const = default;
};
ViewBounds viewBounds(const Camera &camera);

} // namespace gluteguide
