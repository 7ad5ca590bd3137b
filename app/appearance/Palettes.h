#pragma once

#include <QPalette>

// The colour schemes a user can choose; "system" keeps what the platform gives.
enum class PaletteChoice { System, Light, Dark, HighContrast };

// Light, dark and high-contrast palettes.
class Palettes
{
public:
    static QPalette paletteFor(PaletteChoice choice, const QPalette &system);
};
