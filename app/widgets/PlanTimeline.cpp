#include "app/widgets/PlanTimeline.h"

#include "app/text/DisplayNames.h"

#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>

#include <algorithm>

using namespace gluteguide;

namespace {
constexpr int labelHeightLines = 1;
constexpr int barHeight = 22;
constexpr int frameStepMs = 40; // the arrow keys move one frame
constexpr int pageStepMs = 1000;
} // namespace

PlanTimeline::PlanTimeline(QWidget *parent) : QAbstractSlider(parent)
{
    setOrientation(Qt::Horizontal);
    setFocusPolicy(Qt::StrongFocus);
    setSingleStep(frameStepMs);
    setPageStep(pageStepMs);
    setTracking(true);
}

void PlanTimeline::setPlan(const Plan *plan)
{
    m_plan = plan;
    update();
}

void PlanTimeline::setShownRange(Millis from, Millis to)
{
    setRange(int(from.count()), int(std::max(to, from).count()));
    update();
}

QSize PlanTimeline::sizeHint() const
{
    return { 600, fontMetrics().height() * labelHeightLines + barHeight + 8 };
}

QSize PlanTimeline::minimumSizeHint() const
{
    return { 120, sizeHint().height() };
}

QRectF PlanTimeline::barRect() const
{
    const double top = fontMetrics().height() * labelHeightLines + 2;
    return QRectF(4, top, width() - 8, barHeight);
}

double PlanTimeline::xAt(Millis position) const
{
    const QRectF bar = barRect();
    const double span = std::max(1, maximum() - minimum());
    return bar.left() + bar.width() * double(position.count() - minimum()) / span;
}

int PlanTimeline::valueAt(double x) const
{
    const QRectF bar = barRect();
    const double fraction = std::clamp((x - bar.left()) / std::max(1.0, bar.width()), 0.0, 1.0);
    return minimum() + int(std::lround(fraction * (maximum() - minimum())));
}

QColor PlanTimeline::colourOf(const PlanStep &step, std::size_t index) const
{
    const QPalette &colours = palette();
    switch (step.kind) {
    case StepKind::Setup:
        return colours.color(QPalette::Mid);
    case StepKind::Intro:
        return colours.color(QPalette::Highlight).lighter(160);
    case StepKind::Rep: {
        // Each movement its own shade of the highlight; single repetitions alternate when
        // there is room to tell them apart.
        const QColor base = colours.color(QPalette::Highlight);
        const int hue = base.hsvHue() < 0 ? 200 : base.hsvHue();
        const QColor movement = QColor::fromHsv((hue + 40 * std::max(0, step.movementIndex)) % 360,
                                                base.hsvSaturation(), base.value());
        const double stepWidth = xAt(step.end()) - xAt(step.start);
        return stepWidth > 12.0 && index % 2 ? movement.darker(118) : movement;
    }
    case StepKind::Transition:
    case StepKind::SetRest:
        return colours.color(QPalette::AlternateBase);
    case StepKind::SwitchSides:
        return colours.color(QPalette::WindowText).lighter(250);
    case StepKind::Complete:
        break;
    }
    return colours.color(QPalette::Base);
}

void PlanTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF bar = barRect();
    const QPalette &colours = palette();
    painter.fillRect(bar, colours.color(QPalette::Base));
    if (m_plan) {
        const Millis from{ minimum() };
        const Millis to{ maximum() };
        int lastSet = -1;
        Side lastSide = m_plan->routine.firstSide;
        double lastLabelEnd = -1e9;
        for (std::size_t i = 0; i < m_plan->steps.size(); ++i) {
            const PlanStep &step = m_plan->steps[i];
            if (step.end() <= from || step.start >= to || step.kind == StepKind::Complete)
                continue;
            const double x0 = xAt(std::max(step.start, from));
            const double x1 = xAt(std::min(step.end(), to));
            painter.fillRect(QRectF(x0, bar.top(), std::max(1.0, x1 - x0), bar.height()),
                             colourOf(step, i));
            // Where a set or a side begins: a line through the bar, and its name above.
            const bool newSide = step.kind == StepKind::SwitchSides || step.side != lastSide;
            const bool newSet = step.set > 0 && step.set != lastSet;
            if ((newSide || newSet) && step.start > from) {
                painter.setPen(QPen(colours.color(QPalette::WindowText), newSide ? 2.0 : 1.0));
                painter.drawLine(QPointF(x0, bar.top() - 2), QPointF(x0, bar.bottom()));
            }
            if (newSide || newSet) {
                const QString label = newSide && step.kind == StepKind::SwitchSides
                        ? tr("%1 side").arg(DisplayNames::side(step.side))
                        : tr("Set %1").arg(step.set);
                const double labelWidth = fontMetrics().horizontalAdvance(label);
                if (x0 + 3 > lastLabelEnd && x0 + labelWidth < width()) {
                    painter.setPen(colours.color(QPalette::WindowText));
                    painter.drawText(QPointF(x0 + 3, bar.top() - 4), label);
                    lastLabelEnd = x0 + 3 + labelWidth + 8;
                }
            }
            if (step.set > 0)
                lastSet = step.set;
            lastSide = step.side;
            // Inside a block wide enough, the repetition's number.
            if (step.kind == StepKind::Rep) {
                const QString number = QString::number(step.rep);
                if (x1 - x0 > fontMetrics().horizontalAdvance(number) + 6) {
                    painter.setPen(colours.color(QPalette::HighlightedText));
                    painter.drawText(QRectF(x0, bar.top(), x1 - x0, bar.height()), Qt::AlignCenter,
                                     number);
                }
            }
        }
    }
    // The playhead.
    const double x = xAt(Millis{ value() });
    painter.setPen(QPen(colours.color(QPalette::WindowText), 2.5));
    painter.drawLine(QPointF(x, bar.top() - 4), QPointF(x, bar.bottom() + 3));
    painter.setBrush(colours.color(QPalette::WindowText));
    painter.setPen(Qt::NoPen);
    painter.drawPolygon(
            QPolygonF({ QPointF(x - 6, bar.bottom() + 6), QPointF(x + 6, bar.bottom() + 6),
                        QPointF(x, bar.bottom() - 1) }));
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = bar.toAlignedRect().adjusted(-2, -2, 2, 2);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
}

void PlanTimeline::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractSlider::mousePressEvent(event);
        return;
    }
    setSliderDown(true);
    setSliderPosition(valueAt(event->position().x()));
    event->accept();
}

void PlanTimeline::mouseMoveEvent(QMouseEvent *event)
{
    if (isSliderDown())
        setSliderPosition(valueAt(event->position().x()));
    event->accept();
}

void PlanTimeline::mouseReleaseEvent(QMouseEvent *event)
{
    if (isSliderDown()) {
        setSliderPosition(valueAt(event->position().x()));
        setSliderDown(false);
    }
    event->accept();
}
