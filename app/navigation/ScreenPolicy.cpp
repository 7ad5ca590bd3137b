#include "app/navigation/ScreenPolicy.h"

bool ScreenPolicy::allows(Screen target) const
{
    if (!m_kioskLocked)
        return target != Screen::Kiosk;
    return target == Screen::Kiosk || target == Screen::Session || target == Screen::Summary;
}
