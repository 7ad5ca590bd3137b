// The reminder's tray icon (issue 11): its menu asks the window to open, start or quit.

#include "app/tray/ReminderTray.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QSystemTrayIcon>

#include <gtest/gtest.h>

namespace {

TEST(ReminderTray, TheMenuOffersOpenStartAndQuit)
{
    ReminderTray tray;
    ASSERT_NE(tray.menu(), nullptr);
    const QList<QAction *> actions = tray.menu()->actions();
    EXPECT_TRUE(actions.contains(tray.openAction()));
    EXPECT_TRUE(actions.contains(tray.startAction()));
    EXPECT_TRUE(actions.contains(tray.quitAction()));
    for (QAction *action : { tray.openAction(), tray.startAction(), tray.quitAction() })
        EXPECT_FALSE(action->text().isEmpty());
}

TEST(ReminderTray, EachMenuEntrySendsItsRequest)
{
    ReminderTray tray;
    QSignalSpy open(&tray, &ReminderTray::openRequested);
    QSignalSpy start(&tray, &ReminderTray::startSessionRequested);
    QSignalSpy quit(&tray, &ReminderTray::quitRequested);
    tray.openAction()->trigger();
    tray.startAction()->trigger();
    tray.startAction()->trigger();
    tray.quitAction()->trigger();
    EXPECT_EQ(open.count(), 1);
    EXPECT_EQ(start.count(), 2);
    EXPECT_EQ(quit.count(), 1);
}

// The offscreen platform has no tray, as some desktops have none: nothing is shown, and the
// reminder reports it could not be shown there, so the window can say it instead.
TEST(ReminderTray, WithoutATrayNothingIsShownAndTheReminderSaysSo)
{
    if (QSystemTrayIcon::isSystemTrayAvailable())
        GTEST_SKIP() << "this desktop has a system tray";
    ReminderTray tray;
    EXPECT_FALSE(ReminderTray::isAvailable());
    EXPECT_FALSE(tray.show());
    EXPECT_FALSE(tray.isVisible());
    EXPECT_FALSE(tray.remind());
}

TEST(ReminderTray, TheTooltipNamesTheNextReminder)
{
    ReminderTray tray;
    const QString idle = tray.toolTip();
    tray.setNextReminder(QDateTime(QDate(2025, 6, 3), QTime(18, 0)));
    const QString planned = tray.toolTip();
    EXPECT_NE(planned, idle);
    EXPECT_TRUE(planned.contains(QLocale().dayName(2, QLocale::LongFormat)))
            << planned.toStdString();
    tray.setNextReminder(QDateTime());
    EXPECT_EQ(tray.toolTip(), idle);
}

} // namespace
