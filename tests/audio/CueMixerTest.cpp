// The mixer that turns cue clips into the one output stream: where each sound lands, how a cut
// sounds, and what it reports, frame by frame.

#include "app/audio/CueMixer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>

namespace {

constexpr int rate = 1000; // one frame a millisecond keeps the arithmetic readable

std::shared_ptr<const PcmClip> constantClip(int sampleRate, std::size_t length, std::int16_t value)
{
    return std::make_shared<const PcmClip>(
            PcmClip{ sampleRate, std::vector<std::int16_t>(length, value) });
}

std::shared_ptr<const PcmClip> rampClip(int sampleRate, std::size_t length)
{
    std::vector<std::int16_t> samples(length);
    std::iota(samples.begin(), samples.end(), std::int16_t(1));
    return std::make_shared<const PcmClip>(PcmClip{ sampleRate, std::move(samples) });
}

std::vector<float> render(CueMixer &mixer, std::size_t frames)
{
    std::vector<float> out(frames, 99.0f);
    mixer.render(out);
    return out;
}

constexpr float half = 16384.0f / 32768.0f;

} // namespace

TEST(CueMixerTest, SilenceWhenNothingPlays)
{
    CueMixer mixer(rate);
    const std::vector<float> out = render(mixer, 50);
    EXPECT_TRUE(std::all_of(out.begin(), out.end(), [](float v) { return v == 0.0f; }));
    EXPECT_EQ(mixer.renderedFrames(), 50);
    EXPECT_TRUE(mixer.isSilent());
}

TEST(CueMixerTest, AVoiceStartsOnTheFrameItWasGivenAndEndsWithItsClip)
{
    CueMixer mixer(rate);
    const CueMixer::Started started = mixer.startVoice(constantClip(rate, 30, 16384), 20);
    EXPECT_EQ(started.start, 20);
    EXPECT_EQ(started.end, 50);
    EXPECT_FALSE(started.cutAt);

    const std::vector<float> out = render(mixer, 60);
    for (std::size_t frame = 0; frame < out.size(); ++frame) {
        const float expected = frame >= 20 && frame < 50 ? half : 0.0f;
        EXPECT_FLOAT_EQ(out[frame], expected) << "frame " << frame;
    }
    EXPECT_TRUE(mixer.isSilent());
}

TEST(CueMixerTest, AStartAlreadyRenderedBeginsOnTheNextFrame)
{
    CueMixer mixer(rate);
    render(mixer, 40);
    const CueMixer::Started started = mixer.startVoice(constantClip(rate, 10, 16384), 5);
    EXPECT_EQ(started.start, 40);
    EXPECT_EQ(started.end, 50);
    EXPECT_FLOAT_EQ(render(mixer, 1).front(), half);
}

TEST(CueMixerTest, AClipContinuesSeamlesslyAcrossRenderCalls)
{
    CueMixer mixer(rate);
    mixer.startVoice(rampClip(rate, 100), 0);
    std::vector<float> whole;
    for (const std::size_t chunk : { 7, 13, 1, 29, 50 }) {
        const std::vector<float> part = render(mixer, chunk);
        whole.insert(whole.end(), part.begin(), part.end());
    }
    ASSERT_EQ(whole.size(), 100u);
    for (std::size_t frame = 0; frame < whole.size(); ++frame)
        EXPECT_FLOAT_EQ(whole[frame], float(frame + 1) / 32768.0f) << "frame " << frame;
}

