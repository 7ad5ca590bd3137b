#pragma once

#include "app/storage/AppSettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QSlider;

// Voice, volume, tempo tick and colours; every change applies at once and is remembered.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(AppSettings &settings, QWidget *parent = nullptr);

    QComboBox *voiceChoice() const { return m_voice; }
    QSlider *volumeSlider() const { return m_volume; }
    QCheckBox *tickCheck() const { return m_tick; }
    QComboBox *paletteChoice() const { return m_palette; }

signals:
    void voiceChanged(CuePlayer::Voice voice);
    void volumeChanged(double volume);
    void tempoTickChanged(bool enabled);
    void paletteChanged(PaletteChoice palette);
    void homeRequested();

private:
    AppSettings &m_settings;
    QComboBox *m_voice = nullptr;
    QSlider *m_volume = nullptr;
    QCheckBox *m_tick = nullptr;
    QComboBox *m_palette = nullptr;
};
