#include "app/storage/AppSettings.h"

#include <QMetaEnum>

namespace {
const QString voiceKey = QStringLiteral("audio/voice");
const QString volumeKey = QStringLiteral("audio/volume");
const QString tickKey = QStringLiteral("audio/tempoTick");
const QString paletteKey = QStringLiteral("appearance/palette");
const QString geometryKey = QStringLiteral("window/geometry");
const QString routineKey = QStringLiteral("routine/last");

const char *paletteName(PaletteChoice palette)
{
    switch (palette) {
    case PaletteChoice::System:
        return "system";
    case PaletteChoice::Light:
        return "light";
    case PaletteChoice::Dark:
        return "dark";
    case PaletteChoice::HighContrast:
        return "high-contrast";
    }
    return "system";
}
} // namespace

AppSettings::AppSettings() = default;

AppSettings::AppSettings(const QString &iniPath) : m_settings(iniPath, QSettings::IniFormat) { }

CuePlayer::Voice AppSettings::voice() const
{
    const QMetaEnum meta = QMetaEnum::fromType<CuePlayer::Voice>();
    bool ok = false;
    const int value =
            meta.keyToValue(m_settings.value(voiceKey, "RecordedClips").toString().toUtf8(), &ok);
    return ok ? static_cast<CuePlayer::Voice>(value) : CuePlayer::Voice::RecordedClips;
}

void AppSettings::setVoice(CuePlayer::Voice voice)
{
    m_settings.setValue(voiceKey, QMetaEnum::fromType<CuePlayer::Voice>().valueToKey(int(voice)));
}

double AppSettings::volume() const
{
    return std::clamp(m_settings.value(volumeKey, 0.8).toDouble(), 0.0, 1.0);
}

void AppSettings::setVolume(double volume)
{
    m_settings.setValue(volumeKey, volume);
}

bool AppSettings::tempoTick() const
{
    return m_settings.value(tickKey, false).toBool();
}

void AppSettings::setTempoTick(bool enabled)
{
    m_settings.setValue(tickKey, enabled);
}

PaletteChoice AppSettings::palette() const
{
    const QString stored = m_settings.value(paletteKey, "system").toString();
    for (PaletteChoice choice : { PaletteChoice::System, PaletteChoice::Light, PaletteChoice::Dark,
                                  PaletteChoice::HighContrast }) {
        if (stored == QLatin1String(paletteName(choice)))
            return choice;
    }
    return PaletteChoice::System;
}

void AppSettings::setPalette(PaletteChoice palette)
{
    m_settings.setValue(paletteKey, QString::fromLatin1(paletteName(palette)));
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(geometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(geometryKey, geometry);
}

QString AppSettings::lastRoutine() const
{
    return m_settings.value(routineKey).toString();
}

void AppSettings::setLastRoutine(const QString &path)
{
    m_settings.setValue(routineKey, path);
}
