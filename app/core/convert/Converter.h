// The converter behind `connect-cli convert` and the app's paste, import and copy: customer material in
// (cURL, HAR, Postman, Insomnia) as PortableRequests, and out as JSON, code, HAR or a Postman collection.
// The CLI and the app call these same functions, so they agree on every input.
#pragma once

#include "material/PortableRequest.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace cx {

enum class SourceFormat { Curl, Har, Postman, Insomnia };
enum class TargetFormat { Json, Curl, HTTPie, Python, JavaScript, CppQt, Har, Postman };

struct ConvertReadOptions
{
    // Files a cURL command reads (-d @file, -F name=@file, -T file) and a collection's form-data and
    // binary files are relative to this (for cURL: the current dir when empty; a collection's are then
    // noted, not read).
    QString directory;
    // The profile's base URL, when known: a HAR's Connect calls are those on its origin.
    QString profileBaseUrl;
    // Values for {{variables}} besides the collection's own (the profile's), first layer wins.
    VariableScope scope;
};

struct ConvertWriteOptions
{
    bool includeSecrets = false; // as CodeExporter: otherwise secrets are masked
};

struct ConvertOutput
{
    bool ok = false;
    QByteArray data;   // what to print or write
    QStringList notes; // what the target cannot express, one translated sentence each
    QString error;
};

namespace Converter {

// "curl", "har", "postman", "insomnia" / "json", "curl", "httpie", "python", "js", "cpp-qt", "har",
// "postman"; nullopt for an unknown name.
std::optional<SourceFormat> sourceFormat(const QString &name);
std::optional<TargetFormat> targetFormat(const QString &name);
QStringList sourceFormatNames();
QStringList targetFormatNames();
// A guess from the content, for the app's "Import…" (a JSON object with log.entries is a HAR, ...).
std::optional<SourceFormat> detect(const QByteArray &data);

// cURL: every request of the text (several commands, --next, several URLs), taken whole or refused whole;
// -u with --digest/--ntlm/--negotiate/--anyauth is refused (never sent as Basic), naming the option.
PortableReadResult read(SourceFormat format, const QByteArray &data, const ConvertReadOptions &options = {});
ConvertOutput write(TargetFormat format, const PortableSet &set, const ConvertWriteOptions &options = {});

// `--to json`: [{"name", "method", "url", "headers": [[k, v]...], "body_base64", "notes": [...]}], the set
// as it is (write(Json) masks secrets first unless includeSecrets). body_base64 is null when no body is
// sent, "" for an empty one.
QByteArray toJson(const PortableSet &set);

// Between the portable shape and what a request tab and ApiClient hold. The URL's own query stays in
// the path as written (ApiClient sends it byte for byte); `baseUrl` becomes the URL's origin, or the
// one of `knownBaseUrls` the URL starts with.
// Qt's URL handling normalises a few spellings on the way out (%7E and other encoded letters, digits and
// -._~ are decoded, lower-case hex is upper-cased, a stray '%' becomes %25, spaces and non-ASCII are
// encoded): `notes`, when given, receives a sentence for each such change of this URL.
ApiRequest toApiRequest(const PortableRequest &request, const QStringList &knownBaseUrls, QString *baseUrl,
                        QStringList *notes = nullptr);
PortableRequest fromApiRequest(const ApiRequest &request, const QString &baseUrl);

} // namespace Converter

} // namespace cx
