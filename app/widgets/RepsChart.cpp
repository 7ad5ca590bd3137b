#include "app/widgets/RepsChart.h"

#include "app/text/DisplayNames.h"
#include "app/text/LocalDates.h"
#include "app/widgets/ScaledFont.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <optional>
#include <tuple>

using namespace gluteguide;

namespace {

// More sessions than this are drawn a week per point: beyond it, single sessions are closer
// together than a marker on a full-screen chart.
constexpr std::size_t mostSessionsShownOneByOne = 120;
constexpr double labelScale = 1.25;
constexpr int mostRepsLines = 6;

std::size_t slotOf(Movement movement)
{
    return static_cast<std::size_t>(movement);
}

// Each movement's own dash pattern and marker, so the lines differ without colour.
constexpr std::array<Qt::PenStyle, allMovements.size()> dashOfSlot{
    Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine, Qt::DashDotDotLine,
};

enum class Marker { Circle, Square, Triangle, Diamond, Cross };
constexpr std::array<Marker, allMovements.size()> markerOfSlot{
    Marker::Circle, Marker::Square, Marker::Triangle, Marker::Diamond, Marker::Cross,
};

void drawMarker(QPainter &painter, Marker marker, QPointF at, double size)
{
    const double r = size / 2.0;
    switch (marker) {
    case Marker::Circle:
        painter.drawEllipse(at, r, r);
        break;
    case Marker::Square:
        painter.drawRect(QRectF(at.x() - r, at.y() - r, size, size));
        break;
    case Marker::Triangle:
        painter.drawPolygon(QPolygonF({ QPointF(at.x(), at.y() - r * 1.2),
                                        QPointF(at.x() + r * 1.1, at.y() + r * 0.8),
                                        QPointF(at.x() - r * 1.1, at.y() + r * 0.8) }));
        break;
    case Marker::Diamond:
        painter.drawPolygon(
                QPolygonF({ QPointF(at.x(), at.y() - r * 1.3), QPointF(at.x() + r, at.y()),
                            QPointF(at.x(), at.y() + r * 1.3), QPointF(at.x() - r, at.y()) }));
        break;
    case Marker::Cross: {
        // A cross has no inside to fill: its strokes are drawn in the fill colour.
        QPainterPath cross;
        cross.moveTo(at.x() - r, at.y() - r);
        cross.lineTo(at.x() + r, at.y() + r);
        cross.moveTo(at.x() - r, at.y() + r);
        cross.lineTo(at.x() + r, at.y() - r);
        painter.strokePath(cross,
                           QPen(painter.brush().color(), size / 3.0, Qt::SolidLine, Qt::RoundCap));
        break;
    }
    }
}

} // namespace

RepsChart::RepsChart(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Repetitions per session for each movement"));
}

void RepsChart::setSeries(const std::vector<MovementSeries> &perSession)
{
    std::size_t sessions = 0;
    for (const MovementSeries &series : perSession)
        sessions = std::max(sessions, series.points.size());
    m_byWeek = sessions > mostSessionsShownOneByOne;
    m_series = m_byWeek ? seriesPerWeek(perSession) : perSession;
    m_sessions = int(sessions);

    m_mostReps = 0.0;
    m_sessionsOnDay.clear();
    bool first = true;
    for (const MovementSeries &series : m_series) {
        std::map<LocalDay, int> onDay;
        for (const RepsPoint &point : series.points)
            m_sessionsOnDay[point.day] = std::max(m_sessionsOnDay[point.day], ++onDay[point.day]);
        for (const RepsPoint &point : series.points) {
            m_mostReps = std::max(
                    { m_mostReps, point.repsDonePerSession(), point.repsPrescribedPerSession() });
            m_firstDay = first ? point.day : std::min(m_firstDay, point.day);
            m_lastDay = first ? point.day : std::max(m_lastDay, point.day);
            first = false;
        }
    }
    setAccessibleDescription(summary());
    update();
}

