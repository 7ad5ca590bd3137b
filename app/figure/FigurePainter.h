#pragma once

#include "app/figure/FigureScene.h"

#include <QRectF>

class QPainter;
class QPalette;

// Paints a figure scene into a rectangle, centred and scaled to fit, in the palette's colours.
class FigurePainter
{
public:
    static void paint(QPainter &painter, const QRectF &target, const FigureScene &scene,
                      const QPalette &palette);

    // The part of the projected scene (metres) that every pose stays inside.
    static QRectF sceneBounds();
};
