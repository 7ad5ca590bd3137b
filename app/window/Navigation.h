#pragma once

#include "app/navigation/ScreenPolicy.h"

#include <QHash>
#include <QObject>

class QStackedWidget;
class QWidget;

// The one owner of which screen shows. Every move goes through show(), which asks the policy
// first and then hands the keyboard to the new screen, so its keys work however it was reached
// (a click, --start, --kiosk, a session's end) with no click first.
class Navigation : public QObject
{
    Q_OBJECT

public:
    explicit Navigation(QStackedWidget *stack, QObject *parent = nullptr);

    void addScreen(Screen screen, QWidget *page);
    // False, and nothing changes, when the policy does not allow it.
    bool show(Screen screen);
    // Back to home, or to the attract loop at the front desk.
    void showRestingScreen() { show(m_policy.restingScreen()); }
    Screen current() const { return m_current; }
    QWidget *page(Screen screen) const { return m_pages.value(screen); }

    const ScreenPolicy &policy() const { return m_policy; }
    void setKioskLocked(bool locked);

signals:
    void screenShown(Screen screen);
    void kioskLockChanged(bool locked);

private:
    void giveFocusTo(QWidget *page);

    QStackedWidget *m_stack = nullptr;
    QHash<Screen, QWidget *> m_pages;
    ScreenPolicy m_policy;
    Screen m_current = Screen::Home;
};
