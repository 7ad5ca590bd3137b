#include "app/figure/FigurePainter.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QTransform>

#include <cmath>

using gluteguide::Joint;
using gluteguide::Point2;

namespace {

constexpr double limbWidth = 0.05; // metres
constexpr double workingWidth = 0.06; // the working leg stands out
constexpr double guideWidth = 0.014;
constexpr double arrowSize = 0.05;
// Leg circles are a few centimetres across: drawn true to size they vanish at 3 m, so their
// guide is drawn enlarged about its centre. Shape and direction are kept.
constexpr double loopGuideScale = 2.5;

QPointF toPoint(Point2 p)
{
    // Scene y points up; painter y points down.
    return { p.x, -p.y };
}

struct Limb
{
    Joint from;
    Joint to;
};

// Far-side limbs first, so the near side and the working leg are drawn over them.
constexpr Limb farSide[] = {
    { Joint::Neck, Joint::LowerShoulder },   { Joint::LowerShoulder, Joint::LowerElbow },
    { Joint::LowerElbow, Joint::LowerHand }, { Joint::Pelvis, Joint::LowerHip },
    { Joint::LowerHip, Joint::LowerKnee },   { Joint::LowerKnee, Joint::LowerAnkle },
    { Joint::LowerAnkle, Joint::LowerToe },
};
constexpr Limb body[] = {
    { Joint::Pelvis, Joint::Neck },          { Joint::Neck, Joint::Head },
    { Joint::Neck, Joint::UpperShoulder },   { Joint::UpperShoulder, Joint::UpperElbow },
    { Joint::UpperElbow, Joint::UpperHand }, { Joint::Pelvis, Joint::UpperHip },
};
constexpr Limb workingLeg[] = {
    { Joint::UpperHip, Joint::UpperKnee },
    { Joint::UpperKnee, Joint::UpperAnkle },
    { Joint::UpperAnkle, Joint::UpperToe },
};

void drawLimbs(QPainter &painter, const gluteguide::FigureFrame &frame, const auto &limbs,
               const QColor &colour, double width)
{
    painter.setPen(QPen(colour, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const Limb &limb : limbs)
        painter.drawLine(toPoint(frame[limb.from]), toPoint(frame[limb.to]));
}

void drawArrowHead(QPainter &painter, QPointF tip, QPointF from, const QColor &colour)
{
    const QPointF direction = tip - from;
    const double length = std::hypot(direction.x(), direction.y());
    if (length < 1e-9)
        return;
    const QPointF along = direction / length * arrowSize;
    const QPointF across(-along.y() * 0.6, along.x() * 0.6);
    QPolygonF head;
    head << tip + along * 0.4 << tip - along * 0.6 + across << tip - along * 0.6 - across;
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawPolygon(head);
}

// The guide's points as drawn: loops enlarged about their centre. Empty when there is none.
std::vector<Point2> displayedGuide(const FigureScene &scene)
{
    if (scene.guide.size() < 4)
        return {};
    std::vector<Point2> guide = scene.guide;
    if (scene.guideIsLoop) {
        Point2 centre;
        for (Point2 p : guide) {
            centre.x += p.x / double(guide.size());
            centre.y += p.y / double(guide.size());
        }
        for (Point2 &p : guide)
            p = { centre.x + (p.x - centre.x) * loopGuideScale,
                  centre.y + (p.y - centre.y) * loopGuideScale };
    }
    return guide;
}

// Scene (metres, y up) to the target rectangle: centred and scaled to fit the bounds.
QTransform sceneToTarget(const QRectF &target)
{
    const QRectF bounds = FigurePainter::sceneBounds();
    const double scale =
            std::min(target.width() / bounds.width(), target.height() / bounds.height());
    QTransform transform;
    transform.translate(target.center().x(), target.center().y());
    transform.scale(scale, scale);
    transform.translate(-bounds.center().x(), -bounds.center().y());
    return transform;
}

// The guide: the path the working joint follows, with an arrowhead in the direction of travel.
// Lift-and-lower paths retrace themselves, so only the way up is drawn.
void drawGuide(QPainter &painter, const FigureScene &scene, const QColor &colour)
{
    const std::vector<Point2> guide = displayedGuide(scene);
    if (guide.empty())
        return;
    const std::size_t end = scene.guideIsLoop ? guide.size() : guide.size() / 2 + 1;
    QPainterPath path(toPoint(guide.front()));
    for (std::size_t i = 1; i < end; ++i)
        path.lineTo(toPoint(guide[i]));
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(colour, guideWidth, Qt::DashLine, Qt::RoundCap));
    painter.drawPath(path);

    // On a loop the arrow sits three quarters of the way round, clear of the start.
    const std::size_t tip = scene.guideIsLoop ? guide.size() * 3 / 4 : end - 1;
    drawArrowHead(painter, toPoint(guide[tip]), toPoint(guide[tip - 2]), colour);
}

} // namespace

