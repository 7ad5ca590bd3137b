#pragma once

#include "app/storage/AppSettings.h"

#include <QPalette>

// Light, dark and high-contrast palettes; "system" keeps what the platform gives.
class Palettes
{
public:
    static QPalette paletteFor(PaletteChoice choice, const QPalette &system);
    // Applies the choice to the whole application.
    static void apply(PaletteChoice choice);
};
