#pragma once

#include <QMenu>

class QActionGroup;

// The menu bar's Language menu: the system's language and each of GluteGuide's, one checked.
// It is there on every screen, a session included, so a person lying on the mat can change the
// language without leaving the session. It only asks: the language setting's owner (Settings)
// stores the choice, applies it and says back which one is current.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // Checks the setting's item: a Language::codes() code, or empty for the system's language.
    void showSetting(const QString &setting);
    // The item of a setting, for tests and for keyboard users' sake of reading it back.
    QAction *actionFor(const QString &setting) const;

signals:
    void languageChosen(const QString &setting);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QActionGroup *m_group = nullptr;
    QAction *m_system = nullptr;
};
