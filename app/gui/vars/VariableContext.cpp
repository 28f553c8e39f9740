#include "VariableContext.h"

#include "logging/LogFile.h"
#include "profiles/CredentialStore.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfileVariables.h"

#include <QCoreApplication>
#include <QPointer>
#include <algorithm>

namespace cx::gui {

VariableContext *VariableContext::instance()
{
    static QPointer<VariableContext> context;
    if (!context)
        context = new VariableContext(QCoreApplication::instance());
    return context;
}

VariableContext::VariableContext(QObject *parent)
    : QObject(parent), m_store(new ProfileStore(nullptr, this)),
      m_credentials(new CredentialStore(CredentialStore::defaultService(), this))
{}

bool VariableContext::isStored(const QString &profileId) const
{
    if (profileId.isEmpty())
        return false;
    if (m_store->profile(profileId))
        return true;
    // Added since this store read the list (ProfileController has its own store): read it again.
    m_store->reload();
    return m_store->profile(profileId).has_value();
}

VariableList VariableContext::variables(const QString &profileId) const
{
    if (!isStored(profileId))
        return m_unsaved.value(profileId);
    VariableList list = m_store->variables(profileId);
    const QHash<QString, QString> secrets = m_secrets.value(profileId);
    for (Variable &v : list)
        if (v.secret)
            v.value = secrets.value(v.name);
    return list;
}

bool VariableContext::setVariables(const QString &profileId, const VariableList &list, QString *error)
{
    if (!ProfileStore::validateVariables(list, error))
        return false;
    if (!isStored(profileId)) {
        m_unsaved.insert(profileId, list);
        emit changed(profileId);
        return true;
    }
    const VariableList before = m_store->variables(profileId);
    if (!m_store->setVariables(profileId, list, error))
        return false;
    QHash<QString, QString> &secrets = m_secrets[profileId];
    secrets.clear();
    for (const Variable &v : list) {
        if (v.secret) {
            secrets.insert(v.name, v.value);
            LogFile::addSecret(v.value); // masked in the log like the token
        }
    }
    ProfileVariables::saveSecrets(m_credentials, profileId, before, list, this);
    m_loaded.insert(profileId); // what is in memory now is the truth
    emit changed(profileId);
    return true;
}

bool VariableContext::setVariable(const QString &profileId, const QString &name, const QString &value,
                                  QString *error)
{
    VariableList list = variables(profileId);
    ProfileVariables::set(list, name, value);
    return setVariables(profileId, list, error);
}

QStringList VariableContext::secretValues(const QString &profileId) const
{
    QStringList values;
    for (const Variable &v : variables(profileId))
        if (v.secret && !v.value.isEmpty())
            values.append(v.value);
    return values;
}

void VariableContext::ensureLoaded(const QString &profileId)
{
    if (!isStored(profileId) || m_loaded.contains(profileId) || m_loading.contains(profileId))
        return;
    const VariableList stored = m_store->variables(profileId);
    if (std::none_of(stored.cbegin(), stored.cend(), [](const Variable &v) { return v.secret; })) {
        m_loaded.insert(profileId);
        return;
    }
    m_loading.insert(profileId);
    ProfileVariables::loadSecrets(m_credentials, profileId, stored, this,
                                  [this, profileId](const VariableList &loaded, const QStringList &) {
                                      m_loading.remove(profileId);
                                      if (m_loaded.contains(profileId))
                                          return; // set meanwhile: that is newer
                                      QHash<QString, QString> &secrets = m_secrets[profileId];
                                      for (const Variable &v : loaded) {
                                          if (v.secret && !v.value.isEmpty()) {
                                              secrets.insert(v.name, v.value);
                                              LogFile::addSecret(v.value);
                                          }
                                      }
                                      m_loaded.insert(profileId);
                                      emit changed(profileId);
                                  });
}

} // namespace cx::gui
