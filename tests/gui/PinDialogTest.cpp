// The staff PIN dialog (issue 11), driven from the keyboard as staff at the desk would.

#include "AccessibleName.h"

#include "app/dialogs/PinDialog.h"
#include "app/kiosk/PinAttempts.h"
#include "app/kiosk/StaffPin.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <chrono>

namespace {

using namespace std::chrono_literals;

void type(QWidget *field, const QString &text)
{
    QTest::keyClicks(field, text);
}

void pressEnter(QWidget *field)
{
    QTest::keyClick(field, Qt::Key_Return);
}

class PinDialogTest : public ::testing::Test
{
protected:
    void show(PinDialog &dialog)
    {
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QApplication::processEvents();
    }
};

TEST_F(PinDialogTest, ANewPinTypedTwiceIsStoredOnlyAsItsHash)
{
    PinDialog dialog;
    show(dialog);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    type(dialog.pinEdit(), QStringLiteral("2580"));
    QTest::keyClick(dialog.pinEdit(), Qt::Key_Tab);
    type(dialog.repeatEdit(), QStringLiteral("2580"));
    pressEnter(dialog.repeatEdit());
    ASSERT_EQ(accepted.count(), 1);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const QString stored = dialog.newPinHash();
    EXPECT_FALSE(stored.contains(QStringLiteral("2580")));
    EXPECT_TRUE(StaffPin::matches(QStringLiteral("2580"), stored));
    EXPECT_FALSE(StaffPin::matches(QStringLiteral("2581"), stored));
    EXPECT_TRUE(dialog.pinEdit()->text().isEmpty());
}

TEST_F(PinDialogTest, ThePinIsMaskedDigitsInLargeType)
{
    PinDialog dialog;
    show(dialog);
    type(dialog.pinEdit(), QStringLiteral("12ab3-4 56789"));
    EXPECT_EQ(dialog.pinEdit()->text(), QStringLiteral("12345678"));
    EXPECT_EQ(dialog.pinEdit()->echoMode(), QLineEdit::Password);
    EXPECT_EQ(dialog.repeatEdit()->echoMode(), QLineEdit::Password);
    EXPECT_GE(dialog.pinEdit()->font().pointSizeF(), 1.5 * dialog.font().pointSizeF());
    EXPECT_TRUE(hasMeaningfulName(dialog.pinEdit()));
    EXPECT_TRUE(hasMeaningfulName(dialog.repeatEdit()));
    EXPECT_TRUE(hasMeaningfulName(dialog.confirmButton()));
}

TEST_F(PinDialogTest, ATooShortPinIsRefusedWithAReason)
{
    PinDialog dialog;
    show(dialog);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    type(dialog.pinEdit(), QStringLiteral("123"));
    QTest::keyClick(dialog.pinEdit(), Qt::Key_Tab);
    type(dialog.repeatEdit(), QStringLiteral("123"));
    pressEnter(dialog.repeatEdit());
    EXPECT_EQ(accepted.count(), 0);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.messageLabel()->text().isEmpty());
    EXPECT_TRUE(dialog.newPinHash().isEmpty());
}

TEST_F(PinDialogTest, TwoDifferentPinsAreRefusedAndTheSecondIsAskedAgain)
{
    PinDialog dialog;
    show(dialog);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    type(dialog.pinEdit(), QStringLiteral("123"));
    pressEnter(dialog.pinEdit());
    const QString tooShort = dialog.messageLabel()->text();

    dialog.pinEdit()->clear();
    type(dialog.pinEdit(), QStringLiteral("1234"));
    QTest::keyClick(dialog.pinEdit(), Qt::Key_Tab);
    type(dialog.repeatEdit(), QStringLiteral("1243"));
    pressEnter(dialog.repeatEdit());
    EXPECT_EQ(accepted.count(), 0);
    const QString mismatch = dialog.messageLabel()->text();
    EXPECT_FALSE(mismatch.isEmpty());
    EXPECT_NE(mismatch, tooShort);
    EXPECT_TRUE(dialog.repeatEdit()->text().isEmpty());
    EXPECT_TRUE(dialog.repeatEdit()->hasFocus());

    type(dialog.repeatEdit(), QStringLiteral("1234"));
    pressEnter(dialog.repeatEdit());
    EXPECT_EQ(accepted.count(), 1);
    EXPECT_TRUE(StaffPin::matches(QStringLiteral("1234"), dialog.newPinHash()));
}

