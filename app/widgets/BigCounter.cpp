#include "app/widgets/BigCounter.h"

#include <QEvent>
#include <QFontMetrics>
#include <QPainter>

namespace {
constexpr double numberShareOfWindow = 0.24;
constexpr double captionShareOfNumber = 0.22;
} // namespace

BigCounter::BigCounter(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    updateAccessibleTexts();
}

// A screen reader reads the name: what the counter shows ("8 of 15", "3 seconds"), said again
// when it changes; the description says what it is.
void BigCounter::updateAccessibleTexts()
{
    const QString shown = (m_value + QLatin1Char(' ') + m_caption).trimmed();
    setAccessibleName(shown.isEmpty() ? tr("Repetition count") : shown);
    setAccessibleDescription(tr("Repetition count"));
}

void BigCounter::setValue(const QString &value, const QString &caption)
{
    if (value == m_value && caption == m_caption)
        return;
    m_value = value;
    m_caption = caption;
    updateAccessibleTexts();
    update();
}

int BigCounter::numberPixelSize() const
{
    return std::max(48, int(window()->height() * numberShareOfWindow));
}

QSize BigCounter::sizeHint() const
{
    const int number = numberPixelSize();
    return { int(number * 1.6), int(number * (1.15 + captionShareOfNumber * 1.4)) };
}

void BigCounter::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        updateAccessibleTexts();
}

void BigCounter::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setPen(palette().color(QPalette::WindowText));

    QFont numberFont = font();
    numberFont.setPixelSize(numberPixelSize());
    numberFont.setBold(true);
    QFont captionFont = font();
    captionFont.setPixelSize(std::max(16, int(numberPixelSize() * captionShareOfNumber)));

    const int numberHeight = QFontMetrics(numberFont).height();
    const int captionHeight = QFontMetrics(captionFont).height();
    const int top = std::max(0, (height() - numberHeight - captionHeight) / 2);

    painter.setFont(numberFont);
    painter.drawText(QRect(0, top, width(), numberHeight), Qt::AlignCenter, m_value);
    painter.setFont(captionFont);
    painter.drawText(QRect(0, top + numberHeight, width(), captionHeight), Qt::AlignCenter,
                     m_caption);
}
