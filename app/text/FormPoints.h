#pragma once

#include "core/routine/Movement.h"

#include <QCoreApplication>
#include <QStringList>

// What to watch for in each movement, for the preview and the handout: the clinic's advice in
// our own words.
class FormPoints
{
    Q_DECLARE_TR_FUNCTIONS(FormPoints)

public:
    static QStringList of(gluteguide::Movement movement);
    // The set-up and safety advice that goes with every movement.
    static QStringList always();
};
