// The figure (issue 2, core 5; PRODUCT.md §4): what must hold in every frame of a whole default
// session sampled at 60 Hz, plus the rest pose, the skeleton, the guide and the other cameras.

#include "core/figure/BodyPose.h"
#include "core/figure/Camera.h"
#include "core/figure/Choreography.h"
#include "core/figure/Skeleton.h"
#include "core/figure/Vec3.h"
#include "core/plan/Plan.h"
#include "core/routine/Routine.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <numbers>
#include <numeric>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace gluteguide;

namespace {

using namespace std::chrono_literals;

constexpr double pi = std::numbers::pi;

double degrees(double radians)
{
    return radians * 180.0 / pi;
}

double angleBetween(Vec3 a, Vec3 b)
{
    const double c = dot(a, b) / (length(a) * length(b));
    return std::acos(std::clamp(c, -1.0, 1.0));
}

double distanceToSegment(Vec3 point, Vec3 a, Vec3 b)
{
    const Vec3 ab = b - a;
    const double t = std::clamp(dot(point - a, ab) / dot(ab, ab), 0.0, 1.0);
    return distance(point, a + ab * t);
}

bool finite(Vec3 v)
{
    return std::isfinite(v.x) && std::isfinite(v.y) && std::isfinite(v.z);
}

bool finite(Point2 p)
{
    return std::isfinite(p.x) && std::isfinite(p.y);
}

double distance2(Point2 a, Point2 b)
{
    return std::hypot(a.x - b.x, a.y - b.y);
}

Point2 centroid(const std::vector<Point2> &path)
{
    Point2 sum;
    for (const Point2 &p : path) {
        sum.x += p.x;
        sum.y += p.y;
    }
    return { sum.x / double(path.size()), sum.y / double(path.size()) };
}

Vec3 centroid(const std::vector<Vec3> &path)
{
    Vec3 sum;
    for (const Vec3 &p : path)
        sum = sum + p;
    return sum * (1.0 / double(path.size()));
}

// Mean distance from the centroid.
double meanRadius(const std::vector<Vec3> &path)
{
    const Vec3 centre = centroid(path);
    double sum = 0.0;
    for (const Vec3 &p : path)
        sum += distance(p, centre);
    return sum / double(path.size());
}

double meanRadius(const std::vector<Point2> &path)
{
    const Point2 centre = centroid(path);
    double sum = 0.0;
    for (const Point2 &p : path)
        sum += distance2(p, centre);
    return sum / double(path.size());
}

// Shoelace formula over the closed path, y up: positive when counterclockwise on screen.
double signedArea(const std::vector<Point2> &path)
{
    double twice = 0.0;
    for (std::size_t i = 0; i < path.size(); ++i) {
        const Point2 &a = path[i];
        const Point2 &b = path[(i + 1) % path.size()];
        twice += a.x * b.y - b.x * a.y;
    }
    return twice / 2.0;
}

// How many times the path turns around its centroid, positive counterclockwise.
double turns(const std::vector<Point2> &path)
{
    const Point2 centre = centroid(path);
    double total = 0.0;
    for (std::size_t i = 0; i + 1 < path.size(); ++i) {
        const double a = std::atan2(path[i].y - centre.y, path[i].x - centre.x);
        const double b = std::atan2(path[i + 1].y - centre.y, path[i + 1].x - centre.x);
        double delta = b - a;
        while (delta > pi)
            delta -= 2 * pi;
        while (delta < -pi)
            delta += 2 * pi;
        total += delta;
    }
    return total / (2 * pi);
}

// The largest distance from a point of one path to the nearest point of the other, both ways.
double pathDistance(const std::vector<Point2> &a, const std::vector<Point2> &b)
{
    const auto oneWay = [](const std::vector<Point2> &from, const std::vector<Point2> &to) {
        double worst = 0.0;
        for (const Point2 &p : from) {
            double nearest = INFINITY;
            for (const Point2 &q : to)
                nearest = std::min(nearest, distance2(p, q));
            worst = std::max(worst, nearest);
        }
        return worst;
    };
    return std::max(oneWay(a, b), oneWay(b, a));
}

std::vector<Point2> mirrored(std::vector<Point2> path)
{
    for (Point2 &p : path)
        p.x = -p.x;
    return path;
}

std::string stepName(const Plan &plan, std::size_t index)
{
    const PlanStep &step = plan.steps[index];
    std::ostringstream name;
    name << stepKindKey(step.kind) << " #" << index;
    if (step.movement)
        name << ' ' << movementKey(*step.movement);
    name << ' ' << sideKey(step.side) << " set " << step.set;
    if (step.kind == StepKind::Rep)
        name << " rep " << step.rep;
    name << " at " << step.start.count() << " ms";
    return name.str();
}

bool isCircleRep(const PlanStep &step)
{
    return step.kind == StepKind::Rep && step.movement && isCircle(*step.movement);
}

struct Frame
{
    Millis position{ 0 };
    std::size_t step = 0;
    BodyPose pose;
};

} // namespace

