// "Copy as code": one ApiRequest as a cURL, HTTPie, Python requests, JavaScript fetch or C++/Qt snippet.
//
// Secrets: by default nothing secret is written. An authenticated request gets an Authorization header
// that reads the token from the environment variable CONNECT_TOKEN, so the snippet works once the user
// exports it (`"Authorization: Bearer $CONNECT_TOKEN"` in the shell snippets, os.environ in Python,
// process.env in JavaScript, qgetenv in C++). Secret headers, body fields and query values that the
// request itself carries are masked by Redactor ("Bearer [redacted]"). With includeSecrets the real
// bearer token (when given) and the request's own values are written as they are.
//
// The URL is built like ApiClient builds it: base URL (its path kept) + path, query pairs
// percent-encoded after any query already in the path.
//
// Bodies: text (valid UTF-8 without NUL) is written as readable text; any other body is written as base64
// and decoded where it is sent (`printf %s '…' | base64 -d | curl --data-binary @-`, the same pipe into
// HTTPie, base64.b64decode, a Uint8Array from atob, QByteArray::fromBase64), so every byte arrives.
//
// Variables: `{{name}}` in the path, query, headers and a text body is resolved from `variables` (a
// secret variable's value masked unless includeSecrets), or, with keepVariables, written as a reference
// the snippet reads from its environment: "${name}" inside double quotes in the shell snippets (closing
// and reopening the single quotes around it, so the value is never split or globbed), os.environ["name"]
// in Python, process.env["name"] in JavaScript, qgetenv("name") in C++. A name that is no shell
// identifier is written with '_' for each other character (envName()). Postman's dynamic variables
// ({{$guid}}) are resolved either way; a binary body is never looked into.
#pragma once

#include "net/ApiTypes.h"
#include "vars/Variables.h"

#include <QList>
#include <QString>

namespace cx {

enum class CodeLanguage { Curl, HTTPie, PythonRequests, JavaScriptFetch, CppQt };

struct CodeExportOptions
{
    bool includeSecrets = false;
    QByteArray bearerToken;     // used only with includeSecrets; without it the placeholder is written
    VariableScope variables{};  // what {{name}} in the request means
    bool keepVariables = false; // write environment references instead of the values
};

class CodeExporter
{
public:
    static QList<CodeLanguage> languages();
    static QString languageName(CodeLanguage language); // "cURL", "HTTPie", "Python (requests)", ...

    static QString toCode(CodeLanguage language, const ApiRequest &request, const QString &baseUrl,
                          const CodeExportOptions &options = {});

    static QString curl(const ApiRequest &request, const QString &baseUrl,
                        const CodeExportOptions &options = {});
    static QString httpie(const ApiRequest &request, const QString &baseUrl,
                          const CodeExportOptions &options = {});
    static QString python(const ApiRequest &request, const QString &baseUrl,
                          const CodeExportOptions &options = {});
    static QString javascript(const ApiRequest &request, const QString &baseUrl,
                              const CodeExportOptions &options = {});
    static QString cppQt(const ApiRequest &request, const QString &baseUrl,
                         const CodeExportOptions &options = {});

    // The full, percent-encoded URL the request goes to.
    static QString urlFor(const ApiRequest &request, const QString &baseUrl);

    // POSIX shell single-quoting: 'it'\''s'. Safe for any text, newlines and non-ASCII included.
    static QString shellQuote(const QString &text);

    // The environment variable a kept {{name}} reads: `name` with every character that is not a letter,
    // digit or '_' as '_', and a '_' in front of a leading digit.
    static QString envName(const QString &name);
    // The names of the environment variables `toCode(..., keepVariables)` reads for `request`'s
    // {{name}} references, in order of first use (without the token's).
    static QStringList environmentNames(const ApiRequest &request);

    // The environment variable the placeholder reads.
    static QString tokenVariable() { return QStringLiteral("CONNECT_TOKEN"); }
};

} // namespace cx
