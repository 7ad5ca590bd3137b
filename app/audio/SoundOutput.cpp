#include "app/audio/SoundOutput.h"

#include "app/audio/MixerDevice.h"

#include <QAudioDevice>
#include <QAudioSink>
#include <QMediaDevices>

#include <algorithm>

namespace {
// What the device keeps queued: enough to ride out a busy frame on the GUI thread, short
// enough that a cut (a pain stop) is heard at once.
constexpr qint64 bufferMicroseconds = 80000;
// Every sound starts this long after it was asked for: more than the queue ever holds, so how
// full it happens to be does not move the onset.
constexpr qint64 steadyLatencyMicroseconds = 120000;
// A new stream plays this much before its timing can be trusted.
constexpr qint64 startUpMicroseconds = 300000;
constexpr int watchIntervalMs = 25;
// How long past its own length a clip may take to go out before the sound counts as broken.
constexpr qint64 deliverySlackMs = 1500;
constexpr int wantedForMs = 60000;
constexpr int reopenIntervalMs = 1000;
} // namespace

SoundOutput::SoundOutput(int preferredSampleRate, QObject *parent)
    : QObject(parent), m_preferredRate(preferredSampleRate)
{
    m_watchTimer.setInterval(watchIntervalMs);
    connect(&m_watchTimer, &QTimer::timeout, this, &SoundOutput::watch);
    m_wantedTimer.setSingleShot(true);
    m_wantedTimer.setInterval(wantedForMs);
    connect(&m_wantedTimer, &QTimer::timeout, this, [this] {
        const bool quiet = !m_device || m_device->withMixer(&CueMixer::isSilent);
        if (!m_pending.empty() || !quiet) {
            m_wantedTimer.start();
            return;
        }
        m_reopenTimer.stop();
        close();
    });
    m_reopenTimer.setInterval(reopenIntervalMs);
    connect(&m_reopenTimer, &QTimer::timeout, this, [this] {
        if (open())
            m_reopenTimer.stop();
    });
}

SoundOutput::~SoundOutput()
{
    close();
}

CueMixer::Frame SoundOutput::framesFor(qint64 microseconds) const
{
    return m_device ? microseconds * m_device->format().sampleRate() / 1000000 : 0;
}

bool SoundOutput::open()
{
    if (m_sink)
        return true;
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull())
        return false;
    QAudioFormat format;
    format.setSampleRate(m_preferredRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    if (!device.isFormatSupported(format))
        format = device.preferredFormat();
    if (!format.isValid())
        return false;

    m_sink = new QAudioSink(device, format, this);
    m_sink->setBufferSize(format.bytesForDuration(bufferMicroseconds));
    // The device belongs to the sink, so it outlives every read the sink makes.
    m_device = new MixerDevice(format, m_sink);
    m_device->withMixer([this](CueMixer &mixer) { mixer.setVolume(m_volume); });
    m_steady = false;
    m_sink->start(m_device);
    if (m_sink->state() == QAudio::StoppedState || m_sink->error() != QAudio::NoError) {
        close();
        return false;
    }
    connect(m_sink, &QAudioSink::stateChanged, this, &SoundOutput::onStateChanged);
    m_watchTimer.start();
    return true;
}

void SoundOutput::close()
{
    m_watchTimer.stop();
    if (!m_sink)
        return;
    disconnect(m_sink, nullptr, this, nullptr);
    m_sink->stop();
    // Later: Qt's PulseAudio sink runs the event loop in its destructor, which must not happen
    // in the middle of our own signal handling.
    m_sink->deleteLater();
    m_sink = nullptr;
    m_device = nullptr;
    m_steady = false;
}

void SoundOutput::prepare()
{
    keepWanted();
    if (open()) {
        if (m_steady)
            emit ready();
        return;
    }
    fail(QMediaDevices::audioOutputs().isEmpty() ? Problem::NoDevice : Problem::StoppedWorking);
}

