#include "app/window/LanguageMenu.h"

#include "app/language/Language.h"

#include <QActionGroup>
#include <QEvent>

LanguageMenu::LanguageMenu(QWidget *parent) : QMenu(parent), m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    const auto addItem = [this](const QString &setting) {
        QAction *action = addAction(QString());
        action->setCheckable(true);
        action->setData(setting);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, setting] { emit languageChosen(setting); });
        return action;
    };
    m_system = addItem(QString());
    addSeparator();
    // Each language in its own name, so anyone finds theirs whatever the menu is in.
    for (const QString &code : Language::codes())
        addItem(code)->setText(Language::nativeName(code));
    retranslate();
}

void LanguageMenu::showSetting(const QString &setting)
{
    if (QAction *action = actionFor(setting))
        action->setChecked(true);
}

QAction *LanguageMenu::actionFor(const QString &setting) const
{
    for (QAction *action : m_group->actions()) {
        if (action->data().toString() == setting)
            return action;
    }
    return nullptr;
}

void LanguageMenu::changeEvent(QEvent *event)
{
    QMenu::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void LanguageMenu::retranslate()
{
    setTitle(tr("&Language"));
    m_system->setText(tr("System default (%1)")
                              .arg(Language::nativeName(Language::fromLocale(QLocale::system()))));
}
