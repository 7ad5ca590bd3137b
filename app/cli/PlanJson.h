#pragma once

#include "core/plan/Plan.h"

#include <QJsonObject>

// The plan as JSON, for `gluteguide --plan --json`:
//
// {"routine": {...routine file object...}, "total_seconds": 1843,
//  "steps": [{"start": 0, "duration": 6, "kind": "setup", "side": "left",
//             "setup": "lie_on_side"}, ...,
//            {"start": 28, "duration": 4, "kind": "rep", "side": "left", "set": 1,
//             "movement": "clamshell", "rep": 1,
//             "phases": [{"phase": "lift", "start": 28, "duration": 2}, ...]}, ...]}
//
// Times are seconds. The steps tile the timeline: each starts where the previous one ends and
// the last ends at total_seconds. "side" is the side lain on; "set", "movement", "rep" and
// "setup" appear only where they apply. For rests and side switches, side, set and movement
// name what comes next.
class PlanJson
{
public:
    static QJsonObject toJson(const gluteguide::Plan &plan);
    static QJsonObject stepToJson(const gluteguide::PlanStep &step);
};