TEST_F(PinDialogTest, EscapeCancels)
{
    PinDialog dialog;
    show(dialog);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    type(dialog.pinEdit(), QStringLiteral("1234"));
    QTest::keyClick(dialog.pinEdit(), Qt::Key_Escape);
    EXPECT_EQ(rejected.count(), 1);
    EXPECT_TRUE(dialog.newPinHash().isEmpty());
}

// A few iterations keep the test quick; the count travels with the stored form.
QString storedPin()
{
    static const QString stored = StaffPin::hash(QStringLiteral("2468"), 1000);
    return stored;
}

TEST_F(PinDialogTest, TheRightPinUnlocksAndAWrongOneSaysSo)
{
    PinAttempts attempts;
    PinDialog dialog(storedPin(), attempts);
    show(dialog);
    EXPECT_EQ(dialog.repeatEdit(), nullptr);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    type(dialog.pinEdit(), QStringLiteral("1357"));
    pressEnter(dialog.pinEdit());
    EXPECT_EQ(accepted.count(), 0);
    EXPECT_FALSE(dialog.messageLabel()->text().isEmpty());
    EXPECT_TRUE(dialog.pinEdit()->text().isEmpty());
    EXPECT_EQ(attempts.wrongInARow(), 1);

    type(dialog.pinEdit(), QStringLiteral("2468"));
    pressEnter(dialog.pinEdit());
    EXPECT_EQ(accepted.count(), 1);
    EXPECT_EQ(attempts.wrongInARow(), 0);
}

TEST_F(PinDialogTest, RepeatedWrongPinsMakeTheNextTryWait)
{
    PinAttempts attempts;
    attempts.setWaitStep(300ms);
    PinDialog dialog(storedPin(), attempts);
    show(dialog);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    for (int i = 0; i < PinAttempts::freeTries; ++i) {
        type(dialog.pinEdit(), QStringLiteral("0000"));
        pressEnter(dialog.pinEdit());
    }
    EXPECT_FALSE(dialog.pinEdit()->isEnabled());
    EXPECT_FALSE(dialog.confirmButton()->isEnabled());

    // Even the right PIN waits, and Enter meanwhile does not close the dialog.
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    type(dialog.pinEdit(), QStringLiteral("2468"));
    pressEnter(dialog.pinEdit());
    QTest::keyClick(&dialog, Qt::Key_Return);
    EXPECT_EQ(accepted.count(), 0);
    EXPECT_EQ(rejected.count(), 0);
    EXPECT_TRUE(dialog.isVisible());

    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.pinEdit()->isEnabled(); }, 3000));
    EXPECT_TRUE(dialog.confirmButton()->isEnabled());
    type(dialog.pinEdit(), QStringLiteral("2468"));
    pressEnter(dialog.pinEdit());
    EXPECT_EQ(accepted.count(), 1);
}

// Closing the dialog and opening another does not skip the wait.
TEST_F(PinDialogTest, ANewDialogStillWaitsAfterWrongPins)
{
    PinAttempts attempts;
    attempts.setWaitStep(10s);
    for (int i = 0; i < PinAttempts::freeTries; ++i)
        attempts.recordWrong();
    PinDialog dialog(storedPin(), attempts);
    show(dialog);
    EXPECT_FALSE(dialog.pinEdit()->isEnabled());
    EXPECT_FALSE(dialog.messageLabel()->text().isEmpty());
}

} // namespace
