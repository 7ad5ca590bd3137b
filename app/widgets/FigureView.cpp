#include "app/widgets/FigureView.h"

#include "app/figure/FigurePainter.h"

#include <QPaintEvent>
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

void FigureView::paintEvent(QPaintEvent *event)
{
    // The still layer is drawn once per movement (or size, or palette) and then copied: only
    // the working leg and its guide are drawn each frame.
    const qreal ratio = devicePixelRatioF();
    if (m_still.size() != size() * ratio || m_still.devicePixelRatio() != ratio || !m_stillValid
        || !FigurePainter::sameStill(m_stillScene, m_scene)) {
        m_still = QPixmap(size() * ratio);
        m_still.setDevicePixelRatio(ratio);
        m_still.fill(palette().color(QPalette::Base));
        QPainter still(&m_still);
        FigurePainter::paintStill(still, paintArea(), m_scene, palette());
        m_stillScene = m_scene;
        m_stillValid = true;
    }
    QPainter painter(this);
    painter.drawPixmap(
            event->rect(), m_still,
            QRectF(QPointF(event->rect().topLeft()) * ratio, QSizeF(event->rect().size()) * ratio));
    FigurePainter::paintMoving(painter, paintArea(), m_scene, palette());
    emit painted();
}

void FigureView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        m_stillValid = false;
    QWidget::changeEvent(event);
}