QRectF FigurePainter::sceneBounds()
{
    // Covers the mat and every pose of a whole session in the default camera, mirrored or not
    // (painter coordinates: y down).
    return QRectF(QPointF(-1.06, -0.49), QPointF(1.06, 0.36));
}

void FigurePainter::paint(QPainter &painter, const QRectF &target, const FigureScene &scene,
                          const QPalette &palette)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setTransform(sceneToTarget(target), true);

    QPolygonF mat;
    for (Point2 corner : scene.mat)
        mat << toPoint(corner);
    painter.setPen(QPen(palette.color(QPalette::Mid), 0.008));
    painter.setBrush(palette.color(QPalette::AlternateBase));
    painter.drawPolygon(mat);

    const QColor ink = palette.color(QPalette::WindowText);
    QColor farInk = ink;
    farInk.setAlphaF(0.45);
    const QColor accent = palette.color(QPalette::Highlight);

    drawLimbs(painter, scene.figure, farSide, farInk, limbWidth);
    drawLimbs(painter, scene.figure, body, ink, limbWidth);
    painter.setPen(QPen(ink, limbWidth * 0.6));
    painter.setBrush(palette.color(QPalette::Base));
    painter.drawEllipse(toPoint(scene.figure[Joint::Head]), scene.figure.headRadius * 0.85,
                        scene.figure.headRadius * 0.85);
    drawLimbs(painter, scene.figure, workingLeg, scene.showWorkingLeg ? accent : ink,
              scene.showWorkingLeg ? workingWidth : limbWidth);
    drawGuide(painter, scene, accent);
    painter.restore();
}

QRect FigurePainter::changedArea(const QRectF &target, const FigureScene &before,
                                 const FigureScene &after)
{
    if (before.mat != after.mat || before.showWorkingLeg != after.showWorkingLeg
        || before.figure.headRadius != after.figure.headRadius)
        return target.toAlignedRect();

    // Every limb with a moved end, where it was and where it is.
    QPolygonF changed;
    const auto addLimbs = [&](const auto &limbs) {
        for (const Limb &limb : limbs) {
            if (before.figure[limb.from] == after.figure[limb.from]
                && before.figure[limb.to] == after.figure[limb.to])
                continue;
            for (const FigureScene *scene : { &before, &after })
                changed << toPoint(scene->figure[limb.from]) << toPoint(scene->figure[limb.to]);
        }
    };
    addLimbs(farSide);
    addLimbs(body);
    addLimbs(workingLeg);
    double margin = workingWidth;
    if (before.figure[Joint::Head] != after.figure[Joint::Head]) {
        changed << toPoint(before.figure[Joint::Head]) << toPoint(after.figure[Joint::Head]);
        margin = std::max(margin, after.figure.headRadius + limbWidth);
    }
    if (before.guide != after.guide || before.guideIsLoop != after.guideIsLoop) {
        for (const FigureScene *scene : { &before, &after }) {
            for (Point2 p : displayedGuide(*scene))
                changed << toPoint(p);
        }
        margin = std::max(margin, arrowSize);
    }
    if (changed.isEmpty())
        return {};
    const QRectF area = changed.boundingRect().adjusted(-margin, -margin, margin, margin);
    // Two pixels more for antialiasing.
    return sceneToTarget(target).mapRect(area).toAlignedRect().adjusted(-2, -2, 2, 2);
}
