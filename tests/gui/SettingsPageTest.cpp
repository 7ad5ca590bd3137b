// The Settings screen's kiosk and reminder sections (issue 11).

#include "AccessibleName.h"
#include "WindowFixture.h"

#include "app/appearance/Palettes.h"
#include "app/dialogs/PinDialog.h"
#include "app/kiosk/StaffPin.h"
#include "app/pages/SettingsPage.h"
#include "app/storage/AppSettings.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

#include <gtest/gtest.h>

#include <memory>

namespace {

class SettingsPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_settings = std::make_unique<AppSettings>(settingsPath());
    }

    void TearDown() override
    {
        // Dialogs the page opened close with it.
        m_page.reset();
    }

    QString settingsPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

    SettingsPage &page()
    {
        if (!m_page) {
            m_page = std::make_unique<SettingsPage>(*m_settings);
            m_page->resize(1280, 700);
            m_page->show();
            QApplication::processEvents();
        }
        return *m_page;
    }

    PinDialog *openPinDialog() const
    {
        QApplication::processEvents();
        for (PinDialog *dialog : m_page->findChildren<PinDialog *>()) {
            if (dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<SettingsPage> m_page;
};

TEST_F(SettingsPageTest, ShowsTheStoredKioskAndReminderChoices)
{
    m_settings->setKioskMode(true);
    m_settings->setStaffPinHash(StaffPin::hash(QStringLiteral("1234"), 1000));
    m_settings->setClinicName(QStringLiteral("Rückenzentrum Nord"));
    m_settings->setDemoReps(9);
    m_settings->setIdleSeconds(90);
    m_settings->setKioskMuted(false);
    m_settings->setReminderEnabled(true);
    m_settings->setReminderTime(QTime(7, 30));
    m_settings->setReminderWeekdays({ 2, 4 });

    EXPECT_TRUE(page().kioskModeCheck()->isChecked());
    EXPECT_EQ(page().clinicNameEdit()->text(), QStringLiteral("Rückenzentrum Nord"));
    EXPECT_EQ(page().demoRepsSpin()->value(), 9);
    EXPECT_EQ(page().idleSecondsSpin()->value(), 90);
    EXPECT_FALSE(page().kioskMutedCheck()->isChecked());
    EXPECT_TRUE(page().reminderCheck()->isChecked());
    EXPECT_EQ(page().reminderTimeEdit()->time(), QTime(7, 30));
    for (int iso = 1; iso <= 7; ++iso)
        EXPECT_EQ(page().weekdayCheck(iso)->isChecked(), iso == 2 || iso == 4) << iso;
}

TEST_F(SettingsPageTest, KioskChoicesAreSavedAndAnnounced)
{
    QSignalSpy changed(&page(), &SettingsPage::kioskSettingsChanged);
    page().clinicNameEdit()->clear();
    QTest::keyClicks(page().clinicNameEdit(), QStringLiteral("Back Clinic"));
    page().logoPathEdit()->setText(QStringLiteral("/srv/logo.png"));
    page().demoRepsSpin()->setValue(12);
    page().idleSecondsSpin()->setValue(300);
    page().kioskMutedCheck()->setChecked(false);
    EXPECT_GE(changed.count(), 5);
    EXPECT_EQ(m_settings->clinicName(), QStringLiteral("Back Clinic"));
    EXPECT_EQ(m_settings->logoPath(), QStringLiteral("/srv/logo.png"));
    EXPECT_EQ(m_settings->demoReps(), 12);
    EXPECT_EQ(m_settings->idleSeconds(), 300);
    EXPECT_FALSE(m_settings->kioskMuted());
    page().logoPathEdit()->clear();
    EXPECT_TRUE(m_settings->logoPath().isEmpty());
}

TEST_F(SettingsPageTest, KioskNumbersKeepToTheirRanges)
{
    EXPECT_EQ(page().demoRepsSpin()->minimum(), 1);
    EXPECT_EQ(page().demoRepsSpin()->maximum(), 15);
    EXPECT_EQ(page().idleSecondsSpin()->minimum(), 15);
    EXPECT_EQ(page().idleSecondsSpin()->maximum(), 600);
    EXPECT_EQ(page().demoRepsSpin()->value(), 5);
    EXPECT_EQ(page().idleSecondsSpin()->value(), 60);
}

TEST_F(SettingsPageTest, ReminderChoicesAreSavedAndAnnounced)
{
    QSignalSpy changed(&page(), &SettingsPage::reminderChanged);
    EXPECT_FALSE(page().reminderTimeEdit()->isEnabled());
    page().reminderCheck()->click();
    EXPECT_TRUE(m_settings->reminderEnabled());
    EXPECT_TRUE(page().reminderTimeEdit()->isEnabled());
    EXPECT_EQ(changed.count(), 1);

    page().reminderTimeEdit()->setTime(QTime(6, 45));
    EXPECT_EQ(m_settings->reminderTime(), QTime(6, 45));
    page().weekdayCheck(3)->click();
    page().weekdayCheck(7)->click();
    EXPECT_EQ(m_settings->reminderWeekdays(), (QList<int>{ 1, 2, 4, 5, 7 }));
    EXPECT_EQ(changed.count(), 4);

    page().reminderCheck()->click();
    EXPECT_FALSE(m_settings->reminderEnabled());
    EXPECT_FALSE(page().weekdayCheck(1)->isEnabled());
}

TEST_F(SettingsPageTest, TheFirstKioskSwitchAsksForAPinFirst)
{
    QSignalSpy kiosk(&page(), &SettingsPage::kioskModeChanged);
    page().kioskModeCheck()->click();
    PinDialog *dialog = openPinDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->mode(), PinDialog::Mode::NewPin);
    EXPECT_FALSE(page().kioskModeCheck()->isChecked());
    EXPECT_FALSE(m_settings->kioskMode());

    QTest::keyClicks(dialog->pinEdit(), QStringLiteral("9753"));
    QTest::keyClicks(dialog->repeatEdit(), QStringLiteral("9753"));
    QTest::keyClick(dialog->repeatEdit(), Qt::Key_Return);

    EXPECT_TRUE(page().kioskModeCheck()->isChecked());
    EXPECT_TRUE(m_settings->kioskMode());
    ASSERT_EQ(kiosk.count(), 1);
    EXPECT_TRUE(kiosk.at(0).at(0).toBool());
    EXPECT_TRUE(StaffPin::matches(QStringLiteral("9753"), m_settings->staffPinHash()));

    m_settings->sync();
    QFile file(settingsPath());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_FALSE(file.readAll().contains("9753"));
}

TEST_F(SettingsPageTest, CancellingThePinLeavesTheKioskOff)
{
    QSignalSpy kiosk(&page(), &SettingsPage::kioskModeChanged);
    page().kioskModeCheck()->click();
    PinDialog *dialog = openPinDialog();
    ASSERT_NE(dialog, nullptr);
    QTest::keyClick(dialog->pinEdit(), Qt::Key_Escape);
    QApplication::processEvents();
    EXPECT_FALSE(page().kioskModeCheck()->isChecked());
    EXPECT_FALSE(m_settings->kioskMode());
    EXPECT_TRUE(m_settings->staffPinHash().isEmpty());
    EXPECT_EQ(kiosk.count(), 0);
    EXPECT_EQ(openPinDialog(), nullptr);
}

TEST_F(SettingsPageTest, WithAPinSetTheKioskSwitchesAtOnce)
{
    m_settings->setStaffPinHash(StaffPin::hash(QStringLiteral("1234"), 1000));
    QSignalSpy kiosk(&page(), &SettingsPage::kioskModeChanged);
    page().kioskModeCheck()->click();
    EXPECT_EQ(openPinDialog(), nullptr);
    EXPECT_TRUE(m_settings->kioskMode());
    page().kioskModeCheck()->click();
    EXPECT_FALSE(m_settings->kioskMode());
    ASSERT_EQ(kiosk.count(), 2);
    EXPECT_TRUE(kiosk.at(0).at(0).toBool());
    EXPECT_FALSE(kiosk.at(1).at(0).toBool());
}

TEST_F(SettingsPageTest, ChangingThePinAsksForTheCurrentOneFirst)
{
    const QString old = StaffPin::hash(QStringLiteral("1234"), 1000);
    m_settings->setStaffPinHash(old);
    page().staffPinButton()->click();
    PinDialog *current = openPinDialog();
    ASSERT_NE(current, nullptr);
    ASSERT_EQ(current->mode(), PinDialog::Mode::EnterPin);
    QTest::keyClicks(current->pinEdit(), QStringLiteral("1234"));
    QTest::keyClick(current->pinEdit(), Qt::Key_Return);

    PinDialog *next = openPinDialog();
    ASSERT_NE(next, nullptr);
    ASSERT_EQ(next->mode(), PinDialog::Mode::NewPin);
    QTest::keyClicks(next->pinEdit(), QStringLiteral("86420"));
    QTest::keyClicks(next->repeatEdit(), QStringLiteral("86420"));
    QTest::keyClick(next->repeatEdit(), Qt::Key_Return);
    EXPECT_TRUE(StaffPin::matches(QStringLiteral("86420"), m_settings->staffPinHash()));
    EXPECT_FALSE(StaffPin::matches(QStringLiteral("1234"), m_settings->staffPinHash()));
}

TEST_F(SettingsPageTest, EveryControlHasAnAccessibleName)
{
    QList<QWidget *> controls;
    for (QWidget *widget : page().findChildren<QWidget *>()) {
        const bool control = qobject_cast<QAbstractButton *>(widget)
                || qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QComboBox *>(widget)
                || qobject_cast<QSlider *>(widget)
                || (qobject_cast<QLineEdit *>(widget)
                    && !qobject_cast<QAbstractSpinBox *>(widget->parentWidget()));
        if (control)
            controls.append(widget);
    }
    EXPECT_GE(controls.size(), 20);
    for (QWidget *control : controls)
        EXPECT_TRUE(hasMeaningfulName(control));
}

// At the window's default size nothing is cut off sideways; the sections scroll up and down.
TEST_F(SettingsPageTest, FitsTheWidthOfTheDefaultWindow)
{
    auto *scroll = page().findChild<QScrollArea *>();
    ASSERT_NE(scroll, nullptr);
    page().resize(1280, 640);
    QApplication::processEvents();
    EXPECT_LE(scroll->widget()->minimumSizeHint().width(), scroll->viewport()->width());
    EXPECT_GE(scroll->widget()->width(), scroll->widget()->minimumSizeHint().width());
}

// Large text (twice the usual size) still fits sideways: notes wrap, nothing is cut off.
TEST_F(SettingsPageTest, LargeTextStillFitsTheWidthOfTheDefaultWindow)
{
    const QFont usual = QApplication::font();
    QFont large = usual;
    large.setPointSizeF(usual.pointSizeF() * 2);
    QApplication::setFont(large);
    auto *scroll = page().findChild<QScrollArea *>();
    ASSERT_NE(scroll, nullptr);
    page().resize(1280, 640);
    QApplication::processEvents();
    const int needed = scroll->widget()->minimumSizeHint().width();
    const int available = scroll->viewport()->width();
    m_page.reset();
    QApplication::setFont(usual);
    EXPECT_LE(needed, available);
}

// Each sound, colour and language choice made on the page is in the settings file, and a page
// opened on that file (as after a restart) shows it.
TEST_F(SettingsPageTest, SoundColoursAndLanguageAreSavedAndShownAgain)
{
    QSignalSpy voice(&page(), &SettingsPage::voiceChanged);
    QSignalSpy volume(&page(), &SettingsPage::volumeChanged);
    QSignalSpy tick(&page(), &SettingsPage::tempoTickChanged);
    QSignalSpy palette(&page(), &SettingsPage::paletteChanged);
    QSignalSpy language(&page(), &SettingsPage::languageChanged);

    page().voiceChoice()->setCurrentIndex(
            page().voiceChoice()->findData(int(CuePlayer::Voice::Off)));
    page().volumeSlider()->setValue(35);
    page().tickCheck()->click();
    page().paletteChoice()->setCurrentIndex(
            page().paletteChoice()->findData(int(PaletteChoice::HighContrast)));
    page().languageChoice()->setCurrentIndex(
            page().languageChoice()->findData(QStringLiteral("es")));
    EXPECT_EQ(voice.size(), 1);
    EXPECT_EQ(volume.size(), 1);
    EXPECT_EQ(tick.size(), 1);
    EXPECT_EQ(palette.size(), 1);
    ASSERT_EQ(language.size(), 1);
    EXPECT_EQ(language.front().at(0).toString(), QStringLiteral("es"));

    m_page.reset();
    m_settings->sync();
    m_settings = std::make_unique<AppSettings>(settingsPath()); // a fresh read of the file
    EXPECT_EQ(m_settings->voice(), CuePlayer::Voice::Off);
    EXPECT_DOUBLE_EQ(m_settings->volume(), 0.35);
    EXPECT_TRUE(m_settings->tempoTick());
    EXPECT_EQ(m_settings->palette(), PaletteChoice::HighContrast);
    EXPECT_EQ(m_settings->language(), QStringLiteral("es"));

    EXPECT_EQ(page().voiceChoice()->currentData().toInt(), int(CuePlayer::Voice::Off));
    EXPECT_EQ(page().volumeSlider()->value(), 35);
    EXPECT_TRUE(page().tickCheck()->isChecked());
    EXPECT_EQ(page().paletteChoice()->currentData().toInt(), int(PaletteChoice::HighContrast));
    EXPECT_EQ(page().languageChoice()->currentData().toString(), QStringLiteral("es"));
}

} // namespace

