#include "app/audio/CuePlayer.h"

#include "app/language/Language.h"

#include <QElapsedTimer>

#ifdef GLUTEGUIDE_HAS_TEXT_TO_SPEECH
#  include <QTextToSpeech>
#endif

using gluteguide::CueId;

namespace {
// The rate tools/generate-voice-clips.sh makes the clips at; the stream is opened at it when the
// device allows, so nothing is resampled on the way.
constexpr int clipSampleRate = 22050;
// The tick is a soft background beat, well under the voice.
constexpr float tickGain = 0.35f;
const QString tickPath = QStringLiteral(":/sounds/tick.wav");

qint64 monotonicNowMs()
{
    QElapsedTimer now;
    now.start();
    return now.msecsSinceReference();
}
} // namespace

CuePlayer::CuePlayer(QObject *parent) : QObject(parent), m_output(clipSampleRate)
{
    qRegisterMetaType<PlayedCue>();
    connect(&m_output, &SoundOutput::voiceDone, this, &CuePlayer::onVoiceDone);
    connect(&m_output, &SoundOutput::voiceCut, this,
            [this](quint64 id) { m_sounding[id].cut = true; });
    connect(&m_output, &SoundOutput::failed, this, &CuePlayer::onOutputFailed);
    connect(&m_output, &SoundOutput::recovered, this, [this] {
        m_problemShown = false;
        emit audioRecovered();
    });
    connect(&m_output, &SoundOutput::ready, this, &CuePlayer::ready);
    m_output.setVolume(float(m_volume));
}

CuePlayer::~CuePlayer() = default;

bool CuePlayer::usesClips() const
{
    return !m_muted && spokenVoice() == Voice::RecordedClips;
}

CuePlayer::Voice CuePlayer::spokenVoice() const
{
    switch (m_voice) {
    case Voice::RecordedClips:
        if (m_languageHasClips)
            return Voice::RecordedClips;
        return m_speechSpeaksLanguage ? Voice::SystemSpeech : Voice::Off;
    case Voice::SystemSpeech:
        return m_speechSpeaksLanguage ? Voice::SystemSpeech : Voice::Off;
    case Voice::Off:
        break;
    }
    return Voice::Off;
}

void CuePlayer::prepare()
{
    if (usesClips())
        m_output.prepare();
    else
        emit ready();
}

bool CuePlayer::isReady() const
{
    return !usesClips() || m_output.isReady();
}

void CuePlayer::setClips(const VoiceClipManifest &manifest)
{
    m_clipPaths.clear();
    m_decoded.clear();
    for (const VoiceClip &clip : manifest.clips())
        m_clipPaths.insert(clip.cueKey, clip.path);
    m_languageHasClips = true;
}

void CuePlayer::setLanguage(const QString &language, const std::optional<VoiceClipManifest> &clips)
{
    if (clips) {
        setClips(*clips);
    } else {
        m_clipPaths.clear();
        m_decoded.clear();
        m_languageHasClips = false;
    }
    m_speechLocale = systemSpeechLocale(language);
    m_speechSpeaksLanguage = m_speechLocale.has_value();
#ifdef GLUTEGUIDE_HAS_TEXT_TO_SPEECH
    if (m_speech && m_speechLocale)
        m_speech->setLocale(*m_speechLocale);
#endif
    // Words in the old language stop here; the next cue is in the new one.
    stop();
}

std::shared_ptr<const PcmClip> CuePlayer::clip(const QString &key)
{
    if (const auto decoded = m_decoded.constFind(key); decoded != m_decoded.constEnd())
        return *decoded;
    // Decoded on first use: a count takes well under a millisecond, and the app starts without
    // reading seven megabytes it may never play.
    const QString path = m_clipPaths.value(key);
    std::optional<PcmClip> pcm = path.isEmpty() ? std::nullopt : PcmClip::readWav(path);
    std::shared_ptr<const PcmClip> clip =
            pcm ? std::make_shared<const PcmClip>(std::move(*pcm)) : nullptr;
    m_decoded.insert(key, clip);
    return clip;
}

