#include "shell/SingleInstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QThread>
#include <QTimer>

namespace cx::gui {

namespace {

const QString ArgumentsKey = QStringLiteral("arguments");
const QString DirectoryKey = QStringLiteral("workingDirectory");
const QByteArray Answer = QByteArrayLiteral("ok\n");
// A command line is small; anything longer is not from us and is dropped.
constexpr qint64 MaxMessage = 1024 * 1024;

} // namespace

SingleInstance::SingleInstance(const QString &folder, QObject *parent)
    : QObject(parent), m_folder(QDir(folder).absolutePath()), m_serverName(serverNameFor(folder))
{}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverNameFor(const QString &folder)
{
    const QByteArray path = QDir::cleanPath(QDir(folder).absolutePath()).toUtf8();
    // Short enough for a Unix socket path under any TMPDIR, unique enough per folder.
    return QStringLiteral("connect-explorer-") +
           QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha256).toHex().left(24));
}

QString SingleInstance::lockFilePath() const
{
    return QDir(m_folder).filePath(QStringLiteral("instance.lock"));
}

SingleInstance::Role SingleInstance::start(const QStringList &arguments, const QString &workingDirectory,
                                           int answerTimeoutMs)
{
    // A folder or lock that cannot be written must not keep the user out: start unguarded, say why
    // (the history and draft writes will fail visibly on their own).
    if (!QDir().mkpath(m_folder)) {
        m_error = tr("The profile folder %1 could not be created.").arg(m_folder);
        return Role::Primary;
    }
    m_lock = std::make_unique<QLockFile>(lockFilePath());
    // The lock lives as long as the app: it is never stale because of its age, only when its process is
    // gone (QLockFile checks the pid and the process name written in it).
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0)) {
        listen();
        return Role::Primary;
    }
    if (m_lock->error() != QLockFile::LockFailedError) {
        m_error = tr("The lock file %1 could not be created.").arg(lockFilePath());
        return Role::Primary;
    }

    if (auto socket = connectToPrimary())
        return handOver(socket.get(), arguments, workingDirectory, answerTimeoutMs);

    // Held, but nobody listens: a process with a reused pid, or a primary that lost its socket file.
    // removeStaleLockFile() refuses while the holder is alive and still holds its flock().
    if (m_lock->removeStaleLockFile() && m_lock->tryLock(0)) {
        listen();
        return Role::Primary;
    }
    m_error = tr("Connect Explorer is already running on %1 but does not answer.").arg(m_folder);
    return Role::Failed;
}

void SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    // Only this user may hand us a command line.
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // We hold the lock, so a socket file of that name is a dead primary's leftover.
    QLocalServer::removeServer(m_serverName);
    if (!m_server->listen(m_serverName)) {
        // Later starts then find the lock held and nobody answering: they say so and end.
        m_error = tr("Could not listen for later starts: %1").arg(m_server->errorString());
        return;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
}

std::unique_ptr<QLocalSocket> SingleInstance::connectToPrimary()
{
    // The primary listens right after it takes the lock: give that moment, and a primary whose lock
    // we saw just before it started, a few tries.
    const QDeadlineTimer deadline(NoServerGraceMs);
    do {
        auto socket = std::make_unique<QLocalSocket>();
        socket->connectToServer(m_serverName);
        if (socket->waitForConnected(500))
            return socket;
        QThread::msleep(100);
    } while (!deadline.hasExpired());
    return nullptr;
}

SingleInstance::Role SingleInstance::handOver(QLocalSocket *socket, const QStringList &arguments,
                                              const QString &workingDirectory, int answerTimeoutMs)
{
    QJsonObject message;
    message.insert(ArgumentsKey, QJsonArray::fromStringList(arguments));
    message.insert(DirectoryKey, workingDirectory);
    socket->write(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
    const QDeadlineTimer deadline(answerTimeoutMs);
    while (socket->bytesToWrite() > 0 && !deadline.hasExpired())
        socket->waitForBytesWritten(int(std::max<qint64>(1, deadline.remainingTime())));
    // The primary answers once its event loop runs: it may still be loading its window.
    QByteArray answer;
    while (!answer.contains('\n') && !deadline.hasExpired()) {
        if (socket->bytesAvailable() == 0 &&
            !socket->waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime()))))
            break;
        answer += socket->readAll();
    }
    if (answer == Answer)
        return Role::HandedOver;
    m_error =
        tr("Connect Explorer is already running on %1 but did not take the command line.").arg(m_folder);
    return Role::Failed;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        // A client that never finishes its line does not keep a socket open for ever.
        QTimer::singleShot(10000, socket, [socket] { socket->abort(); });
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->bytesAvailable() > MaxMessage) {
                socket->abort();
                return;
            }
            if (!socket->canReadLine())
                return;
            const QJsonObject message = QJsonDocument::fromJson(socket->readLine()).object();
            QStringList arguments;
            for (const QJsonValue &argument : message.value(ArgumentsKey).toArray())
                arguments << argument.toString();
            const QString directory = message.value(DirectoryKey).toString();
            socket->write(Answer);
            socket->flush();
            socket->disconnectFromServer();
            // Acting on it may open a dialog (a nested event loop): not from inside this slot.
            QTimer::singleShot(
                0, this, [this, arguments, directory] { emit argumentsReceived(arguments, directory); });
        });
    }
}

} // namespace cx::gui
