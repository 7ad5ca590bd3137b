#include "app/figure/FigureView.h"

#include "app/figure/FigurePainter.h"

#include <QPainter>

FigureView::FigureView(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    // The view paints every pixel of the figure itself; the background comes from the palette.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

void FigureView::setScene(FigureScene scene)
{
    m_scene = std::move(scene);
    update();
}

QSize FigureView::sizeHint() const
{
    return { 640, 330 };
}

QSize FigureView::minimumSizeHint() const
{
    return { 160, 82 };
}

void FigureView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRectF area = QRectF(rect()).adjusted(8, 8, -8, -8);
    FigurePainter::paint(painter, area, m_scene, palette());
    emit painted();
}
