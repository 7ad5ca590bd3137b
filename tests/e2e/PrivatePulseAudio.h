#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

// A PulseAudio server of the test's own: a null sink in a private runtime folder and socket, so
// tests can run in parallel and never touch a real sound card. Stopped by PID on destruction.
class PrivatePulseAudio
{
public:
    PrivatePulseAudio();
    ~PrivatePulseAudio();

    // Starts the server; false with a reason when PulseAudio is missing or will not start.
    // Can be called again after kill(): the new server listens on the same socket.
    bool start(QString *why);
    // Ends the server at once (SIGKILL), as a crash would: clients see their streams fail.
    void kill();

    // The environment a client needs to reach this server.
    QProcessEnvironment clientEnvironment() const;
    QString monitorSource() const { return QStringLiteral("gluteguide_test.monitor"); }
    QString socketPath() const;

private:
    QTemporaryDir m_runtime;
    QProcess m_server;
};
