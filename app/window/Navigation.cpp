#include "app/window/Navigation.h"

#include <QStackedWidget>

Navigation::Navigation(QStackedWidget *stack, QObject *parent) : QObject(parent), m_stack(stack) { }

void Navigation::addScreen(Screen screen, QWidget *page)
{
    m_pages.insert(screen, page);
    m_stack->addWidget(page);
}

bool Navigation::show(Screen screen)
{
    QWidget *page = m_pages.value(screen);
    if (!page || !m_policy.allows(screen))
        return false;
    m_current = screen;
    m_stack->setCurrentWidget(page);
    giveFocusTo(page);
    emit screenShown(screen);
    return true;
}

void Navigation::setKioskLocked(bool locked)
{
    if (m_policy.isKioskLocked() == locked)
        return;
    m_policy.setKioskLocked(locked);
    emit kioskLockChanged(locked);
}

void Navigation::giveFocusTo(QWidget *page)
{
    // A page names where its keys start with a focus proxy, or takes them itself.
    QWidget *target = page->focusProxy() ? page->focusProxy() : page;
    if (target->focusPolicy() == Qt::NoFocus)
        target->setFocusPolicy(Qt::StrongFocus);
    target->setFocus(Qt::OtherFocusReason);
}
