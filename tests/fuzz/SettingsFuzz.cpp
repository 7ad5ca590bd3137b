// The settings file: any bytes as the INI file that QSettings reads, then every value read as
// the app reads it. Reading must not crash, and every value must be one the app can use: the
// volume from 0 to 1, the kiosk's numbers within their ranges, a known voice, palette and
// language, a valid reminder time, weekdays from 1 to 7 in order and without repeats. Values
// read are already normal: set again, they read back unchanged. (Not with "@Variant(" values:
// see below.)

#include "FuzzSupport.h"

#include "app/language/Language.h"
#include "app/storage/AppSettings.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QMetaEnum>
#include <QTemporaryDir>

#include <cmath>
#include <memory>

namespace {

// Removed with its files when the run ends; a failed check aborts and leaves it behind.
std::unique_ptr<QTemporaryDir> settingsFolder;
// Where values read are set again. Never destroyed and with no event loop, QSettings never writes
// it: writing (with a lock file and fsync) would take a hundred times longer than the rest.
AppSettings *scratch = nullptr;

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
    // In memory where there is a tmpfs: on ext4, rewriting a file flushes it to the disk on
    // close, which took nine tenths of the time.
    const QString shm = QStringLiteral("/dev/shm");
    settingsFolder = QFileInfo(shm).isDir() && QFileInfo(shm).isWritable()
            ? std::make_unique<QTemporaryDir>(shm
                                              + QStringLiteral("/gluteguide-settings-fuzz-XXXXXX"))
            : std::make_unique<QTemporaryDir>();
    if (!settingsFolder->isValid()) {
        std::fprintf(stderr, "settings_fuzz: no temporary folder: %s\n",
                     settingsFolder->errorString().toUtf8().constData());
        std::abort();
    }
    scratch = new AppSettings(settingsFolder->filePath(QStringLiteral("scratch.ini")));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // A "@Variant(...)" value is QDataStream data, which Qt 6.4 trusts: a declared length of
    // 18 GB is allocated as such. The app never writes one, and cannot keep QSettings from
    // reading one; left in, it would only find that again.
    if (fuzzBytes(data, size).contains("@Variant("))
        return 0;
    // One file, rewritten for each input. QSettings keeps the file it read and reads it again only
    // when its size or time changed; a unique time says it did even within the file system's
    // time granularity. (A new file per input would grow QSettings' cache, and libFuzzer would
    // then look for a leak after every input, at a hundredth of the speed.)
    static qint64 inputs = 0;
    const QString path = settingsFolder->filePath(QStringLiteral("settings.ini"));
    {
        QFile file(path);
        FUZZ_CHECK(file.open(QIODevice::WriteOnly)
                           && file.write(fuzzBytes(data, size)) == qint64(size) && file.flush()
                           && file.setFileTime(QDateTime::fromSecsSinceEpoch(++inputs),
                                               QFileDevice::FileModificationTime),
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

        // Set again, each reads back as it was.
        scratch->setVoice(voice);
        scratch->setVolume(volume);
        scratch->setPalette(palette);
        scratch->setLanguage(language);
        scratch->setDemoReps(demoReps);
        scratch->setIdleSeconds(idleSeconds);
        scratch->setReminderTime(reminderTime);
        scratch->setReminderWeekdays(weekdays);
        scratch->setTempoTick(tempoTick);
        scratch->setKioskMode(kioskMode);
        scratch->setKioskMuted(kioskMuted);
        scratch->setReminderEnabled(reminderEnabled);
        scratch->setWindowGeometry(geometry);
        scratch->setLastRoutine(lastRoutine);
        scratch->setClinicName(clinicName);
        scratch->setLogoPath(logoPath);
        scratch->setStaffPinHash(staffPin);
        FUZZ_CHECK(scratch->voice() == voice, shown);
        FUZZ_CHECK(scratch->volume() == volume, shown);
        FUZZ_CHECK(scratch->palette() == palette, shown);
        FUZZ_CHECK(scratch->language() == language, shown);
        FUZZ_CHECK(scratch->demoReps() == demoReps, shown);
        FUZZ_CHECK(scratch->idleSeconds() == idleSeconds, shown);
        FUZZ_CHECK(scratch->reminderTime() == reminderTime, shown);
        FUZZ_CHECK(scratch->reminderWeekdays() == weekdays, shown);
        FUZZ_CHECK(scratch->tempoTick() == tempoTick && scratch->kioskMode() == kioskMode
                           && scratch->kioskMuted() == kioskMuted
                           && scratch->reminderEnabled() == reminderEnabled,
                   shown);
        FUZZ_CHECK(scratch->windowGeometry() == geometry && scratch->lastRoutine() == lastRoutine
                           && scratch->clinicName() == clinicName && scratch->logoPath() == logoPath
                           && scratch->staffPinHash() == staffPin,
                   shown);
    }
    return 0;
}
