#pragma once

#include "core/plan/Plan.h"

#include <QAbstractSlider>

// A plan's timeline as a slider: each step drawn as a block (set-up, rests, getting ready,
// repetitions), set and side changes marked, and the playhead. Dragging, clicking and the
// slider keys move the value (milliseconds on the plan's timeline). It can show the whole plan
// or a part of it, such as one movement.
class PlanTimeline : public QAbstractSlider
{
    Q_OBJECT

public:
    explicit PlanTimeline(QWidget *parent = nullptr);

    // The plan is read, not kept: the owner keeps it alive while it is shown.
    void setPlan(const gluteguide::Plan *plan);
    // The part of the timeline shown, [from, to] in milliseconds.
    void setShownRange(gluteguide::Millis from, gluteguide::Millis to);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QRectF barRect() const;
    double xAt(gluteguide::Millis position) const;
    int valueAt(double x) const;
    QColor colourOf(const gluteguide::PlanStep &step, std::size_t index) const;

    const gluteguide::Plan *m_plan = nullptr;
};
