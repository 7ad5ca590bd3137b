// Kiosk and reminder settings (issue 11): defaults, ranges, and what survives a restart.

#include "app/storage/AppSettings.h"

#include "AppTestSupport.h"

#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace {

class AppSettingsTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    std::unique_ptr<AppSettings> open() const
    {
        return std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
    }

    // Writes with one instance and reads with a fresh one, as after a restart.
    template <typename Write>
    std::unique_ptr<AppSettings> reopenedAfter(Write write) const
    {
        {
            auto settings = open();
            write(*settings);
            settings->sync();
        }
        return open();
    }

    QTemporaryDir m_dir;
};

TEST_F(AppSettingsTest, KioskAndReminderStartAtTheirDefaults)
{
    const auto settings = open();
    EXPECT_FALSE(settings->kioskMode());
    EXPECT_TRUE(settings->clinicName().isEmpty());
    EXPECT_TRUE(settings->logoPath().isEmpty());
    EXPECT_EQ(settings->demoReps(), 5);
    EXPECT_EQ(settings->idleSeconds(), 60);
    EXPECT_TRUE(settings->kioskMuted());
    EXPECT_TRUE(settings->staffPinHash().isEmpty());
    EXPECT_FALSE(settings->reminderEnabled());
    EXPECT_EQ(settings->reminderTime(), QTime(18, 0));
    EXPECT_EQ(settings->reminderWeekdays(), (QList<int>{ 1, 2, 3, 4, 5 }));
}

TEST_F(AppSettingsTest, KioskAndReminderChoicesSurviveARestart)
{
    const auto settings = reopenedAfter([](AppSettings &s) {
        s.setKioskMode(true);
        s.setClinicName(QStringLiteral("Physio am Markt"));
        s.setLogoPath(QStringLiteral("/srv/clinic/logo.png"));
        s.setDemoReps(8);
        s.setIdleSeconds(120);
        s.setKioskMuted(false);
        s.setStaffPinHash(QStringLiteral("pbkdf2-sha256$1$c2FsdA==$aGFzaA=="));
        s.setReminderEnabled(true);
        s.setReminderTime(QTime(7, 45));
        s.setReminderWeekdays({ 6, 7 });
    });
    EXPECT_TRUE(settings->kioskMode());
    EXPECT_EQ(settings->clinicName(), QStringLiteral("Physio am Markt"));
    EXPECT_EQ(settings->logoPath(), QStringLiteral("/srv/clinic/logo.png"));
    EXPECT_EQ(settings->demoReps(), 8);
    EXPECT_EQ(settings->idleSeconds(), 120);
    EXPECT_FALSE(settings->kioskMuted());
    EXPECT_EQ(settings->staffPinHash(), QStringLiteral("pbkdf2-sha256$1$c2FsdA==$aGFzaA=="));
    EXPECT_TRUE(settings->reminderEnabled());
    EXPECT_EQ(settings->reminderTime(), QTime(7, 45));
    EXPECT_EQ(settings->reminderWeekdays(), (QList<int>{ 6, 7 }));
}

TEST_F(AppSettingsTest, KioskNumbersStayInTheirRanges)
{
    const auto settings = open();
    settings->setDemoReps(0);
    EXPECT_EQ(settings->demoReps(), AppSettings::fewestDemoReps);
    settings->setDemoReps(99);
    EXPECT_EQ(settings->demoReps(), AppSettings::mostDemoReps);
    settings->setIdleSeconds(1);
    EXPECT_EQ(settings->idleSeconds(), AppSettings::shortestIdleSeconds);
    settings->setIdleSeconds(100000);
    EXPECT_EQ(settings->idleSeconds(), AppSettings::longestIdleSeconds);
}

