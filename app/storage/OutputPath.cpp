#include "app/storage/OutputPath.h"

#include <QDir>
#include <QFileInfo>

QString OutputPath::problem(const QString &path)
{
    const QFileInfo file(path);
    if (file.isDir())
        return tr("cannot be written: it is a folder");
    const QFileInfo folder(file.absolutePath());
    const QString folderName = QDir::toNativeSeparators(folder.absoluteFilePath());
    if (!folder.exists())
        return tr("cannot be written: the folder %1 does not exist").arg(folderName);
    if (!folder.isDir())
        return tr("cannot be written: %1 is not a folder").arg(folderName);
    if (!folder.isWritable() || (file.exists() && !file.isWritable()))
        return tr("cannot be written: permission denied");
    return {};
}
