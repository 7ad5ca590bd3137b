#pragma once

#include <cstdint>
#include <span>

// Integrated loudness after ITU-R BS.1770-4 / EBU R128, for the voice-clip tests: K-weighting
// (its two filters derived for the clip's own sample rate, as libebur128 does), 400 ms blocks
// every 100 ms, the absolute gate at -70 LUFS and the relative gate 10 LU under the loudness of
// the blocks above it. A clip shorter than loopSeconds is measured repeated back to back to at
// least that length, as tools/generate-voice-clips.sh does: R128 has no integrated loudness for
// a clip under 400 ms, and a clip of a few blocks would weigh its edges less than its middle.
// Mono 16-bit samples; returns LUFS, or -infinity when every block is gated out (silence).
double integratedLoudness(std::span<const std::int16_t> samples, int sampleRate,
                          double loopSeconds = 3.0);
