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

    // What must be repainted in the target to go from one scene to the next: every limb that
    // moved, old and new, and the guide if it changed. Empty when nothing changed.
    static QRect changedArea(const QRectF &target, const FigureScene &before,
                             const FigureScene &after);

    // The part of the projected scene (metres, painter coordinates) that every pose seen by the
    // scene's camera stays inside.
    static QRectF sceneBounds(const FigureScene &scene);
};