QColor RepsChart::colourOf(Movement movement) const
{
    // Hues spread evenly from the palette's accent, bright on a dark background, deep on a
    // light one, so every line stands out from the plot's background.
    const QColor accent = palette().color(QPalette::Highlight);
    const int hue = accent.hsvHue() < 0 ? 200 : accent.hsvHue();
    const bool darkBackground = palette().color(QPalette::Base).lightness() < 128;
    const int step = 360 / int(allMovements.size());
    return QColor::fromHsv((hue + step * int(slotOf(movement))) % 360, darkBackground ? 140 : 235,
                           darkBackground ? 255 : 175);
}

QFont RepsChart::labelFont() const
{
    return scaledFont(font(), labelScale);
}

QSize RepsChart::sizeHint() const
{
    const int line = QFontMetrics(labelFont()).height();
    return { line * 36, line * 18 };
}

QSize RepsChart::minimumSizeHint() const
{
    const int line = QFontMetrics(labelFont()).height();
    return { line * 16, line * 10 };
}

std::vector<RepsChart::LegendEntry> RepsChart::legendLayout(double &height) const
{
    const QFontMetricsF metrics(labelFont());
    const double line = metrics.height();
    const double margin = line * 0.5;
    const double sampleWidth = line * 2.5;
    double x = margin;
    double y = margin;
    std::vector<LegendEntry> entries;
    for (const MovementSeries &series : m_series) {
        const double entryWidth = sampleWidth + line * 0.4
                + metrics.horizontalAdvance(DisplayNames::movement(series.movement));
        if (x > margin && x + entryWidth > width() - margin) {
            x = margin;
            y += line * 1.3;
        }
        entries.push_back({ series.movement, QRectF(x, y, entryWidth, line) });
        x += entryWidth + line * 1.2;
    }
    height = entries.empty() ? 0.0 : y + line * 1.3;
    return entries;
}

QRect RepsChart::plotArea() const
{
    const QFontMetricsF metrics(labelFont());
    const double line = metrics.height();
    double legendHeight = 0.0;
    legendLayout(legendHeight);
    const double left =
            line * 0.5 + metrics.horizontalAdvance(QString::number(repsCeiling())) + line * 0.5;
    const double top = legendHeight + line * 0.6;
    const double right = width() - line * 0.75;
    const double bottom = height() - line * 1.6;
    return QRectF(QPointF(left, top), QPointF(right, std::max(top + line, bottom))).toRect();
}

int RepsChart::repsStep() const
{
    // Round numbers a reader can take in at a glance, at most mostRepsLines grid lines.
    for (int step : { 1, 2, 5, 10, 15, 20, 25, 30, 45, 50, 60, 90, 100, 150, 200, 300, 500 }) {
        if (std::ceil(m_mostReps / step) <= mostRepsLines)
            return step;
    }
    return int(std::ceil(m_mostReps / mostRepsLines));
}

double RepsChart::repsCeiling() const
{
    const int step = repsStep();
    return std::max(1.0, std::ceil(m_mostReps / step)) * step;
}

double RepsChart::xAt(LocalDay day, const QRectF &plot, double withinDay) const
{
    // Each day is a slot of the axis, so sessions on the same day stand side by side.
    const auto days = (m_lastDay - m_firstDay).count() + 1;
    return plot.left()
            + plot.width() * (double((day - m_firstDay).count()) + withinDay) / double(days);
}

double RepsChart::yAt(double reps, const QRectF &plot) const
{
    return plot.bottom() - plot.height() * reps / repsCeiling();
}

