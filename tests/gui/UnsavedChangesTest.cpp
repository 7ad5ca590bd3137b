// Unsaved changes are never lost silently (issue 7): closing, opening another routine or
// starting a new one asks first, and the answer is followed.

#include "ModalAnswer.h"
#include "WindowFixture.h"

#include <QFile>

using namespace gluteguide;

namespace {

class UnsavedChangesTest : public WindowFixture
{
protected:
    void change()
    {
        m_window->document().edit(QStringLiteral("Reps"),
                                  [](Routine &routine) { routine.movements[0].reps = 9; });
    }
};

} // namespace

TEST_F(UnsavedChangesTest, ClosingAsksAndCancelKeepsTheWindowAndTheChange)
{
    change();
    const ModalAnswer answer(QMessageBox::Cancel);
    EXPECT_FALSE(m_window->close());
    ASSERT_TRUE(answer.seen()) << "closing with unsaved changes did not ask";
    EXPECT_TRUE(answer.text().contains(QStringLiteral("Save the changes")));
    EXPECT_TRUE(m_window->isVisible());
    EXPECT_EQ(m_window->document().routine().movements[0].reps, 9);
}

TEST_F(UnsavedChangesTest, ClosingWithDiscardCloses)
{
    change();
    const ModalAnswer answer(QMessageBox::Discard);
    EXPECT_TRUE(m_window->close());
    EXPECT_TRUE(answer.seen());
}

TEST_F(UnsavedChangesTest, NothingToSaveMeansNoQuestion)
{
    const ModalAnswer answer(QMessageBox::Cancel);
    EXPECT_TRUE(m_window->maybeSaveChanges());
    QApplication::processEvents();
    EXPECT_FALSE(answer.seen());
}

TEST_F(UnsavedChangesTest, SaveSavesToTheRoutinesFileBeforeGoingOn)
{
    const QString path = m_dir.filePath(QStringLiteral("mine.gluteguide"));
    ASSERT_TRUE(m_window->saveRoutineTo(path));
    change();
    const ModalAnswer answer(QMessageBox::Save);
    EXPECT_TRUE(m_window->maybeSaveChanges());
    EXPECT_TRUE(answer.seen());
    EXPECT_FALSE(m_window->document().isModified());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().contains("\"reps\": 9"));
}

TEST_F(UnsavedChangesTest, OpeningABadFileKeepsTheRoutineAndSaysWhy)
{
    change();
    const QString path = m_dir.filePath(QStringLiteral("broken.gluteguide"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"schema_version": 1, "sets_per_side": 12})");
    file.close();
    const ModalAnswer answer(QMessageBox::Ok);
    EXPECT_FALSE(m_window->openRoutineFile(path));
    ASSERT_TRUE(answer.seen());
    EXPECT_TRUE(answer.text().contains(QStringLiteral("sets_per_side: must be a whole number "
                                                      "from 1 to 10 (got 12)")))
            << answer.text().toStdString();
    EXPECT_EQ(m_window->document().routine().movements[0].reps, 9);
    EXPECT_TRUE(m_window->document().isModified());
}