// Every frame of the default session at 60 Hz, computed once for all the tests below.
class FigureInvariantsTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        plan = new Plan(buildPlan(defaultRoutine()));
        frames = new std::vector<Frame>();
        const std::int64_t last = plan->total.count() * 60 / 1000;
        frames->reserve(std::size_t(last + 1));
        std::size_t step = 0;
        for (std::int64_t i = 0; i <= last; ++i) {
            const Millis position{ i * 1000 / 60 };
            // The covering step, found here rather than with Plan::stepIndexAt.
            while (step + 1 < plan->steps.size() && plan->steps[step + 1].start <= position
                   && (plan->steps[step].end() <= position || plan->steps[step].duration == 0ms))
                ++step;
            frames->push_back({ position, step, poseAt(*plan, position) });
        }
        firstFrame = new std::vector<std::size_t>(plan->steps.size() + 1, frames->size());
        for (std::size_t f = frames->size(); f-- > 0;)
            (*firstFrame)[(*frames)[f].step] = f;
        for (std::size_t s = plan->steps.size(); s-- > 0;)
            (*firstFrame)[s] = std::min((*firstFrame)[s], (*firstFrame)[s + 1]);
    }

    static void TearDownTestSuite()
    {
        delete plan;
        delete frames;
        delete firstFrame;
    }

    // The frames that fall within one step.
    static std::vector<const Frame *> framesOf(std::size_t step)
    {
        std::vector<const Frame *> selected;
        for (std::size_t f = (*firstFrame)[step]; f < (*firstFrame)[step + 1]; ++f)
            selected.push_back(&(*frames)[f]);
        return selected;
    }

    // A joint's path through one rep, closed with its position at the end of the rep.
    static std::vector<Vec3> pathOf(std::size_t step, Joint joint)
    {
        std::vector<Vec3> path;
        for (const Frame *frame : framesOf(step))
            path.push_back(frame->pose[joint]);
        path.push_back(poseAt(*plan, step, 1.0)[joint]);
        return path;
    }

    static std::vector<Point2> projectedPathOf(std::size_t step, Joint joint, const Camera &camera)
    {
        std::vector<Point2> path;
        for (const Frame *frame : framesOf(step))
            path.push_back(project(frame->pose, camera)[joint]);
        path.push_back(project(poseAt(*plan, step, 1.0), camera)[joint]);
        return path;
    }

    static std::vector<std::size_t> repSteps(Movement movement)
    {
        std::vector<std::size_t> steps;
        for (std::size_t i = 0; i < plan->steps.size(); ++i) {
            if (plan->steps[i].kind == StepKind::Rep && plan->steps[i].movement == movement)
                steps.push_back(i);
        }
        return steps;
    }

    static inline Plan *plan = nullptr;
    static inline std::vector<Frame> *frames = nullptr;
    static inline std::vector<std::size_t> *firstFrame = nullptr; // per step, and one past
};

TEST_F(FigureInvariantsTest, WholeSessionIsSampled)
{
    // About 110 000 frames, each in the step that covers it.
    EXPECT_GT(frames->size(), 110000u);
    for (const Frame &frame : *frames) {
        const PlanStep &step = plan->steps[frame.step];
        ASSERT_TRUE(frame.position >= step.start
                    && (frame.position < step.end() || frame.position == plan->total))
                << frame.position.count();
    }
    for (std::size_t i = 0; i < plan->steps.size(); ++i) {
        if (plan->steps[i].kind == StepKind::Rep) {
            ASSERT_GE(framesOf(i).size(), 60u) << stepName(*plan, i);
        }
    }
}

