#pragma once

#include <QWidget>

namespace gluteguide {
struct Plan;
}
class QGridLayout;
class RoutineDocument;
class QLabel;
class QPushButton;

// The routine at a glance, with a big Start and the ways to the other screens.
class HomePage : public QWidget
{
    Q_OBJECT

public:
    explicit HomePage(QWidget *parent = nullptr);

    // The document's routine; Start is offered only while it has no problems.
    void showDocument(const RoutineDocument &document);

    QPushButton *startButton() const { return m_start; }
    QPushButton *previewButton() const { return m_preview; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *progressButton() const { return m_progress; }
    QPushButton *settingsButton() const { return m_settings; }
    int movementCardCount() const;

signals:
    void startRequested();
    void previewRequested();
    void editRequested();
    void progressRequested();
    void settingsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showPlan(const gluteguide::Plan &plan);

    const RoutineDocument *m_document = nullptr; // the one shown, kept by the window
    QLabel *m_title = nullptr;
    QLabel *m_disclaimer = nullptr;
    QLabel *m_routineName = nullptr;
    QLabel *m_overview = nullptr;
    QLabel *m_setup = nullptr;
    QLabel *m_notes = nullptr;
    QGridLayout *m_cards = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_progress = nullptr;
    QPushButton *m_settings = nullptr;
};