// Found by tests/fuzz/SettingsFuzz.cpp: "nan" reads as a number, and std::clamp kept it.
TEST_F(AppSettingsTest, AVolumeThatIsNoNumberFallsBackToTheDefault)
{
    {
        QSettings file(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        file.setValue(QStringLiteral("audio/volume"), QStringLiteral("nan"));
    }
    EXPECT_DOUBLE_EQ(open()->volume(), 0.8);
    {
        QSettings file(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        file.setValue(QStringLiteral("audio/volume"), QStringLiteral("inf"));
    }
    // Infinity is no volume either (a number out of range, such as 7, is clamped to 1).
    EXPECT_DOUBLE_EQ(open()->volume(), 0.8);
}

TEST_F(AppSettingsTest, WeekdaysAreSortedWithoutRepeatsOrImpossibleDays)
{
    const auto settings = reopenedAfter([](AppSettings &s) {
        s.setReminderWeekdays({ 7, 3, 3, 0, 8, -1, 1 });
    });
    EXPECT_EQ(settings->reminderWeekdays(), (QList<int>{ 1, 3, 7 }));
}

// No day chosen is a choice of its own, not a reason to fall back to Monday to Friday.
TEST_F(AppSettingsTest, NoWeekdayChosenStaysNoWeekday)
{
    const auto settings = reopenedAfter([](AppSettings &s) { s.setReminderWeekdays({}); });
    EXPECT_TRUE(settings->reminderWeekdays().isEmpty());
}

TEST_F(AppSettingsTest, AnUnreadableReminderTimeFallsBackToTheDefault)
{
    {
        QSettings raw(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        raw.setValue(QStringLiteral("reminder/time"), QStringLiteral("teatime"));
        raw.setValue(QStringLiteral("kiosk/demoReps"), QStringLiteral("lots"));
    }
    const auto settings = open();
    EXPECT_EQ(settings->reminderTime(), QTime(18, 0));
    EXPECT_EQ(settings->demoReps(), AppSettings::defaultDemoReps);
}

} // namespace

TEST_F(AppSettingsTest, TheLanguageIsTheSystemsUntilOneIsChosen)
{
    EXPECT_TRUE(open()->language().isEmpty());
    EXPECT_EQ(reopenedAfter([](AppSettings &s) {
                  s.setLanguage(QStringLiteral("zh_CN"));
              })->language(),
              QStringLiteral("zh_CN"));
    EXPECT_TRUE(
            reopenedAfter([](AppSettings &s) { s.setLanguage(QString()); })->language().isEmpty())
            << "choosing the system's language again";
}

TEST_F(AppSettingsTest, ALanguageThisVersionDoesNotHaveMeansTheSystems)
{
    {
        QSettings file(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        file.setValue(QStringLiteral("language"), QStringLiteral("de"));
    }
    EXPECT_TRUE(open()->language().isEmpty());
}

TEST_F(AppSettingsTest, SoundColoursAndLanguageStartAtTheirDefaults)
{
    const auto settings = open();
    EXPECT_EQ(settings->voice(), CuePlayer::Voice::RecordedClips);
    EXPECT_DOUBLE_EQ(settings->volume(), 0.8);
    EXPECT_FALSE(settings->tempoTick());
    EXPECT_EQ(settings->palette(), PaletteChoice::System);
    EXPECT_TRUE(settings->language().isEmpty());
}

TEST_F(AppSettingsTest, SoundColoursAndLanguageSurviveARestart)
{
    const auto settings = reopenedAfter([](AppSettings &s) {
        s.setVoice(CuePlayer::Voice::Off);
        s.setVolume(0.35);
        s.setTempoTick(true);
        s.setPalette(PaletteChoice::HighContrast);
        s.setLanguage(QStringLiteral("es"));
    });
    EXPECT_EQ(settings->voice(), CuePlayer::Voice::Off);
    EXPECT_DOUBLE_EQ(settings->volume(), 0.35);
    EXPECT_TRUE(settings->tempoTick());
    EXPECT_EQ(settings->palette(), PaletteChoice::HighContrast);
    EXPECT_EQ(settings->language(), QStringLiteral("es"));

    // And each one back again, so no value sticks.
    const auto back = reopenedAfter([](AppSettings &s) {
        s.setVoice(CuePlayer::Voice::SystemSpeech);
        s.setVolume(1.0);
        s.setTempoTick(false);
        s.setPalette(PaletteChoice::Dark);
        s.setLanguage(QString());
    });
    EXPECT_EQ(back->voice(), CuePlayer::Voice::SystemSpeech);
    EXPECT_DOUBLE_EQ(back->volume(), 1.0);
    EXPECT_FALSE(back->tempoTick());
    EXPECT_EQ(back->palette(), PaletteChoice::Dark);
    EXPECT_TRUE(back->language().isEmpty());
}
