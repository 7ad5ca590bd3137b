// Unsaved changes are never lost silently (issue 7): closing, opening another routine or
// starting a new one asks first, and the answer is followed.

#include "WindowFixture.h"

#include <QAbstractButton>
#include <QFile>
#include <QMessageBox>
#include <QTimer>

using namespace gluteguide;

namespace {

// Answers the next message box with `button` as soon as it shows, and says whether one did.
// It polls instead of asserting inside a timer, so a missing box fails the test instead of
// hanging it.
class MessageBoxAnswer
{
public:
    explicit MessageBoxAnswer(QMessageBox::StandardButton button) : m_button(button)
    {
        m_poll.setInterval(20);
        QObject::connect(&m_poll, &QTimer::timeout, [this] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                m_text = box->text();
                m_seen = true;
                m_poll.stop();
                box->button(m_button)->click();
            } else if (++m_polls > 250) {
                m_poll.stop();
            }
        });
        m_poll.start();
    }

    bool seen() const { return m_seen; }
    const QString &text() const { return m_text; }

private:
    QMessageBox::StandardButton m_button;
    QTimer m_poll;
    int m_polls = 0;
    bool m_seen = false;
    QString m_text;
};

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
    const MessageBoxAnswer answer(QMessageBox::Cancel);
    EXPECT_FALSE(m_window->close());
    ASSERT_TRUE(answer.seen()) << "closing with unsaved changes did not ask";
    EXPECT_TRUE(answer.text().contains(QStringLiteral("Save the changes")));
    EXPECT_TRUE(m_window->isVisible());
    EXPECT_EQ(m_window->document().routine().movements[0].reps, 9);
}

TEST_F(UnsavedChangesTest, ClosingWithDiscardCloses)
{
    change();
    const MessageBoxAnswer answer(QMessageBox::Discard);
    EXPECT_TRUE(m_window->close());
    EXPECT_TRUE(answer.seen());
}

TEST_F(UnsavedChangesTest, NothingToSaveMeansNoQuestion)
{
    const MessageBoxAnswer answer(QMessageBox::Cancel);
    EXPECT_TRUE(m_window->maybeSaveChanges());
    QApplication::processEvents();
    EXPECT_FALSE(answer.seen());
}

TEST_F(UnsavedChangesTest, SaveSavesToTheRoutinesFileBeforeGoingOn)
{
    const QString path = m_dir.filePath(QStringLiteral("mine.gluteguide"));
    ASSERT_TRUE(m_window->saveRoutineTo(path));
    change();
    const MessageBoxAnswer answer(QMessageBox::Save);
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
    const MessageBoxAnswer answer(QMessageBox::Ok);
    EXPECT_FALSE(m_window->openRoutineFile(path));
    ASSERT_TRUE(answer.seen());
    EXPECT_TRUE(answer.text().contains(QStringLiteral("sets_per_side: must be a whole number "
                                                      "from 1 to 10 (got 12)")))
            << answer.text().toStdString();
    EXPECT_EQ(m_window->document().routine().movements[0].reps, 9);
    EXPECT_TRUE(m_window->document().isModified());
}