void SoundOutput::keepWanted()
{
    m_wantedTimer.start();
}

void SoundOutput::onStateChanged(QAudio::State state)
{
    // An underrun leaves the sink idle and it picks up again by itself; a stop with an error
    // (the audio server went away, the device was unplugged) needs a new stream.
    if (state == QAudio::StoppedState && m_sink && m_sink->error() != QAudio::NoError)
        fail(Problem::StoppedWorking);
}

void SoundOutput::fail(Problem problem)
{
    const bool wasSteady = m_steady;
    close();
    const std::vector<Pending> lost = std::exchange(m_pending, {});
    for (const Pending &pending : lost)
        emit voiceDone(pending.id, false);
    if (!std::exchange(m_failing, true))
        emit failed(problem);
    if (m_wantedTimer.isActive())
        m_reopenTimer.start();
    // Whoever waits for the stream to start must not wait for one that will not.
    if (!wasSteady)
        emit ready();
}

CueMixer::Frame SoundOutput::playedFrames() const
{
    return m_sink ? framesFor(m_sink->processedUSecs()) : 0;
}

CueMixer::Frame SoundOutput::startFrame() const
{
    // During the start-up the device's timing is not yet a guide: start as soon as possible.
    return m_steady ? playedFrames() + framesFor(steadyLatencyMicroseconds) : 0;
}

void SoundOutput::watch()
{
    const CueMixer::Frame played = playedFrames();
    if (!m_steady && played >= framesFor(startUpMicroseconds)) {
        m_steady = true;
        emit ready();
    }
    std::vector<quint64> done;
    bool late = false;
    std::erase_if(m_pending, [&](const Pending &pending) {
        if (pending.end <= played) {
            done.push_back(pending.id);
            return true;
        }
        late = late || pending.since.elapsed() > pending.allowedMs;
        return false;
    });
    if (!done.empty() && std::exchange(m_failing, false))
        emit recovered();
    for (const quint64 id : done)
        emit voiceDone(id, true);
    if (late)
        fail(Problem::StoppedWorking);
    else if (m_steady && m_pending.empty())
        m_watchTimer.stop();
}

std::optional<quint64> SoundOutput::playVoice(std::shared_ptr<const PcmClip> clip)
{
    keepWanted();
    if (!open()) {
        fail(QMediaDevices::audioOutputs().isEmpty() ? Problem::NoDevice : Problem::StoppedWorking);
        return std::nullopt;
    }
    const qint64 lengthMs = qint64(clip->lengthMs());
    const CueMixer::Frame at = startFrame();
    const CueMixer::Started started = m_device->withMixer(
            [&](CueMixer &mixer) { return mixer.startVoice(std::move(clip), at); });
    if (started.cutAt) {
        for (Pending &pending : m_pending) {
            if (pending.end > *started.cutAt) {
                pending.end = *started.cutAt;
                emit voiceCut(pending.id);
            }
        }
    }
    Pending pending{ m_nextId++, started.end, {}, lengthMs + deliverySlackMs };
    pending.since.start();
    m_pending.push_back(pending);
    m_watchTimer.start();
    return pending.id;
}

void SoundOutput::stopVoice()
{
    if (!m_device)
        return;
    const std::optional<CueMixer::Frame> end = m_device->withMixer(&CueMixer::stopVoice);
    for (Pending &pending : m_pending)
        pending.end = std::min(pending.end, end.value_or(pending.end));
}

void SoundOutput::playEffect(std::shared_ptr<const PcmClip> clip, float relativeGain)
{
    keepWanted();
    if (!open())
        return;
    const CueMixer::Frame at = startFrame();
    m_device->withMixer(
            [&](CueMixer &mixer) { mixer.startEffect(std::move(clip), relativeGain, at); });
}

void SoundOutput::setVolume(float volume)
{
    m_volume = volume;
    if (m_device)
        m_device->withMixer([volume](CueMixer &mixer) { mixer.setVolume(volume); });
}
