#include "AppProcess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <algorithm>
#include <unistd.h>

AppProcess::AppProcess(const QProcessEnvironment &environment, QString eventLogPath)
    : m_eventLogPath(std::move(eventLogPath))
{
    m_process.setProcessEnvironment(environment);
    m_process.setProcessChannelMode(QProcess::ForwardedChannels);
}

AppProcess::~AppProcess()
{
    stop();
}

bool AppProcess::start(const QStringList &arguments)
{
    // GLUTEGUIDE_TEST_BINARY runs the same checks on another build, e.g. an older one.
    m_process.start(
            qEnvironmentVariable("GLUTEGUIDE_TEST_BINARY", QStringLiteral(GLUTEGUIDE_BINARY)),
            QStringList{ QStringLiteral("--start"), QStringLiteral("--event-log"), m_eventLogPath }
                    + arguments);
    return m_process.waitForStarted(10000);
}

double AppProcess::latestSessionMs()
{
    QFile log(m_eventLogPath);
    if (!log.open(QIODevice::ReadOnly) || !log.seek(m_readUpTo))
        return m_latestMs;
    while (!log.atEnd()) {
        const QByteArray line = log.readLine();
        if (!line.endsWith('\n'))
            break; // being written: read it whole next time
        m_readUpTo += line.size();
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        m_latestMs = std::max(m_latestMs, object.value(QStringLiteral("t_ms")).toDouble());
    }
    return m_latestMs;
}

bool AppProcess::waitForSessionTime(double sessionMs)
{
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 2 * sessionMs + 10000 && isRunning()) {
        sampleResidentSize();
        if (latestSessionMs() >= sessionMs)
            return true;
        QThread::msleep(100);
    }
    return false;
}

void AppProcess::stop()
{
    if (!isRunning())
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished(2000);
}

void AppProcess::sampleResidentSize()
{
    QFile status(QStringLiteral("/proc/%1/status").arg(processId()));
    if (!status.open(QIODevice::ReadOnly))
        return;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            m_peakResidentKb = std::max(m_peakResidentKb,
                                        line.mid(6).trimmed().split(' ').value(0).toLongLong());
    }
}

double AppProcess::cpuSeconds() const
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(processId()));
    if (!stat.open(QIODevice::ReadOnly))
        return 0.0;
    // The fields after the command name, which is in parentheses and may hold spaces:
    // utime and stime are the 12th and 13th of them.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0.0;
    return double(fields[11].toLongLong() + fields[12].toLongLong()) / double(sysconf(_SC_CLK_TCK));
}