QString RepsChart::summary() const
{
    if (m_series.empty())
        return tr("No sessions yet.");
    const QLocale locale = this->locale();
    QString text = m_sessions == 1
            ? tr("1 session, on %1.")
                      .arg(locale.toString(dateOfLocalDay(m_firstDay), QLocale::LongFormat))
            : tr("%n sessions from %1 to %2.", nullptr, m_sessions)
                      .arg(locale.toString(dateOfLocalDay(m_firstDay), QLocale::LongFormat),
                           locale.toString(dateOfLocalDay(m_lastDay), QLocale::LongFormat));
    if (m_byWeek)
        text += QLatin1Char(' ') + tr("Each point is the average session of one week.");
    for (const MovementSeries &series : m_series) {
        const RepsPoint &first = series.points.front();
        const RepsPoint &last = series.points.back();
        text += QLatin1Char(' ')
                + tr("%1: %2 reps at first, %3 most recently, of %4 prescribed.")
                          .arg(DisplayNames::movement(series.movement))
                          .arg(std::lround(first.repsDonePerSession()))
                          .arg(std::lround(last.repsDonePerSession()))
                          .arg(std::lround(last.repsPrescribedPerSession()));
    }
    return text;
}

void RepsChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The words, and the dates written the new language's way.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        setAccessibleName(tr("Repetitions per session for each movement"));
        setAccessibleDescription(summary());
        update();
    }
}

void RepsChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(labelFont());
    const QRectF plot = plotArea();
    double legendHeight = 0.0;
    const std::vector<LegendEntry> legend = legendLayout(legendHeight);

    painter.fillRect(plot, palette().color(QPalette::Base));
    paintGrid(painter, plot);
    if (!m_series.empty())
        paintDates(painter, plot);
    paintSeries(painter, plot);
    paintLegend(painter, legend);
}

void RepsChart::paintGrid(QPainter &painter, const QRectF &plot) const
{
    painter.save();
    const QFontMetricsF metrics(painter.font());
    const QColor text = palette().color(QPalette::WindowText);
    const QColor grid = palette().color(QPalette::Mid);
    // Reps: a line at each round number, labelled on the left.
    const int step = repsStep();
    for (int reps = 0; reps <= int(repsCeiling()); reps += step) {
        const double y = yAt(reps, plot);
        painter.setPen(QPen(grid, reps == 0 ? 2.0 : 1.0));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(text);
        const QRectF label(0, y - metrics.height() / 2, plot.left() - metrics.height() * 0.4,
                           metrics.height());
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter, QString::number(reps));
    }

    painter.restore();
}

void RepsChart::paintDates(QPainter &painter, const QRectF &plot) const
{
    // The first and last days at the plot's edges, and evenly spaced days between them where
    // they fit without touching.
    painter.save();
    const QFontMetricsF metrics(painter.font());
    const QLocale locale = this->locale();
    const auto span = (m_lastDay - m_firstDay).count();
    const double gap = metrics.height();
    // Evenly spaced labels fit when neighbours are one and a half labels apart: the first is
    // aligned to the left edge, the ones after it centred on their days.
    const double widest =
            metrics.horizontalAdvance(locale.toString(QDate(2000, 12, 30), QLocale::ShortFormat));
    constexpr int mostLabels = 6;
    const int fitting = int(plot.width() / (1.5 * widest + gap)) + 1;
    const int labels =
            span <= 0 ? 1 : std::clamp(fitting, 2, int(std::min<long>(span + 1, mostLabels)));
    const double top = plot.bottom() + metrics.height() * 0.3;

    auto labelAt = [&](int i) {
        const LocalDay day = labels == 1
                ? m_firstDay
                : m_firstDay + std::chrono::days{ std::lround(double(span) * i / (labels - 1)) };
        const QString text = locale.toString(dateOfLocalDay(day), QLocale::ShortFormat);
        const double x = xAt(day, plot);
        const double w = metrics.horizontalAdvance(text);
        const double left = labels == 1 ? x - w / 2
                : i == 0                ? x
                : i == labels - 1       ? x - w
                                        : x - w / 2;
        return std::make_tuple(x, QRectF(left, top, w, metrics.height()), text);
    };
    auto draw = [&](double x, const QRectF &area, const QString &text) {
        painter.setPen(QPen(palette().color(QPalette::Mid), 1.0));
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4));
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(area.adjusted(0, 0, 1, 0), Qt::AlignLeft, text);
    };

    const auto [lastX, lastArea, lastText] = labelAt(labels - 1);
    draw(lastX, lastArea, lastText);
    double freeFrom = plot.left() - gap; // where the next label may start
    for (int i = 0; i + 1 < labels; ++i) {
        const auto [x, area, text] = labelAt(i);
        if (area.left() < freeFrom || area.right() + gap > lastArea.left())
            continue;
        draw(x, area, text);
        freeFrom = area.right() + gap;
    }
    painter.restore();
}

