#pragma once

#include "app/figure/FigureScene.h"

#include <QPixmap>
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
    void changeEvent(QEvent *event) override;

private:
    QRectF paintArea() const;

    // In device pixels: less is not seen as movement, more would show as a step.
    static constexpr double minimumShownShift = 1.0;

    FigureScene m_scene; // the newest, which paintEvent() paints
    FigureScene m_shown; // the one last asked to be painted; within a pixel of m_scene
    QPixmap m_still; // the still layer of m_stillScene, at this size
    FigureScene m_stillScene;
    QPixmap m_guide; // the guide of m_guideScene, on transparent pixels, covering m_guideArea
    QRect m_guideArea;
    FigureScene m_guideScene;
    bool m_layersValid = false;
};
