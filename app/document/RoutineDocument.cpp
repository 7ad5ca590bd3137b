#include "app/document/RoutineDocument.h"

#include "app/text/DisplayNames.h"

#include "app/storage/RoutineFile.h"

#include <QFileInfo>
#include <QUndoCommand>

using namespace gluteguide;

// One edit: the routine before and after, so undo and redo are exact.
class RoutineEdit : public QUndoCommand
{
public:
    RoutineEdit(RoutineDocument &document, const QString &what, Routine before, Routine after,
                int mergeKey)
        : QUndoCommand(what),
          m_document(document),
          m_before(std::move(before)),
          m_after(std::move(after)),
          m_mergeKey(mergeKey)
    {
    }

    void undo() override { m_document.setRoutine(m_before); }
    void redo() override { m_document.setRoutine(m_after); }
    int id() const override { return m_mergeKey; }

    bool mergeWith(const QUndoCommand *other) override
    {
        m_after = static_cast<const RoutineEdit *>(other)->m_after;
        // Typing a value and then its old value back leaves nothing to undo.
        setObsolete(m_after == m_before);
        return true;
    }

private:
    RoutineDocument &m_document;
    Routine m_before;
    Routine m_after;
    int m_mergeKey;
};

RoutineDocument::RoutineDocument(QObject *parent) : QObject(parent)
{
    connect(&m_undo, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
    setRoutine(defaultRoutine());
}

QString RoutineDocument::fileExtension()
{
    return QStringLiteral("gluteguide");
}

QString RoutineDocument::mimeType()
{
    return QStringLiteral("application/vnd.gluteguide.routine+json");
}

QString RoutineDocument::fileDialogFilter()
{
    return tr("GluteGuide routines (*.%1)").arg(fileExtension()) + QStringLiteral(";;")
            + tr("JSON files (*.json)") + QStringLiteral(";;") + tr("All files (*)");
}

QString RoutineDocument::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    return DisplayNames::routineName(m_routine);
}

void RoutineDocument::setCueLengths(CueLengths lengths)
{
    m_cueLengths = std::move(lengths);
    m_cues = scheduleCues(m_plan, m_cueLengths);
    emit changed();
}

void RoutineDocument::setRoutine(Routine routine)
{
    m_routine = std::move(routine);
    m_problems = validate(m_routine);
    if (m_problems.empty()) {
        m_plan = buildPlan(m_routine);
        m_cues = scheduleCues(m_plan, m_cueLengths);
    }
    emit changed();
}

void RoutineDocument::edit(const QString &what, const std::function<void(Routine &)> &change,
                           int mergeKey)
{
    Routine after = m_routine;
    change(after);
    if (after == m_routine)
        return;
    m_undo.push(new RoutineEdit(*this, what, m_routine, std::move(after), mergeKey));
}

void RoutineDocument::resetToBuiltIn()
{
    edit(tr("Reset to the built-in routine"), [](Routine &routine) { routine = defaultRoutine(); });
}

void RoutineDocument::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit filePathChanged(path);
}

void RoutineDocument::replaceAll(Routine routine, const QString &path)
{
    m_undo.clear();
    setFilePath(path);
    setRoutine(std::move(routine));
}

void RoutineDocument::newRoutine()
{
    replaceAll(defaultRoutine(), QString());
}

void RoutineDocument::adopt(Routine routine, const QString &path)
{
    replaceAll(std::move(routine), path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath());
}

RoutineReadResult RoutineDocument::open(const QString &path)
{
    RoutineReadResult read = RoutineFile::load(path);
    if (read.ok())
        replaceAll(*read.routine, QFileInfo(path).absoluteFilePath());
    return read;
}

bool RoutineDocument::save(QString *error)
{
    return saveAs(m_filePath, error);
}

bool RoutineDocument::saveAs(const QString &path, QString *error)
{
    if (!isValid()) {
        *error = tr("The routine has problems; correct them first, so that the file can be "
                    "opened again.");
        return false;
    }
    if (!RoutineFile::save(m_routine, path, error))
        return false;
    setFilePath(QFileInfo(path).absoluteFilePath());
    m_undo.setClean();
    return true;
}
