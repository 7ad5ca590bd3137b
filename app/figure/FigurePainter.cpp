#include "app/figure/FigurePainter.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QTransform>

#include <algorithm>
#include <cmath>
#include <limits>

using gluteguide::Joint;
using gluteguide::Point2;

namespace {

constexpr double outlineWidth = 0.009; // metres
constexpr double shadowWidth = 0.17;
constexpr double guideWidth = 0.014;
constexpr double arrowSize = 0.05;
// Leg circles are a few centimetres across: drawn true to size they vanish at 3 m in a view of the
// whole mat, so their guide is drawn enlarged about its centre, less so in a closer view. Shape
// and direction are kept.
constexpr double loopGuideScaleWholeMat = 2.5;
constexpr double wholeMatWidth = 2.1; // metres across the front view

QPointF toPoint(Point2 p)
{
    // Scene y points up; painter y points down.
    return { p.x, -p.y };
}

// A limb drawn with volume: a tapered capsule from one joint to the next (radii in metres).
struct Limb
{
    Joint from;
    Joint to;
    double fromRadius;
    double toRadius;
};

// Far-side limbs first, so the near side and the working leg are drawn over them.
constexpr Limb farSide[] = {
    { Joint::Neck, Joint::LowerShoulder, 0.045, 0.045 },
    { Joint::LowerShoulder, Joint::LowerElbow, 0.045, 0.036 },
    { Joint::LowerElbow, Joint::LowerHand, 0.036, 0.03 },
    { Joint::Pelvis, Joint::LowerHip, 0.07, 0.07 },
    { Joint::LowerHip, Joint::LowerKnee, 0.068, 0.046 },
    { Joint::LowerKnee, Joint::LowerAnkle, 0.046, 0.03 },
    { Joint::LowerAnkle, Joint::LowerToe, 0.03, 0.022 },
};
constexpr Limb body[] = {
    { Joint::Pelvis, Joint::Neck, 0.1, 0.085 }, // the torso
    { Joint::Pelvis, Joint::UpperHip, 0.07, 0.07 },
    { Joint::Neck, Joint::Head, 0.045, 0.04 },
    { Joint::Neck, Joint::UpperShoulder, 0.05, 0.05 },
    { Joint::UpperShoulder, Joint::UpperElbow, 0.05, 0.038 },
    { Joint::UpperElbow, Joint::UpperHand, 0.038, 0.032 },
};
constexpr Limb workingLeg[] = {
    { Joint::UpperHip, Joint::UpperKnee, 0.07, 0.048 },
    { Joint::UpperKnee, Joint::UpperAnkle, 0.048, 0.032 },
    { Joint::UpperAnkle, Joint::UpperToe, 0.032, 0.024 },
};
// The widest part of any limb, for what a moved limb may have touched.
constexpr double widestRadius = 0.1;

// The outline of a tapered capsule: the outer tangents of two circles joined by their far
// arcs, as one polygon.
QPolygonF capsule(QPointF a, double ra, QPointF b, double rb)
{
    const QPointF d = b - a;
    const double length = std::hypot(d.x(), d.y());
    constexpr int arcSteps = 10;
    QPolygonF polygon;
    if (length <= std::abs(ra - rb) + 1e-9) {
        // One circle holds the other: the larger one is the outline.
        const QPointF centre = ra >= rb ? a : b;
        const double r = std::max(ra, rb);
        for (int i = 0; i < 4 * arcSteps; ++i) {
            const double angle = 2.0 * M_PI * i / (4 * arcSteps);
            polygon << centre + QPointF(std::cos(angle), std::sin(angle)) * r;
        }
        return polygon;
    }
    const double axis = std::atan2(d.y(), d.x());
    const double spread = std::acos(std::clamp((ra - rb) / length, -1.0, 1.0));
    const auto arc = [&](QPointF centre, double r, double from, double to) {
        for (int i = 0; i <= arcSteps; ++i) {
            const double angle = from + (to - from) * i / arcSteps;
            polygon << centre + QPointF(std::cos(angle), std::sin(angle)) * r;
        }
    };
    arc(b, rb, axis - spread, axis + spread); // round the far end of b
    arc(a, ra, axis + spread, axis - spread + 2.0 * M_PI); // and back round a
    return polygon;
}

// Each limb as its outline colour a little wider, then its fill: two polygon fills are several
// times cheaper than stroking an outline, which matters at 60 frames a second.
void drawLimbs(QPainter &painter, const gluteguide::FigureFrame &frame, const auto &limbs,
               const QColor &fill, const QColor &outline)
{
    painter.setPen(Qt::NoPen);
    for (const Limb &limb : limbs) {
        const QPointF from = toPoint(frame[limb.from]);
        const QPointF to = toPoint(frame[limb.to]);
        painter.setBrush(outline);
        painter.drawPolygon(capsule(from, limb.fromRadius + outlineWidth / 2, to,
                                    limb.toRadius + outlineWidth / 2));
        painter.setBrush(fill);
        painter.drawPolygon(capsule(from, limb.fromRadius - outlineWidth / 2, to,
                                    limb.toRadius - outlineWidth / 2));
    }
}

// A filled circle with an outline, the same way.
void drawDisc(QPainter &painter, QPointF centre, double radius, const QColor &fill,
              const QColor &outline)
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(outline);
    painter.drawEllipse(centre, radius + outlineWidth / 2, radius + outlineWidth / 2);
    painter.setBrush(fill);
    painter.drawEllipse(centre, radius - outlineWidth / 2, radius - outlineWidth / 2);
}

