#pragma once

#include "app/navigation/Screen.h"

// What a person may reach from where they are. At the clinic's front desk (kiosk mode, locked)
// passers-by get the attract loop, the demo session and its summary; everything else, and
// leaving the app, needs the staff PIN.
class ScreenPolicy
{
public:
    bool isKioskLocked() const { return m_kioskLocked; }
    void setKioskLocked(bool locked) { m_kioskLocked = locked; }

    bool allows(Screen target) const;
    // Where the app rests when nothing is going on.
    Screen restingScreen() const { return m_kioskLocked ? Screen::Kiosk : Screen::Home; }
    bool quittingNeedsPin() const { return m_kioskLocked; }
    // Menus (open, save, edit, quit) are for staff only in kiosk mode.
    bool allowsMenus() const { return !m_kioskLocked; }

private:
    bool m_kioskLocked = false;
};
