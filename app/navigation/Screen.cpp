#include "app/navigation/Screen.h"

#include <array>
#include <utility>

namespace {
constexpr std::array<std::pair<Screen, const char *>, 8> screenKeys{ {
        { Screen::Home, "home" },
        { Screen::Session, "session" },
        { Screen::Summary, "summary" },
        { Screen::Preview, "preview" },
        { Screen::Editor, "editor" },
        { Screen::Progress, "progress" },
        { Screen::Settings, "settings" },
        { Screen::Kiosk, "kiosk" },
} };
} // namespace

QString screenKey(Screen screen)
{
    for (const auto &[value, key] : screenKeys) {
        if (value == screen)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<Screen> screenFromKey(const QString &key)
{
    for (const auto &[value, name] : screenKeys) {
        if (key == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

QStringList screenshotScreenKeys()
{
    QStringList keys;
    for (const auto &[value, key] : screenKeys) {
        if (value != Screen::Session && value != Screen::Summary)
            keys << QString::fromLatin1(key);
    }
    return keys;
}
