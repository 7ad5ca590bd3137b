#pragma once

#include "core/history/SessionRecord.h"

#include <QJsonArray>
#include <QJsonObject>

#include <vector>

// The history as JSON, for `gluteguide --history --json`: an array of sessions, oldest first,
//
// [{"started_at": "2024-05-01T08:30:00+02:00", "routine": "Side-lying hip series",
//   "outcome": "completed", "duration_seconds": 1843, "reps_done": 450, "reps_prescribed": 450,
//   "blocks": [{"side": "left", "set": 1, "movement": "clamshell", "reps_done": 15,
//               "reps_prescribed": 15, "reached": true, "thats_all": false}, ...]}, ...]
//
// started_at is in the local time of the session, with its offset; outcome is one of completed,
// stopped, pain_stop, interrupted.
class HistoryJson
{
public:
    static QJsonArray toJson(const std::vector<gluteguide::SessionRecord> &sessions);
    static QJsonObject sessionToJson(const gluteguide::SessionRecord &session);
};
