#include "ProfileController.h"

#include "auth/Session.h"
#include "common/Retranslate.h"
#include "connection/Connection.h"
#include "net/ProxyResolver.h"
#include "profiles/CredentialStore.h"
#include "profiles/NetworkDialogs.h"
#include "profiles/ProfileDialog.h"
#include "profiles/ProfileNetwork.h"
#include "profiles/ProfileStore.h"
#include "profiles/StatusPanel.h"
#include "profiles/TrustedCertificatesDialog.h"

#include <QAction>
#include <QActionGroup>
#include <QCheckBox>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QTimer>
#include <QWidget>
#include <memory>

namespace cx::gui {

namespace {
// How long a switch waits for the server to confirm the revocation of the old token.
constexpr int RevokeWaitMs = 5000;
} // namespace

ProfileController::ProfileController(Connection *connection, StatusPanel *status, QWidget *window)
    : QObject(window), m_connection(connection), m_status(status), m_window(window),
      m_store(new ProfileStore(nullptr, this)),
      m_credentials(new CredentialStore(CredentialStore::defaultService(), this))
{
    // The embedded simulator's URL of this run, for the Demo entry.
    if (m_connection->profile().embeddedSimulator)
        m_store->setDemoBaseUrl(m_connection->baseUrl().toString());
    connect(m_credentials, &CredentialStore::memoryFallbackActivated, this,
            &ProfileController::applyKeychainNotice);
    connect(m_store, &ProfileStore::profilesChanged, this, &ProfileController::rebuildProfileActions);
    connect(m_connection, &Connection::profileChanged, this, &ProfileController::rebuildProfileActions);
    Session *session = m_connection->session();
    connect(session, &Session::signedIn, this, &ProfileController::onSignedIn);
    connect(session, &Session::signInFailed, this, &ProfileController::onSignInFailed);
    connect(session, &Session::stateChanged, this, &ProfileController::updateActions);
    applyKeychainNotice();

    m_newProfile = new QAction(this);
    m_newProfile->setObjectName(QStringLiteral("newProfileAction"));
    connect(m_newProfile, &QAction::triggered, this, [this] { openNewProfileDialog(); });
    m_editProfile = new QAction(this);
    m_editProfile->setObjectName(QStringLiteral("editProfileAction"));
    connect(m_editProfile, &QAction::triggered, this, [this] { openEditProfileDialog(); });
    m_deleteProfile = new QAction(this);
    m_deleteProfile->setObjectName(QStringLiteral("deleteProfileAction"));
    connect(m_deleteProfile, &QAction::triggered, this, [this] {
        const Profile &current = m_connection->profile();
        if (!current.isSaved() || current.embeddedSimulator)
            return;
        const auto answer = QMessageBox::question(
            m_window, tr("Delete Profile"),
            tr("Delete the profile \"%1\" and its stored secret? The app switches to the Demo profile.")
                .arg(current.name));
        if (answer != QMessageBox::Yes)
            return;
        QString error;
        if (!deleteProfile(current.id, &error))
            QMessageBox::warning(m_window, tr("Delete Profile"), error);
    });

    m_trustedCertificates = new QAction(this);
    m_trustedCertificates->setObjectName(QStringLiteral("trustedCertificatesAction"));
    connect(m_trustedCertificates, &QAction::triggered, this, [this] { openTrustedCertificatesDialog(); });

    // The actions live here, not in a widget: word them again when the window is retranslated.
    retranslateWith(this, m_window, [this] { retranslate(); });

    // A saved profile whose secret is not in memory: fetch it from the keychain, or ask for it.
    QTimer::singleShot(0, this, &ProfileController::loadStartupSecret);
}

void ProfileController::retranslate()
{
    m_newProfile->setText(tr("&New Profile…"));
    m_editProfile->setText(tr("&Edit Profile…"));
    m_deleteProfile->setText(tr("&Delete Profile"));
    m_trustedCertificates->setText(tr("&Trusted Certificates…"));
    m_trustedCertificates->setStatusTip(tr("The certificates this profile trusts by their fingerprint"));
    if (m_section)
        m_section->setText(tr("Profiles"));
    for (QAction *action : std::as_const(m_profileActions))
        describeProfileAction(action);
    applyKeychainNotice();
}

void ProfileController::describeProfileAction(QAction *action) const
{
    if (action->data().isNull()) {
        // Given on the command line: in use, not saved.
        const Profile &current = m_connection->profile();
        action->setText(tr("%1 (from the command line)").arg(current.name));
        action->setStatusTip(QUrl(current.baseUrl).toDisplayString());
        return;
    }
    const auto profile = m_store->profile(action->data().toString());
    if (!profile)
        return;
    if (profile->isDemo()) {
        action->setText(tr("%1 (built-in simulator)").arg(profile->name));
        action->setStatusTip(tr("The simulator inside the app, signed in with the demo client"));
    } else {
        action->setText(profile->name);
        action->setStatusTip(tr("%1 at %2 as %3").arg(profile->name, profile->baseUrl, profile->clientId));
    }
}

ProfileController::~ProfileController() = default;

Profile ProfileController::startupProfile()
{
    ProfileStore store;
    return fromStored(store.current());
}

Profile ProfileController::fromStored(const cx::Profile &stored, const QString &secret)
{
    if (stored.isDemo()) {
        Profile demo = Profile::demo();
        demo.network = stored.network; // pins the user trusted, a proxy
        return demo;
    }
    Profile profile = stored;
    profile.clientSecret = secret;
    profile.embeddedSimulator = false;
    // The variables stay with the store (VariableContext reads them there): no copy to go stale.
    profile.variables.clear();
    return profile;
}

QString ProfileController::memoryFallbackNotice()
{
    return tr("No keychain available: the secret is kept in memory for this session only");
}

QString ProfileController::keychainNotice() const
{
    return m_credentials->isUsingMemoryFallback() ? memoryFallbackNotice() : QString();
}

void ProfileController::applyKeychainNotice()
{
    const QString notice = keychainNotice();
    const QString detail =
        notice.isEmpty() ? QString() : tr("%1 (%2).").arg(notice, m_credentials->fallbackReason());
    if (m_status)
        m_status->setKeychainNotice(notice);
    if (m_signInDialog)
        m_signInDialog->setKeychainNotice(detail);
    if (m_profileDialog)
        m_profileDialog->setKeychainNotice(detail);
}

void ProfileController::probeKeychain()
{
    // Ask the keychain once, when a dialog about secrets opens, so that a missing keychain is said
    // before the user types a secret (a lookup of nothing: no prompt).
    if (m_probed || m_credentials->isUsingMemoryFallback())
        return;
    m_probed = true;
    m_credentials->load(QStringLiteral("probe"), this, [](const CredentialResult &) {});
}

void ProfileController::attachMenu(QMenu *menu)
{
    m_menu = menu;
    m_section = menu->addSection(tr("Profiles"));
    m_listEnd = menu->addSeparator();
    menu->addAction(m_newProfile);
    menu->addAction(m_editProfile);
    menu->addAction(m_deleteProfile);
    menu->addSeparator();
    menu->addAction(m_trustedCertificates);
    rebuildProfileActions();
}

QList<QAction *> ProfileController::profileActions() const
{
    return m_profileActions;
}

void ProfileController::rebuildProfileActions()
{
    if (!m_menu)
        return;
    qDeleteAll(m_profileActions);
    m_profileActions.clear();
    delete m_group;
    m_group = new QActionGroup(this);
    m_group->setExclusive(true);

    const Profile &current = m_connection->profile();
    QList<cx::Profile> saved = m_store->profiles();
    int index = 0;
    for (const cx::Profile &profile : saved) {
        auto *action = new QAction(m_group);
        action->setObjectName(QStringLiteral("profile:") + profile.id);
        action->setData(profile.id);
        action->setCheckable(true);
        action->setChecked(current.isSaved() && current.id == profile.id);
        describeProfileAction(action);
        if (index < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_1 + index)));
        ++index;
        const QString id = profile.id;
        connect(action, &QAction::triggered, this, [this, id] {
            // Later: the menu is rebuilt, this action with it. The tick follows the profile in use.
            QTimer::singleShot(0, this, [this, id] {
                switchTo(id);
                rebuildProfileActions();
            });
        });
        m_profileActions.append(action);
    }
    if (!current.isSaved()) {
        auto *action = new QAction(m_group); // no data: the profile from the command line
        action->setObjectName(QStringLiteral("profile:commandLine"));
        action->setCheckable(true);
        action->setChecked(true);
        describeProfileAction(action);
        m_profileActions.append(action);
    }
    for (QAction *action : std::as_const(m_profileActions))
        m_menu->insertAction(m_listEnd, action);
    updateActions();
}

