#include "app/widgets/ProgressStrip.h"

#include "app/widgets/ProgressStripAccessible.h"

#include <QAccessible>
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

void ProgressStrip::paintEvent(QPaintEvent *)
{
    m_paintedFraction = m_fraction;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const double radius = std::min(6.0, frame.height() / 2);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(frame, radius, radius);
    if (m_fraction > 0.0) {
        QRectF fill = frame;
        fill.setWidth(frame.width() * m_fraction);
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette().color(QPalette::Highlight));
        painter.drawRoundedRect(fill, radius, radius);
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