QColor mixed(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(float(a.redF() * share + b.redF() * (1 - share)),
                            float(a.greenF() * share + b.greenF() * (1 - share)),
                            float(a.blueF() * share + b.blueF() * (1 - share)));
}

void drawShadow(QPainter &painter, const FigureScene &scene, const QColor &ink)
{
    if (scene.shadow.size() < 2)
        return;
    QColor shade = ink;
    shade.setAlphaF(0.12f);
    // One path of overlapping capsules, filled once (winding rule), so overlaps do not darken.
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (std::size_t i = 1; i < scene.shadow.size(); ++i) {
        path.addPolygon(capsule(toPoint(scene.shadow[i - 1]), shadowWidth / 2,
                                toPoint(scene.shadow[i]), shadowWidth / 2));
        path.closeSubpath();
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(shade);
    painter.drawPath(path);
}

// The head, with a nose and an eye towards where the face looks.
void drawHead(QPainter &painter, const FigureScene &scene, const QColor &fill,
              const QColor &outline)
{
    const QPointF centre = toPoint(scene.figure[Joint::Head]);
    const double radius = scene.figure.headRadius;
    const QPointF facing(scene.facing.x, -scene.facing.y);
    drawDisc(painter, centre, radius, fill, outline);
    drawDisc(painter, centre + facing * radius * 0.95, radius * 0.22, fill, outline);
    // Across the facing direction, towards the top of the screen.
    QPointF across(-facing.y(), facing.x());
    if (across.y() > 0)
        across = -across;
    if (std::hypot(across.x(), across.y()) < 0.3)
        across = QPointF(0.0, -0.3);
    painter.setPen(Qt::NoPen);
    painter.setBrush(outline);
    painter.drawEllipse(centre + facing * radius * 0.5 + across * radius * 0.9, radius * 0.11,
                        radius * 0.11);
}

void drawArrowHead(QPainter &painter, QPointF tip, QPointF from, const QColor &colour, double scale)
{
    const QPointF direction = tip - from;
    const double length = std::hypot(direction.x(), direction.y());
    if (length < 1e-9)
        return;
    const QPointF along = direction / length * arrowSize * scale;
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
        const double viewWidth = scene.bounds.right - scene.bounds.left;
        const double scale = std::clamp(loopGuideScaleWholeMat * viewWidth / wholeMatWidth, 1.0,
                                        loopGuideScaleWholeMat);
        for (Point2 &p : guide)
            p = { centre.x + (p.x - centre.x) * scale, centre.y + (p.y - centre.y) * scale };
    }
    return guide;
}