TEST_F(FigureInvariantsTest, NoNaNAndNothingBelowTheFloor)
{
    std::size_t failures = 0;
    for (const Frame &frame : *frames) {
        const FigureFrame front = project(frame.pose, Camera::front());
        for (std::size_t j = 0; j < jointCount && failures < 20; ++j) {
            const Joint joint = static_cast<Joint>(j);
            const Vec3 p = frame.pose[joint];
            if (!finite(p) || !finite(front[joint]) || !(p.y > 0.0)) {
                ++failures;
                ADD_FAILURE() << jointName(joint) << " at " << frame.position.count() << " ms: ("
                              << p.x << ", " << p.y << ", " << p.z << ") on screen ("
                              << front[joint].x << ", " << front[joint].y << ") in "
                              << stepName(*plan, frame.step);
            }
        }
        if (!std::isfinite(front.headRadius) && failures++ < 20)
            ADD_FAILURE() << "head radius at " << frame.position.count() << " ms";
    }
}

TEST_F(FigureInvariantsTest, BonesKeepTheirLength)
{
    std::size_t failures = 0;
    for (const Frame &frame : *frames) {
        for (const Bone &bone : Skeleton::bones()) {
            const double actual = distance(frame.pose[bone.from], frame.pose[bone.to]);
            if (!(std::abs(actual - bone.length) <= 1e-9 * bone.length) && failures++ < 20) {
                ADD_FAILURE() << jointName(bone.from) << "-" << jointName(bone.to) << " is "
                              << actual << " m, not " << bone.length << " m at "
                              << frame.position.count() << " ms in " << stepName(*plan, frame.step);
            }
        }
    }
    EXPECT_EQ(failures, 0u);
}

TEST_F(FigureInvariantsTest, PelvisStaysWithinTwoDegrees)
{
    const BodyPose rest = restPose();
    const Vec3 restPelvis = rest[Joint::UpperHip] - rest[Joint::LowerHip];
    double worst = 0.0;
    Millis worstAt{ 0 };
    for (const Frame &frame : *frames) {
        const double angle = degrees(angleBetween(
                frame.pose[Joint::UpperHip] - frame.pose[Joint::LowerHip], restPelvis));
        if (!(angle <= worst)) {
            worst = angle;
            worstAt = frame.position;
        }
    }
    EXPECT_LE(worst, 2.0) << "pelvis turned " << worst << " degrees at " << worstAt.count()
                          << " ms";
}

TEST_F(FigureInvariantsTest, NoJointJumpsBetweenFrames)
{
    std::size_t failures = 0;
    for (std::size_t f = 1; f < frames->size(); ++f) {
        const Frame &before = (*frames)[f - 1];
        const Frame &after = (*frames)[f];
        if (before.pose.side != after.pose.side)
            continue;
        for (std::size_t j = 0; j < jointCount; ++j) {
            const Joint joint = static_cast<Joint>(j);
            const double moved = distance(before.pose[joint], after.pose[joint]);
            if (!(moved <= 0.02) && failures++ < 20) {
                ADD_FAILURE() << jointName(joint) << " moved " << moved * 100 << " cm at "
                              << after.position.count() << " ms in " << stepName(*plan, after.step);
            }
        }
    }
    EXPECT_EQ(failures, 0u);
}

TEST_F(FigureInvariantsTest, SideFollowsThePlan)
{
    std::size_t sideChanges = 0;
    for (std::size_t f = 0; f < frames->size(); ++f) {
        const Frame &frame = (*frames)[f];
        const PlanStep &step = plan->steps[frame.step];
        if (f > 0 && (*frames)[f - 1].pose.side != frame.pose.side)
            ++sideChanges;
        switch (step.kind) {
        case StepKind::Setup:
            ASSERT_EQ(frame.pose.side, plan->routine.firstSide) << frame.position.count();
            break;
        case StepKind::Intro:
        case StepKind::Rep:
        case StepKind::Transition:
        case StepKind::SetRest:
            ASSERT_EQ(frame.pose.side, step.side) << stepName(*plan, frame.step);
            break;
        default:
            break;
        }
        if (f % 97 == 0) {
            ASSERT_EQ(project(frame.pose, Camera::front()).mirrored,
                      frame.pose.side == Side::Right);
        }
    }
    EXPECT_EQ(sideChanges, 1u);
}

