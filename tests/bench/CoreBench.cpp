// Core micro-benchmarks (issue 2). Targets on the reference machine, Release build: one pose in
// under 5 µs, a whole simulated session at 60 Hz in under 0.5 s.

#include "core/cues/CueSchedule.h"
#include "core/figure/BodyPose.h"
#include "core/figure/Camera.h"
#include "core/figure/Choreography.h"
#include "core/plan/Plan.h"
#include "core/routine/Routine.h"
#include "core/session/Session.h"

#include <benchmark/benchmark.h>

#include <cstddef>
#include <cstdint>
#include <vector>

using namespace gluteguide;

namespace {

// Positions spread over the whole session, not in order, so every movement is measured.
std::vector<Millis> spreadPositions(const Plan &plan, std::size_t count)
{
    std::vector<Millis> positions;
    positions.reserve(count);
    const std::int64_t total = plan.total.count();
    for (std::size_t i = 0; i < count; ++i)
        positions.push_back(Millis{ static_cast<std::int64_t>(i * 7919) % (total + 1) });
    return positions;
}

void BM_BuildDefaultPlan(benchmark::State &state)
{
    const Routine routine = defaultRoutine();
    for (auto _ : state) {
        Plan plan = buildPlan(routine);
        benchmark::DoNotOptimize(plan);
    }
}
BENCHMARK(BM_BuildDefaultPlan)->Unit(benchmark::kMicrosecond);

void BM_ScheduleDefaultCues(benchmark::State &state)
{
    const Plan plan = buildPlan(defaultRoutine());
    for (auto _ : state) {
        CueSchedule cues = scheduleCues(plan);
        benchmark::DoNotOptimize(cues);
    }
}
BENCHMARK(BM_ScheduleDefaultCues)->Unit(benchmark::kMicrosecond);

// Creates a session and advances it at 60 Hz from start to finish (about 110 000 frames).
void BM_SimulateWholeSessionAt60Hz(benchmark::State &state)
{
    const Plan plan = buildPlan(defaultRoutine());
    const CueSchedule cues = scheduleCues(plan);
    std::int64_t frames = 0;
    std::size_t events = 0;
    for (auto _ : state) {
        Session session(plan, cues);
        const Millis start{ 1'000'000 };
        events += session.apply(Command::Start, start).size();
        std::int64_t frame = 0;
        while (session.state() != SessionState::Complete || session.hasPendingCues()) {
            ++frame;
            events += session.advance(start + Millis{ frame * 1000 / 60 }).size();
            if (frame > 10'000'000) {
                state.SkipWithError("the session did not complete");
                break;
            }
        }
        frames += frame;
        benchmark::DoNotOptimize(session.position());
    }
    state.counters["frames"] =
            benchmark::Counter(static_cast<double>(frames), benchmark::Counter::kAvgIterations);
    state.counters["events"] =
            benchmark::Counter(static_cast<double>(events), benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_SimulateWholeSessionAt60Hz)->Unit(benchmark::kMillisecond);

void BM_PoseAt(benchmark::State &state)
{
    const Plan plan = buildPlan(defaultRoutine());
    const std::vector<Millis> positions = spreadPositions(plan, 4096);
    std::size_t i = 0;
    for (auto _ : state) {
        BodyPose pose = poseAt(plan, positions[i]);
        benchmark::DoNotOptimize(pose);
        i = (i + 1) % positions.size();
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_PoseAt)->Unit(benchmark::kNanosecond);

void BM_ProjectPose(benchmark::State &state)
{
    const Plan plan = buildPlan(defaultRoutine());
    std::vector<BodyPose> poses;
    for (Millis position : spreadPositions(plan, 1024))
        poses.push_back(poseAt(plan, position));
    const Camera camera = Camera::front();
    std::size_t i = 0;
    for (auto _ : state) {
        FigureFrame frame = project(poses[i], camera);
        benchmark::DoNotOptimize(frame);
        i = (i + 1) % poses.size();
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ProjectPose)->Unit(benchmark::kNanosecond);

} // namespace
