#include "app/startup/DisplayCheck.h"

#include <QCoreApplication>

bool DisplayCheck::hasDisplay(const QProcessEnvironment &environment)
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD) || defined(Q_OS_OPENBSD) || defined(Q_OS_NETBSD)
    // An explicit platform (offscreen, eglfs, vnc, ...) is the user's choice; trust it.
    for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" }) {
        if (!environment.value(QString::fromLatin1(name)).isEmpty())
            return true;
    }
    return false;
#else
    Q_UNUSED(environment);
    return true;
#endif
}

QString DisplayCheck::noDisplayMessage()
{
    return tr("gluteguide: there is no display to open the window on (neither DISPLAY nor "
              "WAYLAND_DISPLAY is set).\n"
              "  On a desktop, start it from a terminal inside the desktop session.\n"
              "  Without one, run it on a virtual display:   xvfb-run -a gluteguide\n"
              "  or save a picture of the window instead:    gluteguide --screenshot window.png "
              "--at 30\n"
              "  or print the exercise plan:                 gluteguide --plan\n");
}
