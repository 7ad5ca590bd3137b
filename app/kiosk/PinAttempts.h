#pragma once

#include <QDeadlineTimer>

#include <chrono>

// Wrong staff PINs in a row and the wait they bring: the first few are free, then each wrong PIN
// makes the next try wait longer (up to a limit), so guessing a 4-digit PIN at the desk takes days.
// One count for the whole run (forThisRun()), so closing and reopening the PIN dialog does not
// reset it.
class PinAttempts
{
public:
    static constexpr int freeTries = 3;
    static constexpr std::chrono::milliseconds defaultWaitStep{ 5000 };
    static constexpr int longestWaitSteps = 6;

    static PinAttempts &forThisRun();

    void recordWrong();
    void recordRight();
    int wrongInARow() const { return m_wrongInARow; }

    // How long until the next try is allowed; zero when it is allowed now.
    std::chrono::milliseconds remainingWait() const;

    // For tests: a shorter step than five seconds.
    void setWaitStep(std::chrono::milliseconds step) { m_waitStep = step; }

private:
    int m_wrongInARow = 0;
    std::chrono::milliseconds m_waitStep = defaultWaitStep;
    QDeadlineTimer m_nextTry{ 0 };
};
