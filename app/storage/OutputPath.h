#pragma once

#include <QCoreApplication>
#include <QString>

// A file the command line says to write (--event-log, --screenshot). It is checked before the
// window opens anything, so a mistyped folder stops the program with nothing written: not even
// the history database, which the window would otherwise create first.
class OutputPath
{
    Q_DECLARE_TR_FUNCTIONS(OutputPath)

public:
    // Empty when a file can be created or replaced at the path; otherwise why not.
    static QString problem(const QString &path);
};
