#pragma once

#include "core/plan/Plan.h"
#include "core/routine/Routine.h"

#include <QCoreApplication>
#include <QString>

// What the user reads for each core identifier.
class DisplayNames
{
    Q_DECLARE_TR_FUNCTIONS(DisplayNames)

public:
    // The routine's name; the built-in routine's in the language shown, since it is ours.
    static QString routineName(const gluteguide::Routine &routine);
    static QString movement(gluteguide::Movement movement);
    static QString phase(gluteguide::PhaseKind phase);
    static QString setupStep(gluteguide::SetupInstruction instruction); // a short name
    static QString side(gluteguide::Side side); // "Left", "Right"
    static QString lyingOn(gluteguide::Side side);
    static QString setOf(int set, int sets);
    static QString stepTitle(const gluteguide::PlanStep &step);
    static QString duration(gluteguide::Millis duration); // m:ss
    static QString tempo(const gluteguide::MovementSpec &spec);
};
