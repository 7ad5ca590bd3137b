#pragma once

#include "core/session/Session.h"

#include <QObject>
#include <QTimer>

class MonotonicClock;

// Feeds a core Session with clock time and turns what it returns into signals. Holds no
// exercise logic: every decision is the core session's.
class SessionDriver : public QObject
{
    Q_OBJECT

public:
    SessionDriver(gluteguide::Session session, const MonotonicClock &clock,
                  QObject *parent = nullptr);

    const gluteguide::Session &session() const { return m_session; }
    gluteguide::Millis clockNow() const;

    // Slower ticks while nobody can see the figure; cues stay on time either way.
    void setVisible(bool visible);

public slots:
    void apply(gluteguide::Command command);
    void tick();

signals:
    void eventOccurred(const gluteguide::SessionEvent &event);
    void ticked();

private:
    void dispatch(const std::vector<gluteguide::SessionEvent> &events);
    void updateTimer();

    gluteguide::Session m_session;
    const MonotonicClock &m_clock;
    QTimer m_timer;
    bool m_visible = true;
};
