#pragma once

#include <QAccessibleValueInterface>
#include <QAccessibleWidget>

class ProgressStrip;

// What a screen reader gets from a ProgressStrip: a progress bar with its value in percent (the
// AT-SPI Value interface) and its label, like QProgressBar's, which the strip replaces for speed.
class ProgressStripAccessible : public QAccessibleWidget, public QAccessibleValueInterface
{
public:
    explicit ProgressStripAccessible(ProgressStrip *strip);

    // For QAccessible::installFactory().
    static QAccessibleInterface *create(const QString &className, QObject *object);

    void *interface_cast(QAccessible::InterfaceType type) override;
    QString text(QAccessible::Text kind) const override;

    QVariant currentValue() const override;
    void setCurrentValue(const QVariant &) override { } // shown, not set
    QVariant maximumValue() const override { return 100; }
    QVariant minimumValue() const override { return 0; }
    QVariant minimumStepSize() const override { return 1; }

private:
    ProgressStrip *strip() const;
};
