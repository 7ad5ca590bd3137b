#include "app/window/ApplicationStyle.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

void ApplicationStyle::apply(PaletteChoice choice)
{
    static const QPalette system = QApplication::palette();
    static const QString systemStyle = QApplication::style()->name();
    // Fusion follows a custom palette faithfully on every platform; native styles may not.
    QApplication::setStyle(
            QStyleFactory::create(choice == PaletteChoice::System ? systemStyle : "Fusion"));
    QApplication::setPalette(Palettes::paletteFor(choice, system));
}
