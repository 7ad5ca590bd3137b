#include "ClipMatcher.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {

// Speech keeps its shape at a quarter of the rate, so the wide search runs there and only the
// last few samples are placed at the full rate.
constexpr std::size_t coarseFactor = 4;
constexpr std::ptrdiff_t refineRadius = 2 * coarseFactor;

std::vector<float> toFloat(std::span<const std::int16_t> samples)
{
    std::vector<float> out(samples.size());
    std::transform(samples.begin(), samples.end(), out.begin(),
                   [](std::int16_t s) { return float(s) / 32768.0f; });
    return out;
}

double norm(std::span<const float> samples)
{
    return std::sqrt(std::inner_product(samples.begin(), samples.end(), samples.begin(), 0.0));
}

} // namespace

ClipMatcher::ClipMatcher(std::vector<std::int16_t> recording, int sampleRate)
    : m_sampleRate(sampleRate)
{
    const std::vector<float> samples = toFloat(recording);
    m_full = prepare(samples);
    m_coarse = prepare(decimate(samples));
}

double ClipMatcher::lengthMs() const
{
    return 1000.0 * double(m_full.samples.size()) / m_sampleRate;
}

ClipMatcher::Signal ClipMatcher::prepare(std::span<const float> samples)
{
    Signal signal{ { samples.begin(), samples.end() }, std::vector<double>(samples.size() + 1) };
    for (std::size_t i = 0; i < samples.size(); ++i)
        signal.energyPrefix[i + 1] = signal.energyPrefix[i] + double(samples[i]) * samples[i];
    return signal;
}

std::vector<float> ClipMatcher::decimate(std::span<const float> samples)
{
    std::vector<float> out(samples.size() / coarseFactor);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const auto block = samples.subspan(i * coarseFactor, coarseFactor);
        out[i] = std::accumulate(block.begin(), block.end(), 0.0f) / float(coarseFactor);
    }
    return out;
}

double ClipMatcher::correlate(const Signal &haystack, std::size_t at, std::span<const float> needle,
                              double needleNorm)
{
    const double energy = haystack.energyPrefix[at + needle.size()] - haystack.energyPrefix[at];
    // Silence matches nothing (and must not divide by zero).
    if (energy <= 1e-9 || needleNorm <= 1e-9)
        return 0.0;
    double dot = 0.0;
    for (std::size_t i = 0; i < needle.size(); ++i)
        dot += double(needle[i]) * haystack.samples[at + i];
    return dot / (needleNorm * std::sqrt(energy));
}

std::optional<ClipMatcher::Match> ClipMatcher::find(std::span<const std::int16_t> clip,
                                                    double fromMs, double toMs) const
{
    const std::size_t templateSamples =
            std::min<std::size_t>(clip.size(), std::size_t(templateMs * m_sampleRate / 1000.0));
    const std::vector<float> needle = toFloat(clip.first(templateSamples));
    const std::vector<float> coarseNeedle = decimate(needle);
    if (coarseNeedle.empty() || m_full.samples.size() < needle.size())
        return std::nullopt;

    const auto toSample = [this](double ms) {
        return std::ptrdiff_t(std::floor(ms * m_sampleRate / 1000.0));
    };
    const std::ptrdiff_t lastStart = std::ptrdiff_t(m_full.samples.size() - needle.size());
    const std::ptrdiff_t from = std::clamp<std::ptrdiff_t>(toSample(fromMs), 0, lastStart);
    const std::ptrdiff_t to = std::clamp<std::ptrdiff_t>(toSample(toMs), 0, lastStart);
    if (from > to)
        return std::nullopt;

    const double coarseNorm = norm(coarseNeedle);
    const std::ptrdiff_t coarseLast =
            std::ptrdiff_t(m_coarse.samples.size()) - std::ptrdiff_t(coarseNeedle.size());
    std::ptrdiff_t bestCoarse = -1;
    double bestCoarseScore = -2.0;
    for (std::ptrdiff_t k = from / std::ptrdiff_t(coarseFactor);
         k <= std::min(to / std::ptrdiff_t(coarseFactor), coarseLast); ++k) {
        const double score = correlate(m_coarse, std::size_t(k), coarseNeedle, coarseNorm);
        if (score > bestCoarseScore) {
            bestCoarseScore = score;
            bestCoarse = k;
        }
    }
    if (bestCoarse < 0)
        return std::nullopt;

    const double fullNorm = norm(needle);
    Match best{ 0.0, -2.0 };
    const std::ptrdiff_t centre = bestCoarse * std::ptrdiff_t(coarseFactor);
    for (std::ptrdiff_t at = std::max(from, centre - refineRadius);
         at <= std::min(to, centre + refineRadius); ++at) {
        const double score = correlate(m_full, std::size_t(at), needle, fullNorm);
        if (score > best.score)
            best = { 1000.0 * double(at) / m_sampleRate, score };
    }
    return best;
}
