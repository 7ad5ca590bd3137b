#pragma once

#include "core/cues/CueId.h"

#include <QCoreApplication>
#include <QString>

// The one table of what each cue says: captions, the voice-clip generator and the clip manifest
// all read it, so the spoken words and the caption cannot drift apart.
class CueTexts
{
    Q_DECLARE_TR_FUNCTIONS(CueTexts)

public:
    static QString text(const gluteguide::CueId &cue);
};
