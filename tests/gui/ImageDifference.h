#pragma once

#include <QColor>
#include <QImage>
#include <QPoint>

#include <algorithm>
#include <cstdlib>

// The largest difference of one colour channel between two images of the same size, and where
// it is: pictures composed from layers may round an antialiased pixel differently by one.
inline int largestChannelDifference(const QImage &a, const QImage &b, QPoint *where)
{
    int largest = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            const int difference =
                    std::max({ std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                               std::abs(qBlue(p) - qBlue(q)) });
            if (difference > largest) {
                largest = difference;
                *where = QPoint(x, y);
            }
        }
    }
    return largest;
}