void ProfileController::updateActions()
{
    const Profile &current = m_connection->profile();
    const bool editable = current.isSaved() && !current.embeddedSimulator;
    m_editProfile->setEnabled(editable && !m_switching);
    m_deleteProfile->setEnabled(editable && !m_switching);
    m_newProfile->setEnabled(!m_switching);
    m_trustedCertificates->setEnabled(!m_switching);
    for (QAction *action : std::as_const(m_profileActions))
        action->setEnabled(!m_switching);
}

void ProfileController::withSecret(const QString &id, std::function<void(const QString &secret)> then)
{
    if (id == ProfileStore::demoId() || m_sessionSecrets.contains(id)) {
        then(m_sessionSecrets.value(id));
        return;
    }
    m_credentials->load(id, this, [this, id, then](const CredentialResult &result) {
        if (result.ok && result.found) {
            m_sessionSecrets.insert(id, result.secret);
            then(result.secret);
        } else {
            then({});
        }
    });
}

void ProfileController::withNetworkSecrets(const Profile &profile, std::function<void(const Profile &)> then)
{
    // Only a profile with a proxy user or a client certificate can have a password or passphrase.
    if (profile.network.proxy.user.isEmpty() && profile.network.tls.clientCertificateFile.isEmpty()) {
        then(profile);
        return;
    }
    ProfileNetwork::loadSecrets(m_credentials, profile.id, profile.network, this,
                                [profile, then](const NetworkSettings &network) {
                                    Profile next = profile;
                                    next.network = network;
                                    then(next);
                                });
}

