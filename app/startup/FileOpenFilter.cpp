#include "app/startup/FileOpenFilter.h"

#include "app/window/MainWindow.h"

#include <QEvent>
#include <QFileOpenEvent>

FileOpenFilter::FileOpenFilter(MainWindow &window, QObject *parent)
    : QObject(parent), m_window(window)
{
}

bool FileOpenFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::FileOpen)
        return QObject::eventFilter(watched, event);
    const QString path = static_cast<QFileOpenEvent *>(event)->file();
    m_window.openHandedOverFile(path);
    return true;
}
