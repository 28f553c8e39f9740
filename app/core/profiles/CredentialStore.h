// A profile's client secret in the OS keychain (QtKeychain: Keychain on macOS, Credential Manager on
// Windows, Secret Service on Linux), under the service "ConnectExplorer" and the key
// "profile:<id>:client-secret"; a profile's secret variable under "profile:<id>:variable:<name>"; its
// proxy password and client key passphrase under "profile:<id>:network:proxy-password" / ":key-passphrase".
//
// When no keychain is reachable (headless Linux without a Secret Service, a job that errors or hangs),
// the store switches to an in-memory map for the rest of the session, says so through
// isUsingMemoryFallback() / memoryFallbackActivated(), and finishes the operation there: the secret then
// lasts until the app quits. A secret is never written to a file or QSettings by this class (QtKeychain's
// own plain-text "insecure fallback" stays off).
//
// Every operation is asynchronous; `done` is called once, later (never from inside the call), unless
// `context` has been destroyed by then. Set CONNECT_EXPLORER_NO_KEYCHAIN=1 to start in memory-only mode.
#pragma once

#include <QHash>
#include <QObject>
#include <functional>

namespace cx {

struct CredentialResult
{
    bool ok = false;         // the operation succeeded (a load that found nothing is ok, found=false)
    bool found = false;      // load: there was a secret
    QString secret;          // load: the secret
    QString error;           // !ok: what went wrong, for the user
    bool fromMemory = false; // answered by the in-memory fallback, not the keychain
};

class CredentialStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const cx::CredentialResult &)>;

    static QString defaultService() { return QStringLiteral("ConnectExplorer"); }
    static QString keyFor(const QString &profileId);

    explicit CredentialStore(const QString &service = defaultService(), QObject *parent = nullptr);

    void save(const QString &profileId, const QString &secret, QObject *context, Callback done = {});
    void load(const QString &profileId, QObject *context, Callback done);
    void remove(const QString &profileId, QObject *context, Callback done = {});

    // A secret variable's value, the same way (in the keychain, or memory when there is none).
    static QString variableKeyFor(const QString &profileId, const QString &name);
    void saveVariable(const QString &profileId, const QString &name, const QString &value, QObject *context,
                      Callback done = {});
    void loadVariable(const QString &profileId, const QString &name, QObject *context, Callback done);
    void removeVariable(const QString &profileId, const QString &name, QObject *context, Callback done = {});

    // A profile's network secret (the proxy password, the client key's passphrase), the same way, under
    // "profile:<id>:network:<which>".
    enum class NetworkSecret { ProxyPassword, KeyPassphrase };
    static QString networkKeyFor(const QString &profileId, NetworkSecret which);
    void saveNetworkSecret(const QString &profileId, NetworkSecret which, const QString &value,
                           QObject *context, Callback done = {});
    void loadNetworkSecret(const QString &profileId, NetworkSecret which, QObject *context, Callback done);
    void removeNetworkSecret(const QString &profileId, NetworkSecret which, QObject *context,
                             Callback done = {});

    bool isUsingMemoryFallback() const { return m_memoryOnly; }
    QString fallbackReason() const { return m_fallbackReason; } // why, for the UI
    // Stop using the keychain for this session (a --no-keychain switch, tests).
    void useMemoryOnly(const QString &reason);

    QString service() const { return m_service; }
    // How long a keychain job may take before the keychain counts as unreachable (a prompt nobody can
    // answer on a headless machine hangs forever). Default 10 s.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

signals:
    void memoryFallbackActivated(const QString &reason);

private:
    enum class Op { Save, Load, Remove };
    // `key`: keyFor() or variableKeyFor().
    void run(Op op, const QString &key, const QString &secret, QObject *context, Callback done);
    void runInMemory(Op op, const QString &key, const QString &secret, QObject *context, Callback done);
    void switchToMemory(const QString &reason);

    QString m_service;
    bool m_memoryOnly = false;
    QString m_fallbackReason;
    int m_timeoutMs = 10000;
    QHash<QString, QString> m_memory; // by key
};

} // namespace cx
