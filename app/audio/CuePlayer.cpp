#include "app/audio/CuePlayer.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QSoundEffect>

#ifdef GLUTEGUIDE_HAS_TEXT_TO_SPEECH
#  include <QTextToSpeech>
#endif

using gluteguide::CueId;
using gluteguide::Millis;

namespace {
const QUrl tickSource(QStringLiteral("qrc:/sounds/tick.wav"));
} // namespace

CuePlayer::CuePlayer(QObject *parent) : QObject(parent)
{
    m_audioAvailable = !QMediaDevices::audioOutputs().isEmpty();
    if (m_audioAvailable) {
        m_tick = new QSoundEffect(this);
        m_tick->setSource(tickSource);
    }
    applyVolume();
}

CuePlayer::~CuePlayer() = default;

void CuePlayer::setClips(const VoiceClipManifest &manifest)
{
    qDeleteAll(m_effects);
    m_effects.clear();
    m_loading.clear();
    m_lengths.clear();
    m_current = nullptr;
    for (const VoiceClip &clip : manifest.clips())
        m_lengths.insert(clip.cueKey, clip.length);
    // Without an output device there is nothing to load: the session runs on captions.
    if (!m_audioAvailable)
        return;
    // Loading every clip up front is what lets a count start on the frame its rep completes.
    for (const VoiceClip &clip : manifest.clips()) {
        auto *effect = new QSoundEffect(this);
        effect->setSource(clip.source);
        connect(effect, &QSoundEffect::statusChanged, this,
                [this, effect] { onClipStatusChanged(effect); });
        m_effects.insert(clip.cueKey, effect);
        if (effect->status() != QSoundEffect::Ready && effect->status() != QSoundEffect::Error)
            m_loading.insert(effect);
    }
    applyVolume();
}

void CuePlayer::onClipStatusChanged(QSoundEffect *effect)
{
    const QSoundEffect::Status status = effect->status();
    if (status == QSoundEffect::Error)
        reportAudioProblem(tr("A voice clip could not be played. Captions continue."));
    if (status != QSoundEffect::Ready && status != QSoundEffect::Error)
        return;
    if (m_loading.remove(effect) && m_loading.isEmpty())
        emit voiceReady();
}

void CuePlayer::setVoice(Voice voice)
{
    m_voice = voice;
#ifdef GLUTEGUIDE_HAS_TEXT_TO_SPEECH
    if (voice == Voice::SystemSpeech && !m_speech) {
        m_speech = new QTextToSpeech(this);
        applyVolume();
    }
#endif
}

void CuePlayer::setVolume(double volume)
{
    m_volume = std::clamp(volume, 0.0, 1.0);
    applyVolume();
}

void CuePlayer::setMuted(bool muted)
{
    m_muted = muted;
    if (muted)
        stop();
}

void CuePlayer::setTickEnabled(bool enabled)
{
    m_tickEnabled = enabled;
}

bool CuePlayer::isSystemSpeechAvailable()
{
#ifdef GLUTEGUIDE_HAS_TEXT_TO_SPEECH
    return !QTextToSpeech::availableEngines().isEmpty();
#else
    return false;
#endif
}

void CuePlayer::applyVolume()
{
    for (QSoundEffect *effect : std::as_const(m_effects))
        effect->setVolume(static_cast<float>(m_volume));
    // The tick is a soft background beat, well under the voice.
    if (m_tick)
        m_tick->setVolume(static_cast<float>(m_volume * 0.35));
#ifdef GLUTEGUIDE_HAS_TEXT_TO_SPEECH
    if (m_speech)
        m_speech->setVolume(m_volume);
#endif
}

bool CuePlayer::isSpeaking() const
{
    return m_speakingSince.isValid() && m_speakingSince.elapsed() < m_speakingFor.count();
}

void CuePlayer::play(const CueId &cue, const QString &text)
{
    const gluteguide::CuePriority priority = gluteguide::priorityOf(cue);
    if (isSpeaking()) {
        if (priority <= m_speakingPriority) {
            emit cueDropped(cue);
            return;
        }
        stop();
    }
    const bool wantsSound = !m_muted && m_voice != Voice::Off;
    if (wantsSound && !m_audioAvailable)
        reportAudioProblem(tr("No sound output was found. The session goes on with captions."));
    const bool audible = wantsSound && m_audioAvailable && speak(cue, text);
    m_speakingPriority = priority;
    emit cueStarted(cue, text, audible);
}

bool CuePlayer::speak(const CueId &cue, const QString &text)
{
    const QString key = QString::fromStdString(gluteguide::cueKey(cue));
#ifdef GLUTEGUIDE_HAS_TEXT_TO_SPEECH
    if (m_voice == Voice::SystemSpeech && m_speech && m_speech->state() != QTextToSpeech::Error) {
        m_speech->say(text);
        m_speakingSince.start();
        m_speakingFor = m_lengths.value(key, gluteguide::estimatedCueLength(cue));
        return true;
    }
#else
    Q_UNUSED(text)
#endif
    QSoundEffect *effect = m_effects.value(key);
    if (!effect || effect->status() != QSoundEffect::Ready)
        return false;
    effect->play();
    m_current = effect;
    m_speakingSince.start();
    m_speakingFor = m_lengths.value(key);
    return true;
}

void CuePlayer::playTick()
{
    if (m_tick && m_tickEnabled && !m_muted && !isSpeaking())
        m_tick->play();
}

void CuePlayer::stop()
{
    if (m_current)
        m_current->stop();
    m_current = nullptr;
#ifdef GLUTEGUIDE_HAS_TEXT_TO_SPEECH
    if (m_speech)
        m_speech->stop();
#endif
    m_speakingSince.invalidate();
}

void CuePlayer::reportAudioProblem(const QString &message)
{
    if (m_problemReported)
        return;
    m_problemReported = true;
    emit audioProblem(message);
}
