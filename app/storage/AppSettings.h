#pragma once

#include "app/appearance/Palettes.h"
#include "app/audio/CuePlayer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QTime>

// The user's preferences, kept with QSettings in the platform's usual place.
class AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)

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
    // The language chosen in Settings (a Language::codes() code); empty: the system's.
    QString language() const;
    void setLanguage(const QString &language);

    // The front-desk kiosk. Numbers read back clamped to their ranges.
    static constexpr int defaultDemoReps = 5;
    static constexpr int fewestDemoReps = 1;
    static constexpr int mostDemoReps = 15;
    static constexpr int defaultIdleSeconds = 60;
    static constexpr int shortestIdleSeconds = 15;
    static constexpr int longestIdleSeconds = 600;

    bool kioskMode() const;
    void setKioskMode(bool enabled);
    QString clinicName() const;
    void setClinicName(const QString &name);
    QString logoPath() const;
    void setLogoPath(const QString &path);
    int demoReps() const;
    void setDemoReps(int reps);
    int idleSeconds() const;
    void setIdleSeconds(int seconds);
    bool kioskMuted() const;
    void setKioskMuted(bool muted);
    // The StaffPin stored form; empty when no PIN has been set. Never the PIN itself.
    QString staffPinHash() const;
    void setStaffPinHash(const QString &stored);

    // The daily reminder. Weekdays are ISO numbers, 1 (Monday) to 7 (Sunday), sorted, no repeats.
    bool reminderEnabled() const;
    void setReminderEnabled(bool enabled);
    QTime reminderTime() const;
    void setReminderTime(QTime time);
    QList<int> reminderWeekdays() const;
    void setReminderWeekdays(const QList<int> &isoWeekdays);

    void sync() { m_settings.sync(); }

    // Each stored value that cannot be used (an edited file, another version's), what it should
    // be and what is used instead; the getters above never return such a value. Nothing is
    // rewritten: the file stays as it is until the person changes that setting.
    QStringList problems() const;
    // Where the settings are kept, to name it in messages.
    QString fileName() const;

private:
    QSettings m_settings;
};