void ProfileController::switchTo(const QString &id)
{
    if (m_switching)
        return;
    const auto stored = m_store->profile(id);
    if (!stored)
        return;
    const Profile &current = m_connection->profile();
    if (current.isSaved() && current.id == id)
        return;
    m_switching = true;
    updateActions();
    withSecret(id, [this, stored = *stored](const QString &secret) {
        withNetworkSecrets(fromStored(stored, secret),
                           [this](const Profile &next) { signOutThenSwitch(next); });
    });
}

void ProfileController::signOutThenSwitch(const Profile &next)
{
    if (m_signInDialog)
        m_signInDialog->reject(); // it was about the profile we leave
    m_switching = true;
    updateActions();
    // Revoke the old token at the old server before pointing the client elsewhere (not for ever: a
    // server that does not answer does not keep the user on the old profile).
    Session *session = m_connection->session();
    auto done = std::make_shared<bool>(false);
    auto guard = std::make_shared<QMetaObject::Connection>();
    auto proceed = [this, next, done, guard] {
        if (*done)
            return;
        *done = true;
        QObject::disconnect(*guard);
        finishSwitch(next);
    };
    *guard = connect(session, &Session::signedOut, this, proceed);
    QTimer::singleShot(RevokeWaitMs, this, proceed);
    session->signOut();
}

void ProfileController::finishSwitch(const Profile &profile)
{
    QString error;
    const bool ok = m_connection->switchTo(profile, &error);
    m_switching = false;
    if (!ok) {
        rebuildProfileActions();
        QMessageBox::warning(m_window, tr("Switch Profile"),
                             tr("Could not switch to %1: %2").arg(profile.name, error));
        return;
    }
    if (profile.embeddedSimulator)
        m_store->setDemoBaseUrl(m_connection->baseUrl().toString());
    m_store->setCurrentId(profile.id);
    rebuildProfileActions();
    emit switched(profile.id);
    if (m_connection->session()->hasCredentials()) {
        m_connection->session()->signIn();
    } else {
        askForSecret([name = profile.name] {
            return tr("Enter the client secret for the profile \"%1\".").arg(name);
        });
    }
}