TEST_F(FigureInvariantsTest, ClamshellAnklesTogetherWhileKneeRises)
{
    int reps = 0;
    for (std::size_t i = 0; i < plan->steps.size(); ++i) {
        const PlanStep &step = plan->steps[i];
        if (step.movement != Movement::Clamshell
            || (step.kind != StepKind::Intro && step.kind != StepKind::Rep))
            continue;
        double apart = 0.0;
        double highestKnee = -INFINITY;
        for (const Frame *frame : framesOf(i)) {
            apart = std::max(
                    apart,
                    distance(frame->pose[Joint::UpperAnkle], frame->pose[Joint::LowerAnkle]));
            highestKnee = std::max(highestKnee, frame->pose[Joint::UpperKnee].y);
        }
        EXPECT_LT(apart, 0.02) << "ankles " << apart * 100 << " cm apart in " << stepName(*plan, i);
        if (step.kind == StepKind::Rep) {
            ++reps;
            const double rise = highestKnee - poseAt(*plan, i, 0.0)[Joint::UpperKnee].y;
            EXPECT_GT(rise, 0.08) << "knee rose " << rise * 100 << " cm in " << stepName(*plan, i);
        }
    }
    EXPECT_EQ(reps, 90);
}

TEST_F(FigureInvariantsTest, StraightLegRaiseLiftsAFewInches)
{
    const std::vector<std::size_t> steps = repSteps(Movement::StraightLegRaise);
    ASSERT_EQ(steps.size(), 90u);
    for (std::size_t i : steps) {
        const double startY = poseAt(*plan, i, 0.0)[Joint::UpperAnkle].y;
        double top = -INFINITY;
        for (const Frame *frame : framesOf(i))
            top = std::max(top, frame->pose[Joint::UpperAnkle].y);
        const double rise = top - startY;
        EXPECT_GE(rise, 0.07) << stepName(*plan, i);
        EXPECT_LE(rise, 0.13) << stepName(*plan, i);
    }
}

TEST_F(FigureInvariantsTest, PulsesAboutAnInchEachWay)
{
    const std::vector<std::size_t> steps = repSteps(Movement::Pulses);
    ASSERT_EQ(steps.size(), 90u);
    for (std::size_t i : steps) {
        double low = INFINITY;
        double high = -INFINITY;
        for (const Frame *frame : framesOf(i)) {
            low = std::min(low, frame->pose[Joint::UpperAnkle].y);
            high = std::max(high, frame->pose[Joint::UpperAnkle].y);
        }
        const double halfHeight = (high - low) / 2;
        EXPECT_GE(halfHeight, 0.02) << stepName(*plan, i);
        EXPECT_LE(halfHeight, 0.03) << stepName(*plan, i);
    }
}

TEST_F(FigureInvariantsTest, CirclesAreSmallFullLoops)
{
    for (Movement movement : { Movement::CirclesClockwise, Movement::CirclesCounterclockwise }) {
        const std::vector<std::size_t> steps = repSteps(movement);
        ASSERT_EQ(steps.size(), 90u);
        for (std::size_t i : steps) {
            const std::vector<Vec3> path = pathOf(i, Joint::UpperAnkle);
            const double radius = meanRadius(path);
            EXPECT_GE(radius, 0.03) << stepName(*plan, i);
            EXPECT_LE(radius, 0.08) << stepName(*plan, i);
            EXPECT_LT(distance(path.front(), path.back()), 0.005)
                    << "the circle does not close in " << stepName(*plan, i);
            const double loops =
                    std::abs(turns(projectedPathOf(i, Joint::UpperAnkle, Camera::front())));
            EXPECT_NEAR(loops, 1.0, 0.1) << stepName(*plan, i);
        }
    }
}

TEST_F(FigureInvariantsTest, CircleDirectionOnScreenMatchesTheMovement)
{
    // Clockwise on screen means a negative shoelace area (y up), on both sides.
    for (Movement movement : { Movement::CirclesClockwise, Movement::CirclesCounterclockwise }) {
        const double sign = movement == Movement::CirclesClockwise ? -1.0 : 1.0;
        for (std::size_t i : repSteps(movement)) {
            const double area = signedArea(projectedPathOf(i, Joint::UpperAnkle, Camera::front()));
            EXPECT_GT(sign * area, 0.0) << "signed area " << area << " in " << stepName(*plan, i);
        }
    }
}

