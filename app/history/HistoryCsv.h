#pragma once

#include "core/history/SessionRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

// The history as CSV (RFC 4180, UTF-8, CRLF), for a therapist's spreadsheet: one row per block,
// the session's columns repeated on each, under a header of stable English keys:
//
// started_at,routine,outcome,duration_seconds,side,set,movement,reps_done,reps_prescribed,thats_all
// 2024-05-01T08:30:00+02:00,Side-lying hip series,completed,1843,left,1,clamshell,15,15,false
//
// A session without blocks still has one row, its block columns empty.
class HistoryCsv
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCsv)

public:
    static QStringList header();
    static QByteArray toCsv(const std::vector<gluteguide::SessionRecord> &sessions);
    // Writes the file whole or not at all; errorMessage says why not.
    static bool write(const QString &path, const std::vector<gluteguide::SessionRecord> &sessions,
                      QString *errorMessage = nullptr);
};
