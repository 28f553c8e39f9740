#include "CredentialStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

namespace cx {

namespace {

// Errors that mean "there is no usable keychain here" rather than "this one operation failed".
bool meansUnavailable(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDenied:
    case QKeychain::OtherError:
        return true;
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
        break;
    }
    return false;
}

// Calls `done` later, unless `context` (when one was given) is gone by then.
void deliver(QObject *receiver, QObject *context, const CredentialStore::Callback &done,
             const CredentialResult &result)
{
    if (!done)
        return;
    const bool hadContext = context != nullptr;
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, receiver, [=] {
        if (hadContext && !guard)
            return;
        done(result);
    });
}

} // namespace

QString CredentialStore::keyFor(const QString &profileId)
{
    return QStringLiteral("profile:%1:client-secret").arg(profileId);
}

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent), m_service(service)
{
    if (qEnvironmentVariableIntValue("CONNECT_EXPLORER_NO_KEYCHAIN") != 0)
        useMemoryOnly(tr("The keychain is turned off (CONNECT_EXPLORER_NO_KEYCHAIN)"));
}

void CredentialStore::useMemoryOnly(const QString &reason)
{
    switchToMemory(reason);
}

void CredentialStore::switchToMemory(const QString &reason)
{
    if (m_memoryOnly)
        return;
    m_memoryOnly = true;
    m_fallbackReason = reason;
    emit memoryFallbackActivated(reason);
}

void CredentialStore::save(const QString &profileId, const QString &secret, QObject *context, Callback done)
{
    run(Op::Save, keyFor(profileId), secret, context, std::move(done));
}

void CredentialStore::load(const QString &profileId, QObject *context, Callback done)
{
    run(Op::Load, keyFor(profileId), {}, context, std::move(done));
}

void CredentialStore::remove(const QString &profileId, QObject *context, Callback done)
{
    run(Op::Remove, keyFor(profileId), {}, context, std::move(done));
}

QString CredentialStore::variableKeyFor(const QString &profileId, const QString &name)
{
    return QStringLiteral("profile:%1:variable:%2").arg(profileId, name);
}

void CredentialStore::saveVariable(const QString &profileId, const QString &name, const QString &value,
                                   QObject *context, Callback done)
{
    run(Op::Save, variableKeyFor(profileId, name), value, context, std::move(done));
}

void CredentialStore::loadVariable(const QString &profileId, const QString &name, QObject *context,
                                   Callback done)
{
    run(Op::Load, variableKeyFor(profileId, name), {}, context, std::move(done));
}

void CredentialStore::removeVariable(const QString &profileId, const QString &name, QObject *context,
                                     Callback done)
{
    run(Op::Remove, variableKeyFor(profileId, name), {}, context, std::move(done));
}

QString CredentialStore::networkKeyFor(const QString &profileId, NetworkSecret which)
{
    return QStringLiteral("profile:%1:network:%2")
        .arg(profileId, which == NetworkSecret::ProxyPassword ? QStringLiteral("proxy-password")
                                                              : QStringLiteral("key-passphrase"));
}

void CredentialStore::saveNetworkSecret(const QString &profileId, NetworkSecret which, const QString &value,
                                        QObject *context, Callback done)
{
    run(Op::Save, networkKeyFor(profileId, which), value, context, std::move(done));
}

void CredentialStore::loadNetworkSecret(const QString &profileId, NetworkSecret which, QObject *context,
                                        Callback done)
{
    run(Op::Load, networkKeyFor(profileId, which), {}, context, std::move(done));
}

void CredentialStore::removeNetworkSecret(const QString &profileId, NetworkSecret which, QObject *context,
                                          Callback done)
{
    run(Op::Remove, networkKeyFor(profileId, which), {}, context, std::move(done));
}

void CredentialStore::runInMemory(Op op, const QString &key, const QString &secret, QObject *context,
                                  Callback done)
{
    CredentialResult result;
    result.ok = true;
    result.fromMemory = true;
    switch (op) {
    case Op::Save:
        m_memory.insert(key, secret);
        break;
    case Op::Load:
        result.found = m_memory.contains(key);
        result.secret = m_memory.value(key);
        break;
    case Op::Remove:
        m_memory.remove(key);
        break;
    }
    deliver(this, context, done, result);
}

void CredentialStore::run(Op op, const QString &key, const QString &secret, QObject *context, Callback done)
{
    if (m_memoryOnly) {
        runInMemory(op, key, secret, context, std::move(done));
        return;
    }

    QKeychain::Job *job = nullptr;
    switch (op) {
    case Op::Save: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(secret);
        job = write;
        break;
    }
    case Op::Load:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Op::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // Jobs have no parent and delete themselves when done: a store destroyed while the backend is still
    // working must not delete a job the backend will call back into. The connections below end with
    // the store.
    job->setKey(key);
    job->setInsecureFallback(false); // never a plain-text file
    job->setAutoDelete(true);

    // One answer per call: from the job, or from the timeout when the keychain does not answer.
    auto answered = std::make_shared<bool>(false);
    QPointer<QTimer> timer = new QTimer(this);
    timer->setSingleShot(true);

    auto fallBack = [=, this](const QString &reason) {
        switchToMemory(reason);
        runInMemory(op, key, secret, context, done);
    };

    connect(timer, &QTimer::timeout, this, [=, this] {
        if (timer)
            timer->deleteLater();
        if (*answered)
            return;
        *answered = true;
        fallBack(tr("The keychain did not answer within %1 s").arg(m_timeoutMs / 1000.0));
    });
    connect(job, &QKeychain::Job::finished, this, [=, this](QKeychain::Job *finished) {
        if (timer) {
            timer->stop();
            timer->deleteLater();
        }
        if (*answered)
            return;
        *answered = true;
        const QKeychain::Error error = finished->error();
        if (meansUnavailable(error)) {
            fallBack(tr("No keychain is available (%1); secrets are kept in memory for this session")
                         .arg(finished->errorString()));
            return;
        }
        CredentialResult result;
        if (error == QKeychain::NoError) {
            result.ok = true;
            if (op == Op::Load) {
                result.found = true;
                result.secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
            }
        } else if (error == QKeychain::EntryNotFound && op != Op::Save) {
            result.ok = true; // nothing to load, or nothing left to delete
        } else {
            result.error = finished->errorString();
        }
        deliver(this, context, done, result);
    });
    timer->start(m_timeoutMs);
    job->start();
}

} // namespace cx
