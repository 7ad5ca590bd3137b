#pragma once

#include "core/session/SessionEvent.h"
#include "core/time/Millis.h"

#include <QString>

#include <optional>

class MainWindow;

// --screenshot: runs the session on a hand-driven clock up to a moment, optionally applies one
// command there (e.g. a pain stop), and saves the window as a PNG. With a page, shows that
// screen instead; the preview paused at the moment, from the front or the feet.
class ScreenshotCapture
{
public:
    struct Request
    {
        QString path;
        std::optional<gluteguide::Millis> at; // none: the home screen
        std::optional<gluteguide::Command> then;
        QString page{}; // a screen to show instead of home (CommandLine::screenshotPages())
        bool fromFeet = false; // the preview's camera
    };

    static bool capture(MainWindow &window, const Request &request, QString *error);
};
