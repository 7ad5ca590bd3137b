// The progress history (issue 11): loading ten years of daily sessions of 30 blocks each, as the
// progress screen does, and writing one session as a live session does (begun, its blocks
// updated 30 times, finished: 32 transactions, each synced to disk). Target: the load well
// under a second.

#include "FilledHistory.h"

#include "app/history/HistoryDatabase.h"
#include "core/history/SessionRecording.h"
#include "core/plan/Plan.h"
#include "core/routine/Routine.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdlib>

using namespace gluteguide;

namespace {

void BM_LoadAllSessions(benchmark::State &state)
{
    HistoryDatabase database(filledHistory());
    if (database.open() != HistoryDatabase::OpenStatus::Opened)
        state.SkipWithError("the history does not open");
    std::size_t blocks = 0;
    for (auto _ : state) {
        const std::vector<SessionRecord> sessions = database.sessions();
        blocks = 0;
        for (const SessionRecord &session : sessions)
            blocks += session.blocks.size();
        benchmark::DoNotOptimize(blocks);
    }
    state.counters["blocks"] = static_cast<double>(blocks);
}
BENCHMARK(BM_LoadAllSessions)->Unit(benchmark::kMillisecond)->UseRealTime();

// As the app starts: open (with its integrity check) and load.
void BM_OpenAndLoadAllSessions(benchmark::State &state)
{
    const QString path = filledHistory();
    for (auto _ : state) {
        HistoryDatabase database(path);
        database.open();
        benchmark::DoNotOptimize(database.sessions());
    }
}
BENCHMARK(BM_OpenAndLoadAllSessions)->Unit(benchmark::kMillisecond)->UseRealTime();

// beginSession, one updateBlocks per block as each ends, finishSession.
void BM_WriteOneSession(benchmark::State &state)
{
    QTemporaryDir dir;
    HistoryDatabase database(dir.filePath(QStringLiteral("history.sqlite")));
    database.open();
    const Plan plan = buildPlan(defaultRoutine());
    int day = 0;
    std::int64_t writes = 0;
    for (auto _ : state) {
        const SessionRecord done = dailySession(plan, day++);
        const std::optional<std::int64_t> id = database.beginSession(
                startRecord(plan, done.startedAt, done.routineName, done.routineHash));
        if (!id) {
            state.SkipWithError("beginSession failed");
            break;
        }
        std::vector<BlockRecord> blocks = startRecord(plan, done.startedAt, {}, {}).blocks;
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            blocks[i] = done.blocks[i];
            database.updateBlocks(*id, blocks, Millis{ 0 });
        }
        database.finishSession(*id, done.outcome, *done.endedAt, done.duration, done.blocks);
        writes += static_cast<std::int64_t>(blocks.size()) + 2;
    }
    state.counters["writes/s"] =
            benchmark::Counter(static_cast<double>(writes), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_WriteOneSession)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    // Qt SQL loads its SQLite driver as a plug-in, which wants an application object.
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    return 0;
}
