#include "app/widgets/ButtonWidth.h"

#include <QPushButton>

#include <algorithm>

void reserveWidthForLabels(QPushButton *button, const QStringList &labels)
{
    const QFontMetrics metrics = button->fontMetrics();
    int widest = 0;
    for (const QString &label : labels)
        widest = std::max(widest, metrics.horizontalAdvance(label));
    button->setMinimumWidth(widest + 2 * metrics.height());
}
