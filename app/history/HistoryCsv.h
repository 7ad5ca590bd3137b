#pragma once

#include "core/history/SessionRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

// The history as CSV (RFC 4180, UTF-8, CRLF), for a therapist's spreadsheet: one row per block,
// the session's columns repeated on each, under headings in the language in use:
//
// Started,Routine,Outcome,Duration (seconds),Side,Set,Movement,Reps done,Reps prescribed,...
// 2024-05-01T08:30:00+02:00,Side-lying hip series,completed,1843,left,1,clamshell,15,15,false
//
// The values stay language-neutral (ISO 8601 times, plain numbers, and the keys that --history
// --json uses for outcome, side and movement), so a sheet's filters and formulas work the same
// on every therapist's machine, whatever language exported it.
//
// A session without blocks still has one row, its block columns empty.
class HistoryCsv
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCsv)

public:
    // The column headings, translated.
    static QStringList header();
    static QByteArray toCsv(const std::vector<gluteguide::SessionRecord> &sessions);
    // Writes the file whole or not at all; errorMessage says why not.
    static bool write(const QString &path, const std::vector<gluteguide::SessionRecord> &sessions,
                      QString *errorMessage = nullptr);
};
