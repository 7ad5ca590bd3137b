#include "app/storage/AppSettings.h"

#include "app/language/Language.h"

#include <QMetaEnum>
#include <QVariant>
#include <QVariantList>

#include <algorithm>
#include <cmath>

namespace {
const QString voiceKey = QStringLiteral("audio/voice");
const QString volumeKey = QStringLiteral("audio/volume");
const QString tickKey = QStringLiteral("audio/tempoTick");
const QString paletteKey = QStringLiteral("appearance/palette");
const QString geometryKey = QStringLiteral("window/geometry");
const QString routineKey = QStringLiteral("routine/last");
const QString languageKey = QStringLiteral("language");
const QString kioskModeKey = QStringLiteral("kiosk/enabled");
const QString clinicNameKey = QStringLiteral("kiosk/clinicName");
const QString logoPathKey = QStringLiteral("kiosk/logoPath");
const QString demoRepsKey = QStringLiteral("kiosk/demoReps");
const QString idleSecondsKey = QStringLiteral("kiosk/idleSeconds");
const QString kioskMutedKey = QStringLiteral("kiosk/muted");
const QString staffPinKey = QStringLiteral("kiosk/staffPin");
const QString reminderEnabledKey = QStringLiteral("reminder/enabled");
const QString reminderTimeKey = QStringLiteral("reminder/time");
const QString reminderWeekdaysKey = QStringLiteral("reminder/weekdays");
const QString timeFormat = QStringLiteral("HH:mm");
const QTime defaultReminderTime(18, 0);

int clampedInt(const QVariant &value, int fallback, int lowest, int highest)
{
    bool ok = false;
    const int number = value.toInt(&ok);
    return std::clamp(ok ? number : fallback, lowest, highest);
}

QList<int> normalizedWeekdays(const QList<int> &days)
{
    QList<int> result;
    for (int day = 1; day <= 7; ++day) {
        if (days.contains(day))
            result.append(day);
    }
    return result;
}

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
    constexpr double defaultVolume = 0.8;
    const double stored = m_settings.value(volumeKey, defaultVolume).toDouble();
    // "nan" reads as a number but is no volume, and std::clamp would pass it through.
    return std::isnan(stored) ? defaultVolume : std::clamp(stored, 0.0, 1.0);
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

QString AppSettings::language() const
{
    // A language this version does not have (an edited file, a newer version's) means the system's.
    const QString stored = m_settings.value(languageKey).toString();
    return Language::isSupported(stored) ? stored : QString();
}

void AppSettings::setLanguage(const QString &language)
{
    if (Language::isSupported(language))
        m_settings.setValue(languageKey, language);
    else
        m_settings.remove(languageKey);
}

bool AppSettings::kioskMode() const
{
    return m_settings.value(kioskModeKey, false).toBool();
}

void AppSettings::setKioskMode(bool enabled)
{
    m_settings.setValue(kioskModeKey, enabled);
}

QString AppSettings::clinicName() const
{
    return m_settings.value(clinicNameKey).toString();
}

void AppSettings::setClinicName(const QString &name)
{
    m_settings.setValue(clinicNameKey, name);
}

QString AppSettings::logoPath() const
{
    return m_settings.value(logoPathKey).toString();
}

void AppSettings::setLogoPath(const QString &path)
{
    m_settings.setValue(logoPathKey, path);
}

int AppSettings::demoReps() const
{
    return clampedInt(m_settings.value(demoRepsKey, defaultDemoReps), defaultDemoReps,
                      fewestDemoReps, mostDemoReps);
}

void AppSettings::setDemoReps(int reps)
{
    m_settings.setValue(demoRepsKey, std::clamp(reps, fewestDemoReps, mostDemoReps));
}

int AppSettings::idleSeconds() const
{
    return clampedInt(m_settings.value(idleSecondsKey, defaultIdleSeconds), defaultIdleSeconds,
                      shortestIdleSeconds, longestIdleSeconds);
}

void AppSettings::setIdleSeconds(int seconds)
{
    m_settings.setValue(idleSecondsKey,
                        std::clamp(seconds, shortestIdleSeconds, longestIdleSeconds));
}

bool AppSettings::kioskMuted() const
{
    return m_settings.value(kioskMutedKey, true).toBool();
}

void AppSettings::setKioskMuted(bool muted)
{
    m_settings.setValue(kioskMutedKey, muted);
}

QString AppSettings::staffPinHash() const
{
    return m_settings.value(staffPinKey).toString();
}

void AppSettings::setStaffPinHash(const QString &stored)
{
    m_settings.setValue(staffPinKey, stored);
}

bool AppSettings::reminderEnabled() const
{
    return m_settings.value(reminderEnabledKey, false).toBool();
}

void AppSettings::setReminderEnabled(bool enabled)
{
    m_settings.setValue(reminderEnabledKey, enabled);
}

QTime AppSettings::reminderTime() const
{
    const QTime time = QTime::fromString(m_settings.value(reminderTimeKey).toString(), timeFormat);
    return time.isValid() ? time : defaultReminderTime;
}

void AppSettings::setReminderTime(QTime time)
{
    m_settings.setValue(reminderTimeKey, time.isValid() ? time.toString(timeFormat) : QString());
}

QList<int> AppSettings::reminderWeekdays() const
{
    // An empty choice is kept (no day at all), so only a missing key means the default.
    if (!m_settings.contains(reminderWeekdaysKey))
        return { 1, 2, 3, 4, 5 };
    QList<int> days;
    for (const QVariant &day : m_settings.value(reminderWeekdaysKey).toList()) {
        bool ok = false;
        const int number = day.toInt(&ok);
        if (ok)
            days.append(number);
    }
    return normalizedWeekdays(days);
}

void AppSettings::setReminderWeekdays(const QList<int> &isoWeekdays)
{
    QVariantList days;
    for (int day : normalizedWeekdays(isoWeekdays))
        days.append(day);
    m_settings.setValue(reminderWeekdaysKey, days);
}
