#include "MonitorRecorder.h"

#include "PrivatePulseAudio.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#include <cstring>

MonitorRecorder::~MonitorRecorder()
{
    stop();
}

bool MonitorRecorder::start(const PrivatePulseAudio &pulse, const QString &path, QString *why)
{
    m_path = path;
    m_parec.setProcessEnvironment(pulse.clientEnvironment());
    m_parec.setStandardOutputFile(path);
    m_parec.start(QStandardPaths::findExecutable(QStringLiteral("parec")),
                  { QStringLiteral("-d"), pulse.monitorSource(), QStringLiteral("--raw"),
                    QStringLiteral("--format=s16le"), QStringLiteral("--rate=%1").arg(sampleRate),
                    QStringLiteral("--channels=1"), QStringLiteral("--latency-msec=10") });
    if (!m_parec.waitForStarted(5000)) {
        *why = QStringLiteral("parec did not start: %1").arg(m_parec.errorString());
        return false;
    }
    const qint64 halfASecond = sampleRate / 2 * qint64(sizeof(std::int16_t));
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 10000) {
        if (QFileInfo(path).size() >= halfASecond)
            return true;
        if (m_parec.state() == QProcess::NotRunning)
            break;
        QThread::msleep(50);
    }
    *why = QStringLiteral("the recording did not start");
    return false;
}

void MonitorRecorder::stop()
{
    if (m_parec.state() == QProcess::NotRunning)
        return;
    m_parec.terminate();
    if (!m_parec.waitForFinished(3000))
        m_parec.kill();
    m_parec.waitForFinished(1000);
}

std::vector<std::int16_t> MonitorRecorder::samples() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    std::vector<std::int16_t> samples(std::size_t(bytes.size()) / sizeof(std::int16_t));
    std::memcpy(samples.data(), bytes.constData(), samples.size() * sizeof(std::int16_t));
    return samples;
}
