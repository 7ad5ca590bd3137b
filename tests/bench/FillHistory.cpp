// Writes ten years of daily sessions (FilledHistory.h) into the history database at the path
// given, for the whole-process benchmarks: start GluteGuide with it in its data folder.
// Usage: fill_history PATH/TO/history.sqlite   (the file must not exist yet)

#include "FilledHistory.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: fill_history PATH/TO/history.sqlite\n");
        return 2;
    }
    using namespace gluteguide;
    const Plan plan = buildPlan(defaultRoutine());
    HistoryDatabase database(QString::fromLocal8Bit(argv[1]));
    if (database.open() != HistoryDatabase::OpenStatus::Created) {
        std::fprintf(stderr, "fill_history: could not create %s\n", argv[1]);
        return 1;
    }
    QSqlQuery(QSqlDatabase::database(database.connectionName()))
            .exec(QStringLiteral("PRAGMA synchronous = OFF"));
    for (int day = 0; day < storedSessions; ++day) {
        const SessionRecord record = dailySession(plan, day);
        const std::optional<std::int64_t> id = database.beginSession(record);
        if (!id
            || database.finishSession(*id, record.outcome, *record.endedAt, record.duration,
                                      record.blocks)
                    != HistoryDatabase::WriteStatus::Written) {
            std::fprintf(stderr, "fill_history: could not write session %d\n", day);
            return 1;
        }
    }
    std::printf("%d sessions written to %s\n", storedSessions, argv[1]);
    return 0;
}
