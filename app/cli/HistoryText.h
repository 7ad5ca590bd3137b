#pragma once

#include "core/history/SessionRecord.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

class QTextStream;

// The history as a table for people, for `gluteguide --history`: one line per session, oldest
// first, with the date and time as the person's clock showed them then:
//
// Date              Routine                Outcome      Time   Reps
// 2024-05-01 08:30  Side-lying hip series  completed    30:43  450 of 450
class HistoryText
{
    Q_DECLARE_TR_FUNCTIONS(HistoryText)

public:
    static void write(const std::vector<gluteguide::SessionRecord> &sessions, QTextStream &out);
    static QString toString(const std::vector<gluteguide::SessionRecord> &sessions);
    static QString outcomeText(gluteguide::SessionOutcome outcome);
};