// Scene (metres, y up) to the target rectangle: centred and scaled to fit the bounds.
QTransform sceneToTarget(const QRectF &target, const FigureScene &scene)
{
    const QRectF bounds = FigurePainter::sceneBounds(scene);
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
void drawGuide(QPainter &painter, const FigureScene &scene, const QColor &colour,
               const QColor &halo)
{
    const std::vector<Point2> guide = displayedGuide(scene);
    if (guide.empty())
        return;
    const std::size_t end = scene.guideIsLoop ? guide.size() : guide.size() / 2 + 1;
    QPainterPath path(toPoint(guide.front()));
    for (std::size_t i = 1; i < end; ++i)
        path.lineTo(toPoint(guide[i]));
    // A halo in the paper colour keeps the guide visible where it crosses the working leg.
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(halo, guideWidth * 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path);
    painter.setPen(QPen(colour, guideWidth, Qt::DashLine, Qt::RoundCap));
    painter.drawPath(path);

    // On a loop the arrow sits three quarters of the way round, clear of the start.
    const std::size_t tip = scene.guideIsLoop ? guide.size() * 3 / 4 : end - 1;
    drawArrowHead(painter, toPoint(guide[tip]), toPoint(guide[tip - 2]), halo, 1.5);
    drawArrowHead(painter, toPoint(guide[tip]), toPoint(guide[tip - 2]), colour, 1.0);
}

} // namespace

QRectF FigurePainter::sceneBounds(const FigureScene &scene)
{
    // Painter coordinates: y down.
    return QRectF(QPointF(scene.bounds.left, -scene.bounds.top),
                  QPointF(scene.bounds.right, -scene.bounds.bottom));
}

namespace {

struct Colours
{
    QColor ink;
    QColor paper;
    QColor accent;
    QColor bodyFill;
    QColor farFill;
    QColor farOutline;
};

Colours coloursOf(const QPalette &palette)
{
    Colours c;
    c.ink = palette.color(QPalette::WindowText);
    c.paper = palette.color(QPalette::Base);
    c.accent = palette.color(QPalette::Highlight);
    // Light fills with dark outlines: the body reads in any palette and printed in grey.
    c.bodyFill = mixed(c.ink, c.paper, 0.32);
    c.farFill = mixed(c.ink, c.paper, 0.14);
    c.farOutline = c.ink;
    c.farOutline.setAlphaF(0.55f);
    return c;
}

} // namespace

void FigurePainter::paint(QPainter &painter, const QRectF &target, const FigureScene &scene,
                          const QPalette &palette)
{
    paintStill(painter, target, scene, palette);
    paintMoving(painter, target, scene, palette);
}

void FigurePainter::paintStill(QPainter &painter, const QRectF &target, const FigureScene &scene,
                               const QPalette &palette)
{
    if (sceneBounds(scene).isEmpty())
        return; // no scene yet
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setTransform(sceneToTarget(target, scene), true);

    QPolygonF mat;
    for (Point2 corner : scene.mat)
        mat << toPoint(corner);
    painter.setPen(QPen(palette.color(QPalette::Mid), 0.008));
    painter.setBrush(palette.color(QPalette::AlternateBase));
    painter.drawPolygon(mat);

    const Colours c = coloursOf(palette);
    drawShadow(painter, scene, c.ink);
    drawLimbs(painter, scene.figure, farSide, c.farFill, c.farOutline);
    drawLimbs(painter, scene.figure, body, c.bodyFill, c.ink);
    drawHead(painter, scene, c.bodyFill, c.ink);
    painter.restore();
}

void FigurePainter::paintMoving(QPainter &painter, const QRectF &target, const FigureScene &scene,
                                const QPalette &palette)
{
    paintWorkingLeg(painter, target, scene, palette);
    paintGuide(painter, target, scene, palette);
}

