#pragma once

#include "core/plan/Plan.h"

#include <QCoreApplication>
#include <QString>

class QTextStream;

// The plan as a listing for people, for `gluteguide --plan`: the routine's name and total time,
// what one set holds, the rests, then a compact timeline in sections per side and set. The reps
// of one movement share a line:
//
//    0:28  clamshell  15 reps × (lift 2 s, lower 2 s)  1:00
class PlanText
{
    Q_DECLARE_TR_FUNCTIONS(PlanText)

public:
    static void write(const gluteguide::Plan &plan, QTextStream &out);
    static QString toString(const gluteguide::Plan &plan);

    // A position or length on the clock: "m:ss", or "h:mm:ss" from one hour on. Rounds down.
    static QString clock(gluteguide::Millis time);
    // A short length: "5 s", "1.5 s"; "m:ss" from one minute on.
    static QString duration(gluteguide::Millis time);

    static QString setupText(gluteguide::SetupInstruction instruction);
    static QString sideText(gluteguide::Side side);
    // "15 reps × (lift 2 s, lower 2 s)"
    static QString repsAndTempo(const gluteguide::MovementSpec &spec);
};
