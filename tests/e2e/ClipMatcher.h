#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

// Finds a known clip in a recording by normalised cross-correlation: where in a window around
// an expected time the recording looks most like the clip's start, and how much (1 = the same
// waveform, whatever the volume). Used to tell, cue by cue, whether what the app logged was
// really heard, and when.
class ClipMatcher
{
public:
    struct Match
    {
        double atMs = 0.0; // where the clip starts in the recording
        double score = 0.0; // normalised cross-correlation, -1..1
    };

    // Both the recording and the clips are mono 16-bit at the same sample rate.
    ClipMatcher(std::vector<std::int16_t> recording, int sampleRate);

    // The best match of the clip's first templateMs within [fromMs, toMs] of the recording.
    std::optional<Match> find(std::span<const std::int16_t> clip, double fromMs, double toMs) const;

    double lengthMs() const;

    static constexpr double templateMs = 250.0;

private:
    struct Signal
    {
        std::vector<float> samples;
        std::vector<double> energyPrefix; // sum of squares of samples[0..i)
    };
    static Signal prepare(std::span<const float> samples);
    static std::vector<float> decimate(std::span<const float> samples);
    static double correlate(const Signal &haystack, std::size_t at, std::span<const float> needle,
                            double needleNorm);

    int m_sampleRate;
    Signal m_full;
    Signal m_coarse;
};
