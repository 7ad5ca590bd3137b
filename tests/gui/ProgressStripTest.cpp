// The progress strips of the session screen paint each frame from two pictures (empty and full)
// and draw only the fill's rounded end. What they show must be what drawing the strip outright
// shows, however the frame is cut into the pieces Qt asks to repaint.

#include "app/widgets/ProgressStrip.h"
#include "ImageDifference.h"

#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QRegion>

#include <algorithm>

#include <gtest/gtest.h>

namespace {

constexpr int stripWidth = 500;
constexpr int stripHeight = 40;

// The strip drawn outright: the frame, the rounded fill over it, the text in the middle.
QImage drawnOutright(const ProgressStrip &strip)
{
    const QWidget *behind = strip.parentWidget();
    QImage image(strip.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(behind->palette().color(behind->backgroundRole()));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(strip.rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const double radius = std::min(6.0, frame.height() / 2);
    painter.setPen(QPen(strip.palette().color(QPalette::Mid), 1));
    painter.setBrush(strip.palette().color(QPalette::Base));
    painter.drawRoundedRect(frame, radius, radius);
    if (strip.fraction() > 0.0) {
        QRectF fill = frame;
        fill.setWidth(frame.width() * strip.fraction());
        painter.setPen(Qt::NoPen);
        painter.setBrush(strip.palette().color(QPalette::Highlight));
        painter.drawRoundedRect(fill, radius, radius);
    }
    return image;
}

// The strip as it paints itself, in vertical slices `slice` pixels wide, one paint each, over
// an image first filled with a colour it never uses.
QImage paintedInSlices(ProgressStrip &strip, int slice)
{
    QImage image(strip.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::magenta);
    for (int x = 0; x < strip.width(); x += slice) {
        const QRect part(x, 0, std::min(slice, strip.width() - x), strip.height());
        strip.render(&image, part.topLeft(), QRegion(part), QWidget::RenderFlags());
    }
    return image;
}

} // namespace

TEST(ProgressStripTest, EveryFillLooksAsDrawnOutrightWhateverPiecesArePainted)
{
    QWidget page;
    auto *strip = new ProgressStrip(&page);
    strip->resize(stripWidth, stripHeight);
    for (const double fraction : { 0.0, 0.004, 0.02, 0.05, 0.31, 0.5, 0.777, 0.99, 1.0 }) {
        strip->setFraction(fraction);
        const QImage expected = drawnOutright(*strip);
        for (const int slice : { stripWidth, 64, 7, 1 }) {
            QPoint where;
            const int difference =
                    largestChannelDifference(expected, paintedInSlices(*strip, slice), &where);
            EXPECT_LE(difference, 1)
                    << "fill " << fraction << ", slices of " << slice << " px: off by "
                    << difference << " at (" << where.x() << "," << where.y() << ")";
        }
    }
}
