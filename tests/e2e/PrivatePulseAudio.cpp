#include "PrivatePulseAudio.h"

#include <QFile>
#include <QStandardPaths>
#include <QThread>

PrivatePulseAudio::PrivatePulseAudio() = default;

PrivatePulseAudio::~PrivatePulseAudio()
{
    if (m_server.state() != QProcess::NotRunning) {
        m_server.terminate();
        if (!m_server.waitForFinished(3000))
            m_server.kill();
        m_server.waitForFinished(1000);
    }
}

void PrivatePulseAudio::kill()
{
    m_server.kill();
    m_server.waitForFinished(3000);
}

QString PrivatePulseAudio::socketPath() const
{
    return m_runtime.filePath(QStringLiteral("pulse.sock"));
}

QProcessEnvironment PrivatePulseAudio::clientEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
    environment.insert(QStringLiteral("PULSE_SERVER"), QStringLiteral("unix:%1").arg(socketPath()));
    environment.insert(QStringLiteral("PULSE_SINK"), QStringLiteral("gluteguide_test"));
    return environment;
}

bool PrivatePulseAudio::start(QString *why)
{
    const QString pulseaudio = QStandardPaths::findExecutable(QStringLiteral("pulseaudio"));
    const QString pactl = QStandardPaths::findExecutable(QStringLiteral("pactl"));
    if (pulseaudio.isEmpty() || pactl.isEmpty()) {
        *why = QStringLiteral("pulseaudio or pactl is not installed");
        return false;
    }
    if (!m_runtime.isValid()) {
        *why = QStringLiteral("no temporary folder for PulseAudio");
        return false;
    }
    QFile::setPermissions(m_runtime.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // A killed server leaves its socket behind.
    QFile::remove(socketPath());
    m_server.setProcessEnvironment(clientEnvironment());
    m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_server.start(pulseaudio,
                   { QStringLiteral("-n"), QStringLiteral("--daemonize=no"),
                     QStringLiteral("--exit-idle-time=-1"), QStringLiteral("--log-level=error"),
                     QStringLiteral("-L"),
                     QStringLiteral("module-null-sink sink_name=gluteguide_test rate=44100"),
                     QStringLiteral("-L"),
                     QStringLiteral("module-native-protocol-unix auth-anonymous=1 socket=%1")
                             .arg(socketPath()) });
    if (!m_server.waitForStarted(5000)) {
        *why = QStringLiteral("pulseaudio did not start: %1").arg(m_server.errorString());
        return false;
    }
    for (int attempt = 0; attempt < 50; ++attempt) {
        QProcess probe;
        probe.setProcessEnvironment(clientEnvironment());
        probe.start(pactl, { QStringLiteral("info") });
        if (probe.waitForFinished(2000) && probe.exitCode() == 0)
            return true;
        if (m_server.state() == QProcess::NotRunning)
            break;
        QThread::msleep(100);
    }
    *why = QStringLiteral("pulseaudio started but did not answer on its socket");
    return false;
}
