#include "app/tray/ReminderTray.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QMenu>
#include <QStyle>
#include <QSystemTrayIcon>

namespace {

QIcon trayIcon()
{
    // The installed icon where there is one (Linux icon themes), else the window's, else a
    // standard one, so the tray never shows an empty space.
    QIcon icon = QIcon::fromTheme(QStringLiteral("io.github.gluteguide.GluteGuide"),
                                  QApplication::windowIcon());
    if (icon.isNull())
        icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
    return icon;
}

} // namespace

ReminderTray::ReminderTray(QObject *parent)
    : QObject(parent), m_menu(std::make_unique<QMenu>()), m_icon(new QSystemTrayIcon(this))
{
    m_open = m_menu->addAction(QString());
    m_start = m_menu->addAction(QString());
    m_menu->addSeparator();
    m_quit = m_menu->addAction(QString());
    connect(m_open, &QAction::triggered, this, &ReminderTray::openRequested);
    connect(m_start, &QAction::triggered, this, &ReminderTray::startSessionRequested);
    connect(m_quit, &QAction::triggered, this, &ReminderTray::quitRequested);

    m_icon->setIcon(trayIcon());
    m_icon->setContextMenu(m_menu.get());
    retranslate();
    connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    emit openRequested();
            });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &ReminderTray::openRequested);
}

// The menu outlives the icon that points at it.
ReminderTray::~ReminderTray()
{
    delete m_icon;
}

bool ReminderTray::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

bool ReminderTray::show()
{
    if (!isAvailable())
        return false;
    m_icon->show();
    return true;
}

void ReminderTray::hide()
{
    m_icon->hide();
}

bool ReminderTray::isVisible() const
{
    return m_icon->isVisible();
}

QString ReminderTray::toolTip() const
{
    return m_icon->toolTip();
}

bool ReminderTray::remind()
{
    if (!m_icon->isVisible())
        return false;
    m_icon->showMessage(tr("Time for your hip exercises"),
                        tr("Your side-lying series is ready when you are. Stop if you feel pain."),
                        QSystemTrayIcon::Information);
    return true;
}

void ReminderTray::retranslate()
{
    m_menu->setAccessibleName(tr("GluteGuide reminder menu"));
    m_open->setText(tr("&Open GluteGuide"));
    m_start->setText(tr("&Start today's session"));
    m_quit->setText(tr("&Quit"));
    setNextReminder(m_next);
}

void ReminderTray::setNextReminder(const QDateTime &next)
{
    m_next = next;
    if (!next.isValid()) {
        m_icon->setToolTip(tr("GluteGuide"));
        return;
    }
    const QLocale locale;
    m_icon->setToolTip(tr("GluteGuide: next reminder %1 %2")
                               .arg(locale.dayName(next.date().dayOfWeek(), QLocale::LongFormat),
                                    locale.toString(next.time(), QLocale::ShortFormat)));
}
