#pragma once

#include "app/figure/FigureScene.h"

#include <QWidget>

// Shows one frame of the figure; whoever owns the clock sets the scene and the view repaints.
class FigureView : public QWidget
{
    Q_OBJECT

public:
    explicit FigureView(QWidget *parent = nullptr);

    void setScene(FigureScene scene);
    const FigureScene &scene() const { return m_scene; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // After each paint, for frame-time measurements.
    void painted();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRectF paintArea() const;

    FigureScene m_scene;
};
