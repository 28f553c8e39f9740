// One connect-explorer per profile folder (the AppDataLocation that holds history.jsonl and the drafts),
// as KeePassXC and Kate do it: two windows on one folder would each rewrite the history from their own
// memory and restore the same draft tabs, so the second loses the first's data.
//
// - The first start takes a QLockFile in the folder ("instance.lock") and listens on a QLocalServer
//   whose name is derived from a hash of the folder's path, so a test with its own HOME/XDG dirs gets
//   its own instance. The socket is for this user only (QLocalServer::UserAccessOption).
// - A later start on the same folder finds the lock taken, connects, sends its command line and working
//   directory as one JSON line, waits for "ok" and exits 0; the first one emits argumentsReceived().
// - A stale lock (the holder crashed or was killed with -9) never blocks: QLockFile removes a lock whose
//   process is gone, and when the lock looks held but nobody answers on the server for a while, the
//   lock is taken over (QLockFile's flock() still protects a live holder on Unix).
#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

class QLocalServer;
class QLocalSocket;

namespace cx::gui {

class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Role {
        Primary,    // this process holds the lock and listens (or cannot, see error()): go on starting
        HandedOver, // another process took the command line: exit 0
        Failed,     // neither (error() says why): exit with an error
    };

    // `folder`: the profile folder (created when missing).
    explicit SingleInstance(const QString &folder, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Takes the lock, or hands `arguments` (argv, program name first) and `workingDirectory` to the
    // process that has it. `answerTimeoutMs`: how long a connected primary may take to answer (it may
    // still be starting up).
    Role start(const QStringList &arguments, const QString &workingDirectory, int answerTimeoutMs = 20000);
    // Why start() failed, or what a Primary could not set up (it starts all the same).
    QString error() const { return m_error; }

    QString folder() const { return m_folder; }
    QString lockFilePath() const;
    QString serverName() const { return m_serverName; }
    // "connect-explorer-" and a hash of the folder's absolute path.
    static QString serverNameFor(const QString &folder);

    // How long a held lock may go without an answering server before it is taken over.
    static constexpr int NoServerGraceMs = 3000;

signals:
    // A later start's command line (program name first) and the directory it was started in.
    void argumentsReceived(const QStringList &arguments, const QString &workingDirectory);

private:
    void listen();
    // Connects to the primary, retrying for NoServerGraceMs; nullptr when nobody answers.
    std::unique_ptr<QLocalSocket> connectToPrimary();
    Role handOver(QLocalSocket *socket, const QStringList &arguments, const QString &workingDirectory,
                  int answerTimeoutMs);
    void onNewConnection();

    QString m_folder;
    QString m_serverName;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
    QString m_error;
};

} // namespace cx::gui
