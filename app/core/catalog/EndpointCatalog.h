// The API's endpoints as an OpenAPI 3 document describes them: what the endpoint browser lists, which
// scopes a call needs (for the permission notice), and which list yields valid IDs (for "check the ID").
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace cx {

struct EndpointParameter
{
    QString name;
    QString location; // "path", "query", "header" or "cookie"
    bool required = false;
    QString type; // the schema's type ("integer", "string", ...), empty when none
    QString description;
    QString defaultValue; // the schema's default, as text
};

struct Endpoint
{
    QByteArray method; // upper case
    QString path;      // as templated in the document: /api/templates/{id}
    QString operationId;
    QString summary;
    QString description;
    QStringList tags;
    QList<EndpointParameter> parameters; // path-level and operation-level, operation wins
    QStringList requiredScopes;          // from the operation's (or the document's) security
    bool hasRequestBody = false;
    bool isAuthenticated = true; // false when security is explicitly empty

    // True when `concretePath` (/api/templates/42) fits this endpoint's template.
    bool matches(const QString &concretePath) const;
};

class EndpointCatalog
{
public:
    // Reads an OpenAPI 3.x document in JSON. On failure returns nullopt and sets `error` to a sentence
    // naming what is wrong (with the JSON parse offset when the text is not JSON).
    static std::optional<EndpointCatalog> fromJson(const QByteArray &json, QString *error);
    // Reads `fileName` (a file, a ":/" resource or "-" for standard input) and parses it. A file larger
    // than BoundedRead::MaxOpenApi is refused before it is read, with `error` saying so.
    static std::optional<EndpointCatalog> fromFile(const QString &fileName, QString *error);

    QString title() const { return m_title; }
    QString version() const { return m_version; }
    const QList<Endpoint> &endpoints() const { return m_endpoints; }
    QStringList tags() const; // in document order, then any tag only operations name

    // The endpoint a concrete request goes to; a literal segment beats a {parameter}.
    const Endpoint *find(const QByteArray &method, const QString &concretePath) const;
    // The GET endpoint that lists what `concretePath` names one of: /api/assets/7 -> GET /api/assets.
    const Endpoint *listEndpointFor(const QString &concretePath) const;

private:
    QString m_title;
    QString m_version;
    QStringList m_tagOrder;
    QList<Endpoint> m_endpoints;
};

} // namespace cx
