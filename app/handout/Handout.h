#pragma once

#include "core/plan/Plan.h"

#include <QCoreApplication>
#include <QDate>
#include <QPageSize>
#include <QString>

class QPagedPaintDevice;

// The routine on paper, for a patient to take home: its name, the therapist's note, the date,
// how long it takes, sets, sides and rests, the set-up, and for every movement done two or three
// key frames drawn by the figure painter, what to watch for, reps × sets and tempo, then the
// safety advice. Text is real text; the drawing stays legible printed in black and white.
class Handout
{
    Q_DECLARE_TR_FUNCTIONS(Handout)

public:
    struct Options
    {
        QPageSize::PageSizeId paper = QPageSize::A4; // for writePdf(); a printer has its own
        QDate date = QDate::currentDate();
    };

    // Lays the handout out on the device's pages, in the page size it has (a PDF writer or a
    // printer); returns the number of pages.
    static int paint(QPagedPaintDevice &device, const gluteguide::Plan &plan,
                     const Options &options);

    // Writes a PDF file whole or not at all; false with *error set when it cannot.
    static bool writePdf(const QString &path, const gluteguide::Plan &plan, const Options &options,
                         QString *error);
};
