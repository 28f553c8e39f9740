// check --contract: every `x-sim-assumption` of the OpenAPI document, judged against what one check-up
// run saw of a server. The document's assumptions are the choices the public docs leave open or
// contradict (error shape, token request format, token lifetime, scope rule, pagination, rate-limit
// headers, id formats); a real server may have chosen otherwise, and support needs to know where.
// Also checks a value the check-up took from an answer against the parameter it is about to fill.
#pragma once

#include "catalog/EndpointCatalog.h"
#include "checkup/CheckReport.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace cx {

// What a run saw, collected by CheckupRunner as it goes.
struct ContractObservations
{
    struct Answer
    {
        int status = 0;
        QJsonValue body;                 // the parsed JSON answer (undefined when not JSON)
        QString errorShape;              // ApiError::shapeName of an error answer, empty for success
        QString errorCode;               // ApiError's code of an error answer
        QStringList errorFields;         // field names a validation answer named
        QStringList namedScopes;         // scopes an error answer named
        QByteArray rateLimit, rateReset; // X-RateLimit-Limit and -Reset, empty when absent
    };
    bool signedIn = false;
    QString tokenFormat;      // "json" or "form", what the token endpoint took
    qint64 expiresIn = -1;    // -1: not given
    QString introspection;    // "" not tried, "ok", or why it failed
    QString revoke;           // "" not tried, "ok", or why it failed
    bool scopesKnown = false; // granted scopes known from introspection
    QStringList grantedScopes;
    QMap<QString, Answer> answers;    // "GET /api/templates" (the catalog's template) -> what it answered
    QMap<QString, QString> idRefused; // item template -> why the id a list gave was not sent
    Answer unauthenticated;           // the probe without a token (status 0: not sent)
    Answer invalidQuery;              // the probe with per_page=0 (status 0: not sent)
    QString probedPath;               // the list both probes went to
};

class ContractCheck
{
public:
    explicit ContractCheck(QJsonObject document) : m_document(std::move(document)) {}

    // The OpenAPI document connect_core embeds (resources/connect-api.json); empty when unreadable.
    static QJsonObject bundledDocument();

    struct Assumption
    {
        QString pointer; // JSON pointer of the object that carries it
        QString text;
    };
    QList<Assumption> assumptions() const; // in document order (as QJsonObject keeps it: by key)

    // The topic an assumption at `pointer` is about (what judge() compares): "error_shape",
    // "error_status", "token_format", "expires_in", "introspection", "revoke", "scope_rule", "pagination",
    // "response_shape", "id_format", "rate_limit_headers", "item_fields", "filters" or "other".
    static QString topicOf(const QString &pointer);

    QList<ContractResult> judge(const ContractObservations &seen, const EndpointCatalog &catalog) const;

    // Why `value` may not fill the path parameter `name` of `method path` by the document's schema
    // (type, minimum, maximum, enum, pattern); empty when it may (or the document says nothing).
    QString parameterRefusal(const QByteArray &method, const QString &path, const QString &name,
                             const QString &value) const;

private:
    QJsonObject resolve(QJsonObject object) const;
    QJsonObject operation(const QByteArray &method, const QString &path) const;
    QString dataSchemaOf(const QString &path) const; // the schema name a GET's 200 "data" holds
    ContractResult judgeOne(const Assumption &assumption, const ContractObservations &seen,
                            const EndpointCatalog &catalog) const;

    QJsonObject m_document;
};

} // namespace cx
