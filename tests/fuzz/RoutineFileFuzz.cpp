// Routine files: any bytes, as RoutineFile::load hands them to RoutineJson once it has read them
// (files over RoutineFile::maxFileSize are refused before). The reader must not crash; it gives a
// routine or errors, never both; what it accepts, core's validation accepts; and an accepted
// routine saved and read again is the same routine, saved again the same bytes.

#include "FuzzSupport.h"

#include "app/storage/RoutineFile.h"
#include "app/storage/RoutineJson.h"
#include "core/routine/RoutineValidation.h"

#include <QStringList>

using namespace gluteguide;

namespace {

QString errorsText(const RoutineReadResult &read)
{
    QStringList lines;
    for (const RoutineError &error : read.errors)
        lines.append(error.toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    startFuzzApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > static_cast<std::size_t>(RoutineFile::maxFileSize))
        return 0;
    const QByteArray contents = fuzzBytes(data, size);
    const RoutineReadResult read = RoutineJson::fromFileContents(contents);

    FUZZ_CHECK(read.ok() != !read.errors.isEmpty(), errorsText(read));
    for (const RoutineError &error : read.errors)
        FUZZ_CHECK(!error.message.isEmpty(), error.field);
    if (!read.ok())
        return 0;

    const Routine &routine = *read.routine;
    FUZZ_CHECK(validate(routine).empty(), QString::fromUtf8(contents));

    const QByteArray saved = RoutineJson::toFileContents(routine);
    const RoutineReadResult again = RoutineJson::fromFileContents(saved);
    FUZZ_CHECK(again.ok(), errorsText(again) + QLatin1Char('\n') + QString::fromUtf8(saved));
    FUZZ_CHECK(*again.routine == routine, QString::fromUtf8(saved));
    FUZZ_CHECK(RoutineJson::toFileContents(*again.routine) == saved, QString::fromUtf8(saved));
    return 0;
}
