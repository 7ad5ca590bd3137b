#pragma once

// Ten years of daily sessions of 30 blocks each, stored once per benchmark run: what the
// history and progress benchmarks load.

#include "app/history/HistoryDatabase.h"
#include "core/history/SessionRecording.h"
#include "core/plan/Plan.h"
#include "core/routine/Routine.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

inline constexpr int storedSessions = 3650;

inline gluteguide::SessionRecord dailySession(const gluteguide::Plan &plan, int day)
{
    using namespace gluteguide;
    SessionRecord record =
            startRecord(plan, WallTime{ 1'577'869'200'000 + day * std::int64_t{ 86'400'000 }, 60 },
                        "Side-lying hip series", "sha256:0123456789abcdef");
    for (std::size_t i = 0; i < record.blocks.size(); ++i) {
        BlockRecord &block = record.blocks[i];
        block.reached = true;
        block.repsDone = block.repsPrescribed - static_cast<int>((i + day) % 4);
        block.thatsAll = block.repsDone < block.repsPrescribed;
    }
    record.outcome = SessionOutcome::Completed;
    record.duration = Millis{ 1'843'000 };
    record.endedAt = WallTime{ record.startedAt.utcMs + 1'900'000, 60 };
    return record;
}

// Writes storedSessions daily sessions into a new history at the file; false when it cannot.
inline bool fillHistory(const QString &file)
{
    using namespace gluteguide;
    const Plan plan = buildPlan(defaultRoutine());
    HistoryDatabase database(file);
    if (database.open() != HistoryDatabase::OpenStatus::Created)
        return false;
    // Filling is set-up, not measured: no waiting for the disk.
    QSqlQuery(QSqlDatabase::database(database.connectionName()))
            .exec(QStringLiteral("PRAGMA synchronous = OFF"));
    for (int day = 0; day < storedSessions; ++day) {
        const SessionRecord record = dailySession(plan, day);
        const std::optional<std::int64_t> id = database.beginSession(record);
        if (!id
            || database.finishSession(*id, record.outcome, *record.endedAt, record.duration,
                                      record.blocks)
                    != HistoryDatabase::WriteStatus::Written)
            return false;
    }
    return true;
}

// A history of storedSessions sessions, made once for the run.
inline const QString &filledHistory()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString file = dir.filePath(QStringLiteral("history.sqlite"));
        if (!fillHistory(file))
            std::abort();
        return file;
    }();
    return path;
}