namespace {

// Draws with `draw` in scene coordinates (metres, y down), antialiased, leaving the painter as
// it was.
template <typename Draw>
void drawInScene(QPainter &painter, const QRectF &target, const FigureScene &scene,
                 const QPalette &palette, Draw draw)
{
    if (FigurePainter::sceneBounds(scene).isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setTransform(sceneToTarget(target, scene), true);
    draw(coloursOf(palette));
    painter.restore();
}

} // namespace

void FigurePainter::paintWorkingLeg(QPainter &painter, const QRectF &target,
                                    const FigureScene &scene, const QPalette &palette)
{
    drawInScene(painter, target, scene, palette, [&](const Colours &c) {
        drawLimbs(painter, scene.figure, workingLeg, scene.showWorkingLeg ? c.accent : c.bodyFill,
                  c.ink);
    });
}

void FigurePainter::paintGuide(QPainter &painter, const QRectF &target, const FigureScene &scene,
                               const QPalette &palette)
{
    drawInScene(painter, target, scene, palette,
                [&](const Colours &c) { drawGuide(painter, scene, c.accent, c.paper); });
}

bool FigurePainter::sameGuide(const FigureScene &a, const FigureScene &b)
{
    return a.guide == b.guide && a.guideIsLoop == b.guideIsLoop && a.bounds == b.bounds;
}

bool FigurePainter::sameStill(const FigureScene &a, const FigureScene &b)
{
    if (a.mat != b.mat || a.shadow != b.shadow || a.facing != b.facing || a.bounds != b.bounds
        || a.figure.headRadius != b.figure.headRadius || a.figure.mirrored != b.figure.mirrored)
        return false;
    const auto same = [&](const auto &limbs) {
        for (const Limb &limb : limbs) {
            if (a.figure[limb.from] != b.figure[limb.from]
                || a.figure[limb.to] != b.figure[limb.to])
                return false;
        }
        return true;
    };
    return same(farSide) && same(body) && a.figure[Joint::Head] == b.figure[Joint::Head];
}

QRect FigurePainter::guideArea(const QRectF &target, const FigureScene &scene)
{
    const std::vector<Point2> guide = displayedGuide(scene);
    if (guide.empty() || sceneBounds(scene).isEmpty())
        return {};
    QPolygonF points;
    for (Point2 p : guide)
        points << toPoint(p);
    const double margin = arrowSize * 1.5;
    const QRectF area = points.boundingRect().adjusted(-margin, -margin, margin, margin);
    // Two pixels more for antialiasing.
    return sceneToTarget(target, scene).mapRect(area).toAlignedRect().adjusted(-2, -2, 2, 2);
}

double FigurePainter::largestShift(const QRectF &target, const FigureScene &before,
                                   const FigureScene &after)
{
    constexpr double anyChange = std::numeric_limits<double>::infinity();
    if (before.mat != after.mat || before.showWorkingLeg != after.showWorkingLeg
        || before.bounds != after.bounds || before.figure.headRadius != after.figure.headRadius
        || before.figure.mirrored != after.figure.mirrored || before.facing != after.facing
        || before.guideIsLoop != after.guideIsLoop || before.guide.size() != after.guide.size()
        || before.shadow.size() != after.shadow.size())
        return anyChange;
    double largest = 0.0; // metres
    const auto compare = [&largest](Point2 a, Point2 b) {
        largest = std::max(largest, std::hypot(a.x - b.x, a.y - b.y));
    };
    for (std::size_t i = 0; i < before.figure.joints.size(); ++i)
        compare(before.figure.joints[i], after.figure.joints[i]);
    for (std::size_t i = 0; i < before.shadow.size(); ++i)
        compare(before.shadow[i], after.shadow[i]);
    for (std::size_t i = 0; i < before.guide.size(); ++i)
        compare(before.guide[i], after.guide[i]);
    if (largest == 0.0)
        return 0.0;
    // The scale is uniform: one metre is m11() pixels in either direction.
    return largest * std::abs(sceneToTarget(target, after).m11());
}

QRect FigurePainter::changedArea(const QRectF &target, const FigureScene &before,
                                 const FigureScene &after)
{
    if (before.mat != after.mat || before.showWorkingLeg != after.showWorkingLeg
        || before.bounds != after.bounds || before.figure.headRadius != after.figure.headRadius)
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
    double margin = widestRadius + outlineWidth;
    if (before.shadow != after.shadow) {
        for (const FigureScene *scene : { &before, &after }) {
            for (Point2 p : scene->shadow)
                changed << toPoint(p);
        }
        margin = std::max(margin, shadowWidth / 2 + outlineWidth);
    }
    if (before.figure[Joint::Head] != after.figure[Joint::Head] || before.facing != after.facing) {
        changed << toPoint(before.figure[Joint::Head]) << toPoint(after.figure[Joint::Head]);
        margin = std::max(margin, after.figure.headRadius * 1.2 + outlineWidth);
    }
    if (before.guide != after.guide || before.guideIsLoop != after.guideIsLoop) {
        for (const FigureScene *scene : { &before, &after }) {
            for (Point2 p : displayedGuide(*scene))
                changed << toPoint(p);
        }
        margin = std::max(margin, arrowSize * 1.5);
    }
    if (changed.isEmpty() || sceneBounds(after).isEmpty())
        return {};
    const QRectF area = changed.boundingRect().adjusted(-margin, -margin, margin, margin);
    // Two pixels more for antialiasing.
    return sceneToTarget(target, after).mapRect(area).toAlignedRect().adjusted(-2, -2, 2, 2);
}
