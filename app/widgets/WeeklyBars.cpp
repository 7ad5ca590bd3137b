#include "app/widgets/WeeklyBars.h"

#include "app/text/LocalDates.h"
#include "app/widgets/ScaledFont.h"

#include <QEvent>
#include <QPainter>
#include <QStringList>

#include <algorithm>

using namespace gluteguide;

namespace {
constexpr double labelScale = 1.25;
constexpr int fewestSessionsOnTheScale = 3; // a quiet week still looks like a small bar
} // namespace

WeeklyBars::WeeklyBars(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleName(tr("Sessions per week"));
}

void WeeklyBars::setWeeks(const std::vector<WeekCount> &weeks)
{
    m_weeks = weeks;
    setAccessibleDescription(summary());
    update();
}

QFont WeeklyBars::labelFont() const
{
    return scaledFont(font(), labelScale);
}

QSize WeeklyBars::sizeHint() const
{
    const int line = QFontMetrics(labelFont()).height();
    return { line * 20, line * 7 };
}

QSize WeeklyBars::minimumSizeHint() const
{
    const int line = QFontMetrics(labelFont()).height();
    return { line * 10, line * 5 };
}

QString WeeklyBars::summary() const
{
    if (m_weeks.empty())
        return {};
    QStringList counts;
    for (const WeekCount &week : m_weeks)
        counts << QString::number(week.sessions);
    const int weeks = int(m_weeks.size());
    const int thisWeek = m_weeks.back().sessions;
    return tr("Sessions in each of the last %n weeks, oldest first: %1.", nullptr, weeks)
                   .arg(counts.join(QStringLiteral(", ")))
            + QLatin1Char(' ')
            + (thisWeek == 1 ? tr("1 session this week.")
                             : tr("%n sessions this week.", nullptr, thisWeek));
}

void WeeklyBars::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The words, and the dates written the new language's way.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        setAccessibleName(tr("Sessions per week"));
        setAccessibleDescription(summary());
        update();
    }
}

void WeeklyBars::paintEvent(QPaintEvent *)
{
    if (m_weeks.empty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(labelFont());
    const QFontMetricsF metrics(painter.font());
    const double line = metrics.height();
    const QPalette &colours = palette();

    int most = fewestSessionsOnTheScale;
    for (const WeekCount &week : m_weeks)
        most = std::max(most, week.sessions);

    // Numbers above the bars, the first week's date and "this week" below them.
    const QRectF bars(line * 0.25, line * 1.2, width() - line * 0.5, height() - line * 2.6);
    const double slot = bars.width() / double(m_weeks.size());
    const double barWidth = slot * 0.7;
    for (std::size_t i = 0; i < m_weeks.size(); ++i) {
        const int sessions = m_weeks[i].sessions;
        const double x = bars.left() + slot * double(i) + (slot - barWidth) / 2;
        const double barHeight = bars.height() * sessions / most;
        const QRectF bar(x, bars.bottom() - barHeight, barWidth, barHeight);
        painter.fillRect(bar, colours.color(QPalette::Highlight));
        painter.setPen(colours.color(QPalette::WindowText));
        painter.drawText(QRectF(x - slot, bar.top() - line * 1.1, barWidth + 2 * slot, line),
                         Qt::AlignHCenter | Qt::AlignBottom, QString::number(sessions));
    }
    painter.setPen(QPen(colours.color(QPalette::Mid), 2.0));
    painter.drawLine(QPointF(bars.left(), bars.bottom() + 1),
                     QPointF(bars.right(), bars.bottom() + 1));

    painter.setPen(colours.color(QPalette::WindowText));
    const QRectF below(bars.left(), bars.bottom() + line * 0.3, bars.width(), line);
    painter.drawText(
            below, Qt::AlignLeft | Qt::AlignTop,
            locale().toString(dateOfLocalDay(m_weeks.front().monday), QLocale::ShortFormat));
    painter.drawText(below, Qt::AlignRight | Qt::AlignTop, tr("This week"));
}