void ProfileController::loadStartupSecret()
{
    // The proxy password and key passphrase of the profile the app opened on, from the keychain.
    if (m_connection->profile().isSaved()) {
        withNetworkSecrets(m_connection->profile(), [this](const Profile &loaded) {
            if (loaded.id == m_connection->profile().id &&
                !(loaded.network == m_connection->profile().network))
                m_connection->setNetworkSettings(loaded.network, nullptr);
        });
    }
    const Profile &current = m_connection->profile();
    if (current.embeddedSimulator || !current.clientSecret.isEmpty())
        return;
    if (!current.isSaved()) {
        // From the command line with a client id but no secret in the environment: ask for it.
        if (!current.clientId.isEmpty()) {
            askForSecret([clientId = current.clientId] {
                return tr("Enter the client secret for %1.").arg(clientId);
            });
        }
        return;
    }
    const QString id = current.id;
    withSecret(id, [this, id](const QString &secret) {
        const Profile &now = m_connection->profile();
        if (now.id != id || m_connection->session()->hasCredentials())
            return; // switched meanwhile
        if (secret.isEmpty()) {
            askForSecret([name = now.name] {
                return tr("Enter the client secret for the profile \"%1\".").arg(name);
            });
            return;
        }
        m_connection->setSignInDetails(now.baseUrl, now.clientId, secret);
        m_connection->session()->signIn();
    });
}

SignInDialog *ProfileController::openSignInDialog()
{
    if (!m_signInDialog) {
        m_signInDialog = new SignInDialog(m_window);
        connect(m_signInDialog, &SignInDialog::signInRequested, this, &ProfileController::onSignInRequested);
        connect(m_signInDialog, &QDialog::finished, this, [this] {
            m_signInFromDialog = false;
            if (m_signInDialog)
                m_signInDialog->deleteLater();
        });
        const Profile &current = m_connection->profile();
        SignInDialog::Details details;
        details.baseUrl = current.embeddedSimulator ? m_connection->baseUrl() : QUrl(current.baseUrl);
        details.clientId = current.clientId;
        details.clientSecret = current.clientSecret;
        details.remember = current.rememberSecret;
        m_signInDialog->setDetails(details);
        m_signInDialog->setBaseUrlEditable(!current.embeddedSimulator);
        if (current.embeddedSimulator)
            m_signInDialog->setRememberAvailable(
                false, [] { return tr("The Demo profile's credentials are never stored"); });
        else if (!current.isSaved())
            m_signInDialog->setRememberAvailable(false, [] {
                return tr("Create a profile (Profile ▸ New Profile…) to keep its secret in the keychain");
            });
        m_signInDialog->setTitle([name = current.name] { return tr("Sign In — %1").arg(name); });
        probeKeychain();
        applyKeychainNotice();
        m_signInDialog->open();
    }
    m_signInDialog->raise();
    m_signInDialog->activateWindow();
    return m_signInDialog;
}

void ProfileController::askForSecret(SignInDialog::Text prompt)
{
    SignInDialog *dialog = openSignInDialog();
    dialog->setPrompt(std::move(prompt));
    dialog->secretEdit()->setFocus();
}

SignInDialog *ProfileController::openSignInDialog(SignInDialog::Field field, const QString &message)
{
    SignInDialog *dialog = openSignInDialog();
    dialog->markField(field, message);
    return dialog;
}

void ProfileController::onSignInRequested(const SignInDialog::Details &details)
{
    m_signInFromDialog = true;
    m_pendingDetails = details;
    m_connection->setSignInDetails(details.baseUrl, details.clientId, details.clientSecret);
    m_connection->session()->signIn();
}

void ProfileController::onSignedIn()
{
    if (!m_signInFromDialog)
        return;
    m_signInFromDialog = false;
    const Profile &current = m_connection->profile();
    if (current.isSaved() && !current.embeddedSimulator) {
        // Keep what worked: the URL and client id in the profile, the secret where the user chose.
        if (auto stored = m_store->profile(current.id)) {
            cx::Profile updated = *stored;
            updated.baseUrl = current.baseUrl;
            updated.clientId = current.clientId;
            updated.rememberSecret = m_pendingDetails.remember;
            if (!(updated == *stored))
                m_store->update(updated);
        }
        keepSecret(current.id, current.clientSecret, m_pendingDetails.remember);
    }
    m_pendingDetails = {};
    if (m_signInDialog)
        m_signInDialog->finish();
}

