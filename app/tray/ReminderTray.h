#pragma once

#include <QDateTime>
#include <QObject>

#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;

// The reminder's icon in the system tray, where the desktop has one: it shows the reminder as a
// notification and offers a menu (Open GluteGuide, Start today's session, Quit). The window
// decides what the requests do.
class ReminderTray : public QObject
{
    Q_OBJECT

public:
    explicit ReminderTray(QObject *parent = nullptr);
    ~ReminderTray() override;

    static bool isAvailable();

    // Shows the icon; false, and nothing shown, where the desktop has no tray.
    bool show();
    void hide();
    bool isVisible() const;

    QMenu *menu() const { return m_menu.get(); }
    QAction *openAction() const { return m_open; }
    QAction *startAction() const { return m_start; }
    QAction *quitAction() const { return m_quit; }
    QString toolTip() const;
    // Sets its texts again in the language now shown.
    void retranslate();

public slots:
    // The notification for a reminder that is due; false when there is no tray icon to show it
    // (then the window should say it).
    bool remind();
    // Shown in the icon's tooltip; an invalid moment means no reminder is planned.
    void setNextReminder(const QDateTime &next);

signals:
    void openRequested();
    void startSessionRequested();
    void quitRequested();

private:
    std::unique_ptr<QMenu> m_menu;
    QSystemTrayIcon *m_icon = nullptr;
    QAction *m_open = nullptr;
    QAction *m_start = nullptr;
    QAction *m_quit = nullptr;
    QDateTime m_next; // the next reminder, for the tooltip
};