TEST_F(FigureInvariantsTest, SidesAreMirrorImages)
{
    const auto switchStep =
            std::find_if(plan->steps.begin(), plan->steps.end(),
                         [](const PlanStep &s) { return s.kind == StepKind::SwitchSides; });
    ASSERT_NE(switchStep, plan->steps.end());
    const std::size_t switchIndex = std::size_t(switchStep - plan->steps.begin());
    std::size_t firstOfSide = 0;
    while (plan->steps[firstOfSide].kind == StepKind::Setup)
        ++firstOfSide;
    const std::size_t sideLength = switchIndex - firstOfSide;
    ASSERT_EQ(plan->steps.size(), switchIndex + 1 + sideLength + 1); // then Complete
    const Camera camera = Camera::front();

    std::size_t failures = 0;
    for (std::size_t s = firstOfSide; s < switchIndex; ++s) {
        const std::size_t other = s + sideLength + 1;
        const PlanStep &first = plan->steps[s];
        const PlanStep &second = plan->steps[other];
        ASSERT_EQ(first.kind, second.kind);
        ASSERT_EQ(first.duration, second.duration);
        ASSERT_EQ(first.movement, second.movement);
        if (isCircleRep(first)) {
            // The circle is drawn the other way round in the body frame so that it keeps its
            // on-screen direction (checked above): the mirrored paths coincide as curves.
            const double apart =
                    pathDistance(mirrored(projectedPathOf(s, Joint::UpperAnkle, camera)),
                                 projectedPathOf(other, Joint::UpperAnkle, camera));
            EXPECT_LT(apart, 0.003) << stepName(*plan, s) << " and " << stepName(*plan, other);
            continue;
        }
        for (const Frame *frame : framesOf(s)) {
            const FigureFrame left = project(frame->pose, camera);
            const FigureFrame right =
                    project(poseAt(*plan, second.start + (frame->position - first.start)), camera);
            EXPECT_EQ(left.mirrored, !right.mirrored);
            for (std::size_t j = 0; j < jointCount; ++j) {
                const Joint joint = static_cast<Joint>(j);
                const bool same = std::abs(left[joint].x + right[joint].x) <= 1e-9
                        && std::abs(left[joint].y - right[joint].y) <= 1e-9;
                if (!same && failures++ < 20) {
                    ADD_FAILURE() << jointName(joint) << " at " << frame->position.count()
                                  << " ms: (" << left[joint].x << ", " << left[joint].y
                                  << ") mirrored is not (" << right[joint].x << ", "
                                  << right[joint].y << ") in " << stepName(*plan, other);
                }
            }
        }
    }
    EXPECT_EQ(failures, 0u);
}

TEST_F(FigureInvariantsTest, OtherCamerasProjectWithoutNaN)
{
    std::size_t failures = 0;
    bool differs = false;
    for (const Frame &frame : *frames) {
        const FigureFrame front = project(frame.pose, Camera::front());
        for (const Camera &camera : { Camera::overhead(), Camera::fromFeet() }) {
            const FigureFrame view = project(frame.pose, camera);
            for (std::size_t j = 0; j < jointCount; ++j) {
                const Joint joint = static_cast<Joint>(j);
                if (!finite(view[joint]) && failures++ < 20)
                    ADD_FAILURE() << jointName(joint) << " at " << frame.position.count() << " ms";
                differs = differs || distance2(view[joint], front[joint]) > 0.05;
            }
        }
    }
    EXPECT_EQ(failures, 0u);
    EXPECT_TRUE(differs) << "the other cameras show the same picture as the front one";
}

TEST_F(FigureInvariantsTest, FromTheFeetACircleIsAVisibleLoop)
{
    for (Movement movement : { Movement::CirclesClockwise, Movement::CirclesCounterclockwise }) {
        for (std::size_t i : repSteps(movement)) {
            const std::vector<Point2> path =
                    projectedPathOf(i, Joint::UpperAnkle, Camera::fromFeet());
            const double radius = meanRadius(path);
            EXPECT_GE(radius, 0.03) << stepName(*plan, i);
            EXPECT_LE(radius, 0.08) << stepName(*plan, i);
            EXPECT_NEAR(std::abs(turns(path)), 1.0, 0.1) << stepName(*plan, i);
        }
    }
}

