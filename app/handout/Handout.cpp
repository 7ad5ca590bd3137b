#include "app/handout/Handout.h"

#include "app/cues/CueTexts.h"
#include "app/figure/FigurePainter.h"
#include "app/figure/FigureScene.h"
#include "app/text/DisplayNames.h"
#include "app/text/FormPoints.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QSaveFile>

#include <optional>

using namespace gluteguide;

namespace {

// Everything is laid out in points (1/72 inch), whatever the device's resolution.
constexpr double margin = 40.0;
constexpr double gap = 10.0;
constexpr double frameHeight = 105.0;
constexpr int pdfResolution = 300;

// Black ink on white paper; the working leg a blue that prints as a clear mid grey.
QPalette printPalette()
{
    QPalette palette;
    palette.setColor(QPalette::WindowText, Qt::black);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Mid, QColor(0x88, 0x88, 0x88));
    palette.setColor(QPalette::Highlight, QColor(0x1f, 0x5f, 0xa8));
    return palette;
}

// The application's font: the system's, or the one AppTranslator chose for the language (for
// Chinese a font made for Simplified Chinese, not whichever CJK face the fallback finds first,
// whose glyphs may be the Japanese forms).
QFont font(int points, bool bold = false)
{
    QFont f = QGuiApplication::font();
    f.setStyleHint(QFont::SansSerif);
    // Pixel sizes in a painter scaled to points are point sizes on paper.
    f.setPixelSize(points);
    f.setBold(bold);
    return f;
}

QString seconds(Millis duration)
{
    return QString::number(toSeconds(duration), 'g', QLocale::FloatingPointShortest);
}

// Pages in order, each with the height left on it. Without a painter it only measures, so a
// first run can count the pages for "page 1 of 3".
class PageFlow
{
public:
    PageFlow(QPagedPaintDevice &device, QPainter *painter, QSizeF page, int pageCount)
        : m_device(device), m_painter(painter), m_page(page), m_pageCount(pageCount)
    {
    }

    double width() const { return m_page.width() - 2 * margin; }
    double left() const { return margin; }
    QPainter *painter() const { return m_painter; }
    int pages() const { return m_pages; }

    // Room for a block of this height: its top, on a new page when this one is full.
    double take(double height)
    {
        if (m_y + height > m_page.height() - margin - footerHeight() && m_y > margin)
            newPage();
        const double top = m_y;
        m_y += height;
        return top;
    }

    void space(double height) { m_y += height; }

    // Starts a new page unless a block this high still fits on this one.
    void keepTogether(double height)
    {
        take(height);
        m_y -= height;
    }

    void finish() { footer(); }

    double textHeight(const QString &text, const QFont &f, double w) const
    {
        return QFontMetricsF(f).boundingRect(QRectF(0, 0, w, 1e6), Qt::TextWordWrap, text).height();
    }

    // A paragraph across the page.
    void text(const QString &text, const QFont &f, double indent = 0.0)
    {
        const double w = width() - indent;
        const double h = textHeight(text, f, w);
        const double top = take(h);
        if (m_painter) {
            m_painter->setFont(f);
            m_painter->setPen(Qt::black);
            m_painter->drawText(QRectF(left() + indent, top, w, h + 2), Qt::TextWordWrap, text);
        }
    }

private:
    static double footerHeight() { return 16.0; }

    void footer()
    {
        if (!m_painter)
            return;
        m_painter->setFont(font(8));
        m_painter->setPen(Qt::darkGray);
        const QRectF line(margin, m_page.height() - margin, width(), footerHeight());
        m_painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                            Handout::tr("GluteGuide does not replace your clinician's advice."));
        m_painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter,
                            Handout::tr("Page %1 of %2").arg(m_pages).arg(m_pageCount));
    }

    void newPage()
    {
        footer();
        if (m_painter)
            m_device.newPage();
        ++m_pages;
        m_y = margin;
    }

    QPagedPaintDevice &m_device;
    QPainter *m_painter;
    QSizeF m_page;
    int m_pageCount;
    int m_pages = 1;
    double m_y = margin;
};

QString overviewText(const Plan &plan)
{
    const Routine &routine = plan.routine;
    const int minutes = int((plan.total.count() + 59999) / 60000);
    QStringList lines;
    lines << Handout::tr("About %1 minutes, %2 repetitions in all.")
                     .arg(minutes)
                     .arg(plan.totalReps());
    if (routine.bothSides) {
        lines << Handout::tr("%1 sets lying on your %2 side, then %1 sets on your %3 side.")
                         .arg(routine.setsPerSide)
                         .arg(DisplayNames::side(routine.firstSide).toLower(),
                              DisplayNames::side(otherSide(routine.firstSide)).toLower());
    } else {
        lines << Handout::tr("%1 sets lying on your %2 side.")
                         .arg(routine.setsPerSide)
                         .arg(DisplayNames::side(routine.firstSide).toLower());
    }
    QString rests =
            Handout::tr("Rests: %1 s to get ready before each movement, %2 s between "
                        "movements, %3 s between sets")
                    .arg(seconds(routine.introDuration), seconds(routine.restBetweenMovements),
                         seconds(routine.restBetweenSets));
    if (routine.bothSides)
        rests += Handout::tr(", %1 s to roll onto the other side")
                         .arg(seconds(routine.switchSidesDuration));
    lines << rests + QLatin1Char('.');
    return lines.join(QLatin1Char('\n'));
}

