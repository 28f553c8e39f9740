// The Profile menu and everything behind it: the saved profiles (ProfileStore, shared with connect-cli),
// their secrets (CredentialStore: the OS keychain, or memory when there is none, said plainly in the
// dialogs and the status bar), switching profiles (the old token is revoked first, then the new profile
// signs in), New/Edit/Delete Profile, and the sign-in dialog (opened from the menu, and on its own when
// a profile has no secret or the server refuses the credentials).
//
// The Demo profile is built in: its simulator runs inside the app and its credentials are never stored.
// A profile given on the command line (--base-url) is shown in the menu but not saved.
#pragma once

#include "profiles/Profile.h"
#include "profiles/ProfileDialog.h"
#include "profiles/SignInDialog.h"
#include "profiles/TrustedCertificatesDialog.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>

class QAction;
class QActionGroup;
class QMenu;
class QWidget;

namespace cx {
class CredentialStore;
class ProfileStore;
struct ApiError;
struct CertificateSummary;
struct NetworkSettings;
} // namespace cx

namespace cx::gui {

class Connection;
class StatusPanel;

class ProfileController : public QObject
{
    Q_OBJECT
public:
    // `window` parents the dialogs; `status` shows the keychain notice (may be nullptr).
    ProfileController(Connection *connection, StatusPanel *status, QWidget *window);
    ~ProfileController() override;

    // The profile the app starts on: the last used one (its secret is loaded from the keychain once the
    // window is there), Demo on a fresh HOME.
    static Profile startupProfile();
    // A saved profile as the app uses it (the Demo one becomes Profile::demo()); `secret` from
    // CredentialStore, or empty.
    static Profile fromStored(const cx::Profile &stored, const QString &secret = {});
    // "No keychain available: the secret is kept in memory for this session only".
    static QString memoryFallbackNotice();

    // Puts the profile list (Demo first, the current one ticked), New/Edit/Delete Profile and Trusted
    // Certificates… at the end of `menu`. Call once.
    void attachMenu(QMenu *menu);

    // Revokes the current token, then signs in with the saved profile `id` (its secret from this
    // session or the keychain; the sign-in dialog when there is none). switched(id) once the new
    // profile is in place (before its sign-in finishes).
    void switchTo(const QString &id);
    bool isSwitching() const { return m_switching; }

    ProfileDialog *openNewProfileDialog();
    ProfileDialog *openEditProfileDialog(); // the current profile; nullptr for Demo or an unsaved one
    // The current profile's trusted certificates (its pins), Demo's too: opened, or brought up.
    TrustedCertificatesDialog *openTrustedCertificatesDialog();
    TrustedCertificatesDialog *trustedCertificatesDialog() const { return m_trustedCertificatesDialog; }
    // Deletes the saved profile and its secret; when it is the current one, switches to Demo.
    bool deleteProfile(const QString &id, QString *error = nullptr);

    // The sign-in dialog for the current profile (opened, or brought up if it is open already).
    SignInDialog *openSignInDialog();
    // The same with `field` marked with `message` (for the error panel on invalid_client).
    SignInDialog *openSignInDialog(SignInDialog::Field field, const QString &message);
    SignInDialog *signInDialog() const { return m_signInDialog; }
    ProfileDialog *profileDialog() const { return m_profileDialog; }

    // The error panel's "Trust This Certificate…" and "Proxy Credentials…" (issue 14): the dialog, then
    // the profile's network settings saved and applied; then retryRequested(entryId), or
    // networkSettingNotSaved() with why. `url` is where the failed request went (its proxy is asked for).
    void askToTrustCertificate(const cx::CertificateSummary &certificate, int entryId);
    void askForProxyCredentials(const QUrl &url, int entryId);
    // Adds the certificate's pin to the current profile (the Demo one too), saves and applies it.
    bool trustCertificate(const cx::CertificateSummary &certificate, QString *error = nullptr);
    // The proxy's user and password for the current profile (a system proxy becomes the profile's manual
    // one, the proxy it resolved to for `url`): saved (the password in the keychain) and applied.
    bool setProxyCredentials(const QUrl &url, const QString &user, const QString &password,
                             QString *error = nullptr);
    // Saves `network` as the current profile's (its secrets to CredentialStore) and applies it.
    bool saveNetwork(const cx::NetworkSettings &network, QString *error = nullptr);

    ProfileStore *store() const { return m_store; }
    CredentialStore *credentials() const { return m_credentials; }
    // Empty while the keychain works (or nobody has asked it yet).
    QString keychainNotice() const;

    QList<QAction *> profileActions() const;
    QAction *newProfileAction() const { return m_newProfile; }
    QAction *editProfileAction() const { return m_editProfile; }
    QAction *deleteProfileAction() const { return m_deleteProfile; }
    QAction *trustedCertificatesAction() const { return m_trustedCertificates; }

signals:
    void switched(const QString &id);
    // After askToTrustCertificate / askForProxyCredentials: the settings are saved, send entry again.
    void retryRequested(int entryId);
    // ... or they could not be saved, and why.
    void certificateNotTrusted(const QString &error);
    void proxyCredentialsNotSaved(const QString &error);

private:
    void retranslate();
    void describeProfileAction(QAction *action) const;
    // Opens the sign-in dialog with `prompt` at the top and the focus in the secret field.
    void askForSecret(SignInDialog::Text prompt);
    void rebuildProfileActions();
    void updateActions();
    void applyKeychainNotice();
    void probeKeychain();
    void withSecret(const QString &id, std::function<void(const QString &secret)> then);
    void withNetworkSecrets(const Profile &profile, std::function<void(const Profile &)> then);
    void signOutThenSwitch(const Profile &next);
    void finishSwitch(const Profile &profile);
    void loadStartupSecret();
    void onSignInRequested(const SignInDialog::Details &details);
    void onSignedIn();
    void onSignInFailed(const ApiError &error);
    void keepSecret(const QString &id, const QString &secret, bool remember);
    bool commitProfile(const ProfileDialog &dialog, QString *error);

    Connection *m_connection;
    QPointer<StatusPanel> m_status;
    QWidget *m_window;
    ProfileStore *m_store;
    CredentialStore *m_credentials;
    // Secrets entered this session (also those not remembered in the keychain), by profile id.
    QHash<QString, QString> m_sessionSecrets;
    bool m_probed = false;
    bool m_switching = false;
    bool m_signInFromDialog = false;
    SignInDialog::Details m_pendingDetails;

    QPointer<QMenu> m_menu;
    QAction *m_section = nullptr; // the "Profiles" heading
    QAction *m_listEnd = nullptr; // the separator after the profile list
    QActionGroup *m_group = nullptr;
    QList<QAction *> m_profileActions;
    QAction *m_newProfile = nullptr;
    QAction *m_editProfile = nullptr;
    QAction *m_deleteProfile = nullptr;
    QAction *m_trustedCertificates = nullptr;
    QPointer<SignInDialog> m_signInDialog;
    QPointer<ProfileDialog> m_profileDialog;
    QPointer<TrustedCertificatesDialog> m_trustedCertificatesDialog;
};

} // namespace cx::gui
