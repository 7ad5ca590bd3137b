#include "app/widgets/ProgressStripAccessible.h"

#include "app/widgets/ProgressStrip.h"

#include <cmath>

ProgressStripAccessible::ProgressStripAccessible(ProgressStrip *strip)
    : QAccessibleWidget(strip, QAccessible::ProgressBar)
{
}

QAccessibleInterface *ProgressStripAccessible::create(const QString &className, QObject *object)
{
    if (className == QLatin1String("ProgressStrip")) {
        if (auto *strip = qobject_cast<ProgressStrip *>(object))
            return new ProgressStripAccessible(strip);
    }
    return nullptr;
}

void *ProgressStripAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::ValueInterface)
        return static_cast<QAccessibleValueInterface *>(this);
    return QAccessibleWidget::interface_cast(type);
}

QString ProgressStripAccessible::text(QAccessible::Text kind) const
{
    if (kind == QAccessible::Value)
        return QStringLiteral("%1%").arg(currentValue().toInt());
    if (kind == QAccessible::Description && !strip()->text().isEmpty())
        return strip()->text();
    return QAccessibleWidget::text(kind);
}

QVariant ProgressStripAccessible::currentValue() const
{
    return int(std::lround(strip()->fraction() * 100.0));
}

ProgressStrip *ProgressStripAccessible::strip() const
{
    return static_cast<ProgressStrip *>(widget());
}
