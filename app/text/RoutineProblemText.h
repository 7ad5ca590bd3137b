#pragma once

#include "core/routine/RoutineValidation.h"

#include <QCoreApplication>
#include <QString>

// Words one of core's routine problems for people, e.g. "must be a whole number from 1 to 50
// (got 60)": the same sentence in --plan's error lines, in a file's error list and next to the
// field in the editor.
class RoutineProblemText
{
    Q_DECLARE_TR_FUNCTIONS(RoutineProblemText)

public:
    static QString message(const gluteguide::RoutineProblem &problem);
};
