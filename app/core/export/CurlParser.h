// "Paste a cURL command into a new tab": a shell-like tokenizer and the curl options that shape a request.
//
// Tokenizer: whitespace-separated words; '...' literal; "..." with \" \\ \$ \` and \<newline>; $'...'
// ANSI-C escapes (\n \t \r \xHH \uHHHH \UHHHHHHHH \NNN, \e, ...); backslash outside quotes escapes the
// next character; backslash + newline (also \r\n) continues the line. Variables ($TOKEN) are kept
// literally, never expanded.
//
// Options understood: -X/--request, -H/--header, -d/--data/--data-ascii/--data-raw/--data-binary,
// --data-urlencode, --json, -G/--get, -u/--user (→ Authorization: Basic), --url, -I/--head,
// -A/--user-agent, -e/--referer, -b/--cookie (→ Cookie), --compressed (→ Accept-Encoding: deflate, gzip,
// as a curl built with zlib sends it), -H 'Name:' (a header the parser would add is not). Flags that do
// not change the request (-L, -k, -s, -S, -i, -v, ...) are ignored; options with an argument that do not
// change the request (-o, -m, --connect-timeout, ...) are skipped with their argument. Anything the parser
// could not carry over (a body read from @file, -F multipart, an unknown option) is listed in `notes`.
//
// Like curl: -d without -X means POST and, without a Content-Type header, adds
// "Content-Type: application/x-www-form-urlencoded"; several -d are joined with '&'.
#pragma once

#include "net/ApiTypes.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cx {

struct CurlParseResult
{
    bool ok = false;
    ApiRequest request; // path and query split off the URL; headers in command order
    QString baseUrl;    // scheme://host[:port] (plus the matching known base URL's path, if any)
    // The URL exactly as curl sends it: as given, its percent-encoding and query kept byte for byte
    // (`?pretty` stays `?pretty`), with "http://" added when it names no scheme, without fragment and
    // user info, plus --url-query parts and -G data after its own query.
    QString url;
    bool hasBody = false;   // a body is sent (also an empty one: -d '')
    QString refusedAuth;    // "--digest", "--ntlm", ...: -u credentials left out (never sent as Basic)
    QStringList notes;      // what was ignored or could not be carried over, for the user to read
    QString error;          // when !ok: what is wrong, for the user
    int errorPosition = -1; // 0-based character offset into the command, when the error has one
};

class CurlParser
{
public:
    // `knownBaseUrls` (e.g. the current profile's "https://host/v1"): when the URL starts with one of
    // them, that is the base URL and the rest is the path; otherwise the base is scheme://host[:port].
    // A single request: the first of parseAll(), with a note naming the others; when any part of the
    // text cannot be read, that part's error (a paste is taken whole or not at all).
    static CurlParseResult parse(const QString &command, const QStringList &knownBaseUrls = {});

    // Every request in the text: one per URL, per --next and per pasted command, in order. Files the
    // command reads (-d @file, -F name=@file, -T file, "< file") are read relative to `directory`
    // (the current directory when empty); a missing one gives a failed result naming it.
    static QList<CurlParseResult> parseAll(const QString &command, const QStringList &knownBaseUrls = {},
                                           const QString &directory = {});

    // The shell-like word splitting alone. On failure returns {} and sets error/errorPosition.
    static QStringList tokenize(const QString &command, QString *error = nullptr,
                                int *errorPosition = nullptr);
};

} // namespace cx