void ProfileController::onSignInFailed(const ApiError &error)
{
    if (m_signInDialog && m_signInFromDialog) {
        m_signInFromDialog = false;
        m_signInDialog->showError(error);
        return;
    }
    // Refused credentials (or none): ask for them, with the server's words at the field.
    const SignInDialog::Field field = SignInDialog::fieldFor(error);
    if (field != SignInDialog::Field::ClientSecret && field != SignInDialog::Field::ClientId)
        return; // the status bar and the request's error area say it
    openSignInDialog()->showError(error);
}

void ProfileController::keepSecret(const QString &id, const QString &secret, bool remember)
{
    m_sessionSecrets.insert(id, secret);
    if (remember)
        m_credentials->save(id, secret, this);
    else
        m_credentials->remove(id, this); // not remembered: no copy left in the keychain
}

ProfileDialog *ProfileController::openNewProfileDialog()
{
    if (m_profileDialog)
        m_profileDialog->close();
    m_profileDialog = new ProfileDialog(ProfileDialog::Mode::New, m_window);
    m_profileDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_profileDialog->setCommit(
        [this](const ProfileDialog &dialog, QString *error) { return commitProfile(dialog, error); });
    probeKeychain();
    applyKeychainNotice();
    m_profileDialog->open();
    return m_profileDialog;
}

ProfileDialog *ProfileController::openEditProfileDialog()
{
    const Profile &current = m_connection->profile();
    const auto stored = m_store->profile(current.id);
    if (!current.isSaved() || current.embeddedSimulator || !stored)
        return nullptr;
    if (m_profileDialog)
        m_profileDialog->close();
    m_profileDialog = new ProfileDialog(ProfileDialog::Mode::Edit, m_window);
    m_profileDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_profileDialog->setProfile(*stored,
                                !current.clientSecret.isEmpty() || m_sessionSecrets.contains(current.id));
    m_profileDialog->setNetwork(current.network); // with the password and passphrase the app holds
    m_profileDialog->setCommit(
        [this](const ProfileDialog &dialog, QString *error) { return commitProfile(dialog, error); });
    probeKeychain();
    applyKeychainNotice();
    m_profileDialog->open();
    return m_profileDialog;
}

