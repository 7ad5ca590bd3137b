// Opening the Progress screen (issue 11) with ten years of daily sessions: the history loaded
// from SQLite, the statistics and build-up targets worked out, the chart and bars painted.

#include "FilledHistory.h"

#include "app/history/HistoryDatabase.h"
#include "app/pages/ProgressPage.h"

#include <QApplication>
#include <QDate>
#include <QPixmap>

#include <benchmark/benchmark.h>

using namespace gluteguide;

namespace {

void BM_OpenProgressWithTenYears(benchmark::State &state)
{
    HistoryDatabase database(filledHistory());
    if (database.open() != HistoryDatabase::OpenStatus::Opened)
        state.SkipWithError("the history does not open");
    ProgressPage page;
    page.resize(1366, 768);
    const Routine routine = defaultRoutine();
    for (auto _ : state) {
        page.showHistory(database.sessions(), QDate(2030, 1, 1), routine);
        benchmark::DoNotOptimize(page.grab());
    }
}
BENCHMARK(BM_OpenProgressWithTenYears)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    return 0;
}
