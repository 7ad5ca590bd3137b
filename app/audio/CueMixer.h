#pragma once

#include "app/audio/PcmClip.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <vector>

// Mixes the cue voice and the tempo tick into one stream of mono samples at the output rate.
// Sounds start at a given frame of the stream (the caller picks one a steady latency ahead of
// what the device is playing, so every cue is heard the same time after it was asked for). One
// voice at a time: a new cue cuts the one still sounding where it starts, with a fade so the cut
// does not click; the tick sounds over the voice. Positions are frames of the output stream, so
// the caller can tell from the device's progress when a clip has really gone out.
// Not thread-safe: the owner serialises render() against the other calls.
class CueMixer
{
public:
    using Frame = std::int64_t;

    struct Started
    {
        Frame start = 0; // the first frame of the clip in the output stream
        Frame end = 0; // one past its last frame
        std::optional<Frame> cutAt; // the voice this one cut short ends here
    };

    explicit CueMixer(int outputRate);

    int outputRate() const { return m_outputRate; }
    void setVolume(float volume); // 0..1, for everything from the next rendered frame
    float volume() const { return m_volume; }

    // Starts a clip at the given frame, or on the next one rendered if that has passed.
    Started startVoice(std::shared_ptr<const PcmClip> clip, Frame at = 0);
    // Ends the voice as soon as possible; returns where it now ends, if one was sounding.
    std::optional<Frame> stopVoice();
    // A short sound over whatever plays (the tick), at a fraction of the volume.
    void startEffect(std::shared_ptr<const PcmClip> clip, float relativeGain, Frame at = 0);

    // Writes the next frames (silence where nothing plays) and moves on.
    void render(std::span<float> out);

    Frame renderedFrames() const { return m_rendered; }
    bool isSilent() const { return m_voices.empty() && m_effects.empty(); }
    Frame framesOf(const PcmClip &clip) const;
    Frame fadeFrames() const { return m_fadeFrames; }

private:
    struct Source
    {
        std::shared_ptr<const PcmClip> clip;
        double step = 1.0; // clip samples per output frame
        float gain = 1.0f;
        Frame start = 0; // stream frame of the clip's first sample
        Frame end = 0; // stream frame after its last; earlier when cut, with a fade before it
        Frame naturalEnd = 0;
    };

    Source sourceFor(std::shared_ptr<const PcmClip> clip, float gain, Frame at) const;
    // Ends the voices still sounding at the given frame there, fading out just before it.
    std::optional<Frame> cutVoicesAt(Frame at);
    // Adds the source's part of the frames [m_rendered, m_rendered + out.size()) into out.
    void mixInto(const Source &source, std::span<float> out) const;

    int m_outputRate;
    Frame m_fadeFrames;
    float m_volume = 1.0f;
    Frame m_rendered = 0;
    std::vector<Source> m_voices; // the newest last; older ones only while they fade out
    std::vector<Source> m_effects;
};
