#include "app/widgets/FigureView.h"

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
    // Only what moved is repainted: at display rate that is most of the cost of a session.
    const QRect changed = FigurePainter::changedArea(paintArea(), m_scene, scene);
    m_scene = std::move(scene);
    if (!changed.isEmpty())
        update(changed);
}

QRectF FigureView::paintArea() const
{
    return QRectF(rect()).adjusted(8, 8, -8, -8);
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
    FigurePainter::paint(painter, paintArea(), m_scene, palette());
    emit painted();
}
