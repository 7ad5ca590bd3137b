// The one owner of the routine (issue 7): edits go through it and its undo stack, the plan
// follows every edit, files round-trip exactly, and a bad file changes nothing.

#include "AppTestSupport.h"

#include "app/document/RoutineDocument.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace gluteguide;
using namespace std::chrono_literals;

namespace {

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

void setReps(RoutineDocument &document, std::size_t movement, int reps, int mergeKey = -1)
{
    document.edit(
            QStringLiteral("Reps"),
            [&](Routine &routine) { routine.movements[movement].reps = reps; }, mergeKey);
}

// The prescription from the issue's acceptance: 10 reps × 2 sets, right side first, no circles.
Routine tailored()
{
    Routine routine = defaultRoutine();
    routine.name = "Week 3 — Ana";
    routine.setsPerSide = 2;
    routine.firstSide = Side::Right;
    for (MovementSpec &spec : routine.movements) {
        spec.reps = 10;
        spec.enabled = !isCircle(spec.movement);
    }
    routine.notes = "Slow on the way down. Stop if it hurts — call me.";
    return routine;
}

} // namespace

TEST(RoutineDocumentTest, StartsWithTheBuiltInRoutineUnmodifiedAndWithoutAFile)
{
    const RoutineDocument document;
    EXPECT_EQ(document.routine(), defaultRoutine());
    EXPECT_TRUE(document.isValid());
    EXPECT_FALSE(document.isModified());
    EXPECT_TRUE(document.filePath().isEmpty());
    EXPECT_EQ(document.plan().totalReps(), 450);
    EXPECT_FALSE(document.cues().cues.empty());
}

TEST(RoutineDocumentTest, AnEditUpdatesThePlanAndMarksTheDocumentModified)
{
    RoutineDocument document;
    QSignalSpy changed(&document, &RoutineDocument::changed);
    QSignalSpy modified(&document, &RoutineDocument::modifiedChanged);
    setReps(document, 0, 10);
    EXPECT_EQ(document.routine().movements[0].reps, 10);
    EXPECT_EQ(document.plan().totalReps(), 450 - 2 * 3 * 5);
    EXPECT_GE(changed.size(), 1);
    EXPECT_TRUE(document.isModified());
    ASSERT_EQ(modified.size(), 1);
    EXPECT_TRUE(modified.front().at(0).toBool());
}

TEST(RoutineDocumentTest, UndoAndRedoAreExact)
{
    RoutineDocument document;
    document.edit(QStringLiteral("Tailor"), [](Routine &routine) { routine = tailored(); });
    setReps(document, 1, 12);
    QUndoStack &undo = *document.undoStack();
    undo.undo();
    EXPECT_EQ(document.routine(), tailored());
    undo.undo();
    EXPECT_EQ(document.routine(), defaultRoutine());
    EXPECT_FALSE(document.isModified()) << "back where it started";
    EXPECT_EQ(document.plan().totalReps(), 450);
    undo.redo();
    undo.redo();
    EXPECT_EQ(document.routine().movements[1].reps, 12);
    EXPECT_EQ(document.routine().setsPerSide, 2);
}

TEST(RoutineDocumentTest, KeystrokesInOneFieldUndoTogether)
{
    RoutineDocument document;
    setReps(document, 0, 1, 7);
    setReps(document, 0, 12, 7); // typing "12"
    setReps(document, 2, 9, 8);
    EXPECT_EQ(document.undoStack()->count(), 2);
    document.undoStack()->undo();
    document.undoStack()->undo();
    EXPECT_EQ(document.routine(), defaultRoutine());
}

TEST(RoutineDocumentTest, AnEditThatChangesNothingIsNotAStep)
{
    RoutineDocument document;
    setReps(document, 0, 15);
    EXPECT_EQ(document.undoStack()->count(), 0);
    EXPECT_FALSE(document.isModified());
}

TEST(RoutineDocumentTest, AnInvalidEditShowsProblemsAndKeepsTheLastGoodPlan)
{
    RoutineDocument document;
    setReps(document, 0, 10);
    setReps(document, 3, 60);
    EXPECT_FALSE(document.isValid());
    ASSERT_EQ(document.problems().size(), 1u);
    EXPECT_EQ(document.problems().front().field, "movements[3].reps");
    EXPECT_EQ(document.plan().totalReps(), 450 - 30) << "the plan of the last valid routine";

    QTemporaryDir dir;
    QString error;
    EXPECT_FALSE(document.saveAs(dir.filePath(QStringLiteral("bad.gluteguide")), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("bad.gluteguide"))));
}

