#include "app/audio/VoiceClipManifest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

std::optional<VoiceClipManifest> VoiceClipManifest::load(const QString &language, QString *error)
{
    const QString folder = QStringLiteral(":/voice/%1/").arg(language);
    QFile file(folder + QStringLiteral("manifest.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("no voice clips for language \"%1\"").arg(language);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = parseError.errorString();
        return std::nullopt;
    }

    VoiceClipManifest manifest;
    manifest.m_language = language;
    const QJsonArray clips = document.object().value(QStringLiteral("clips")).toArray();
    for (const QJsonValue &value : clips) {
        const QJsonObject entry = value.toObject();
        VoiceClip clip;
        clip.cueKey = entry.value(QStringLiteral("cue")).toString();
        clip.text = entry.value(QStringLiteral("text")).toString();
        clip.path = folder + entry.value(QStringLiteral("file")).toString();
        clip.length = gluteguide::Millis{ entry.value(QStringLiteral("duration_ms")).toInt() };
        manifest.m_clips.insert(clip.cueKey, clip);
    }
    return manifest;
}

const VoiceClip *VoiceClipManifest::find(const gluteguide::CueId &cue) const
{
    const auto it = m_clips.constFind(QString::fromStdString(gluteguide::cueKey(cue)));
    return it == m_clips.constEnd() ? nullptr : &it.value();
}

gluteguide::CueLengths VoiceClipManifest::lengths() const
{
    return [clips = m_clips](const gluteguide::CueId &cue) {
        const auto it = clips.constFind(QString::fromStdString(gluteguide::cueKey(cue)));
        return it == clips.constEnd() ? gluteguide::estimatedCueLength(cue) : it->length;
    };
}
