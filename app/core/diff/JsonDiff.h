// A JSON-aware diff of two responses: what was added, removed or changed, and where, as paths like
// `data[4].name` or `data[id=tpl_7].name`. Used by `connect-cli diff`, `connect-cli call
// --compare-profile` and the app's response comparison.
//
// Objects compare by key (key order does not matter). Arrays are matched by `id` when every item on both
// sides is an object with a string or number `id` and no id repeats on either side (then the order of the
// items does not matter either), else by position. Matching by id uses a hash from id to index: the
// diff is linear in the size of the documents.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace cx {

// One step of a path: an object key, an array position, or an array item found by its id.
struct JsonPathSegment
{
    enum class Kind { Key, Index, Id };
    Kind kind = Kind::Key;
    QString key;          // Key
    qsizetype index = -1; // Index: the position; Id: the item's position in A (in B for an added item)
    QJsonValue id;        // Id: a string or a number

    static JsonPathSegment ofKey(const QString &key) { return {Kind::Key, key, -1, {}}; }
    static JsonPathSegment ofIndex(qsizetype index) { return {Kind::Index, {}, index, {}}; }
    static JsonPathSegment ofId(const QJsonValue &id, qsizetype index) { return {Kind::Id, {}, index, id}; }
};

struct JsonChange
{
    enum class Kind { Added, Removed, Changed, TypeChanged };
    Kind kind = Kind::Changed;
    QList<JsonPathSegment> segments; // empty: the whole document
    QJsonValue oldValue;             // Removed, Changed, TypeChanged
    QJsonValue newValue;             // Added, Changed, TypeChanged

    // `data[4].name`, `data[id=tpl_7].name`, `headers.content-type`, `["a key"].x`; "" for the root.
    QString path() const;
};

struct JsonDiffOptions
{
    // Paths whose changes are dropped, with everything below them: `meta.request_id`, `*` for any one key,
    // `[*]` for any array item (by position or by id), `[3]`, `[id=tpl_7]`, e.g. `data[*].updated_at`.
    // Patterns that do not parse (JsonDiff::checkPattern) are left out.
    QStringList ignore;
    // Stop after this many changes (0: all of them), e.g. 1 to learn only whether the documents differ.
    qsizetype limit = 0;
    // compareCallOutputs(): also compare the headers that differ from one response to the next by nature
    // (JsonDiff::volatileHeaders()).
    bool allHeaders = false;
};

class JsonDiff
{
public:
    static QList<JsonChange> compare(const QJsonValue &a, const QJsonValue &b,
                                     const JsonDiffOptions &options = {});

    // Whether `value` is what `connect-cli call --json` prints (status, headers, body, url, elapsed_ms).
    static bool isCallOutput(const QJsonValue &value);
    // Two `call --json` outputs: their status, headers and body (body_base64 for bytes that are not text);
    // not the url, the time or the protocol. Paths start with `status`, `headers.` or `body`; an ignore
    // pattern that starts with none of them is taken as relative to the body (`meta.request_id` is
    // `body.meta.request_id`). Unless options.allHeaders, volatileHeaders() are not compared.
    static QList<JsonChange> compareCallOutputs(const QJsonObject &a, const QJsonObject &b,
                                                const JsonDiffOptions &options = {});
    // Date, Age, Expires, request ids, the rate limit's remaining count and reset time: header names
    // (lower case) that differ between two responses without anything having changed.
    static QStringList volatileHeaders();

    // `a` with `changes` made: apply(a, compare(a, b)) == b (up to the order of id-matched array items,
    // which are put where they were in A, and added ones where they are in B).
    static QJsonValue apply(const QJsonValue &a, const QList<JsonChange> &changes);

    // "3 only in B; 1 changed: data[4].name"; "no differences" when `changes` is empty. Translated.
    static QString summary(const QList<JsonChange> &changes);
    // "added", "removed", "changed", "typeChanged"
    static QString kindName(JsonChange::Kind kind);
    // "null", "boolean", "number", "string", "array", "object"
    static QString typeName(const QJsonValue &value);
    static QString formatPath(const QList<JsonPathSegment> &segments);
    // False with a message when `pattern` is not a path pattern.
    static bool checkPattern(const QString &pattern, QString *error = nullptr);

    // {kind, path, old, new}: `old` is left out for an added value, `new` for a removed one.
    static QJsonObject toJson(const JsonChange &change);
    // {equal, summary, changes: [...]}
    static QJsonObject resultToJson(const QList<JsonChange> &changes);
};

} // namespace cx
