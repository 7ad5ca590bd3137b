#pragma once

#include "app/storage/RoutineJson.h"

#include <QString>
#include <QStringList>

#include <ostream>

// GoogleTest prints QStrings as text in failure messages.
QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}
QT_END_NAMESPACE

inline void PrintTo(const RoutineError &error, std::ostream *os)
{
    *os << error.toString().toStdString();
}

// Every error of a read, one per line, for failure messages.
inline std::string errorsText(const RoutineReadResult &result)
{
    QStringList lines;
    for (const RoutineError &error : result.errors)
        lines.append(error.toString());
    return lines.join(QLatin1Char('\n')).toStdString();
}
