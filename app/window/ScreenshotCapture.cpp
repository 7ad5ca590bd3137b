#include "app/window/ScreenshotCapture.h"

#include "app/pages/KioskPage.h"
#include "app/pages/PreviewPage.h"
#include "app/session/MonotonicClock.h"
#include "app/window/MainWindow.h"

#include <QApplication>
#include <QImage>
#include <QPixmap>

using gluteguide::Millis;

namespace {
// Small enough that no cue is ever late, so captions are what a live run would show.
constexpr Millis simulationStep{ 20 };
} // namespace

bool ScreenshotCapture::capture(MainWindow &window, const Request &request, QString *error)
{
    window.show();
    QApplication::processEvents();
    if (!request.page.isEmpty())
        window.showScreen(request.page);
    if (request.page == QLatin1String("kiosk")) {
        Playhead &loop = window.kioskPage()->playhead();
        loop.pause();
        loop.seek(request.at.value_or(gluteguide::Millis{ 0 }));
        window.kioskPage()->renderFrame();
    } else if (request.page == QLatin1String("preview")) {
        PreviewPage *preview = window.previewPage();
        preview->playhead().pause();
        if (request.at)
            preview->playhead().seek(*request.at);
        preview->setCamera(request.fromFeet ? gluteguide::Camera::fromFeet()
                                            : gluteguide::Camera::front());
    } else if (request.at) {
        auto clock = std::make_unique<ManualClock>();
        ManualClock *manual = clock.get();
        window.startSession(std::move(clock));
        while (manual->now() < *request.at) {
            manual->advanceBy(std::min(simulationStep, *request.at - manual->now()));
            window.driver()->tick();
        }
        if (request.then)
            window.driver()->apply(*request.then);
    }
    QApplication::processEvents();
    const QPixmap pixmap = window.grab();
    if (!pixmap.save(request.path, "PNG")) {
        if (error)
            *error = QCoreApplication::translate("ScreenshotCapture", "could not write %1")
                             .arg(request.path);
        return false;
    }
    return true;
}
