#pragma once

#include "app/audio/PcmClip.h"
#include "app/audio/SoundOutput.h"
#include "app/audio/VoiceClipManifest.h"
#include "core/cues/CueId.h"

#include <QHash>
#include <QLocale>
#include <QObject>

#include <memory>
#include <optional>

class QTextToSpeech;

// A cue as it went out: what was said, when it started, and whether it was heard.
struct PlayedCue
{
    gluteguide::CueId cue;
    QString text;
    qint64 startedAtMs = 0; // on QElapsedTimer's monotonic clock (msecsSinceReference)
    bool audible = false; // the sound went out whole (or until a later cue cut it)
    bool cut = false; // a later cue started before this one had finished
};

// Speaks cues: the shipped clips through one SoundOutput stream, the system's text-to-speech, or
// nothing. It plays every cue it is given, at once: core's schedule has already decided what
// plays and when, so a cue that comes while another is still sounding cuts it (only a safety cue
// or a skip can do that). It reports each cue once it is known whether it was heard.
class CuePlayer : public QObject
{
    Q_OBJECT

public:
    enum class Voice { RecordedClips, SystemSpeech, Off };
    Q_ENUM(Voice)

    explicit CuePlayer(QObject *parent = nullptr);
    ~CuePlayer() override;

    void setClips(const VoiceClipManifest &manifest);
    // The language cues are spoken in, with the app's clips for it, or none where it ships none.
    // The voice must speak that language: without clips, the system's text-to-speech speaks
    // when it has a voice for the language, and otherwise the cues are captions only.
    void setLanguage(const QString &language, const std::optional<VoiceClipManifest> &clips);
    void setVoice(Voice voice);
    // The voice chosen, and the one that speaks in the current language (Off: captions only).
    Voice voice() const { return m_voice; }
    Voice spokenVoice() const;
    void setVolume(double volume); // 0..1
    double volume() const { return m_volume; }
    void setMuted(bool muted);
    bool isMuted() const { return m_muted; }
    void setTickEnabled(bool enabled);
    bool isTickEnabled() const { return m_tickEnabled; }

    static bool isSystemSpeechAvailable();
    // The system text-to-speech's voice for a language (Language::codes()), if it has one.
    static std::optional<QLocale> systemSpeechLocale(const QString &language);

    // Gets the sound going ahead of the first cue; ready() once cues will be heard on time (at
    // once when there is nothing to wait for: muted, another voice, no output).
    void prepare();
    bool isReady() const;

public slots:
    void play(const gluteguide::CueId &cue, const QString &text);
    void playTick();
    void stop();

signals:
    void ready();
    void cuePlayed(const PlayedCue &played);
    // Said once per outage, e.g. when there is no audio output: the session goes on with
    // captions. audioRecovered() follows when sound goes out again.
    void audioProblem(const QString &message);
    void audioRecovered();

private:
    bool usesClips() const;
    std::shared_ptr<const PcmClip> clip(const QString &key);
    void ensureSpeech();
    bool speak(const PlayedCue &played);
    void onVoiceDone(quint64 id, bool heard);
    void onOutputFailed(SoundOutput::Problem problem);
    void reportAudioProblem(const QString &message);

    Voice m_voice = Voice::RecordedClips;
    double m_volume = 0.8;
    bool m_muted = false;
    bool m_tickEnabled = false;
    bool m_problemShown = false;
    bool m_languageHasClips = true; // false: the app ships no clips in the language
    // Whether the system's text-to-speech has a voice for the language (assumed until a
    // language is set), and which.
    bool m_speechSpeaksLanguage = true;
    std::optional<QLocale> m_speechLocale;
    QHash<QString, QString> m_clipPaths; // by cue key, from the manifest
    QHash<QString, std::shared_ptr<const PcmClip>> m_decoded;
    std::shared_ptr<const PcmClip> m_tick;
    QHash<quint64, PlayedCue> m_sounding; // by SoundOutput id, until it has gone out
    SoundOutput m_output;
    QTextToSpeech *m_speech = nullptr;
};

Q_DECLARE_METATYPE(PlayedCue)
