#pragma once

#include "app/audio/CueMixer.h"

#include <QAudio>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

class MixerDevice;
class QAudioSink;

// One long-lived audio stream for every sound the app makes: a QAudioSink pulling from a
// MixerDevice. Every sound starts a steady latency after it was asked for, measured from what
// the device has played, so onsets do not wander with how full the queue happens to be.
//
// A new stream stutters for a moment before it plays steadily, so prepare() opens it ahead of
// the first sound and says ready() once it runs. A voice clip counts as heard only once the
// device has consumed all of it; one that does not go out in time means the sound stopped
// working: the stream is dropped, and reopened in the background until it works again. After
// a quiet minute the stream is closed.
class SoundOutput : public QObject
{
    Q_OBJECT

public:
    enum class Problem {
        NoDevice, // there is no audio output at all
        StoppedWorking, // the stream failed, or sound stopped going out
    };
    Q_ENUM(Problem)

    explicit SoundOutput(int preferredSampleRate, QObject *parent = nullptr);
    ~SoundOutput() override;

    // Opens the stream now; ready() follows once it plays steadily, or at once when there is no
    // output to wait for.
    void prepare();
    bool isReady() const { return m_steady || !m_sink; }

    // Starts a voice clip, cutting the one still sounding. An id for voiceDone(), or nullopt
    // when there is no working output (then nothing is heard).
    std::optional<quint64> playVoice(std::shared_ptr<const PcmClip> clip);
    void stopVoice();
    void playEffect(std::shared_ptr<const PcmClip> clip, float relativeGain);
    void setVolume(float volume);

    bool isOpen() const { return m_sink != nullptr; }

signals:
    void ready();
    // The device consumed the whole clip (or up to where it was cut), or it could not.
    void voiceDone(quint64 id, bool heard);
    // A voice still sounding was cut by a newer one.
    void voiceCut(quint64 id);
    // The stream stopped working; said again only after it worked in between.
    void failed(SoundOutput::Problem problem);
    void recovered();

private:
    struct Pending
    {
        quint64 id = 0;
        CueMixer::Frame end = 0;
        QElapsedTimer since;
        qint64 allowedMs = 0;
    };

    bool open();
    void close();
    void fail(Problem problem);
    void watch();
    void onStateChanged(QAudio::State state);
    void keepWanted();
    CueMixer::Frame playedFrames() const;
    CueMixer::Frame framesFor(qint64 microseconds) const;
    // Where a sound asked for now starts in the stream.
    CueMixer::Frame startFrame() const;

    int m_preferredRate;
    float m_volume = 1.0f;
    QAudioSink *m_sink = nullptr;
    MixerDevice *m_device = nullptr;
    bool m_steady = false; // the open stream has played through its start-up
    std::vector<Pending> m_pending;
    quint64 m_nextId = 1;
    bool m_failing = false; // after a failure, until a clip goes out again
    QTimer m_watchTimer; // progress of the clips, and of the start-up
    QTimer m_wantedTimer; // sound was asked for lately: keep the stream, or keep reopening it
    QTimer m_reopenTimer;
};
