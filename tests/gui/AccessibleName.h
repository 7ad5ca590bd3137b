#pragma once

#include <QAccessible>
#include <QLabel>
#include <QRegularExpression>
#include <QWidget>

#include <gtest/gtest.h>

#include <algorithm>

// What a screen reader says a widget is called: read from its accessibility interface, as
// assistive technology reads it, not from the accessibleName property (a label or a button's
// text counts there too, and the property may hold what no reader would say).
inline QString spokenName(QWidget *widget)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
}

// Words, and no mnemonic marker ("&Save").
inline bool readsWell(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetter(); })
            && !text.contains(QRegularExpression(QStringLiteral("&\\w")));
}

// A name a listener can use: there, with words in it, without a mnemonic marker ("&Save") and
// not the widget's class. A combo box is named by its current choice on Linux (Qt's
// accessibility says so), so it must also be labelled by a QLabel that reads well: its buddy.
inline ::testing::AssertionResult hasMeaningfulName(QWidget *widget)
{
    const QString what = QStringLiteral("%1 \"%2\"")
                                 .arg(QString::fromLatin1(widget->metaObject()->className()),
                                      widget->objectName());
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    if (!accessible)
        return ::testing::AssertionFailure() << what.toStdString() << " is not accessible";
    if (accessible->role() == QAccessible::ComboBox) {
        const auto labels = accessible->relations(QAccessible::Label);
        // A label of its own: the group box around it labels it too, but names only the group.
        const bool labelled = std::any_of(labels.begin(), labels.end(), [](const auto &relation) {
            return qobject_cast<QLabel *>(relation.first->object())
                    && readsWell(relation.first->text(QAccessible::Name).trimmed());
        });
        if (!labelled)
            return ::testing::AssertionFailure()
                    << what.toStdString() << " is labelled by no label a reader can say";
    }
    const QString name = spokenName(widget);
    if (name.isEmpty())
        return ::testing::AssertionFailure() << what.toStdString() << " has no accessible name";
    if (accessible->role() != QAccessible::ComboBox && !readsWell(name))
        return ::testing::AssertionFailure()
                << what.toStdString() << " is called \"" << name.toStdString()
                << "\": no words, or a mnemonic marker";
    if (name == QString::fromLatin1(widget->metaObject()->className()))
        return ::testing::AssertionFailure()
                << what.toStdString() << " is called by its class name";
    return ::testing::AssertionSuccess();
}
