// The preview's playhead on a hand-moved clock: what play, pause, seek, rate and loop do to the
// position, and that nothing drifts.

#include "app/session/Playhead.h"

#include <gtest/gtest.h>

#include <cstdint>

using namespace std::chrono_literals;
using gluteguide::Millis;

namespace {

class PlayheadTest : public ::testing::Test
{
protected:
    PlayheadTest() { playhead.setLength(60s); }

    void wait(Millis time) { clock.advanceBy(time); }

    ManualClock clock;
    Playhead playhead{ clock };
};

} // namespace

TEST_F(PlayheadTest, StartsPausedAtTheStart)
{
    wait(5s);
    EXPECT_EQ(playhead.position(), 0ms);
    EXPECT_FALSE(playhead.isPlaying());
}

TEST_F(PlayheadTest, PlayingFollowsTheClockAndPauseHoldsThePosition)
{
    playhead.play();
    wait(1234ms);
    EXPECT_EQ(playhead.position(), 1234ms);
    playhead.pause();
    wait(10s);
    EXPECT_EQ(playhead.position(), 1234ms);
    playhead.play();
    wait(766ms);
    EXPECT_EQ(playhead.position(), 2000ms);
}

TEST_F(PlayheadTest, ManySmallFramesAddUpExactly)
{
    playhead.setRate(0.25);
    playhead.play();
    // A 60 Hz display for 100 s: frame i shows at i * 1000 / 60 ms.
    for (std::int64_t frame = 1; frame <= 6000; ++frame)
        wait(Millis{ frame * 1000 / 60 - (frame - 1) * 1000 / 60 });
    EXPECT_EQ(playhead.position(), Millis{ 100'000 / 4 });
}

TEST_F(PlayheadTest, RateChangesKeepThePosition)
{
    playhead.play();
    wait(2s);
    playhead.setRate(4.0);
    EXPECT_EQ(playhead.position(), 2s);
    wait(1s);
    EXPECT_EQ(playhead.position(), 6s);
    playhead.setRate(0.5);
    wait(2s);
    EXPECT_EQ(playhead.position(), 7s);
}

TEST_F(PlayheadTest, RateIsLimitedToAQuarterToFourTimes)
{
    playhead.setRate(0.01);
    EXPECT_EQ(playhead.rate(), Playhead::minRate);
    playhead.setRate(100.0);
    EXPECT_EQ(playhead.rate(), Playhead::maxRate);
}

TEST_F(PlayheadTest, SeekingWhilePlayingGoesOnFromThere)
{
    playhead.play();
    wait(3s);
    playhead.seek(40s);
    EXPECT_EQ(playhead.position(), 40s);
    wait(500ms);
    EXPECT_EQ(playhead.position(), 40500ms);
    playhead.seek(-5s);
    EXPECT_EQ(playhead.position(), 0ms) << "clamped to the timeline";
    playhead.seek(99s);
    EXPECT_EQ(playhead.position(), 60s);
}

TEST_F(PlayheadTest, PlayingStopsAtTheEndAndStartsOverWhenPlayedAgain)
{
    playhead.seek(59s);
    playhead.play();
    wait(5s);
    EXPECT_EQ(playhead.position(), 60s);
    EXPECT_FALSE(playhead.isPlaying());
    playhead.play();
    EXPECT_EQ(playhead.position(), 0ms);
    wait(1s);
    EXPECT_EQ(playhead.position(), 1s);
}

TEST_F(PlayheadTest, StepMovesFrameByFrameAndPauses)
{
    playhead.play();
    wait(10s);
    playhead.step(40ms);
    EXPECT_FALSE(playhead.isPlaying());
    EXPECT_EQ(playhead.position(), 10040ms);
    playhead.step(-80ms);
    EXPECT_EQ(playhead.position(), 9960ms);
    wait(1s);
    EXPECT_EQ(playhead.position(), 9960ms);
}

TEST_F(PlayheadTest, ALoopGoesRoundItsRange)
{
    playhead.setLoop(TimeRange{ 10s, 14s });
    EXPECT_EQ(playhead.position(), 10s) << "moved into the loop";
    playhead.play();
    wait(5s);
    EXPECT_EQ(playhead.position(), 11s);
    wait(3500ms);
    EXPECT_EQ(playhead.position(), 10500ms);
    EXPECT_TRUE(playhead.isPlaying());
    playhead.setRate(2.0);
    wait(2s);
    EXPECT_EQ(playhead.position(), 10500ms);
}

TEST_F(PlayheadTest, SeekingOutsideTheLoopEndsIt)
{
    playhead.setLoop(TimeRange{ 10s, 14s });
    playhead.seek(12s);
    EXPECT_TRUE(playhead.loop());
    playhead.seek(30s);
    EXPECT_FALSE(playhead.loop());
    playhead.play();
    wait(10s);
    EXPECT_EQ(playhead.position(), 40s);
}

TEST_F(PlayheadTest, AShorterTimelineKeepsThePositionInside)
{
    playhead.seek(50s);
    playhead.setLoop(TimeRange{ 45s, 55s });
    playhead.setLength(20s);
    EXPECT_EQ(playhead.position(), 20s);
    EXPECT_FALSE(playhead.loop()) << "the loop was past the new end";
}