void CuePlayer::setVoice(Voice voice)
{
    m_voice = voice;
    if (spokenVoice() == Voice::SystemSpeech)
        ensureSpeech();
}

void CuePlayer::ensureSpeech()
{
#ifdef GLUTEGUIDE_HAS_TEXT_TO_SPEECH
    if (m_speech)
        return;
    m_speech = new QTextToSpeech(this);
    m_speech->setVolume(m_volume);
    if (m_speechLocale)
        m_speech->setLocale(*m_speechLocale);
#endif
}

void CuePlayer::setVolume(double volume)
{
    m_volume = std::clamp(volume, 0.0, 1.0);
    m_output.setVolume(float(m_volume));
#ifdef GLUTEGUIDE_HAS_TEXT_TO_SPEECH
    if (m_speech)
        m_speech->setVolume(m_volume);
#endif
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

std::optional<QLocale> CuePlayer::systemSpeechLocale(const QString &language)
{
#ifdef GLUTEGUIDE_HAS_TEXT_TO_SPEECH
    if (!isSystemSpeechAvailable())
        return std::nullopt;
    const QTextToSpeech speech;
    for (const QLocale &locale : speech.availableLocales()) {
        if (Language::code(locale) == language)
            return locale;
    }
#else
    Q_UNUSED(language)
#endif
    return std::nullopt;
}

void CuePlayer::play(const CueId &cue, const QString &text)
{
    PlayedCue played{ cue, text, monotonicNowMs(), false, false };
    const Voice voice = spokenVoice();
    if (m_muted || voice == Voice::Off) {
        emit cuePlayed(played);
        return;
    }
    if (voice == Voice::SystemSpeech) {
        played.audible = speak(played);
        emit cuePlayed(played);
        return;
    }
    const std::shared_ptr<const PcmClip> pcm =
            clip(QString::fromStdString(gluteguide::cueKey(cue)));
    if (!pcm) {
        reportAudioProblem(tr("A voice clip could not be played. Captions continue."));
        emit cuePlayed(played);
        return;
    }
    const std::optional<quint64> id = m_output.playVoice(pcm);
    if (!id) {
        emit cuePlayed(played);
        return;
    }
    m_sounding.insert(*id, played);
}

bool CuePlayer::speak(const PlayedCue &played)
{
#ifdef GLUTEGUIDE_HAS_TEXT_TO_SPEECH
    ensureSpeech();
    if (m_speech->state() != QTextToSpeech::Error) {
        m_speech->say(played.text);
        return m_speech->state() != QTextToSpeech::Error;
    }
#else
    Q_UNUSED(played)
#endif
    return false;
}

void CuePlayer::onVoiceDone(quint64 id, bool heard)
{
    PlayedCue played = m_sounding.take(id);
    played.audible = heard;
    emit cuePlayed(played);
}

void CuePlayer::onOutputFailed(SoundOutput::Problem problem)
{
    reportAudioProblem(problem == SoundOutput::Problem::NoDevice
                               ? tr("No sound output was found. The session goes on with "
                                    "captions.")
                               : tr("Sound stopped working — captions continue."));
}

void CuePlayer::playTick()
{
    if (!m_tickEnabled || m_muted)
        return;
    if (!m_tick) {
        if (std::optional<PcmClip> pcm = PcmClip::readWav(tickPath))
            m_tick = std::make_shared<const PcmClip>(std::move(*pcm));
    }
    if (m_tick)
        m_output.playEffect(m_tick, tickGain);
}

void CuePlayer::stop()
{
    m_output.stopVoice();
#ifdef GLUTEGUIDE_HAS_TEXT_TO_SPEECH
    if (m_speech)
        m_speech->stop();
#endif
}

void CuePlayer::reportAudioProblem(const QString &message)
{
    if (std::exchange(m_problemShown, true))
        return;
    emit audioProblem(message);
}
