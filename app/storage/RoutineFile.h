#pragma once

#include "app/storage/RoutineJson.h"

#include <QCoreApplication>
#include <QString>

// Routine files on disk. Errors name no path: the caller knows which file it asked for.
class RoutineFile
{
    Q_DECLARE_TR_FUNCTIONS(RoutineFile)

public:
    // Larger files are not routines; they are refused rather than read into memory.
    static constexpr qint64 maxFileSize = qint64{ 1024 } * 1024;

    static RoutineReadResult load(const QString &path);

    // Writes the whole file or nothing (QSaveFile), so a failed save never leaves a half-written
    // routine behind. On failure, returns false and says why in errorMessage.
    static bool save(const gluteguide::Routine &routine, const QString &path,
                     QString *errorMessage = nullptr);
};
