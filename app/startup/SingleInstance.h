#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;

// One GluteGuide per person and data folder. A second start (a routine file double-clicked while
// the app is open, a second click on its icon) hands its request to the first and exits, so two
// windows never write one history at once. The instances meet at a local socket (a named pipe on
// Windows) whose name comes from the data folder's path: separate data folders, as tests use,
// never meet.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // What a later start asks of the running one.
    struct Request
    {
        bool raise = true; // bring the window to the front (not for the reminder's autostart)
        QString routinePath; // absolute; empty when no file was given
    };

    explicit SingleInstance(const QString &dataFolder, QObject *parent = nullptr);
    ~SingleInstance() override;

    static QString serverName(const QString &dataFolder);

    // Hands the request to a running instance; true when one took it.
    bool handOver(const Request &request, int timeoutMs = 3000) const;
    // Listens for later instances; false (and they start on their own) when it cannot.
    bool listen();

signals:
    void requested(const SingleInstance::Request &request);

private:
    void readRequest();

    QString m_name;
    QLocalServer *m_server = nullptr;
};
