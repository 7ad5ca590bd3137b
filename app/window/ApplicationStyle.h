#pragma once

#include "app/appearance/Palettes.h"

// Puts the chosen colours on the whole application, with a style that follows them.
class ApplicationStyle
{
public:
    static void apply(PaletteChoice choice);
};