QString repsText(const Plan &plan, const MovementSpec &spec)
{
    const Routine &routine = plan.routine;
    const QString sets = routine.bothSides
            ? Handout::tr("%1 sets on each side").arg(routine.setsPerSide)
            : Handout::tr("%1 sets").arg(routine.setsPerSide);
    return Handout::tr("%1 repetitions × %2 · %3")
            .arg(spec.reps)
            .arg(sets, DisplayNames::tempo(spec));
}

// Moments that show a movement: where a repetition starts, its top, and on the way back; for
// circles, a quarter, a half and three quarters of the way round.
std::vector<Millis> keyMoments(const PlanStep &firstRep)
{
    const auto at = [&firstRep](double share) {
        return firstRep.start + Millis{ Millis::rep(double(firstRep.duration.count()) * share) };
    };
    if (isCircle(*firstRep.movement))
        return { at(0.25), at(0.5), at(0.75) };
    const double top = double(firstRep.phases.front().duration.count())
            / double(std::max<Millis::rep>(1, firstRep.duration.count()));
    return { at(0.0), at(top), at(top + (1.0 - top) * 0.5) };
}

void movementSection(PageFlow &flow, const Plan &plan, std::size_t number, const PlanStep &firstRep)
{
    const MovementSpec &spec = plan.routine.movements[std::size_t(firstRep.movementIndex)];
    const QString title =
            Handout::tr("%1. %2").arg(number).arg(DisplayNames::movement(spec.movement));
    const QStringList points = FormPoints::of(spec.movement);
    QString bullets;
    for (const QString &point : points)
        bullets += QStringLiteral("•  ") + point + QLatin1Char('\n');
    bullets.chop(1);
    // Keep a movement on one page.
    const double needed = flow.textHeight(title, font(13, true), flow.width())
            + flow.textHeight(repsText(plan, spec), font(10), flow.width()) + frameHeight
            + flow.textHeight(bullets, font(10), flow.width() - 12) + 3 * gap;
    flow.keepTogether(needed);
    flow.text(title, font(13, true));
    flow.text(repsText(plan, spec), font(10));
    const double top = flow.take(frameHeight + gap);
    if (QPainter *painter = flow.painter()) {
        const std::vector<Millis> moments = keyMoments(firstRep);
        const double w = (flow.width() - 2 * gap) / double(moments.size());
        for (std::size_t i = 0; i < moments.size(); ++i) {
            const QRectF frame(flow.left() + double(i) * (w + gap), top + gap / 2, w, frameHeight);
            painter->setPen(QPen(Qt::lightGray, 0.5));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(frame);
            FigurePainter::paint(*painter, frame.adjusted(3, 3, -3, -3),
                                 figureSceneAt(plan, moments[i]), printPalette());
        }
    }
    flow.text(bullets, font(10), 12);
    flow.space(gap * 1.5);
}

void layOut(PageFlow &flow, const Plan &plan, const Handout::Options &options)
{
    const Routine &routine = plan.routine;
    const QString name = DisplayNames::routineName(routine);
    flow.text(name, font(22, true));
    flow.text(Handout::tr("Your exercises · %1")
                      .arg(QLocale().toString(options.date, QLocale::LongFormat)),
              font(11));
    flow.space(gap);
    if (!routine.notes.empty()) {
        flow.text(Handout::tr("From your therapist"), font(12, true));
        flow.text(QString::fromStdString(routine.notes), font(11));
        flow.space(gap);
    }
    flow.text(Handout::tr("The session"), font(12, true));
    flow.text(overviewText(plan), font(10));
    flow.space(gap);

    if (!routine.setup.empty()) {
        flow.text(Handout::tr("Getting into position"), font(12, true));
        QString steps;
        int number = 0;
        for (const SetupStep &step : routine.setup)
            steps += QStringLiteral("%1.  %2\n")
                             .arg(++number)
                             .arg(CueTexts::text(CueId::setupStep(step.instruction)));
        steps.chop(1);
        flow.text(steps, font(10), 12);
        flow.space(gap);
    }

    flow.text(Handout::tr("Stay safe"), font(12, true));
    flow.text(Handout::tr("Stop if it hurts, and ask your physiotherapist, chiropractor or doctor "
                          "before going on. Can't manage all the repetitions yet? Do what you "
                          "can and build up over the weeks. Move slowly and keep your hips "
                          "stacked. This handout does not replace your clinician's advice."),
              font(10));
    flow.space(gap * 1.5);

    flow.text(Handout::tr("Each set, in this order"), font(14, true));
    flow.space(gap / 2);
    std::size_t number = 0;
    for (const PlanStep &step : plan.steps) {
        if (step.kind == StepKind::Rep && step.rep == 1 && step.set == 1
            && step.side == routine.firstSide)
            movementSection(flow, plan, ++number, step);
    }
    flow.finish();
}

} // namespace

int Handout::paint(QPagedPaintDevice &device, const Plan &plan, const Options &options)
{
    const QSizeF page = device.pageLayout().paintRectPoints().size();

    PageFlow dryRun(device, nullptr, page, 0);
    layOut(dryRun, plan, options);

    QPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(device.logicalDpiX() / 72.0, device.logicalDpiY() / 72.0);
    PageFlow flow(device, &painter, page, dryRun.pages());
    layOut(flow, plan, options);
    painter.end();
    return flow.pages();
}

bool Handout::writePdf(const QString &path, const Plan &plan, const Options &options,
                       QString *error)
{
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&pdf);
        writer.setResolution(pdfResolution);
        writer.setPageSize(QPageSize(options.paper));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setCreator(QStringLiteral("GluteGuide"));
        writer.setTitle(DisplayNames::routineName(plan.routine));
        paint(writer, plan, options);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf.data()) != pdf.data().size()
        || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}
