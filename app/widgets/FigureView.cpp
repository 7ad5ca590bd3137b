#include "app/widgets/FigureView.h"

#include "app/figure/FigurePainter.h"

#include <QPaintEvent>
#include <QPainter>

FigureView::FigureView(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    // The view paints every pixel itself (the still layer is filled with the palette's base
    // colour), so Qt neither fills its background nor repaints what is behind it first.
    setAttribute(Qt::WA_OpaquePaintEvent);
    setBackgroundRole(QPalette::Base);
}

void FigureView::setScene(FigureScene scene)
{
    m_scene = std::move(scene);
    // The movements are slow: at display rate the leg often moves by a fraction of a pixel from
    // one tick to the next. A frame is painted once it has moved by a device pixel since the
    // last one was, and then only where something moved: painting is most of a session's cost.
    const QRectF area = paintArea();
    if (FigurePainter::largestShift(area, m_shown, m_scene) * devicePixelRatioF()
        < minimumShownShift)
        return;
    const QRect changed = FigurePainter::changedArea(area, m_shown, m_scene);
    m_shown = m_scene;
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
    // The still layer and the guide are drawn once per movement (or size, or palette) and then
    // copied: only the working leg is drawn each frame.
    const qreal ratio = devicePixelRatioF();
    const bool sizeChanged =
            m_still.size() != size() * ratio || m_still.devicePixelRatio() != ratio;
    if (sizeChanged || !m_layersValid || !FigurePainter::sameStill(m_stillScene, m_scene)) {
        m_still = QPixmap(size() * ratio);
        m_still.setDevicePixelRatio(ratio);
        m_still.fill(palette().color(QPalette::Base));
        QPainter still(&m_still);
        FigurePainter::paintStill(still, paintArea(), m_scene, palette());
        m_stillScene = m_scene;
    }
    if (sizeChanged || !m_layersValid || !FigurePainter::sameGuide(m_guideScene, m_scene)) {
        // Only as large as the guide: it is a small part of the view.
        m_guideArea = FigurePainter::guideArea(paintArea(), m_scene).intersected(rect());
        m_guide = QPixmap();
        if (!m_guideArea.isEmpty()) { // rests and set-up have no guide
            m_guide = QPixmap(m_guideArea.size() * ratio);
            m_guide.setDevicePixelRatio(ratio);
            m_guide.fill(Qt::transparent);
            QPainter guide(&m_guide);
            guide.translate(-m_guideArea.topLeft());
            FigurePainter::paintGuide(guide, paintArea(), m_scene, palette());
        }
        m_guideScene = m_scene;
    }
    m_layersValid = true;
    const QRect area = event->rect();
    QPainter painter(this);
    painter.drawPixmap(area, m_still,
                       QRectF(QPointF(area.topLeft()) * ratio, QSizeF(area.size()) * ratio));
    FigurePainter::paintWorkingLeg(painter, paintArea(), m_scene, palette());
    const QRect guidePart = area.intersected(m_guideArea);
    if (!guidePart.isEmpty()) {
        const QPointF inGuide = QPointF(guidePart.topLeft() - m_guideArea.topLeft()) * ratio;
        painter.drawPixmap(guidePart, m_guide, QRectF(inGuide, QSizeF(guidePart.size()) * ratio));
    }
    emit painted();
}

void FigureView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        m_layersValid = false;
    QWidget::changeEvent(event);
}
