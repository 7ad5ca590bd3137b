// The light, dark and high-contrast schemes: every colour role is the scheme's own, and text is
// readable on every background it is drawn on (WCAG 2 contrast, at least 4.5:1), worked out
// from the palette's colours.

#include "app/appearance/Palettes.h"

#include <QPalette>

#include <gtest/gtest.h>

#include <cmath>
#include <string>

namespace {

// WCAG 2's relative luminance of an sRGB colour.
double luminance(const QColor &colour)
{
    const auto linear = [](double channel) {
        return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF())
            + 0.0722 * linear(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

std::string colourName(QPalette::ColorRole role)
{
    static const char *const names[] = { "WindowText",     "Button",
                                         "Light",          "Midlight",
                                         "Dark",           "Mid",
                                         "Text",           "BrightText",
                                         "ButtonText",     "Base",
                                         "Window",         "Shadow",
                                         "Highlight",      "HighlightedText",
                                         "Link",           "LinkVisited",
                                         "AlternateBase",  "NoRole",
                                         "ToolTipBase",    "ToolTipText",
                                         "PlaceholderText" };
    return role < int(std::size(names)) ? names[role] : std::to_string(int(role));
}

class PaletteSchemeTest : public ::testing::TestWithParam<PaletteChoice>
{
protected:
    // A system palette no scheme may fall back on: pure red everywhere.
    static QPalette system()
    {
        QPalette palette;
        for (int role = 0; role < QPalette::NColorRoles; ++role) {
            if (role != QPalette::NoRole)
                palette.setColor(QPalette::ColorRole(role), Qt::red);
        }
        return palette;
    }

    QPalette palette() const { return Palettes::paletteFor(GetParam(), system()); }
};

std::string choiceName(PaletteChoice choice)
{
    switch (choice) {
    case PaletteChoice::System:
        return "System";
    case PaletteChoice::Light:
        return "Light";
    case PaletteChoice::Dark:
        return "Dark";
    case PaletteChoice::HighContrast:
        return "HighContrast";
    }
    return "Unknown";
}

std::string testName(const ::testing::TestParamInfo<PaletteChoice> &info)
{
    return choiceName(info.param);
}

} // namespace

TEST_P(PaletteSchemeTest, EveryRoleIsTheSchemesOwnInEveryState)
{
    const QPalette scheme = palette();
    for (const QPalette::ColorGroup group :
         { QPalette::Active, QPalette::Inactive, QPalette::Disabled }) {
        for (int role = 0; role < QPalette::NColorRoles; ++role) {
            if (role == QPalette::NoRole)
                continue;
            const auto colourRole = QPalette::ColorRole(role);
            EXPECT_TRUE(scheme.isBrushSet(group, colourRole))
                    << colourName(colourRole) << " in group " << int(group);
            EXPECT_NE(scheme.color(group, colourRole), QColor(Qt::red))
                    << colourName(colourRole) << " comes from the system in group " << int(group);
        }
    }
}

TEST_P(PaletteSchemeTest, TextIsReadableOnEveryBackgroundItIsDrawnOn)
{
    // Each text role with the backgrounds it is drawn on.
    const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
        { QPalette::WindowText, QPalette::Window },
        { QPalette::Text, QPalette::Base },
        { QPalette::Text, QPalette::AlternateBase },
        { QPalette::ButtonText, QPalette::Button },
        { QPalette::HighlightedText, QPalette::Highlight },
        { QPalette::ToolTipText, QPalette::ToolTipBase },
        { QPalette::PlaceholderText, QPalette::Base },
        { QPalette::Link, QPalette::Base },
        { QPalette::Link, QPalette::Window },
        { QPalette::LinkVisited, QPalette::Base },
        // The accent is also the colour of highlighted words on the page.
        { QPalette::Highlight, QPalette::Window },
    };
    const QPalette scheme = palette();
    for (const QPalette::ColorGroup group : { QPalette::Active, QPalette::Inactive }) {
        for (const auto &[text, background] : pairs) {
            const double ratio =
                    contrast(scheme.color(group, text), scheme.color(group, background));
            EXPECT_GE(ratio, 4.5) << colourName(text) << " "
                                  << scheme.color(group, text).name().toStdString() << " on "
                                  << colourName(background) << " "
                                  << scheme.color(group, background).name().toStdString();
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Schemes, PaletteSchemeTest,
                         ::testing::Values(PaletteChoice::Light, PaletteChoice::Dark,
                                           PaletteChoice::HighContrast),
                         testName);

TEST(PalettesTest, HighContrastIsTheMostContrasted)
{
    const QPalette high = Palettes::paletteFor(PaletteChoice::HighContrast, QPalette());
    EXPECT_GE(contrast(high.color(QPalette::WindowText), high.color(QPalette::Window)), 7.0)
            << "WCAG AAA";
    for (const PaletteChoice other : { PaletteChoice::Light, PaletteChoice::Dark }) {
        const QPalette palette = Palettes::paletteFor(other, QPalette());
        EXPECT_GE(contrast(high.color(QPalette::WindowText), high.color(QPalette::Window)),
                  contrast(palette.color(QPalette::WindowText), palette.color(QPalette::Window)));
    }
}

TEST(PalettesTest, TheSystemChoiceKeepsTheSystemsPalette)
{
    QPalette system;
    system.setColor(QPalette::Window, QColor("#123456"));
    EXPECT_EQ(Palettes::paletteFor(PaletteChoice::System, system), system);
}
