#pragma once

#include "core/figure/Camera.h"
#include "core/time/Millis.h"

#include <array>
#include <vector>

// Everything one frame of the figure shows, already projected by core (metres, y up).
struct FigureScene
{
    gluteguide::FigureFrame figure;
    std::array<gluteguide::Point2, 4> mat{};
    std::vector<gluteguide::Point2> shadow; // the body's trace on the floor
    gluteguide::Point2 facing; // which way the face looks: up to 1 long, shorter towards us
    std::vector<gluteguide::Point2> guide; // where the working joint travels; may be empty
    bool guideIsLoop = false; // circles: one closed loop with the arrow on it
    bool showWorkingLeg = true;
    gluteguide::ViewBounds bounds; // what the view shows, the same for every frame of a camera

    bool operator==(const FigureScene &) const = default;
};

namespace gluteguide {
struct Plan;
}

// The scene at a position on the plan's timeline: the pose, the mat and, during a movement's
// intro and reps, the guide for that movement.
FigureScene figureSceneAt(const gluteguide::Plan &plan, gluteguide::Millis position,
                          const gluteguide::Camera &camera = gluteguide::Camera::front());
