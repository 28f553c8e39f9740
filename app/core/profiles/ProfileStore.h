// The saved profiles, in QSettings (group "profiles"), shared by the desktop app and connect-cli.
//
// A built-in "Demo" profile is always there, first, and cannot be edited or removed: it points at the
// embedded simulator. Its base URL is embeddedSimulatorUrl() until the app has started the simulator and
// calls setDemoBaseUrl() with the real loopback URL (kept in memory only: the port changes every run).
// Its credentials are the simulator's published demo pair, which is not a secret.
//
// Only id, name, baseUrl, clientId, rememberSecret, the variables and the network settings (proxy, CAs,
// client certificate files, pins; "profiles/network/<id>") are written; never a secret (nor the proxy
// password or the key passphrase): a
// variable marked secret is written without its value (CredentialStore keeps that). The Demo profile's
// variables are saved too, so the built-in simulator can be tried with {{templateId}} like any other
// profile. Variables live under "profiles/variables/<id>", apart from the list, and are read live: a
// store that rewrites the list never drops what another store (or connect-cli) set.
#pragma once

#include "Profile.h"

#include <QList>
#include <QObject>
#include <memory>
#include <optional>

class QSettings;

namespace cx {

class ProfileStore : public QObject
{
    Q_OBJECT
public:
    static QString demoId() { return QStringLiteral("demo"); }
    static QString embeddedSimulatorUrl() { return QStringLiteral("connect-sim:embedded"); }
    static QString demoClientId() { return QStringLiteral("demo-client"); }
    static QString demoClientSecret() { return QStringLiteral("demo-secret"); }
    static Profile demoProfile();

    // The settings shared by the desktop app and connect-cli, whatever the running program calls itself:
    // organization "Cliquify", application "Connect Explorer" (the desktop app's own names), native
    // format, user scope.
    static std::unique_ptr<QSettings> openSharedSettings();

    // `settings` (not owned) must outlive the store; nullptr means openSharedSettings().
    explicit ProfileStore(QSettings *settings = nullptr, QObject *parent = nullptr);
    ~ProfileStore() override;

    QList<Profile> profiles() const; // Demo first, then the saved ones in the order they were added
    std::optional<Profile> profile(const QString &id) const;
    std::optional<Profile> findByName(const QString &name) const; // case-insensitive, for --profile NAME

    // Adds a profile, giving it a new id (written back into `profile`). False with `error` when the name
    // is empty or taken, or the base URL is not an http(s) URL.
    bool add(Profile &profile, QString *error = nullptr);
    // Replaces the profile with the same id. The Demo profile cannot be edited.
    bool update(const Profile &profile, QString *error = nullptr);
    // Replaces the variables of profile `id` (the Demo one too). False with `error` naming the variable
    // when a name is not valid (Variables::isValidName) or given twice. Secret values are not written.
    bool setVariables(const QString &id, const VariableList &variables, QString *error = nullptr);
    VariableList variables(const QString &id) const;
    // Checks names as setVariables() does.
    static bool validateVariables(const VariableList &variables, QString *error);

    // The profile's network settings (the Demo one's too: its pins), without the proxy password and the
    // key passphrase, which CredentialStore keeps. Kept under "profiles/network/<id>" and read live, like
    // the variables. setNetwork() is false with `error` when a manual proxy has no host or port, or a pin
    // is not "sha256/BASE64".
    bool setNetwork(const QString &id, const NetworkSettings &network, QString *error = nullptr);
    NetworkSettings network(const QString &id) const;
    static bool validateNetwork(const NetworkSettings &network, QString *error);

    // Removes the profile (the caller also deletes its secret from CredentialStore). Not the Demo one.
    // When it was the current profile, Demo becomes current.
    bool remove(const QString &id, QString *error = nullptr);

    // The profile the app opens on (Demo until the user picks another one); persisted.
    QString currentId() const;
    Profile current() const;
    bool setCurrentId(const QString &id);

    // The embedded simulator's URL for this run (in memory only).
    void setDemoBaseUrl(const QString &url);

    // Re-reads the settings (another process, e.g. connect-cli, may have changed them).
    void reload();

signals:
    void profilesChanged();
    void currentChanged(const QString &id);

private:
    bool validate(const Profile &profile, QString *error) const;
    void write();
    static QString variablesKey(const QString &id);
    static QString networkKey(const QString &id);

    std::unique_ptr<QSettings> m_ownSettings;
    QSettings *m_settings = nullptr;
    QList<Profile> m_saved; // without Demo
    QString m_currentId;
    QString m_demoBaseUrl;
};

} // namespace cx
