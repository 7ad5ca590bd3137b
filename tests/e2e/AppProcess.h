#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// The real gluteguide executable running a session with --event-log, watched from outside.
// GLUTEGUIDE_TEST_BINARY in the environment points it at another build.
class AppProcess
{
public:
    AppProcess(const QProcessEnvironment &environment, QString eventLogPath);
    ~AppProcess();

    // Starts `gluteguide --start --event-log LOG` with the extra arguments.
    bool start(const QStringList &arguments);
    // Waits until the log has reached this session time (t_ms), or the app ended, or twice that
    // long has passed in wall time. Session time, not wall time: a slow start (a sanitizer
    // build) must not cut the session short.
    bool waitForSessionTime(double sessionMs);
    // Asks the app to end as a user would (SIGTERM), killing it if it does not.
    void stop();

    // What the app has used so far, read from /proc (Linux): CPU time in seconds, and the
    // largest resident set seen while waiting, in kB.
    double cpuSeconds() const;
    qint64 peakResidentKb() const { return m_peakResidentKb; }

    qint64 processId() const { return m_process.processId(); }
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    const QString &eventLogPath() const { return m_eventLogPath; }

private:
    double latestSessionMs();
    void sampleResidentSize();

    QProcess m_process;
    QString m_eventLogPath;
    qint64 m_readUpTo = 0;
    double m_latestMs = 0.0;
    qint64 m_peakResidentKb = 0;
};