void RepsChart::paintSeries(QPainter &painter, const QRectF &plot) const
{
    painter.save();
    painter.setClipRect(plot.adjusted(-12, -12, 12, 12));
    const double line = QFontMetricsF(painter.font()).height();
    const double penWidth = std::max(3.0, line / 6.0);
    const double markerSize = std::max(9.0, line * 0.55);
    const QColor outline = palette().color(QPalette::Base);

    for (const MovementSeries &series : m_series) {
        const std::size_t slot = slotOf(series.movement);
        const QColor colour = colourOf(series.movement);
        QPolygonF points;
        points.reserve(qsizetype(series.points.size()));
        std::optional<LocalDay> day;
        int ordinal = 0;
        for (const RepsPoint &point : series.points) {
            ordinal = day == point.day ? ordinal + 1 : 0;
            day = point.day;
            const int onDay = std::max(ordinal + 1, m_sessionsOnDay.at(point.day));
            const double withinDay = (ordinal + 0.5) / onDay;
            points << QPointF(xAt(point.day, plot, withinDay),
                              yAt(point.repsDonePerSession(), plot));
        }

        painter.setPen(QPen(colour, penWidth, dashOfSlot[slot], Qt::FlatCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPolyline(points);

        // Markers far enough apart to read, staggered between movements so that lines lying
        // on top of each other still show every movement's marker.
        const double spacing = points.size() > 1 ? plot.width() / double(points.size() - 1) : 1e9;
        const auto every =
                std::max<std::size_t>(1, std::size_t(std::ceil(markerSize * 3.0 / spacing)));
        painter.setPen(QPen(outline, 1.5));
        painter.setBrush(colour);
        for (std::size_t i = (slot * every) / allMovements.size(); i < std::size_t(points.size());
             i += every)
            drawMarker(painter, markerOfSlot[slot], points[qsizetype(i)], markerSize);
        if (every > 1)
            drawMarker(painter, markerOfSlot[slot], points.back(), markerSize);
    }
    painter.restore();
}

void RepsChart::paintLegend(QPainter &painter, const std::vector<LegendEntry> &entries) const
{
    painter.save();
    const double line = QFontMetricsF(painter.font()).height();
    const double penWidth = std::max(3.0, line / 6.0);
    const double markerSize = std::max(9.0, line * 0.55);
    for (const LegendEntry &entry : entries) {
        const std::size_t slot = slotOf(entry.movement);
        const QColor colour = colourOf(entry.movement);
        const double y = entry.area.center().y();
        const double sampleRight = entry.area.left() + line * 2.5;
        painter.setPen(QPen(colour, penWidth, dashOfSlot[slot], Qt::FlatCap));
        painter.drawLine(QPointF(entry.area.left(), y), QPointF(sampleRight, y));
        painter.setPen(QPen(palette().color(QPalette::Window), 1.5));
        painter.setBrush(colour);
        drawMarker(painter, markerOfSlot[slot], QPointF((entry.area.left() + sampleRight) / 2, y),
                   markerSize);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRectF(sampleRight + line * 0.4, entry.area.top(),
                                entry.area.right() - sampleRight, entry.area.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, DisplayNames::movement(entry.movement));
    }
    painter.restore();
}
