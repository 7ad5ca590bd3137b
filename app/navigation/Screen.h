#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// The app's screens. Their keys are the names --screenshot --page takes.
enum class Screen {
    Home,
    Session,
    Summary,
    Preview,
    Editor,
    Progress,
    Settings,
    Kiosk,
};

QString screenKey(Screen screen);
std::optional<Screen> screenFromKey(const QString &key);
// The screens a screenshot can show on their own (the session and summary need a session).
QStringList screenshotScreenKeys();
