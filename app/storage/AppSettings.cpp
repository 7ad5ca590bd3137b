#include "app/storage/AppSettings.h"

#include "app/kiosk/StaffPin.h"
#include "app/language/Language.h"

#include <QMetaEnum>
#include <QVariant>
#include <QVariantList>

#include <algorithm>
#include <cmath>
#include <optional>

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
constexpr double defaultVolume = 0.8;

// QVariant calls any text but "", "0" and "false" true: "maybe" would turn kiosk mode on.
std::optional<bool> strictBool(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    const QString text = value.toString().trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("0"))
        return false;
    return std::nullopt;
}

bool boolOr(const QSettings &settings, const QString &key, bool fallback)
{
    return settings.contains(key) ? strictBool(settings.value(key)).value_or(fallback) : fallback;
}

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
    bool ok = false;
    const double volume = m_settings.value(volumeKey, defaultVolume).toDouble(&ok);
    // "nan" reads as a number, and std::clamp leaves NaN as it is.
    return ok && std::isfinite(volume) ? std::clamp(volume, 0.0, 1.0) : defaultVolume;
}

void AppSettings::setVolume(double volume)
{
    m_settings.setValue(volumeKey, volume);
}

bool AppSettings::tempoTick() const
{
    return boolOr(m_settings, tickKey, false);
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
    return boolOr(m_settings, kioskModeKey, false);
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
    return boolOr(m_settings, kioskMutedKey, true);
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
    return boolOr(m_settings, reminderEnabledKey, false);
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

QStringList AppSettings::problems() const
{
    QStringList found;
    const auto report = [this, &found](const QString &key, const QString &expected,
                                       const QString &used) {
        const QVariant stored = m_settings.value(key);
        const QString text = stored.typeId() == QMetaType::QStringList
                ? stored.toStringList().join(QStringLiteral(", "))
                : stored.toString();
        found << tr("%1: \"%2\" is not %3; using %4").arg(key, text, expected, used);
    };
    const auto present = [this](const QString &key) { return m_settings.contains(key); };
    const auto boolText = [](bool value) {
        return value ? QStringLiteral("true") : QStringLiteral("false");
    };
    const auto isWhole = [this](const QString &key, int lowest, int highest) {
        bool ok = false;
        const int number = m_settings.value(key).toInt(&ok);
        return ok && number >= lowest && number <= highest;
    };

    if (present(voiceKey)) {
        bool ok = false;
        QMetaEnum::fromType<CuePlayer::Voice>().keyToValue(
                m_settings.value(voiceKey).toString().toUtf8(), &ok);
        if (!ok) {
            report(voiceKey, tr("one of RecordedClips, SystemSpeech, Off"),
                   QString::fromLatin1(
                           QMetaEnum::fromType<CuePlayer::Voice>().valueToKey(int(voice()))));
        }
    }
    if (present(volumeKey)) {
        bool ok = false;
        const double stored = m_settings.value(volumeKey).toDouble(&ok);
        if (!ok || !std::isfinite(stored) || stored < 0.0 || stored > 1.0)
            report(volumeKey, tr("a number from 0 to 1"), QString::number(volume()));
    }
    for (const auto &[key, value] :
         { std::pair{ tickKey, tempoTick() }, std::pair{ kioskModeKey, kioskMode() },
           std::pair{ kioskMutedKey, kioskMuted() },
           std::pair{ reminderEnabledKey, reminderEnabled() } }) {
        if (present(key) && !strictBool(m_settings.value(key)))
            report(key, tr("true or false"), boolText(value));
    }
    if (present(paletteKey)
        && QLatin1String(paletteName(palette())) != m_settings.value(paletteKey).toString()) {
        report(paletteKey, tr("one of system, light, dark, high-contrast"),
               QString::fromLatin1(paletteName(palette())));
    }
    if (present(languageKey) && language().isEmpty()
        && !m_settings.value(languageKey).toString().isEmpty()) {
        report(languageKey, tr("one of %1").arg(Language::codes().join(QStringLiteral(", "))),
               tr("the system's language"));
    }
    if (present(demoRepsKey) && !isWhole(demoRepsKey, fewestDemoReps, mostDemoReps)) {
        report(demoRepsKey,
               tr("a whole number from %1 to %2").arg(fewestDemoReps).arg(mostDemoReps),
               QString::number(demoReps()));
    }
    if (present(idleSecondsKey)
        && !isWhole(idleSecondsKey, shortestIdleSeconds, longestIdleSeconds)) {
        report(idleSecondsKey,
               tr("a whole number from %1 to %2").arg(shortestIdleSeconds).arg(longestIdleSeconds),
               QString::number(idleSeconds()));
    }
    if (present(staffPinKey) && !staffPinHash().isEmpty()
        && !StaffPin::isWellFormed(staffPinHash()))
        report(staffPinKey, tr("a stored staff PIN"), tr("none: kiosk mode asks for a new PIN"));
    if (present(reminderTimeKey)
        && !QTime::fromString(m_settings.value(reminderTimeKey).toString(), timeFormat).isValid()) {
        report(reminderTimeKey, tr("a time like 18:00"), reminderTime().toString(timeFormat));
    }
    if (present(reminderWeekdaysKey)) {
        const QVariant stored = m_settings.value(reminderWeekdaysKey);
        bool valid = true;
        for (const QVariant &day :
             stored.typeId() == QMetaType::QString ? QVariantList{ stored } : stored.toList()) {
            bool ok = false;
            const int number = day.toInt(&ok);
            valid = valid && ok && number >= 1 && number <= 7;
        }
        if (!valid) {
            QStringList used;
            for (int day : reminderWeekdays())
                used << QString::number(day);
            report(reminderWeekdaysKey, tr("a list of weekdays from 1 (Monday) to 7 (Sunday)"),
                   used.isEmpty() ? tr("no day") : used.join(QStringLiteral(", ")));
        }
    }
    return found;
}

QString AppSettings::fileName() const
{
    return m_settings.fileName();
}
