// A routine file handed to the running window by a second start of the app (or macOS's file-open
// event): opened at Home, kept from ending a running session, ignored at the front desk.

#include "WindowFixture.h"

#include "app/document/RoutineDocument.h"
#include "app/storage/RoutineFile.h"

#include <QMessageBox>

using namespace gluteguide;

namespace {

class HandOverTest : public WindowFixture
{
protected:
    QString weekTwo()
    {
        Routine routine = defaultRoutine();
        routine.name = "Week two";
        routine.setsPerSide = 2;
        const QString path = m_dir.filePath(QStringLiteral("week2.gluteguide"));
        QString error;
        EXPECT_TRUE(RoutineFile::save(routine, path, &error)) << error.toStdString();
        return path;
    }
};

} // namespace

TEST_F(HandOverTest, AtHomeTheFileIsOpened)
{
    const QString path = weekTwo();
    m_window->openHandedOverFile(path);
    EXPECT_EQ(m_window->document().routine().name, "Week two");
    EXPECT_EQ(m_window->document().filePath(), path);
}

TEST_F(HandOverTest, DuringASessionTheFileWaitsAndTheSessionGoesOn)
{
    startSession();
    runFor(Millis{ 3000 });
    const Millis before = session().position();
    const QString path = weekTwo();
    m_window->openHandedOverFile(path);
    QApplication::processEvents();
    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("handedOverDuringSession"));
    ASSERT_NE(box, nullptr) << "nobody was told the file was not opened";
    EXPECT_TRUE(box->isVisible());
    EXPECT_TRUE(box->text().contains(QDir::toNativeSeparators(path)));
    EXPECT_NE(m_window->document().routine().name, "Week two");
    EXPECT_TRUE(m_window->isSessionShowing());
    runFor(Millis{ 1000 }); // the message is not modal to the session
    EXPECT_EQ(session().position(), before + Millis{ 1000 });
    box->close();
}

TEST_F(HandOverTest, AtTheFrontDeskItIsIgnored)
{
    m_window->enterKiosk(false);
    QApplication::processEvents();
    m_window->openHandedOverFile(weekTwo());
    EXPECT_NE(m_window->document().routine().name, "Week two");
    EXPECT_TRUE(m_window->isKiosk());
}
