#include "app/widgets/ProgressStrip.h"

#include <QPainter>

ProgressStrip::ProgressStrip(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ProgressStrip::setFraction(double fraction)
{
    fraction = std::clamp(fraction, 0.0, 1.0);
    // Repaint only when the fill moves by a device pixel or more.
    const bool visible = std::abs(fraction - m_fraction) * width() * devicePixelRatioF() >= 1.0
            || fraction == 0.0 || fraction == 1.0;
    m_fraction = fraction;
    if (visible)
        update();
}

void ProgressStrip::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    setAccessibleDescription(text);
    update();
}

QSize ProgressStrip::sizeHint() const
{
    return { 200, std::max(12, fontMetrics().height() + 10) };
}

void ProgressStrip::paintEvent(QPaintEvent *)
{
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
        painter.drawText(rect(), Qt::AlignCenter, m_text);
    }
}
