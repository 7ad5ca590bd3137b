#pragma once

#include "app/storage/AppSettings.h"

#include <QWidget>

#include <array>
#include <functional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLineEdit;
class QPushButton;
class QSlider;
class QSpinBox;
class QTimeEdit;

// Sound and colours, the front-desk kiosk and the daily reminder; every change applies at once
// and is remembered. Switching the kiosk on for the first time asks for a staff PIN first.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(AppSettings &settings, QWidget *parent = nullptr);

    QComboBox *voiceChoice() const { return m_voice; }
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

signals:
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

private:
    QGroupBox *soundAndColours();
    QGroupBox *kiosk();
    QGroupBox *reminder();
    void switchKioskMode(bool enabled);
    void changeStaffPin();
    void showStaffPinState();
    void askForNewPin(std::function<void()> afterPinSet);
    void chooseLogo();
    void saveWeekdays();

    AppSettings &m_settings;
    QComboBox *m_voice = nullptr;
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
    std::array<QCheckBox *, 7> m_weekdays{};
};
