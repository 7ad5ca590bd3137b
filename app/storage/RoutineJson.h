#pragma once

#include "core/routine/Routine.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// One thing wrong with a routine file. The field is named the way routine files and core's
// validation name it ("movements[2].reps", "rest_between_sets_seconds"); it is empty when the
// problem is with the file as a whole (unreadable, not JSON).
struct RoutineError
{
    QString field;
    QString message;

    // "field: message", or just the message when no field applies.
    QString toString() const;
    bool operator==(const RoutineError &) const = default;
};

// The outcome of reading a routine: a routine, or every problem found. Never both.
struct RoutineReadResult
{
    std::optional<gluteguide::Routine> routine;
    QList<RoutineError> errors;

    bool ok() const { return routine.has_value(); }
    // Whether some error names exactly this field.
    bool hasErrorFor(const QString &field) const;
};

// Routine files: versioned JSON, with a clear error for every bad field.
//
// {"schema_version": 1, "name": "...", "sets_per_side": 3, "first_side": "left",
//  "both_sides": true, "intro_seconds": 5, "rest_between_movements_seconds": 5,
//  "rest_between_sets_seconds": 20, "switch_sides_seconds": 30,
//  "setup": [{"step": "lie_on_side", "seconds": 6}, ...],
//  "movements": [{"movement": "clamshell", "reps": 15, "phase_seconds": [2, 2]}, ...],
//  (a movement switched off by the therapist has "enabled": false)
//  "notes": ""}
//
// Every field but schema_version may be left out and then takes the value of the built-in
// routine (gluteguide::defaultRoutine()); a movement without reps or phase_seconds takes that
// movement's defaults. Unknown fields are errors, so a misspelt one is never silently ignored.
class RoutineJson
{
    Q_DECLARE_TR_FUNCTIONS(RoutineJson)

public:
    // The newest schema this build reads and the one it writes.
    static constexpr int schemaVersion = 1;

    static QJsonObject toJson(const gluteguide::Routine &routine);
    // The routine as file contents: UTF-8 JSON with the fields in a fixed, readable order and one
    // setup step or movement per line.
    static QByteArray toFileContents(const gluteguide::Routine &routine);

    // Checks types and keys, then runs core's validate() and adds its problems.
    static RoutineReadResult fromJson(const QJsonObject &object);
    static RoutineReadResult fromFileContents(const QByteArray &contents);
};