TrustedCertificatesDialog *ProfileController::openTrustedCertificatesDialog()
{
    if (!m_trustedCertificatesDialog) {
        m_trustedCertificatesDialog = new TrustedCertificatesDialog(this, m_connection, m_window);
        m_trustedCertificatesDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_trustedCertificatesDialog->show();
    m_trustedCertificatesDialog->raise();
    m_trustedCertificatesDialog->activateWindow();
    return m_trustedCertificatesDialog;
}

bool ProfileController::commitProfile(const ProfileDialog &dialog, QString *error)
{
    cx::Profile profile = dialog.profile();
    if (dialog.mode() == ProfileDialog::Mode::New) {
        if (!m_store->add(profile, error))
            return false;
        ProfileNetwork::saveSecrets(m_credentials, profile.id, dialog.profile().network, this);
        if (!dialog.secret().isEmpty())
            keepSecret(profile.id, dialog.secret(), dialog.remember());
        // A new profile is made to be used: switch to it.
        QTimer::singleShot(0, this, [this, id = profile.id] { switchTo(id); });
        return true;
    }
    const auto before = m_store->profile(profile.id);
    if (!m_store->update(profile, error))
        return false;
    ProfileNetwork::saveSecrets(m_credentials, profile.id, profile.network, this);
    QString secret = dialog.secret();
    if (secret.isEmpty())
        secret = m_sessionSecrets.value(profile.id, m_connection->profile().clientSecret);
    if (!secret.isEmpty()) {
        if (!dialog.secret().isEmpty() || (before && before->rememberSecret != profile.rememberSecret))
            keepSecret(profile.id, secret, dialog.remember());
    }
    // The profile in use changed: sign in again with what was saved (the old token revoked first).
    if (m_connection->profile().id == profile.id) {
        const Profile next = fromStored(profile, secret);
        QTimer::singleShot(0, this, [this, next] { signOutThenSwitch(next); });
    }
    return true;
}

bool ProfileController::saveNetwork(const NetworkSettings &network, QString *error)
{
    const Profile &current = m_connection->profile();
    if (current.isSaved() && !m_store->setNetwork(current.id, network, error))
        return false;
    // A profile from the command line: for this session only.
    if (!m_connection->setNetworkSettings(network, error))
        return false;
    if (current.isSaved())
        ProfileNetwork::saveSecrets(m_credentials, current.id, network, this);
    return true;
}

bool ProfileController::trustCertificate(const CertificateSummary &certificate, QString *error)
{
    NetworkSettings network = m_connection->profile().network;
    if (!NetworkSetup::isValidPin(certificate.pin)) {
        if (error)
            *error = tr("The certificate has no usable fingerprint");
        return false;
    }
    if (!network.tls.pins.contains(certificate.pin))
        network.tls.pins.append(certificate.pin);
    return saveNetwork(network, error);
}

bool ProfileController::setProxyCredentials(const QUrl &url, const QString &user, const QString &password,
                                            QString *error)
{
    NetworkSettings network = m_connection->profile().network;
    if (network.proxy.mode != ProxySettings::Mode::Manual) {
        // The proxy the system settings chose for this URL becomes the profile's own, with the credentials
        // (Qt hands credentials only to a proxy the profile names).
        ProxyResolver resolver(network.proxy);
        const QList<QNetworkProxy> proxies = resolver.queryProxy(QNetworkProxyQuery(url));
        const auto it = std::find_if(proxies.cbegin(), proxies.cend(), [](const QNetworkProxy &p) {
            return p.type() == QNetworkProxy::HttpProxy || p.type() == QNetworkProxy::Socks5Proxy;
        });
        if (it == proxies.cend()) {
            if (error)
                *error = tr("No proxy is set for %1; choose one in Profile ▸ Edit Profile… ▸ Network")
                             .arg(url.host());
            return false;
        }
        network.proxy.mode = ProxySettings::Mode::Manual;
        network.proxy.type = it->type();
        network.proxy.host = it->hostName();
        network.proxy.port = it->port();
    }
    network.proxy.user = user;
    network.proxy.password = password;
    return saveNetwork(network, error);
}

void ProfileController::askToTrustCertificate(const CertificateSummary &certificate, int entryId)
{
    auto *dialog = new TrustCertificateDialog(certificate, m_connection->profile().name, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, certificate, entryId] {
        QString error;
        if (!trustCertificate(certificate, &error)) {
            emit certificateNotTrusted(error);
            return;
        }
        emit retryRequested(entryId);
    });
    dialog->open();
}

void ProfileController::askForProxyCredentials(const QUrl &url, int entryId)
{
    const ProxySettings &proxy = m_connection->profile().network.proxy;
    QString where;
    if (proxy.mode == ProxySettings::Mode::Manual) {
        where = QStringLiteral("%1:%2").arg(proxy.host).arg(proxy.port);
    } else {
        ProxyResolver resolver(proxy);
        where = resolver.describe(url);
    }
    auto *dialog = new ProxyCredentialsDialog(where, proxy.user, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    probeKeychain();
    const QString notice = keychainNotice();
    dialog->setKeychainNotice(notice);
    connect(dialog, &QDialog::accepted, this, [this, dialog, url, entryId] {
        QString error;
        if (!setProxyCredentials(url, dialog->user(), dialog->password(), &error)) {
            emit proxyCredentialsNotSaved(error);
            return;
        }
        emit retryRequested(entryId);
    });
    dialog->open();
}

bool ProfileController::deleteProfile(const QString &id, QString *error)
{
    const bool wasCurrent = m_connection->profile().id == id;
    if (!m_store->remove(id, error))
        return false;
    m_sessionSecrets.remove(id);
    m_credentials->remove(id, this);
    ProfileNetwork::saveSecrets(m_credentials, id, NetworkSettings{}, this); // removes both
    if (wasCurrent)
        switchTo(ProfileStore::demoId());
    return true;
}

} // namespace cx::gui
