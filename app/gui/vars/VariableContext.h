// The app's variables, per profile: names and plain values from ProfileStore (shared with connect-cli),
// the values of secret ones from the OS keychain (CredentialStore, or memory when there is none),
// loaded once per profile and kept in memory for the session. A profile given on the command line (no
// id) keeps its variables in memory only.
//
// One instance for the app (instance()); the request tabs, the profile dialog, the variables dialog and
// "Set variable from this value…" all read and write through it, and changed() tells the editors to
// show the resolved values again.
#pragma once

#include "vars/Variables.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace cx {
class CredentialStore;
class ProfileStore;
} // namespace cx

namespace cx::gui {

class VariableContext : public QObject
{
    Q_OBJECT
public:
    static VariableContext *instance();

    // The variables of profile `id`, secret values included once loaded (ensureLoaded()).
    VariableList variables(const QString &profileId) const;
    // Replaces them. False with `error` when a name is not valid or given twice.
    bool setVariables(const QString &profileId, const VariableList &variables, QString *error = nullptr);
    // Sets one (added, not secret, when the profile has none of that name).
    bool setVariable(const QString &profileId, const QString &name, const QString &value,
                     QString *error = nullptr);
    // The values of the profile's secret variables (for the Redactor).
    QStringList secretValues(const QString &profileId) const;
    // Fetches the secret values from the keychain, once per profile; changed() when they are in.
    void ensureLoaded(const QString &profileId);
    bool isLoaded(const QString &profileId) const { return m_loaded.contains(profileId); }
    // For the tests: no keychain, secrets in memory.
    CredentialStore *credentials() const { return m_credentials; }

signals:
    void changed(const QString &profileId);

private:
    explicit VariableContext(QObject *parent = nullptr);
    bool isStored(const QString &profileId) const;

    ProfileStore *m_store;
    CredentialStore *m_credentials;
    QHash<QString, QHash<QString, QString>> m_secrets; // profile id -> name -> value
    QHash<QString, VariableList> m_unsaved;            // profiles without an id (command line)
    QSet<QString> m_loaded;
    QSet<QString> m_loading;
};

} // namespace cx::gui
