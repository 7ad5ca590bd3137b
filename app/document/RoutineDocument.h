#pragma once

#include "app/storage/RoutineJson.h"
#include "core/cues/CueSchedule.h"
#include "core/plan/Plan.h"
#include "core/routine/RoutineValidation.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

#include <functional>
#include <vector>

// The one routine the app works on: what Home shows, Preview plays, the editor changes, the
// session runs and the handout prints. It holds the routine, the file it came from, its plan and
// cue schedule, its problems and whether it has unsaved changes; every edit goes through its
// undo stack. Nobody else keeps a copy to edit.
class RoutineDocument : public QObject
{
    Q_OBJECT

public:
    explicit RoutineDocument(QObject *parent = nullptr);

    const gluteguide::Routine &routine() const { return m_routine; }
    // Empty until the routine is opened from or saved to a file.
    const QString &filePath() const { return m_filePath; }
    // For titles: the file's name, else the routine's name.
    QString displayName() const;
    bool isModified() const { return !m_undo.isClean(); }

    const std::vector<gluteguide::RoutineProblem> &problems() const { return m_problems; }
    bool isValid() const { return m_problems.empty(); }
    // The plan of the routine; while it has problems, of the last routine that had none.
    const gluteguide::Plan &plan() const { return m_plan; }
    const gluteguide::CueSchedule &cues() const { return m_cues; }
    // How long each cue takes to say, from the voice clips in use: cues are placed with them.
    void setCueLengths(gluteguide::CueLengths lengths);
    const gluteguide::CueLengths &cueLengths() const { return m_cueLengths; }

    QUndoStack *undoStack() { return &m_undo; }

    // Changes the routine as one undoable step described by `what`. Edits with the same
    // mergeKey in a row (keystrokes in one field) undo together; -1 never merges.
    void edit(const QString &what, const std::function<void(gluteguide::Routine &)> &change,
              int mergeKey = -1);
    void resetToBuiltIn();

    // The built-in routine, no file, nothing to save.
    void newRoutine();
    // Takes a routine already read from a file (the command line's) as it stands, unmodified.
    void adopt(gluteguide::Routine routine, const QString &path);
    // Reads a routine file. On failure every problem is returned and nothing changes.
    RoutineReadResult open(const QString &path);
    // Writes to filePath(), or to another path which becomes the file. A routine with
    // problems is not saved: it could not be opened again.
    bool save(QString *error);
    bool saveAs(const QString &path, QString *error);

    // Routine files: JSON inside, with an extension and a MIME type of their own so a desktop
    // can open them with GluteGuide. Files ending in .json are read too.
    static QString fileExtension();
    static QString mimeType();
    static QString fileDialogFilter();

signals:
    // The routine, its plan or its problems changed.
    void changed();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    friend class RoutineEdit;
    void setRoutine(gluteguide::Routine routine);
    void replaceAll(gluteguide::Routine routine, const QString &path);
    void setFilePath(const QString &path);

    gluteguide::Routine m_routine;
    QString m_filePath;
    std::vector<gluteguide::RoutineProblem> m_problems;
    gluteguide::Plan m_plan;
    gluteguide::CueLengths m_cueLengths = gluteguide::estimatedCueLength;
    gluteguide::CueSchedule m_cues;
    QUndoStack m_undo;
};
