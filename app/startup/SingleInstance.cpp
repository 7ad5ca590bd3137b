#include "app/startup/SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>

#include <optional>

namespace {

const QByteArray accepted = "accepted\n";

QByteArray encode(const SingleInstance::Request &request)
{
    const QJsonObject object{ { QStringLiteral("raise"), request.raise },
                              { QStringLiteral("open"), request.routinePath } };
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<SingleInstance::Request> decode(const QByteArray &line)
{
    const QJsonDocument document = QJsonDocument::fromJson(line.trimmed());
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    return SingleInstance::Request{ object.value(QStringLiteral("raise")).toBool(true),
                                    object.value(QStringLiteral("open")).toString() };
}

} // namespace

SingleInstance::SingleInstance(const QString &dataFolder, QObject *parent)
    : QObject(parent), m_name(serverName(dataFolder))
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString &dataFolder)
{
    const QByteArray folder = QDir::cleanPath(QDir(dataFolder).absolutePath()).toUtf8();
    return QStringLiteral("gluteguide-")
            + QString::fromLatin1(
                    QCryptographicHash::hash(folder, QCryptographicHash::Sha256).toHex().left(16));
}

bool SingleInstance::handOver(const Request &request, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(encode(request));
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The running instance says it took the request; a dying one would not.
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readLine() == accepted;
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // A socket file left by an instance that crashed: nobody answered handOver(), so it is
        // stale and can go.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name))
            return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::readRequest);
    return true;
}

void SingleInstance::readRequest()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            const std::optional<Request> request = decode(socket->readLine(64 * 1024));
            if (!request) {
                socket->disconnectFromServer();
                return;
            }
            socket->write(accepted);
            socket->flush();
            emit requested(*request);
        });
    }
}
