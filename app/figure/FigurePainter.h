#pragma once

#include "app/figure/FigureScene.h"

#include <QRect>
#include <QRectF>

class QPainter;
class QPalette;

// Paints a figure scene into a rectangle, centred and scaled to fit, in the palette's colours.
class FigurePainter
{
public:
    static void paint(QPainter &painter, const QRectF &target, const FigureScene &scene,
                      const QPalette &palette);

    // The same in two layers: what stays still while a movement is done (the mat, the shadow,
    // the body and the far limbs), and what moves over it (the working leg and its guide). A
    // view can keep a picture of the still layer and paint only the moving one each frame.
    static void paintStill(QPainter &painter, const QRectF &target, const FigureScene &scene,
                           const QPalette &palette);
    static void paintMoving(QPainter &painter, const QRectF &target, const FigureScene &scene,
                            const QPalette &palette);
    // The moving layer's two parts, in this order: the leg, and the guide over it. The guide
    // only changes with the movement, so a view can keep a picture of it too.
    static void paintWorkingLeg(QPainter &painter, const QRectF &target, const FigureScene &scene,
                                const QPalette &palette);
    static void paintGuide(QPainter &painter, const QRectF &target, const FigureScene &scene,
                           const QPalette &palette);
    // Whether the still layers, or the guides, of two scenes are the same picture.
    static bool sameStill(const FigureScene &a, const FigureScene &b);
    static bool sameGuide(const FigureScene &a, const FigureScene &b);

    // What must be repainted in the target to go from one scene to the next: every limb that
    // moved, old and new, and the guide if it changed. Empty when nothing changed.
    static QRect changedArea(const QRectF &target, const FigureScene &before,
                             const FigureScene &after);

    // Where the guide is drawn in the target; empty when there is none.
    static QRect guideArea(const QRectF &target, const FigureScene &scene);

    // How far, in target pixels, anything drawn moves from one scene to the next: the largest
    // shift of a joint, a shadow point or a guide point. Infinite when the scenes differ in kind
    // (another mat, camera, guide or head), so that such a change is never held back.
    static double largestShift(const QRectF &target, const FigureScene &before,
                               const FigureScene &after);

    // The part of the projected scene (metres, painter coordinates) that every pose seen by the
    // scene's camera stays inside.
    static QRectF sceneBounds(const FigureScene &scene);
};
