#include "app/storage/RoutineFile.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

RoutineReadResult RoutineFile::load(const QString &path)
{
    const auto failure = [](const QString &message) {
        return RoutineReadResult{ std::nullopt, { { QString(), message } } };
    };

    if (QFileInfo(path).isDir())
        return failure(tr("cannot be read: it is a folder, not a routine file"));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(tr("cannot be read: %1").arg(file.errorString()));

    // Read one byte more than allowed, so that files without a size (pipes) are limited too.
    const QByteArray contents = file.read(maxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return failure(tr("cannot be read: %1").arg(file.errorString()));
    if (contents.size() > maxFileSize) {
        return failure(tr("is larger than %1 KiB, too large to be a routine file")
                               .arg(maxFileSize / 1024));
    }
    return RoutineJson::fromFileContents(contents);
}

bool RoutineFile::save(const gluteguide::Routine &routine, const QString &path,
                       QString *errorMessage)
{
    const QByteArray contents = RoutineJson::toFileContents(routine);
    QSaveFile file(path);
    // Without commit(), QSaveFile discards what was written and the old file stays as it was.
    const bool saved = file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size()
            && file.commit();
    if (!saved && errorMessage)
        *errorMessage = tr("cannot be saved: %1").arg(file.errorString());
    return saved;
}
