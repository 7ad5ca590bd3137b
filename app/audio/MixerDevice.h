#pragma once

#include "app/audio/CueMixer.h"

#include <QAudioFormat>
#include <QIODevice>
#include <QMutex>

#include <functional>
#include <vector>

// The never-ending stream a QAudioSink pulls from: whatever the mixer renders, converted to the
// sink's format, silence when nothing plays. Backends may read from their own thread, so every
// touch of the mixer goes through withMixer(), under one lock.
class MixerDevice : public QIODevice
{
public:
    MixerDevice(const QAudioFormat &format, QObject *parent = nullptr);

    const QAudioFormat &format() const { return m_format; }

    template <typename Function>
    auto withMixer(Function &&function)
    {
        const QMutexLocker locker(&m_lock);
        return std::invoke(std::forward<Function>(function), m_mixer);
    }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    void convert(const float *mono, qint64 frames, char *out) const;

    QAudioFormat m_format;
    QMutex m_lock;
    CueMixer m_mixer;
    std::vector<float> m_buffer;
};
