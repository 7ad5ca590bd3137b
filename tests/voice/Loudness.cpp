#include "Loudness.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <vector>

namespace {

struct Biquad
{
    double b0, b1, b2, a1, a2;
    double x1 = 0, x2 = 0, y1 = 0, y2 = 0;

    double operator()(double x)
    {
        const double y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
        x2 = x1;
        x1 = x;
        y2 = y1;
        y1 = y;
        return y;
    }
};

// The K-weighting's high shelf (+4 dB above about 1.7 kHz, the head's effect) and its high-pass
// (about 38 Hz), from the analogue prototypes BS.1770 specifies at 48 kHz.
Biquad highShelf(double sampleRate)
{
    const double f0 = 1681.974450955533;
    const double gainDb = 3.999843853973347;
    const double q = 0.7071752369554196;
    const double k = std::tan(std::numbers::pi * f0 / sampleRate);
    const double vh = std::pow(10.0, gainDb / 20.0);
    const double vb = std::pow(vh, 0.4996667741545416);
    const double a0 = 1.0 + k / q + k * k;
    return { (vh + vb * k / q + k * k) / a0, 2.0 * (k * k - vh) / a0,
             (vh - vb * k / q + k * k) / a0, 2.0 * (k * k - 1.0) / a0, (1.0 - k / q + k * k) / a0 };
}

Biquad highPass(double sampleRate)
{
    const double f0 = 38.13547087602444;
    const double q = 0.5003270373238773;
    const double k = std::tan(std::numbers::pi * f0 / sampleRate);
    const double a0 = 1.0 + k / q + k * k;
    return { 1.0, -2.0, 1.0, 2.0 * (k * k - 1.0) / a0, (1.0 - k / q + k * k) / a0 };
}

double lufsOf(double meanSquare)
{
    return -0.691 + 10.0 * std::log10(meanSquare);
}

} // namespace

double integratedLoudness(std::span<const std::int16_t> samples, int sampleRate, double loopSeconds)
{
    constexpr double minusInfinity = -std::numeric_limits<double>::infinity();
    if (samples.empty() || sampleRate <= 0)
        return minusInfinity;
    const auto wanted = std::size_t(std::ceil(loopSeconds * sampleRate));
    const std::size_t copies =
            std::max<std::size_t>(1, (wanted + samples.size() - 1) / samples.size());

    // The squares of the K-weighted signal, the clip repeated `copies` times.
    Biquad shelf = highShelf(sampleRate);
    Biquad pass = highPass(sampleRate);
    std::vector<double> squares;
    squares.reserve(copies * samples.size());
    for (std::size_t copy = 0; copy < copies; ++copy) {
        for (const std::int16_t sample : samples) {
            const double weighted = pass(shelf(sample / 32768.0));
            squares.push_back(weighted * weighted);
        }
    }

    const auto blockLength = std::size_t(std::lround(0.4 * sampleRate));
    const auto step = std::size_t(std::lround(0.1 * sampleRate));
    std::vector<double> blocks; // mean squares
    for (std::size_t start = 0; start + blockLength <= squares.size(); start += step) {
        double sum = 0;
        for (std::size_t i = start; i < start + blockLength; ++i)
            sum += squares[i];
        blocks.push_back(sum / double(blockLength));
    }

    const auto gatedMean = [&blocks](double threshold) {
        double sum = 0;
        std::size_t count = 0;
        for (const double block : blocks) {
            if (block > 0 && lufsOf(block) > threshold) {
                sum += block;
                ++count;
            }
        }
        return count ? sum / double(count) : 0.0;
    };
    const double aboveAbsolute = gatedMean(-70.0);
    if (aboveAbsolute <= 0)
        return minusInfinity;
    const double integrated = gatedMean(lufsOf(aboveAbsolute) - 10.0);
    return integrated > 0 ? lufsOf(integrated) : minusInfinity;
}
