#include "app/widgets/ProgressStrip.h"

#include "app/widgets/ProgressStripAccessible.h"

#include <QAccessible>
#include <QPaintEvent>
#include <QPainter>

#include <cmath>

ProgressStrip::ProgressStrip(QWidget *parent) : QWidget(parent)
{
    static const bool accessible = [] {
        QAccessible::installFactory(&ProgressStripAccessible::create);
        return true;
    }();
    Q_UNUSED(accessible)
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // The strip paints every pixel of itself (the corners in its parent's colour), so a frame's
    // update does not first repaint the page and window behind it.
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void ProgressStrip::setFraction(double fraction)
{
    fraction = std::clamp(fraction, 0.0, 1.0);
    // A screen reader hears whole percents, not every frame's change.
    const long percent = std::lround(fraction * 100.0);
    const bool percentChanged = percent != std::lround(m_fraction * 100.0);
    m_fraction = fraction;
    if (percentChanged && QAccessible::isActive()) {
        QAccessibleValueChangeEvent event(this, int(percent));
        QAccessible::updateAccessibility(&event);
    }
    // Repaint only when the fill has moved by a device pixel or more since it was last painted.
    const bool visible =
            std::abs(fraction - m_paintedFraction) * width() * devicePixelRatioF() >= 1.0
            || ((fraction == 0.0 || fraction == 1.0) && fraction != m_paintedFraction);
    if (!visible)
        return;
    // Only the stretch between the painted and the new end of the fill changes.
    const double w = width();
    const double from = std::min(m_paintedFraction, fraction) * w;
    const double to = std::max(m_paintedFraction, fraction) * w;
    const int slack = height() / 2 + 2; // the fill's rounded end
    update(QRect(int(from) - slack, 0, int(to - from) + 2 * slack, height()));
}

void ProgressStrip::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_staticText.setText(text);
    m_staticText.prepare(QTransform(), font());
    setAccessibleDescription(text);
    update();
}

QSize ProgressStrip::sizeHint() const
{
    return { 200, std::max(12, fontMetrics().height() + 10) };
}

QRectF ProgressStrip::frame() const
{
    return QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
}

double ProgressStrip::cornerRadius() const
{
    return std::min(6.0, frame().height() / 2);
}

// The strip empty or full, without its text: the corners in the parent's colour, the frame, and
// the fill over it.
QPixmap ProgressStrip::picture(bool full) const
{
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap(size() * ratio);
    pixmap.setDevicePixelRatio(ratio);
    const QWidget *behind = parentWidget() ? parentWidget() : this;
    pixmap.fill(behind->palette().color(behind->backgroundRole()));
    if (pixmap.isNull())
        return pixmap; // not laid out yet: nothing to picture
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const double radius = cornerRadius();
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(frame(), radius, radius);
    if (full)
        paintFill(painter, frame());
    return pixmap;
}

void ProgressStrip::paintFill(QPainter &painter, const QRectF &fill) const
{
    const double radius = cornerRadius();
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::Highlight));
    painter.drawRoundedRect(fill, radius, radius);
}

void ProgressStrip::paintEvent(QPaintEvent *event)
{
    m_paintedFraction = m_fraction;
    const qreal ratio = devicePixelRatioF();
    if (!m_picturesValid || m_empty.size() != size() * ratio
        || m_empty.devicePixelRatio() != ratio) {
        m_empty = picture(false);
        m_full = picture(true);
        m_picturesValid = true;
    }
    // Every frame only copies: the full picture left of the fill's rounded end, the empty one
    // right of it; only that end is drawn. (A short fill is drawn whole.)
    const QRect area = event->rect();
    const QRectF frame = this->frame();
    const double radius = cornerRadius();
    const double fillEnd = frame.left() + frame.width() * m_fraction;
    const int split = int(std::floor(fillEnd - 2 * radius));
    const bool longFill = split - 2 * radius >= frame.left();
    QPainter painter(this);
    const auto copy = [&](const QPixmap &picture, const QRect &part) {
        if (!part.isEmpty())
            painter.drawPixmap(
                    part, picture,
                    QRectF(QPointF(part.topLeft()) * ratio, QSizeF(part.size()) * ratio));
    };
    const int fullUpTo = longFill ? split : 0;
    copy(m_full, area.intersected(QRect(0, 0, fullUpTo, height())));
    copy(m_empty, area.intersected(QRect(fullUpTo, 0, width() - fullUpTo, height())));
    if (m_fraction > 0.0) {
        painter.setRenderHint(QPainter::Antialiasing);
        // Not over the full picture's copy: its edges would be blended twice.
        painter.setClipRect(area.intersected(QRect(fullUpTo, 0, width() - fullUpTo, height())));
        QRectF fill = frame;
        fill.setRight(fillEnd);
        if (longFill)
            fill.setLeft(split - 2 * radius);
        paintFill(painter, fill);
    }
    if (!m_text.isEmpty()) {
        painter.setPen(palette().color(QPalette::WindowText));
        // QStaticText keeps its layout, so the per-frame repaints do not shape the text again.
        const QSizeF size = m_staticText.size();
        painter.drawStaticText(
                QPointF((width() - size.width()) / 2, (height() - size.height()) / 2),
                m_staticText);
    }
}

void ProgressStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange
        || event->type() == QEvent::ParentChange)
        m_picturesValid = false;
    QWidget::changeEvent(event);
}