TEST_F(FigureInvariantsTest, PoseAtStepFractionMatchesPosition)
{
    for (std::size_t i = 0; i < plan->steps.size(); i += 7) {
        const PlanStep &step = plan->steps[i];
        if (step.duration == 0ms || step.duration.count() % 4 != 0)
            continue;
        for (double fraction : { 0.0, 0.25, 0.5, 0.75 }) {
            const BodyPose a = poseAt(*plan, i, fraction);
            const BodyPose b = poseAt(
                    *plan,
                    step.start + Millis{ std::int64_t(double(step.duration.count()) * fraction) });
            ASSERT_EQ(a.side, b.side);
            for (std::size_t j = 0; j < jointCount; ++j)
                ASSERT_LT(distance(a.joints[j], b.joints[j]), 1e-9)
                        << jointName(static_cast<Joint>(j)) << " " << fraction << " through "
                        << stepName(*plan, i);
        }
    }
}

TEST_F(FigureInvariantsTest, GuidePathFollowsTheWorkingJoint)
{
    EXPECT_EQ(guidedJoint(Movement::Clamshell), Joint::UpperKnee);
    EXPECT_EQ(guidedJoint(Movement::StraightLegRaise), Joint::UpperAnkle);
    EXPECT_EQ(guidedJoint(Movement::Pulses), Joint::UpperAnkle);
    EXPECT_EQ(guidedJoint(Movement::CirclesClockwise), Joint::UpperAnkle);
    EXPECT_EQ(guidedJoint(Movement::CirclesCounterclockwise), Joint::UpperAnkle);

    for (Side side : { Side::Left, Side::Right }) {
        for (Movement movement : allMovements) {
            const std::vector<std::size_t> steps = repSteps(movement);
            const std::size_t i = *std::find_if(steps.begin(), steps.end(), [side](std::size_t s) {
                return plan->steps[s].side == side;
            });
            const Joint joint = guidedJoint(movement);
            std::vector<Vec3> actual;
            for (int k = 0; k <= 1000; ++k)
                actual.push_back(poseAt(*plan, i, k / 1000.0)[joint]);
            const std::vector<Vec3> guide = guidePath(*plan, i);
            ASSERT_GE(guide.size(), 8u) << stepName(*plan, i);
            for (const Vec3 &point : guide) {
                ASSERT_TRUE(finite(point));
                double nearest = INFINITY;
                for (const Vec3 &p : actual)
                    nearest = std::min(nearest, distance(point, p));
                EXPECT_LT(nearest, 0.003) << "guide point off the path in " << stepName(*plan, i);
            }
        }
    }
}

TEST_F(FigureInvariantsTest, CircleGuideHasTheMovementsDirection)
{
    for (Movement movement : { Movement::CirclesClockwise, Movement::CirclesCounterclockwise }) {
        const double sign = movement == Movement::CirclesClockwise ? -1.0 : 1.0;
        for (Side side : { Side::Left, Side::Right }) {
            const std::vector<std::size_t> steps = repSteps(movement);
            const std::size_t i = *std::find_if(steps.begin(), steps.end(), [side](std::size_t s) {
                return plan->steps[s].side == side;
            });
            const std::vector<Point2> guide = project(guidePath(*plan, i), Camera::front(), side);
            EXPECT_GT(sign * signedArea(guide), 0.0) << stepName(*plan, i);
            EXPECT_NEAR(std::abs(turns(guide)), 1.0, 0.1) << stepName(*plan, i);
        }
    }
}

// ---------------------------------------------------------------------------------------------

TEST(FigureTest, ProjectionMirrorsTheRightSide)
{
    for (const Camera &camera : { Camera::front(), Camera::overhead(), Camera::fromFeet() }) {
        for (const Vec3 point : { Vec3{ 0.3, 0.2, 0.1 }, Vec3{ -0.5, 0.05, -0.2 }, Vec3{} }) {
            const Point2 left = project(point, camera, Side::Left);
            const Point2 right = project(point, camera, Side::Right);
            EXPECT_NEAR(right.x, -left.x, 1e-12);
            EXPECT_NEAR(right.y, left.y, 1e-12);
        }
    }
    BodyPose pose = restPose(Side::Right);
    EXPECT_EQ(pose.side, Side::Right);
    EXPECT_TRUE(project(pose, Camera::front()).mirrored);
    pose.side = Side::Left;
    EXPECT_FALSE(project(pose, Camera::front()).mirrored);
}

