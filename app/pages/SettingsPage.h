#pragma once

#include "app/storage/AppSettings.h"

#include <QWidget>

#include <array>
#include <functional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSlider;
class QSpinBox;
class QTimeEdit;

// The language, sound and colours, the front-desk kiosk and the daily reminder; every change
// applies at once and is remembered. Switching the kiosk on for the first time asks for a staff
// PIN first.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(AppSettings &settings, QWidget *parent = nullptr);

    // The system's language first (empty data), then each language by its code.
    QComboBox *languageChoice() const { return m_language; }
    QComboBox *voiceChoice() const { return m_voice; }
    // Says when the voice chosen cannot speak the language shown, and what speaks instead.
    QLabel *voiceNote() const { return m_voiceNote; }
    QLabel *problemsNote() const { return m_problems; }
    QSlider *volumeSlider() const { return m_volume; }
    QCheckBox *tickCheck() const { return m_tick; }
    QComboBox *paletteChoice() const { return m_palette; }

    QCheckBox *kioskModeCheck() const { return m_kioskMode; }
    QLineEdit *clinicNameEdit() const { return m_clinicName; }
    QLineEdit *logoPathEdit() const { return m_logoPath; }
    QPushButton *chooseLogoButton() const { return m_chooseLogo; }
    QSpinBox *demoRepsSpin() const { return m_demoReps; }
    QSpinBox *idleSecondsSpin() const { return m_idleSeconds; }
    QCheckBox *kioskMutedCheck() const { return m_kioskMuted; }
    QPushButton *staffPinButton() const { return m_staffPin; }

    QCheckBox *reminderCheck() const { return m_reminder; }
    QTimeEdit *reminderTimeEdit() const { return m_reminderTime; }
    // 1 (Monday) to 7 (Sunday).
    QCheckBox *weekdayCheck(int isoWeekday) const { return m_weekdays.at(isoWeekday - 1); }

    // What speaks the cues in the language shown (CuePlayer::spokenVoice()).
    void showSpokenVoice(const QString &language, CuePlayer::Voice spoken);

signals:
    // The setting: a Language::codes() code, or empty for the system's language.
    void languageChanged(const QString &setting);
    void voiceChanged(CuePlayer::Voice voice);
    void volumeChanged(double volume);
    void tempoTickChanged(bool enabled);
    void paletteChanged(PaletteChoice palette);
    void kioskModeChanged(bool enabled);
    // Clinic name, logo, demo reps, idle time or muting: read them from AppSettings.
    void kioskSettingsChanged();
    // On/off, time or weekdays: read them from AppSettings.
    void reminderChanged();
    void homeRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QGroupBox *language();
    QGroupBox *soundAndColours();
    QGroupBox *kiosk();
    QGroupBox *reminder();
    void retranslate();
    void showProblems();
    // The label in front of a field.
    void setRowLabel(QWidget *field, const QString &text);
    void retranslateWeekdays();
    void fillVoiceNote();
    void switchKioskMode(bool enabled);
    void changeStaffPin();
    void showStaffPinState();
    void askForNewPin(std::function<void()> afterPinSet);
    void chooseLogo();
    void saveWeekdays();

    AppSettings &m_settings;
    QString m_shownLanguage; // for the voice note
    CuePlayer::Voice m_spokenVoice = CuePlayer::Voice::RecordedClips;

    QLabel *m_title = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_home = nullptr;
    QGroupBox *m_languageGroup = nullptr;
    QGroupBox *m_soundGroup = nullptr;
    QGroupBox *m_kioskGroup = nullptr;
    QGroupBox *m_reminderGroup = nullptr;
    QLabel *m_kioskNote = nullptr;
    QLabel *m_reminderNote = nullptr;
    QLabel *m_weekdaysLabel = nullptr;

    QComboBox *m_language = nullptr;
    QComboBox *m_voice = nullptr;
    QLabel *m_voiceNote = nullptr;
    QSlider *m_volume = nullptr;
    QCheckBox *m_tick = nullptr;
    QComboBox *m_palette = nullptr;

    QCheckBox *m_kioskMode = nullptr;
    QLineEdit *m_clinicName = nullptr;
    QLineEdit *m_logoPath = nullptr;
    QPushButton *m_chooseLogo = nullptr;
    QPushButton *m_clearLogo = nullptr;
    QSpinBox *m_demoReps = nullptr;
    QSpinBox *m_idleSeconds = nullptr;
    QCheckBox *m_kioskMuted = nullptr;
    QPushButton *m_staffPin = nullptr;

    QCheckBox *m_reminder = nullptr;
    QTimeEdit *m_reminderTime = nullptr;
    QHBoxLayout *m_weekdayRow = nullptr;
    std::array<QCheckBox *, 7> m_weekdays{};
};
