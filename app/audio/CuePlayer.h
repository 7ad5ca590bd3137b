#pragma once

#include "app/audio/VoiceClipManifest.h"
#include "core/cues/CueId.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>

class QSoundEffect;
class QTextToSpeech;

// Speaks cues: preloaded clips (so a count starts within a frame), the system's text-to-speech,
// or nothing. Never two at once: a cue that arrives while another is speaking is dropped, unless
// it outranks it (a safety cue cuts in).
class CuePlayer : public QObject
{
    Q_OBJECT

public:
    enum class Voice { RecordedClips, SystemSpeech, Off };
    Q_ENUM(Voice)

    explicit CuePlayer(QObject *parent = nullptr);
    ~CuePlayer() override;

    void setClips(const VoiceClipManifest &manifest);
    void setVoice(Voice voice);
    Voice voice() const { return m_voice; }
    void setVolume(double volume); // 0..1
    double volume() const { return m_volume; }
    void setMuted(bool muted);
    bool isMuted() const { return m_muted; }
    void setTickEnabled(bool enabled);

    static bool isSystemSpeechAvailable();
    bool isAudioAvailable() const { return m_audioAvailable; }
    // True once every clip has loaded or failed to: a cue asked for before that is only shown.
    bool isVoiceReady() const { return m_loading.isEmpty(); }

public slots:
    void play(const gluteguide::CueId &cue, const QString &text);
    void playTick();
    void stop();

signals:
    // A cue started (audible) or was shown without sound (muted, voice off, no audio).
    void cueStarted(const gluteguide::CueId &cue, const QString &text, bool audible);
    void cueDropped(const gluteguide::CueId &cue);
    // Said once, e.g. when there is no audio output: the session goes on with captions.
    void audioProblem(const QString &message);
    // The last clip has finished loading (emitted once per setClips()).
    void voiceReady();

private:
    bool isSpeaking() const;
    bool speak(const gluteguide::CueId &cue, const QString &text);
    void reportAudioProblem(const QString &message);
    void applyVolume();
    void onClipStatusChanged(QSoundEffect *effect);

    Voice m_voice = Voice::RecordedClips;
    double m_volume = 0.8;
    bool m_muted = false;
    bool m_tickEnabled = false;
    bool m_audioAvailable = true;
    bool m_problemReported = false;
    QHash<QString, QSoundEffect *> m_effects;
    QSet<QSoundEffect *> m_loading;
    QHash<QString, gluteguide::Millis> m_lengths;
    QSoundEffect *m_tick = nullptr;
    QTextToSpeech *m_speech = nullptr;
    QElapsedTimer m_speakingSince;
    gluteguide::Millis m_speakingFor{ 0 };
    gluteguide::CuePriority m_speakingPriority = gluteguide::CuePriority::Reminder;
    QSoundEffect *m_current = nullptr;
};
