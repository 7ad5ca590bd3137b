#pragma once

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

// Before a window is opened: on Linux and the BSDs with no X11 or Wayland display and no Qt
// platform chosen, Qt would abort with a platform-plugin error. Say plainly what to do instead.
class DisplayCheck
{
    Q_DECLARE_TR_FUNCTIONS(DisplayCheck)

public:
    // Whether a window can be opened in this environment (always true off Linux and the BSDs).
    static bool hasDisplay(const QProcessEnvironment &environment);

    // What to tell someone who has no display.
    static QString noDisplayMessage();
};
