#pragma once

#include "core/cues/CueSchedule.h"

#include <QHash>
#include <QString>

#include <optional>

struct VoiceClip
{
    QString cueKey;
    QString text;
    QString path; // a resource, ":/voice/en/count_7.wav"
    gluteguide::Millis length{ 0 };
};

// The list of shipped voice clips for one language (resources/voice/<lang>/manifest.json).
class VoiceClipManifest
{
public:
    static std::optional<VoiceClipManifest> load(const QString &language, QString *error = nullptr);

    const VoiceClip *find(const gluteguide::CueId &cue) const;
    const QHash<QString, VoiceClip> &clips() const { return m_clips; }
    QString language() const { return m_language; }

    // Real clip lengths for the cue scheduler, falling back to core's estimate.
    gluteguide::CueLengths lengths() const;

private:
    QString m_language;
    QHash<QString, VoiceClip> m_clips;
};