TEST(RoutineDocumentTest, SavingAndOpeningIsLossless)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ana.gluteguide"));
    RoutineDocument document;
    document.edit(QStringLiteral("Tailor"), [](Routine &routine) { routine = tailored(); });
    QString error;
    ASSERT_TRUE(document.saveAs(path, &error)) << error.toStdString();
    EXPECT_FALSE(document.isModified());
    EXPECT_EQ(document.filePath(), path);
    EXPECT_EQ(document.displayName(), QStringLiteral("ana.gluteguide"));

    RoutineDocument other;
    const RoutineReadResult read = other.open(path);
    ASSERT_TRUE(read.ok()) << errorsText(read);
    EXPECT_EQ(other.routine(), tailored());
    EXPECT_EQ(other.plan().totalReps(), 2 * 2 * 3 * 10);
    EXPECT_FALSE(other.isModified());
    EXPECT_EQ(other.undoStack()->count(), 0) << "opening is not an edit";
}

TEST(RoutineDocumentTest, ABadFileLeavesEverythingAsItWas)
{
    QTemporaryDir dir;
    RoutineDocument document;
    document.edit(QStringLiteral("Tailor"), [](Routine &routine) { routine = tailored(); });
    const Routine before = document.routine();
    const int steps = document.undoStack()->count();

    const std::pair<const char *, QByteArray> files[] = {
        { "newer.gluteguide", R"({"schema_version": 2, "sets_per_side": 2})" },
        { "truncated.gluteguide", R"({"schema_version": 1, "movements": [{"movement": "clam)" },
        { "bad-values.gluteguide",
          R"({"schema_version": 1, "sets_per_side": 0, "intro_seconds": -4})" },
        { "empty.gluteguide", "" },
        { "binary.gluteguide", QByteArray("\x00\xff\x10\x02", 4) },
    };
    for (const auto &[name, contents] : files) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        ASSERT_TRUE(writeFile(path, contents));
        QSignalSpy changed(&document, &RoutineDocument::changed);
        const RoutineReadResult read = document.open(path);
        EXPECT_FALSE(read.ok()) << name;
        EXPECT_FALSE(read.errors.isEmpty()) << name;
        EXPECT_TRUE(changed.isEmpty()) << name;
        EXPECT_EQ(document.routine(), before) << name;
        EXPECT_TRUE(document.isModified()) << name;
        EXPECT_TRUE(document.filePath().isEmpty()) << name;
        EXPECT_EQ(document.undoStack()->count(), steps) << name;
    }
    const RoutineReadResult missing = document.open(dir.filePath(QStringLiteral("missing.json")));
    EXPECT_FALSE(missing.ok());
    EXPECT_EQ(document.routine(), before);
}

TEST(RoutineDocumentTest, ABadFileNamesTheField)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("week2.gluteguide"));
    ASSERT_TRUE(writeFile(path, R"({"schema_version": 1, "sets_per_side": 0})"));
    RoutineDocument document;
    const RoutineReadResult read = document.open(path);
    ASSERT_EQ(read.errors.size(), 1);
    EXPECT_EQ(read.errors.front().field, QStringLiteral("sets_per_side"));
    EXPECT_EQ(read.errors.front().message,
              QStringLiteral("must be a whole number from 1 to 10 (got 0)"));
}

TEST(RoutineDocumentTest, ResetToTheBuiltInRoutineCanBeUndone)
{
    RoutineDocument document;
    document.edit(QStringLiteral("Tailor"), [](Routine &routine) { routine = tailored(); });
    document.resetToBuiltIn();
    EXPECT_EQ(document.routine(), defaultRoutine());
    document.undoStack()->undo();
    EXPECT_EQ(document.routine(), tailored());
}

TEST(RoutineDocumentTest, NewStartsOverWithNothingToSave)
{
    QTemporaryDir dir;
    RoutineDocument document;
    document.edit(QStringLiteral("Tailor"), [](Routine &routine) { routine = tailored(); });
    QString error;
    ASSERT_TRUE(document.saveAs(dir.filePath(QStringLiteral("a.gluteguide")), &error));
    document.newRoutine();
    EXPECT_EQ(document.routine(), defaultRoutine());
    EXPECT_TRUE(document.filePath().isEmpty());
    EXPECT_FALSE(document.isModified());
    EXPECT_EQ(document.undoStack()->count(), 0);
}

TEST(RoutineDocumentTest, CueLengthsPlaceTheCues)
{
    RoutineDocument document;
    const CueLengths longSetupWords = [](const CueId &cue) {
        return cue.kind == CueKind::Setup ? 4000ms : estimatedCueLength(cue);
    };
    document.setCueLengths(longSetupWords);
    const auto setup =
            std::find_if(document.cues().cues.begin(), document.cues().cues.end(),
                         [](const ScheduledCue &c) { return c.id.kind == CueKind::Setup; });
    ASSERT_NE(setup, document.cues().cues.end());
    EXPECT_EQ(setup->length, 4000ms);
}
