#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// While the daily reminder is on, GluteGuide starts in the background at login (a freedesktop.org
// autostart entry), so the reminder can appear on days nobody opens the app. Only desktops that
// follow the XDG autostart specification have such entries: elsewhere this does nothing and
// says so.
class ReminderAutostart
{
    Q_DECLARE_TR_FUNCTIONS(ReminderAutostart)

public:
    // The option the entry starts the program with: no window, only the reminder and its tray
    // icon.
    static QString backgroundOption() { return QStringLiteral("--background"); }

    static bool isSupported();

    // $XDG_CONFIG_HOME/autostart/io.github.gluteguide.GluteGuide.desktop (empty where
    // unsupported).
    static QString entryPath();

    // The entry that starts `program` with backgroundOption().
    static QByteArray entryText(const QString &program);

    // Writes the entry for the running program (enabled) or removes it (disabled). True when
    // the entry is now as asked; false where unsupported or on a file error.
    static bool apply(bool enabled);
    static bool apply(bool enabled, const QString &program);
};
