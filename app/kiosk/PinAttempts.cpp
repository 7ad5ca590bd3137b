#include "app/kiosk/PinAttempts.h"

#include <algorithm>

PinAttempts &PinAttempts::forThisRun()
{
    static PinAttempts attempts;
    return attempts;
}

void PinAttempts::recordWrong()
{
    ++m_wrongInARow;
    const int steps = std::min(m_wrongInARow - freeTries + 1, longestWaitSteps);
    if (steps > 0)
        m_nextTry.setRemainingTime(m_waitStep * steps);
}

void PinAttempts::recordRight()
{
    m_wrongInARow = 0;
    m_nextTry.setRemainingTime(0);
}

std::chrono::milliseconds PinAttempts::remainingWait() const
{
    return std::chrono::milliseconds{ std::max<qint64>(m_nextTry.remainingTime(), 0) };
}
