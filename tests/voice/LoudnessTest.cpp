// The loudness meter the voice-clip tests use, against the reference points of ITU-R BS.1770:
// a 1 kHz sine at 0 dBFS reads -3.01 LUFS, so one at -20 dBFS reads -23.01.

#include "Loudness.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <numbers>
#include <vector>

namespace {

std::vector<std::int16_t> sine(double hz, double dbfs, double seconds, int rate)
{
    const double amplitude = 32767.0 * std::pow(10.0, dbfs / 20.0);
    std::vector<std::int16_t> samples(std::size_t(std::lround(seconds * rate)));
    for (std::size_t i = 0; i < samples.size(); ++i)
        samples[i] = std::int16_t(
                std::lround(amplitude * std::sin(2.0 * std::numbers::pi * hz * double(i) / rate)));
    return samples;
}

} // namespace

TEST(Loudness, SineAt1kHzReadsAsBs1770Says)
{
    for (const int rate : { 22050, 48000 }) {
        EXPECT_NEAR(integratedLoudness(sine(1000, -20, 4.0, rate), rate), -23.01, 0.1) << rate;
        EXPECT_NEAR(integratedLoudness(sine(1000, -30, 4.0, rate), rate), -33.01, 0.1) << rate;
    }
}

TEST(Loudness, KWeightingFavoursHighFrequencies)
{
    // The shelf makes 4 kHz read about 3.3 dB louder than 1 kHz; the high-pass takes most of
    // 20 Hz away.
    EXPECT_NEAR(integratedLoudness(sine(4000, -20, 4.0, 22050), 22050), -19.7, 0.3);
    EXPECT_LT(integratedLoudness(sine(20, -20, 4.0, 22050), 22050), -30.0);
}

TEST(Loudness, ShortClipIsMeasuredLooped)
{
    // 200 ms, under one 400 ms block: measured as the clip repeated to 3 s.
    EXPECT_NEAR(integratedLoudness(sine(1000, -20, 0.2, 22050), 22050), -23.01, 0.1);
}

TEST(Loudness, PausesAreGatedOut)
{
    std::vector<std::int16_t> speechAndPause = sine(1000, -20, 5.0, 22050);
    speechAndPause.resize(speechAndPause.size() + 22050 * 5); // 5 s of silence
    EXPECT_NEAR(integratedLoudness(speechAndPause, 22050), -23.01, 0.5);
}

TEST(Loudness, SilenceHasNoLoudness)
{
    const std::vector<std::int16_t> silence(22050, 0);
    EXPECT_EQ(integratedLoudness(silence, 22050), -std::numeric_limits<double>::infinity());
    EXPECT_EQ(integratedLoudness({}, 22050), -std::numeric_limits<double>::infinity());
}
