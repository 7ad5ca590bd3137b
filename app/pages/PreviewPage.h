#pragma once

#include "core/plan/Plan.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class FigureView;
class QComboBox;
class QLabel;

// Lets a therapist watch any movement of the routine at any speed, from its first rep.
class PreviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit PreviewPage(QWidget *parent = nullptr);

    void showRoutine(const gluteguide::Routine &routine);
    void restart();

    QComboBox *movementChoice() const { return m_movement; }
    QComboBox *speedChoice() const { return m_speed; }
    FigureView *figure() const { return m_figure; }
    // Where the preview is on its one-movement timeline.
    gluteguide::Millis position() const;

signals:
    void homeRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void rebuildPlan();
    void renderFrame();

    gluteguide::Routine m_routine;
    gluteguide::Plan m_plan;
    QComboBox *m_movement = nullptr;
    QComboBox *m_speed = nullptr;
    QLabel *m_details = nullptr;
    FigureView *m_figure = nullptr;
    QElapsedTimer m_clock;
    double m_offsetMs = 0.0; // preview time already played at the last speed change
    QTimer m_frames;
};
