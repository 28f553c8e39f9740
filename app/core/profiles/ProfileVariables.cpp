#include "ProfileVariables.h"

#include "CredentialStore.h"

#include <memory>

namespace cx::ProfileVariables {

void loadSecrets(CredentialStore *credentials, const QString &profileId, const VariableList &variables,
                 QObject *context, std::function<void(const VariableList &, const QStringList &missing)> done)
{
    struct State
    {
        VariableList variables;
        QStringList missing;
        int pending = 0;
    };
    auto state = std::make_shared<State>();
    state->variables = variables;
    for (const Variable &v : variables)
        if (v.secret)
            ++state->pending;
    if (state->pending == 0) {
        // Later all the same, as promised.
        QMetaObject::invokeMethod(
            context ? context : credentials, [state, done] { done(state->variables, state->missing); },
            Qt::QueuedConnection);
        return;
    }
    for (qsizetype i = 0; i < variables.size(); ++i) {
        if (!variables.at(i).secret)
            continue;
        const QString name = variables.at(i).name;
        credentials->loadVariable(profileId, name, context,
                                  [state, i, name, done](const CredentialResult &r) {
                                      if (r.ok && r.found)
                                          state->variables[i].value = r.secret;
                                      else
                                          state->missing.append(name);
                                      if (--state->pending == 0)
                                          done(state->variables, state->missing);
                                  });
    }
}

void saveSecrets(CredentialStore *credentials, const QString &profileId, const VariableList &before,
                 const VariableList &after, QObject *context)
{
    QStringList kept;
    for (const Variable &v : after) {
        if (!v.secret)
            continue;
        kept.append(v.name);
        credentials->saveVariable(profileId, v.name, v.value, context);
    }
    for (const Variable &v : before)
        if (v.secret && !kept.contains(v.name))
            credentials->removeVariable(profileId, v.name, context);
}

void set(VariableList &variables, const QString &name, const QString &value)
{
    for (Variable &v : variables) {
        if (v.name == name) {
            v.value = value;
            return;
        }
    }
    variables.append({name, value});
}

} // namespace cx::ProfileVariables