TEST(FigureTest, ProjectionIsToScale)
{
    // Orthographic, in metres: a rising knee shows as rising, the head keeps its size.
    const BodyPose pose = restPose();
    const FigureFrame frame = project(pose, Camera::front());
    EXPECT_NEAR(frame.headRadius, Skeleton::headRadius, 1e-9);
    const Point2 low = project(Vec3{ 0.5, 0.1, 0.0 }, Camera::front(), Side::Left);
    const Point2 high = project(Vec3{ 0.5, 0.2, 0.0 }, Camera::front(), Side::Left);
    EXPECT_GT(high.y, low.y);
    EXPECT_LE(high.y - low.y, 0.1 + 1e-9);
    EXPECT_GT(high.y - low.y, 0.08);
}

TEST(FigureTest, RestPoseLiesStacked)
{
    const BodyPose pose = restPose();
    EXPECT_EQ(pose.side, Side::Left);
    for (const Bone &bone : Skeleton::bones())
        EXPECT_NEAR(distance(pose[bone.from], pose[bone.to]), bone.length, 1e-9 * bone.length)
                << jointName(bone.from) << "-" << jointName(bone.to);
    for (std::size_t j = 0; j < jointCount; ++j)
        EXPECT_GT(pose.joints[j].y, 0.0) << jointName(static_cast<Joint>(j));

    // Hips and knees stacked: the upper one straight above the lower one.
    for (const auto &[upper, lower] : { std::pair{ Joint::UpperHip, Joint::LowerHip },
                                        std::pair{ Joint::UpperKnee, Joint::LowerKnee } }) {
        const Vec3 gap = pose[upper] - pose[lower];
        EXPECT_GT(gap.y, 0.0) << jointName(upper);
        // The top knee is not dropped all the way (PRODUCT.md §3), so allow a little opening.
        EXPECT_LT(std::hypot(gap.x, gap.z), 0.03) << jointName(upper);
    }
    // Heels together; knees bent; the top hand on the top hip.
    EXPECT_LT(distance(pose[Joint::UpperAnkle], pose[Joint::LowerAnkle]), 0.02);
    EXPECT_LT(distance(pose[Joint::UpperAnkle], pose[Joint::UpperHip]),
              Skeleton::thigh + Skeleton::shin - 0.05);
    EXPECT_LT(distance(pose[Joint::UpperHand], pose[Joint::UpperHip]), 0.12);
    // The head rests on the lower arm: the arm passes (nearly) through the head's outline.
    const double headToArm = std::min(
            distanceToSegment(pose[Joint::Head], pose[Joint::LowerShoulder],
                              pose[Joint::LowerElbow]),
            distanceToSegment(pose[Joint::Head], pose[Joint::LowerElbow], pose[Joint::LowerHand]));
    EXPECT_LT(headToArm, Skeleton::headRadius + 0.02);
    EXPECT_GT(pose[Joint::Head].y, pose[Joint::LowerElbow].y);
    EXPECT_GT(pose[Joint::Head].y, pose[Joint::LowerHand].y);
}

TEST(FigureTest, RestPoseOfTheRightSideIsTheMirrorImage)
{
    const FigureFrame left = project(restPose(Side::Left), Camera::front());
    const FigureFrame right = project(restPose(Side::Right), Camera::front());
    for (std::size_t j = 0; j < jointCount; ++j) {
        EXPECT_NEAR(left.joints[j].x, -right.joints[j].x, 1e-9);
        EXPECT_NEAR(left.joints[j].y, right.joints[j].y, 1e-9);
    }
}

TEST(SkeletonTest, AdultProportionsAbout170cm)
{
    const double standing = 2 * Skeleton::headRadius + Skeleton::neck + Skeleton::trunk
            + Skeleton::thigh + Skeleton::shin;
    EXPECT_GT(standing, 1.60);
    EXPECT_LT(standing, 1.80);
    EXPECT_NEAR(Skeleton::height, 1.70, 0.05);
}

