#include "app/reminder/ReminderAutostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStringList>

#include <algorithm>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
#  define GLUTEGUIDE_HAS_XDG_AUTOSTART 1
#endif

namespace {

const QString entryName = QStringLiteral("io.github.gluteguide.GluteGuide.desktop");

// One argument of an Exec key, quoted as the Desktop Entry Specification asks: quoted when it
// holds a reserved character, with ", `, $ and \ escaped inside the quotes, % doubled (field
// codes), and then escaped once more as a string value.
QString execArgument(const QString &argument)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    static const QString escapedInQuotes = QStringLiteral("\"`$\\");
    QString text = argument;
    text.replace(QLatin1Char('%'), QStringLiteral("%%"));
    const bool needsQuotes =
            std::any_of(text.begin(), text.end(), [](QChar c) { return reserved.contains(c); });
    if (needsQuotes) {
        QString quoted = QStringLiteral("\"");
        for (QChar c : text) {
            if (escapedInQuotes.contains(c))
                quoted += QLatin1Char('\\');
            quoted += c;
        }
        text = quoted + QLatin1Char('"');
    }
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    text.replace(QLatin1Char('\t'), QStringLiteral("\\t"));
    text.replace(QLatin1Char('\r'), QStringLiteral("\\r"));
    return text;
}

} // namespace

bool ReminderAutostart::isSupported()
{
#ifdef GLUTEGUIDE_HAS_XDG_AUTOSTART
    return true;
#else
    return false;
#endif
}

QString ReminderAutostart::entryPath()
{
    if (!isSupported())
        return {};
    const QString config = QStandardPaths::writableLocation(QStandardPaths::ConfigLocation);
    return config.isEmpty() ? QString() : config + QStringLiteral("/autostart/") + entryName;
}

QByteArray ReminderAutostart::entryText(const QString &program)
{
    const QStringList lines{
        QStringLiteral("[Desktop Entry]"),
        QStringLiteral("Type=Application"),
        QStringLiteral("Name=GluteGuide"),
        QStringLiteral("Comment=") + tr("Reminds you of your daily hip exercises"),
        QStringLiteral("Exec=") + execArgument(program) + QLatin1Char(' ') + backgroundOption(),
        QStringLiteral("Icon=io.github.gluteguide.GluteGuide"),
        QStringLiteral("Terminal=false"),
        QStringLiteral("X-GNOME-Autostart-enabled=true"),
    };
    return lines.join(QLatin1Char('\n')).toUtf8() + '\n';
}

bool ReminderAutostart::apply(bool enabled)
{
    return apply(enabled, QCoreApplication::applicationFilePath());
}

bool ReminderAutostart::apply(bool enabled, const QString &program)
{
#ifdef GLUTEGUIDE_HAS_XDG_AUTOSTART
    const QString path = entryPath();
    if (path.isEmpty())
        return false;
    if (!enabled)
        return !QFileInfo::exists(path) || QFile::remove(path);
    if (program.isEmpty() || !QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(entryText(QFileInfo(program).absoluteFilePath()));
    return file.commit();
#else
    Q_UNUSED(enabled);
    Q_UNUSED(program);
    return false;
#endif
}
