// The whole default session, 31 minutes in real time, heard from outside as in AudioCuesTest.
// Labelled "long": run before a release (ctest --preset long), not in every CI run.

#include "AudioSessionTest.h"

TEST_F(AudioSessionTest, EveryCueOfTheWholeDefaultSessionIsHeardOnTime)
{
    double cpuSeconds = 0.0;
    qint64 peakKb = 0;
    const double sessionMs = 1843000.0; // the default plan's length (gluteguide --plan)
    const HearingReport report = recordSession({}, sessionMs, [&](AppProcess &app) {
        cpuSeconds = app.cpuSeconds();
        peakKb = app.peakResidentKb();
    });
    std::printf("app: %.1f s of CPU in %.0f s (%.2f %% of one core), peak RSS %.1f MB\n",
                cpuSeconds, sessionMs / 1000.0, 100.0 * cpuSeconds / (sessionMs / 1000.0),
                double(peakKb) / 1024.0);
    RecordProperty("spread_p95_ms", QString::number(report.spreadQuantileMs(0.95)).toStdString());
    RecordProperty("spread_worst_ms", QString::number(report.spreadQuantileMs(1.0)).toStdString());
    expectEveryCueHeardOnTime(report, 500);
}