TEST(SkeletonTest, BonesJoinEveryJointIntoOneBody)
{
    const auto &bones = Skeleton::bones();
    std::vector<std::size_t> parent(jointCount);
    std::iota(parent.begin(), parent.end(), std::size_t{ 0 });
    const auto root = [&parent](std::size_t j) {
        while (parent[j] != j)
            j = parent[j];
        return j;
    };
    for (const Bone &bone : bones) {
        EXPECT_GT(bone.length, 0.0);
        EXPECT_NE(bone.from, bone.to);
        const std::size_t a = root(index(bone.from));
        const std::size_t b = root(index(bone.to));
        EXPECT_NE(a, b) << "a loop at " << jointName(bone.to);
        parent[a] = b;
    }
    const std::size_t body = root(0);
    for (std::size_t j = 0; j < jointCount; ++j)
        EXPECT_EQ(root(j), body) << jointName(static_cast<Joint>(j)) << " is not attached";

    // Both legs have the same bones.
    const auto lengthOf = [&bones](Joint from, Joint to) {
        for (const Bone &bone : bones) {
            if ((bone.from == from && bone.to == to) || (bone.from == to && bone.to == from))
                return bone.length;
        }
        return -1.0;
    };
    EXPECT_GT(lengthOf(Joint::UpperHip, Joint::UpperKnee), 0.3);
    EXPECT_EQ(lengthOf(Joint::UpperHip, Joint::UpperKnee),
              lengthOf(Joint::LowerHip, Joint::LowerKnee));
    EXPECT_EQ(lengthOf(Joint::UpperKnee, Joint::UpperAnkle),
              lengthOf(Joint::LowerKnee, Joint::LowerAnkle));
}

TEST(SkeletonTest, JointNamesAreDistinct)
{
    std::set<std::string> names;
    for (std::size_t j = 0; j < jointCount; ++j) {
        const std::string name(jointName(static_cast<Joint>(j)));
        EXPECT_FALSE(name.empty());
        EXPECT_TRUE(names.insert(name).second) << name;
    }
}

TEST(Vec3Test, SlerpKeepsUnitLength)
{
    const Vec3 a = normalized(Vec3{ 1, 0.2, 0 });
    const Vec3 b = normalized(Vec3{ 0.1, 1, 0.3 });
    for (double t = 0.0; t <= 1.0; t += 0.125) {
        const Vec3 v = slerp(a, b, t);
        EXPECT_NEAR(length(v), 1.0, 1e-12) << t;
    }
    EXPECT_LT(distance(slerp(a, b, 0.0), a), 1e-12);
    EXPECT_LT(distance(slerp(a, b, 1.0), b), 1e-12);
    EXPECT_LT(distance(slerp(a, a, 0.5), a), 1e-12); // equal directions give no NaN
    EXPECT_NEAR(angleBetween(slerp(a, b, 0.5), a), angleBetween(a, b) / 2, 1e-12);
}

TEST(FigureViewBoundsTest, EveryPoseOfAnySessionStaysInsideItsCamerasView)
{
    Routine tailored = defaultRoutine();
    tailored.firstSide = Side::Right;
    tailored.setsPerSide = 1;
    for (MovementSpec &spec : tailored.movements) {
        spec.reps = 2;
        for (Millis &phase : spec.phaseDurations)
            phase = 700ms;
    }
    for (const Camera camera : { Camera::front(), Camera::fromFeet(), Camera::overhead() }) {
        const ViewBounds bounds = viewBounds(camera);
        EXPECT_LT(bounds.left, bounds.right);
        EXPECT_LT(bounds.bottom, bounds.top);
        for (const Routine &routine : { defaultRoutine(), tailored }) {
            const Plan plan = buildPlan(routine);
            for (Millis t{ 0 }; t <= plan.total; t += 37ms) {
                const FigureFrame frame = project(poseAt(plan, t), camera);
                for (const Point2 joint : frame.joints) {
                    ASSERT_TRUE(joint.x > bounds.left && joint.x < bounds.right
                                && joint.y > bounds.bottom && joint.y < bounds.top)
                            << "camera " << camera.azimuthDeg << "/" << camera.elevationDeg
                            << " at " << t.count() << " ms";
                }
            }
            for (const Side side : { Side::Left, Side::Right }) {
                for (const Point2 corner : matOutline(camera, side))
                    EXPECT_TRUE(corner.x >= bounds.left && corner.x <= bounds.right);
            }
        }
    }
}
