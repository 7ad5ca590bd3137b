#pragma once

#include <QObject>

class MainWindow;

// Opens a routine file the desktop hands to the running program as a QFileOpenEvent: macOS does
// so when one is double-clicked in Finder (packaging/macos/Info.plist.in declares the type);
// Linux and Windows pass it as an argument instead. At the front desk it is ignored.
class FileOpenFilter : public QObject
{
    Q_OBJECT

public:
    explicit FileOpenFilter(MainWindow &window, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    MainWindow &m_window;
};
