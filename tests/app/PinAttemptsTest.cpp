// Wrong staff PINs (issue 11): a few tries are free, then each wrong PIN makes the next wait.

#include "app/kiosk/PinAttempts.h"

#include <QThread>

#include <gtest/gtest.h>

#include <chrono>

namespace {

using namespace std::chrono_literals;

TEST(PinAttempts, TheFirstWrongTriesCostNoWait)
{
    PinAttempts attempts;
    for (int i = 0; i < PinAttempts::freeTries - 1; ++i) {
        attempts.recordWrong();
        EXPECT_EQ(attempts.remainingWait(), 0ms) << "after wrong try " << i + 1;
    }
}

TEST(PinAttempts, RepeatedWrongTriesWaitLongerEachTimeUpToALimit)
{
    PinAttempts attempts;
    for (int i = 0; i < PinAttempts::freeTries; ++i)
        attempts.recordWrong();
    const auto firstWait = attempts.remainingWait();
    EXPECT_GT(firstWait, 0ms);
    EXPECT_LE(firstWait, PinAttempts::defaultWaitStep);
    attempts.recordWrong();
    EXPECT_GT(attempts.remainingWait(), firstWait);
    for (int i = 0; i < 20; ++i)
        attempts.recordWrong();
    EXPECT_LE(attempts.remainingWait(),
              PinAttempts::defaultWaitStep * PinAttempts::longestWaitSteps);
}

TEST(PinAttempts, TheWaitRunsOut)
{
    PinAttempts attempts;
    attempts.setWaitStep(30ms);
    for (int i = 0; i < PinAttempts::freeTries; ++i)
        attempts.recordWrong();
    EXPECT_GT(attempts.remainingWait(), 0ms);
    QThread::msleep(60);
    EXPECT_EQ(attempts.remainingWait(), 0ms);
    EXPECT_EQ(attempts.wrongInARow(), PinAttempts::freeTries);
}

TEST(PinAttempts, TheRightPinClearsTheCount)
{
    PinAttempts attempts;
    for (int i = 0; i < PinAttempts::freeTries + 2; ++i)
        attempts.recordWrong();
    attempts.recordRight();
    EXPECT_EQ(attempts.wrongInARow(), 0);
    EXPECT_EQ(attempts.remainingWait(), 0ms);
    attempts.recordWrong();
    EXPECT_EQ(attempts.remainingWait(), 0ms);
}

} // namespace
