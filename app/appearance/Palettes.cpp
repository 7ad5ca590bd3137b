#include "app/appearance/Palettes.h"

namespace {

QPalette build(QColor window, QColor base, QColor alternate, QColor text, QColor mid,
               QColor highlight, QColor highlightedText)
{
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, alternate);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::Mid, mid);
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, highlightedText);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, mid);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, mid);
    palette.setColor(QPalette::Disabled, QPalette::Text, mid);
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, mid);
    return palette;
}

} // namespace

QPalette Palettes::paletteFor(PaletteChoice choice, const QPalette &system)
{
    switch (choice) {
    case PaletteChoice::System:
        return system;
    case PaletteChoice::Light:
        return build("#f4f5f7", "#ffffff", "#dfe7ef", "#1b1f24", "#8a939c", "#d35400", "#ffffff");
    case PaletteChoice::Dark:
        return build("#1f2328", "#15181c", "#2c3440", "#e8eaed", "#6b7480", "#ff9e40", "#111111");
    case PaletteChoice::HighContrast:
        return build("#000000", "#000000", "#1a1a1a", "#ffffff", "#bfbfbf", "#ffd400", "#000000");
    }
    return system;
}
