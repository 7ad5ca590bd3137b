#pragma once

#include <QFont>
#include <QString>

class QLabel;
class QWidget;

// Type sizes follow the user's font: everything big is a multiple of it, so large-text settings
// scale the whole app.
QFont scaledFont(const QFont &base, double factor, bool bold = false);

// A screen's heading: twice the text size, bold.
QLabel *pageTitle(const QString &text, QWidget *parent, double factor = 2.0);