TEST(CueMixerTest, ANewVoiceCutsTheOldOneWhereItStartsWithAShortFade)
{
    CueMixer mixer(rate);
    mixer.startVoice(constantClip(rate, 100, 16384), 0);
    const CueMixer::Started second = mixer.startVoice(constantClip(rate, 20, 8192), 40);
    ASSERT_TRUE(second.cutAt);
    EXPECT_EQ(*second.cutAt, 40);

    const std::vector<float> out = render(mixer, 100);
    const auto fade = std::size_t(mixer.fadeFrames());
    ASSERT_GE(fade, 1u);
    EXPECT_FLOAT_EQ(out[40 - fade - 1], half) << "full volume until the fade";
    for (std::size_t frame = 40 - fade; frame < 40; ++frame) {
        EXPECT_LT(out[frame], half) << "fading at frame " << frame;
        EXPECT_GT(out[frame], 0.0f);
    }
    EXPECT_FLOAT_EQ(out[40], 8192.0f / 32768.0f) << "only the new voice from its first frame";
    EXPECT_FLOAT_EQ(out[59], 8192.0f / 32768.0f);
    EXPECT_FLOAT_EQ(out[60], 0.0f) << "nothing of the old voice comes back";
    EXPECT_FLOAT_EQ(out[99], 0.0f);
}

TEST(CueMixerTest, AVoiceThatHasEndedIsNotCut)
{
    CueMixer mixer(rate);
    mixer.startVoice(constantClip(rate, 10, 16384), 0);
    render(mixer, 20);
    EXPECT_FALSE(mixer.startVoice(constantClip(rate, 10, 16384), 30).cutAt);
}

TEST(CueMixerTest, StoppingFadesTheVoiceOutAtOnce)
{
    CueMixer mixer(rate);
    mixer.startVoice(constantClip(rate, 100, 16384), 0);
    render(mixer, 10);
    const std::optional<CueMixer::Frame> end = mixer.stopVoice();
    ASSERT_TRUE(end);
    EXPECT_EQ(*end, 10 + mixer.fadeFrames());
    const std::vector<float> out = render(mixer, 30);
    EXPECT_GT(out[0], 0.0f);
    EXPECT_LT(out[0], half);
    EXPECT_FLOAT_EQ(out[std::size_t(mixer.fadeFrames())], 0.0f);
    EXPECT_TRUE(mixer.isSilent());
    EXPECT_FALSE(mixer.stopVoice()) << "nothing left to stop";
}

TEST(CueMixerTest, TheTickSoundsOverTheVoiceAtItsOwnGain)
{
    CueMixer mixer(rate);
    mixer.startVoice(constantClip(rate, 50, 8192), 0);
    mixer.startEffect(constantClip(rate, 10, 16384), 0.5f, 5);
    const std::vector<float> out = render(mixer, 50);
    EXPECT_FLOAT_EQ(out[4], 0.25f);
    EXPECT_FLOAT_EQ(out[5], 0.25f + 0.25f);
    EXPECT_FLOAT_EQ(out[14], 0.5f);
    EXPECT_FLOAT_EQ(out[15], 0.25f) << "the voice goes on after the tick";
}

TEST(CueMixerTest, VolumeScalesEverythingAndLoudSumsAreClipped)
{
    CueMixer mixer(rate);
    mixer.setVolume(0.5f);
    mixer.startVoice(constantClip(rate, 10, 16384), 0);
    EXPECT_FLOAT_EQ(render(mixer, 1).front(), 0.25f);

    CueMixer loud(rate);
    loud.startVoice(constantClip(rate, 10, 32767), 0);
    loud.startEffect(constantClip(rate, 10, 32767), 1.0f, 0);
    EXPECT_FLOAT_EQ(render(loud, 1).front(), 1.0f);
}

TEST(CueMixerTest, AClipAtAnotherRateIsResampledToTheOutputRate)
{
    CueMixer mixer(2 * rate);
    const std::shared_ptr<const PcmClip> clip = rampClip(rate, 10);
    EXPECT_EQ(mixer.framesOf(*clip), 20);
    const CueMixer::Started started = mixer.startVoice(clip, 0);
    EXPECT_EQ(started.end, 20);
    const std::vector<float> out = render(mixer, 20);
    EXPECT_FLOAT_EQ(out[0], 1.0f / 32768.0f);
    EXPECT_FLOAT_EQ(out[1], 1.5f / 32768.0f) << "halfway between the first two samples";
    EXPECT_FLOAT_EQ(out[2], 2.0f / 32768.0f);
    EXPECT_FLOAT_EQ(out[18], 10.0f / 32768.0f);
}
