#include "app/appearance/Palettes.h"

namespace {

// The colours of one scheme. Text on its backgrounds, placeholder text and links keep a WCAG
// contrast of at least 4.5:1; mid is for lines and disabled text, which need not.
struct Scheme
{
    QColor window, base, alternate, text, mid, placeholder, highlight, highlightedText, link,
            linkVisited;
};

QPalette build(const Scheme &c)
{
    QPalette palette;
    palette.setColor(QPalette::Window, c.window);
    palette.setColor(QPalette::WindowText, c.text);
    palette.setColor(QPalette::Base, c.base);
    palette.setColor(QPalette::AlternateBase, c.alternate);
    palette.setColor(QPalette::Text, c.text);
    palette.setColor(QPalette::BrightText, c.highlightedText);
    palette.setColor(QPalette::Button, c.window);
    palette.setColor(QPalette::ButtonText, c.text);
    // Bevels and frames, from the button's colour as Qt derives them.
    palette.setColor(QPalette::Light, c.window.lighter(150));
    palette.setColor(QPalette::Midlight, c.window.lighter(125));
    palette.setColor(QPalette::Mid, c.mid);
    palette.setColor(QPalette::Dark, c.window.darker(200));
    palette.setColor(QPalette::Shadow, c.window.darker(300));
    palette.setColor(QPalette::Highlight, c.highlight);
    palette.setColor(QPalette::HighlightedText, c.highlightedText);
    palette.setColor(QPalette::Link, c.link);
    palette.setColor(QPalette::LinkVisited, c.linkVisited);
    palette.setColor(QPalette::ToolTipBase, c.base);
    palette.setColor(QPalette::ToolTipText, c.text);
    palette.setColor(QPalette::PlaceholderText, c.placeholder);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, c.mid);
    palette.setColor(QPalette::Disabled, QPalette::Text, c.mid);
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, c.mid);
    return palette;
}

} // namespace

QPalette Palettes::paletteFor(PaletteChoice choice, const QPalette &system)
{
    switch (choice) {
    case PaletteChoice::System:
        return system;
    case PaletteChoice::Light:
        return build({ "#f4f5f7", "#ffffff", "#dfe7ef", "#1b1f24", "#8a939c", "#5f6770", "#b84700",
                       "#ffffff", "#0b57d0", "#7a3ec8" });
    case PaletteChoice::Dark:
        return build({ "#1f2328", "#15181c", "#2c3440", "#e8eaed", "#6b7480", "#9aa3ad", "#ff9e40",
                       "#111111", "#8ab4f8", "#c58af9" });
    case PaletteChoice::HighContrast:
        return build({ "#000000", "#000000", "#1a1a1a", "#ffffff", "#bfbfbf", "#bfbfbf", "#ffd400",
                       "#000000", "#66ccff", "#ff80ff" });
    }
    return system;
}
