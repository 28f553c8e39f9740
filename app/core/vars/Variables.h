// Variables as every peer has them: `{{name}}` anywhere in a request's URL, headers and body, resolved
// from layers of values (the profile's, then the collection's). A name that no layer holds stays as
// `{{name}}` and is named, so the user sees it before anything is sent.
//
// Syntax (Postman's and Insomnia's common ground): `{{` name `}}`, the name trimmed of surrounding
// spaces; a name holds no braces and no line break. Postman's dynamic variables `{{$guid}}`,
// `{{$timestamp}}`, `{{$isoTimestamp}}`, `{{$randomInt}}` are resolved at resolution time when
// `dynamic` is allowed.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace cx {

struct Variable
{
    QString name;
    QString value;
    bool secret = false; // kept in the keychain, masked in the UI, logs and exports
    bool enabled = true; // a disabled variable is shown but not used
    bool operator==(const Variable &other) const = default;
};
using VariableList = QList<Variable>;

// Where values come from, first layer first: a name in an earlier layer hides the same name later.
class VariableScope
{
public:
    VariableScope() = default;
    // `label` names the layer for the UI ("profile Demo", "collection Brand kit").
    void addLayer(const QString &label, const VariableList &variables);

    std::optional<QString> value(const QString &name) const;
    // The label of the layer that gives `name`, empty when none does.
    QString layerOf(const QString &name) const;
    // The variable that gives `name` is marked secret.
    bool isSecret(const QString &name) const;
    // Every secret value in any layer (to register with a Redactor).
    QStringList secretValues() const;
    bool isEmpty() const { return m_layers.isEmpty(); }

private:
    struct Layer
    {
        QString label;
        VariableList variables;
    };
    QList<Layer> m_layers;
};

struct VariableResolution
{
    QString text;            // the text with every known {{name}} replaced
    QStringList used;        // the names replaced, in order of first use, each once
    QStringList unresolved;  // names no layer holds, in order of first use, each once
    bool usesSecret = false; // a secret variable's value was put in
};

namespace Variables {

// The names `text` refers to, in order of first use, each once ("{{ a }}" gives "a").
QStringList references(const QString &text);
bool hasReferences(const QString &text);

// Replaces every {{name}} a layer holds. `dynamic`: also Postman's {{$guid}} and friends.
VariableResolution resolve(const QString &text, const VariableScope &scope, bool dynamic = true);
// The same for a body: only a body that is valid UTF-8 is looked into; other bytes are returned as they
// are (a binary body never changes by resolution).
QByteArray resolveBytes(const QByteArray &body, const VariableScope &scope, QStringList *unresolved = nullptr,
                        QStringList *used = nullptr, bool dynamic = true);

// A valid variable name: not empty, no braces, no line break, no leading or trailing space.
bool isValidName(const QString &name);

} // namespace Variables

} // namespace cx