// In the window, each choice takes effect at once: the voice, its volume and tick, the colours
// and the language.
using SettingsAppliedTest = WindowFixture;

TEST_F(SettingsAppliedTest, EachChoiceTakesEffectAtOnce)
{
    SettingsPage *settings = m_window->settingsPage();
    CuePlayer *player = m_window->player();

    settings->voiceChoice()->setCurrentIndex(
            settings->voiceChoice()->findData(int(CuePlayer::Voice::Off)));
    EXPECT_EQ(player->voice(), CuePlayer::Voice::Off);
    EXPECT_EQ(player->spokenVoice(), CuePlayer::Voice::Off);

    settings->volumeSlider()->setValue(35);
    EXPECT_DOUBLE_EQ(player->volume(), 0.35);

    const bool tickWas = player->isTickEnabled();
    settings->tickCheck()->click();
    EXPECT_NE(player->isTickEnabled(), tickWas);

    const QPalette high = Palettes::paletteFor(PaletteChoice::HighContrast, QPalette());
    settings->paletteChoice()->setCurrentIndex(
            settings->paletteChoice()->findData(int(PaletteChoice::HighContrast)));
    QApplication::processEvents(); // the window hears of the application's palette by event
    for (const QPalette::ColorRole role :
         { QPalette::Window, QPalette::WindowText, QPalette::Base, QPalette::Highlight }) {
        EXPECT_EQ(QApplication::palette().color(role), high.color(role)) << int(role);
        EXPECT_EQ(m_window->palette().color(role), high.color(role)) << int(role);
    }
    // Back to the system's colours, for the tests that follow in this process.
    settings->paletteChoice()->setCurrentIndex(
            settings->paletteChoice()->findData(int(PaletteChoice::System)));
    EXPECT_NE(QApplication::palette().color(QPalette::Window), high.color(QPalette::Window));

    settings->languageChoice()->setCurrentIndex(
            settings->languageChoice()->findData(QStringLiteral("fr")));
    EXPECT_EQ(m_translator->language(), QStringLiteral("fr"));
}
