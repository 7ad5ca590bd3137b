// The settings file: any bytes as the INI file that QSettings reads, then every value read as
// the app reads it. Reading must not crash, and every value must be one the app can use: the
// volume from 0 to 1, the kiosk's numbers within their ranges, a known voice, palette and
// language, a valid reminder time, weekdays from 1 to 7 in order and without repeats. Values
// read are already normal: set again, they read back unchanged.

#include "FuzzSupport.h"

#include "app/language/Language.h"
#include "app/storage/AppSettings.h"

#include <QFile>
#include <QMetaEnum>
#include <QTemporaryDir>

#include <cmath>

namespace {

QTemporaryDir *settingsFolder = nullptr;

bool knownPalette(PaletteChoice palette)
{
    switch (palette) {
    case PaletteChoice::System:
    case PaletteChoice::Light:
    case PaletteChoice::Dark:
    case PaletteChoice::HighContrast:
        return true;
    }
    return false;
}

bool normalWeekdays(const QList<int> &days)
{
    for (qsizetype i = 0; i < days.size(); ++i) {
        if (days.at(i) < 1 || days.at(i) > 7 || (i > 0 && days.at(i - 1) >= days.at(i)))
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    startFuzzApplication(argc, argv);
    settingsFolder = new QTemporaryDir;
    if (!settingsFolder->isValid()) {
        std::fprintf(stderr, "settings_fuzz: no temporary folder: %s\n",
                     settingsFolder->errorString().toUtf8().constData());
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // A new name for every input: QSettings caches a file by name, and a file rewritten within
    // the file system's timestamp granularity could be taken for the one read before.
    static quint64 inputs = 0;
    const QString path = settingsFolder->filePath(QStringLiteral("%1.ini").arg(++inputs));
    {
        QFile file(path);
        FUZZ_CHECK(file.open(QIODevice::WriteOnly)
                           && file.write(fuzzBytes(data, size)) == qint64(size),
                   file.errorString());
    }
    const QString shown = QString::fromUtf8(fuzzBytes(data, size));
    {
        AppSettings settings(path);

        const CuePlayer::Voice voice = settings.voice();
        FUZZ_CHECK(QMetaEnum::fromType<CuePlayer::Voice>().valueToKey(int(voice)) != nullptr,
                   shown);
        const double volume = settings.volume();
        FUZZ_CHECK(volume >= 0.0 && volume <= 1.0,
                   shown + QStringLiteral("\nvolume %1").arg(volume));
        const PaletteChoice palette = settings.palette();
        FUZZ_CHECK(knownPalette(palette), shown);
        const QString language = settings.language();
        FUZZ_CHECK(language.isEmpty() || Language::isSupported(language), shown);
        const int demoReps = settings.demoReps();
        FUZZ_CHECK(demoReps >= AppSettings::fewestDemoReps && demoReps <= AppSettings::mostDemoReps,
                   shown);
        const int idleSeconds = settings.idleSeconds();
        FUZZ_CHECK(idleSeconds >= AppSettings::shortestIdleSeconds
                           && idleSeconds <= AppSettings::longestIdleSeconds,
                   shown);
        const QTime reminderTime = settings.reminderTime();
        FUZZ_CHECK(reminderTime.isValid(), shown);
        const QList<int> weekdays = settings.reminderWeekdays();
        FUZZ_CHECK(normalWeekdays(weekdays), shown);
        // Free values: read only to see that reading them does not crash.
        const bool tempoTick = settings.tempoTick();
        const bool kioskMode = settings.kioskMode();
        const bool kioskMuted = settings.kioskMuted();
        const bool reminderEnabled = settings.reminderEnabled();
        const QByteArray geometry = settings.windowGeometry();
        const QString lastRoutine = settings.lastRoutine();
        const QString clinicName = settings.clinicName();
        const QString logoPath = settings.logoPath();
        const QString staffPin = settings.staffPinHash();

        // Set again (in memory: the file is not written until sync), each reads back as it was.
        settings.setVoice(voice);
        settings.setVolume(volume);
        settings.setPalette(palette);
        settings.setLanguage(language);
        settings.setDemoReps(demoReps);
        settings.setIdleSeconds(idleSeconds);
        settings.setReminderTime(reminderTime);
        settings.setReminderWeekdays(weekdays);
        settings.setTempoTick(tempoTick);
        settings.setKioskMode(kioskMode);
        settings.setKioskMuted(kioskMuted);
        settings.setReminderEnabled(reminderEnabled);
        settings.setWindowGeometry(geometry);
        settings.setLastRoutine(lastRoutine);
        settings.setClinicName(clinicName);
        settings.setLogoPath(logoPath);
        settings.setStaffPinHash(staffPin);
        FUZZ_CHECK(settings.voice() == voice, shown);
        FUZZ_CHECK(settings.volume() == volume, shown);
        FUZZ_CHECK(settings.palette() == palette, shown);
        FUZZ_CHECK(settings.language() == language, shown);
        FUZZ_CHECK(settings.demoReps() == demoReps, shown);
        FUZZ_CHECK(settings.idleSeconds() == idleSeconds, shown);
        FUZZ_CHECK(settings.reminderTime() == reminderTime, shown);
        FUZZ_CHECK(settings.reminderWeekdays() == weekdays, shown);
        FUZZ_CHECK(settings.tempoTick() == tempoTick && settings.kioskMode() == kioskMode
                           && settings.kioskMuted() == kioskMuted
                           && settings.reminderEnabled() == reminderEnabled,
                   shown);
        FUZZ_CHECK(settings.windowGeometry() == geometry && settings.lastRoutine() == lastRoutine
                           && settings.clinicName() == clinicName && settings.logoPath() == logoPath
                           && settings.staffPinHash() == staffPin,
                   shown);
    }
    QFile::remove(path);
    return 0;
}
