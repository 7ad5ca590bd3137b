#include "app/audio/CueMixer.h"

#include <algorithm>
#include <cmath>

namespace {
// Long enough that cutting a word does not click, short enough to be heard as a cut.
constexpr double fadeSeconds = 0.005;
} // namespace

CueMixer::CueMixer(int outputRate)
    : m_outputRate(std::max(outputRate, 1)),
      m_fadeFrames(std::max<Frame>(1, Frame(std::lround(fadeSeconds * m_outputRate))))
{
}

void CueMixer::setVolume(float volume)
{
    m_volume = std::clamp(volume, 0.0f, 1.0f);
}

CueMixer::Frame CueMixer::framesOf(const PcmClip &clip) const
{
    if (clip.sampleRate <= 0)
        return 0;
    return Frame(std::ceil(double(clip.samples.size()) * m_outputRate / clip.sampleRate));
}

CueMixer::Source CueMixer::sourceFor(std::shared_ptr<const PcmClip> clip, float gain,
                                     Frame at) const
{
    const double step = clip->sampleRate > 0 ? double(clip->sampleRate) / m_outputRate : 1.0;
    const Frame start = std::max(at, m_rendered);
    const Frame end = start + framesOf(*clip);
    return Source{ std::move(clip), step, gain, start, end, end };
}

std::optional<CueMixer::Frame> CueMixer::cutVoicesAt(Frame at)
{
    std::optional<Frame> cut;
    for (Source &voice : m_voices) {
        if (voice.end > at) {
            voice.end = std::max(at, voice.start);
            cut = voice.end;
        }
    }
    return cut;
}

CueMixer::Started CueMixer::startVoice(std::shared_ptr<const PcmClip> clip, Frame at)
{
    Source voice = sourceFor(std::move(clip), 1.0f, at);
    Started started{ voice.start, voice.end, cutVoicesAt(voice.start) };
    m_voices.push_back(std::move(voice));
    return started;
}

std::optional<CueMixer::Frame> CueMixer::stopVoice()
{
    return cutVoicesAt(m_rendered + m_fadeFrames);
}

void CueMixer::startEffect(std::shared_ptr<const PcmClip> clip, float relativeGain, Frame at)
{
    m_effects.push_back(sourceFor(std::move(clip), relativeGain, at));
}

void CueMixer::mixInto(const Source &source, std::span<float> out) const
{
    const std::vector<std::int16_t> &samples = source.clip->samples;
    const Frame from = std::max(source.start, m_rendered);
    const Frame to = std::min(source.end, m_rendered + Frame(out.size()));
    const bool cut = source.end < source.naturalEnd;
    for (Frame frame = from; frame < to; ++frame) {
        const double position = double(frame - source.start) * source.step;
        const auto index = std::size_t(position);
        if (index >= samples.size())
            break;
        const double fraction = position - double(index);
        const double next = index + 1 < samples.size() ? samples[index + 1] : 0.0;
        const double value = samples[index] + fraction * (next - samples[index]);
        float gain = source.gain * m_volume;
        if (cut && source.end - frame <= m_fadeFrames)
            gain *= float(source.end - frame) / float(m_fadeFrames + 1);
        out[std::size_t(frame - m_rendered)] += float(value / 32768.0) * gain;
    }
}

void CueMixer::render(std::span<float> out)
{
    std::fill(out.begin(), out.end(), 0.0f);
    for (const Source &voice : m_voices)
        mixInto(voice, out);
    for (const Source &effect : m_effects)
        mixInto(effect, out);
    m_rendered += Frame(out.size());
    const auto finished = [this](const Source &source) { return source.end <= m_rendered; };
    std::erase_if(m_voices, finished);
    std::erase_if(m_effects, finished);
    for (float &frame : out)
        frame = std::clamp(frame, -1.0f, 1.0f);
}
