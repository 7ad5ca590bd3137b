#include "app/startup/SettingsReport.h"

#include "app/storage/AppSettings.h"

#include <QDir>
#include <QTextStream>

void reportSettingProblems(const AppSettings &settings, QTextStream &err)
{
    for (const QString &problem : settings.problems())
        err << "gluteguide: " << QDir::toNativeSeparators(settings.fileName()) << ": " << problem
            << '\n';
    err.flush();
}
