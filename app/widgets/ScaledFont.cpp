#include "app/widgets/ScaledFont.h"

#include <QLabel>

QFont scaledFont(const QFont &base, double factor, bool bold)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

QLabel *pageTitle(const QString &text, QWidget *parent, double factor)
{
    auto *title = new QLabel(text, parent);
    title->setFont(scaledFont(parent->font(), factor, true));
    title->setAccessibleName(text);
    return title;
}
