// A request as customer material carries it — a cURL command, a HAR entry, a Postman or Insomnia
// collection item — in one shape every reader produces and every writer consumes (connect-cli convert,
// the app's paste and import, copy as code).
//
// Exactness is the point: `url` is the URL byte for byte as the source states it (its percent-encoding
// kept, never decoded and encoded again), `headers` in the source's order with names as written, `body`
// the exact bytes. What a source or a target cannot express is said in `notes`, never guessed.
#pragma once

#include "net/ApiTypes.h"
#include "vars/Variables.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace cx {

// An auth block of a collection or request (Postman `auth`, Insomnia `authentication`) or a cURL -u.
// Bearer and OAuth2 client credentials map onto the profile (the profile's token is used); the other
// kinds are named in a note and not sent.
struct PortableAuth
{
    enum class Kind { None, Inherit, Bearer, OAuth2ClientCredentials, Basic, Other };
    Kind kind = Kind::None;
    QString otherName;      // Kind::Other: the source's name for it ("digest", "ntlm", "awsv4", ...)
    QString token;          // Bearer: the token as written (often "{{token}}")
    QString tokenUrl;       // OAuth2: where the token is requested
    QString clientId;       // OAuth2 client id, Basic user
    QString scope;          // OAuth2: space-separated scopes as written
    bool hasSecret = false; // the source carried a client secret / password (never copied anywhere)
};

struct PortableRequest
{
    QString name;       // the item's name; for cURL and HAR: "METHOD path"
    QStringList folder; // collection folders, outermost first; empty at the top
    QByteArray method = "GET";
    QString url;          // absolute, exactly as the source states it; {{variables}} kept where unresolved
    HeaderList headers;   // in order, names as written
    QByteArray body;      // exact bytes
    bool hasBody = false; // a body is sent (also when it is empty: `-d ''`)
    PortableAuth auth;    // the item's own auth (Kind::Inherit: the folder's or the collection's)
    QStringList notes;    // translated sentences for the user: what was dropped or cannot be expressed
    QStringList unresolvedVariables; // {{names}} still in url, headers or body after resolution
    // The HAR entry or collection item this came from (index or id), for messages and round trips.
    QString sourceRef;
};

struct PortableSet
{
    QString name; // the collection's name, the HAR's creator, or empty for cURL
    QList<PortableRequest> requests;
    VariableList variables; // the collection's own variables (Postman `variable`, Insomnia env)
    PortableAuth auth;      // the collection-level auth (requests with Kind::Inherit use it)
    QStringList notes;      // notes about the whole input
};

// A reader's verdict. Refusal (ok == false) is for input that cannot be read exactly: `error` names the
// option, field or entry and why (connect-cli convert exits 64 with it).
struct PortableReadResult
{
    bool ok = false;
    PortableSet set;
    QString error;
};

} // namespace cx
