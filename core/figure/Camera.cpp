#include "core/figure/Camera.h"

#include "core/figure/Choreography.h"
#include "core/figure/Skeleton.h"
#include "core/plan/Plan.h"
#include "core/routine/Routine.h"

#include <algorithm>
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

std::vector<Point2> floorShadow(const BodyPose &pose, const Camera &camera)
{
    std::vector<Point2> points;
    for (const Joint joint :
         { Joint::Head, Joint::Neck, Joint::Pelvis, Joint::LowerKnee, Joint::LowerAnkle }) {
        const Vec3 at = pose[joint];
        points.push_back(project(Vec3{ at.x, 0.0, at.z }, camera, pose.side));
    }
    return points;
}

Point2 faceDirection(const BodyPose &pose, const Camera &camera)
{
    const Vec3 head = pose[Joint::Head];
    const Point2 from = project(head, camera, pose.side);
    const Point2 to = project(head + Vec3{ 0.0, 0.0, 1.0 }, camera, pose.side);
    return { to.x - from.x, to.y - from.y };
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

ViewBounds viewBounds(const Camera &camera)
{
    // A routine's settings change how long movements take, never how far they go: one set of
    // every movement, sampled finely, reaches every pose any session can show.
    Routine routine = defaultRoutine();
    routine.setsPerSide = 1;
    routine.bothSides = false;
    for (MovementSpec &spec : routine.movements)
        spec.reps = 1;
    const Plan plan = buildPlan(routine);
    // Around a joint the body is drawn up to the head's radius wide; the mat is just its edge.
    constexpr double bodyMargin = Skeleton::headRadius + 0.02;
    constexpr double matMargin = 0.01;
    ViewBounds bounds{ 1e9, -1e9, 1e9, -1e9 };
    const auto include = [&bounds](Point2 p, double margin) {
        for (const double x : { p.x, -p.x }) { // either side: mirrored
            bounds.left = std::min(bounds.left, x - margin);
            bounds.right = std::max(bounds.right, x + margin);
        }
        bounds.bottom = std::min(bounds.bottom, p.y - margin);
        bounds.top = std::max(bounds.top, p.y + margin);
    };
    for (Point2 corner : matOutline(camera, Side::Left))
        include(corner, matMargin);
    for (Millis t{ 0 }; t <= plan.total; t += Millis{ 20 }) {
        const BodyPose pose = poseAt(plan, t);
        for (Point2 joint : project(pose, camera).joints)
            include(joint, bodyMargin);
        for (Point2 shadow : floorShadow(pose, camera))
            include(shadow, bodyMargin);
    }
    return bounds;
}

} // namespace gluteguide
