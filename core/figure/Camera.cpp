#include "core/figure/Camera.h"

#include <numbers>

namespace gluteguide {

namespace {

struct ScreenBasis
{
    Vec3 right;
    Vec3 up;
};

ScreenBasis basisOf(const Camera &camera)
{
    const double azimuth = camera.azimuthDeg * std::numbers::pi / 180.0;
    const double elevation = camera.elevationDeg * std::numbers::pi / 180.0;
    const Vec3 towardsCamera{ std::sin(azimuth) * std::cos(elevation), std::sin(elevation),
                              std::cos(azimuth) * std::cos(elevation) };
    // Looking straight down leaves "right" to the azimuth alone.
    const Vec3 right{ std::cos(azimuth), 0.0, -std::sin(azimuth) };
    return { right, cross(towardsCamera, right) };
}

} // namespace

Camera Camera::front()
{
    return { 15.0, 30.0 };
}

Camera Camera::overhead()
{
    return { 0.0, 90.0 };
}

Camera Camera::fromFeet()
{
    return { 90.0, 10.0 };
}

Point2 project(Vec3 point, const Camera &camera, Side side)
{
    const ScreenBasis basis = basisOf(camera);
    const double x = dot(point, basis.right);
    return { side == Side::Right ? -x : x, dot(point, basis.up) };
}

FigureFrame project(const BodyPose &pose, const Camera &camera)
{
    FigureFrame frame;
    for (std::size_t i = 0; i < jointCount; ++i)
        frame.joints[i] = project(pose.joints[i], camera, pose.side);
    frame.headRadius = Skeleton::headRadius;
    frame.mirrored = pose.side == Side::Right;
    return frame;
}

std::vector<Point2> project(const std::vector<Vec3> &points, const Camera &camera, Side side)
{
    std::vector<Point2> projected;
    projected.reserve(points.size());
    for (Vec3 point : points)
        projected.push_back(project(point, camera, side));
    return projected;
}

std::array<Point2, 4> matOutline(const Camera &camera, Side side)
{
    constexpr double headEnd = -0.95;
    constexpr double feetEnd = 0.90;
    constexpr double back = -0.25;
    constexpr double front = 0.45;
    return { project(Vec3{ headEnd, 0.0, back }, camera, side),
             project(Vec3{ feetEnd, 0.0, back }, camera, side),
             project(Vec3{ feetEnd, 0.0, front }, camera, side),
             project(Vec3{ headEnd, 0.0, front }, camera, side) };
}

} // namespace gluteguide
