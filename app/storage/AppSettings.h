#pragma once

#include "app/appearance/Palettes.h"
#include "app/audio/CuePlayer.h"

#include <QByteArray>
#include <QSettings>
#include <QString>

// The user's preferences, kept with QSettings in the platform's usual place.
class AppSettings
{
public:
    AppSettings();
    // For tests: settings in a given INI file.
    explicit AppSettings(const QString &iniPath);

    CuePlayer::Voice voice() const;
    void setVoice(CuePlayer::Voice voice);
    double volume() const;
    void setVolume(double volume);
    bool tempoTick() const;
    void setTempoTick(bool enabled);
    PaletteChoice palette() const;
    void setPalette(PaletteChoice palette);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QString lastRoutine() const;
    void setLastRoutine(const QString &path);

    void sync() { m_settings.sync(); }

private:
    QSettings m_settings;
};
