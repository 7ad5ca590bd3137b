#pragma once

#include <QStringList>

class QPushButton;

// Gives a button room around its words, wide enough for every label it will show, so that a
// row of controls does not jump when a label changes (Pause/Resume).
void reserveWidthForLabels(QPushButton *button, const QStringList &labels);
