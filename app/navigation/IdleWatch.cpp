#include "app/navigation/IdleWatch.h"

#include <QCoreApplication>
#include <QEvent>

IdleWatch::IdleWatch(const MonotonicClock &clock, QObject *parent)
    : QObject(parent), m_clock(&clock)
{
    m_checks.setInterval(1000);
    connect(&m_checks, &QTimer::timeout, this, &IdleWatch::check);
}

void IdleWatch::start()
{
    if (!m_watching)
        QCoreApplication::instance()->installEventFilter(this);
    m_watching = true;
    noteActivity();
    m_checks.start();
}

void IdleWatch::stop()
{
    if (m_watching)
        QCoreApplication::instance()->removeEventFilter(this);
    m_watching = false;
    m_checks.stop();
}

void IdleWatch::noteActivity()
{
    m_lastActivity = m_clock->now();
}

void IdleWatch::check()
{
    if (!m_watching || m_clock->now() - m_lastActivity < m_limit)
        return;
    noteActivity(); // once per quiet spell
    emit idle();
}

bool IdleWatch::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
        noteActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
