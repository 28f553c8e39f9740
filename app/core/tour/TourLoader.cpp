#include "Tour.h"
#include "errors/ErrorCatalog.h"
#include "io/BoundedRead.h"
#include "net/RequestHygiene.h"
#include "tour/JsonPath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace cx {

namespace {

struct TourText
{
    Q_DECLARE_TR_FUNCTIONS(TourLoader)
};

constexpr auto BuiltinPrefix = "builtin:";
constexpr auto BuiltinDir = ":/connect-core/tours";

int lineAt(const QByteArray &text, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, text.size());
    return int(text.left(offset).count('\n')) + 1;
}

// Where each value of a (valid) JSON text starts: "steps[2].expect.status" -> its line. Members are
// located at their key, array elements at their first character. QJsonDocument keeps no positions, so
// the text is walked once more, after QJsonDocument has accepted it.
class JsonLocator
{
public:
    explicit JsonLocator(const QByteArray &text) : m_text(text)
    {
        skipSpace();
        value(QString(), line());
    }
    int lineOf(const QString &path) const { return m_lines.value(path, 0); }

private:
    int line() const { return m_line; }
    void advance()
    {
        if (m_pos < m_text.size() && m_text.at(m_pos) == '\n')
            ++m_line;
        ++m_pos;
    }
    char peek() const { return m_pos < m_text.size() ? m_text.at(m_pos) : '\0'; }
    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const char c = peek();
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
                break;
            advance();
        }
    }
    QString string()
    {
        QByteArray raw;
        advance(); // opening quote
        while (m_pos < m_text.size() && peek() != '"') {
            if (peek() == '\\') {
                raw += peek();
                advance();
            }
            raw += peek();
            advance();
        }
        advance(); // closing quote
        // Decode escapes the cheap way: let QJsonDocument read the string back.
        const QJsonDocument decoded = QJsonDocument::fromJson("[\"" + raw + "\"]");
        return decoded.array().at(0).toString();
    }
    void value(const QString &path, int startLine)
    {
        if (m_depth > 512 || m_pos >= m_text.size())
            return;
        m_lines.insert(path, startLine);
        const char c = peek();
        if (c == '{') {
            ++m_depth;
            advance();
            skipSpace();
            while (m_pos < m_text.size() && peek() != '}') {
                const int keyLine = line();
                const QString key = string();
                const QString child = path.isEmpty() ? key : path + QLatin1Char('.') + key;
                skipSpace();
                advance(); // ':'
                skipSpace();
                value(child, keyLine);
                skipSpace();
                if (peek() == ',') {
                    advance();
                    skipSpace();
                }
            }
            advance();
            --m_depth;
        } else if (c == '[') {
            ++m_depth;
            advance();
            skipSpace();
            int index = 0;
            while (m_pos < m_text.size() && peek() != ']') {
                value(path + QStringLiteral("[%1]").arg(index++), line());
                skipSpace();
                if (peek() == ',') {
                    advance();
                    skipSpace();
                }
            }
            advance();
            --m_depth;
        } else if (c == '"') {
            string();
        } else {
            while (m_pos < m_text.size() && peek() != ',' && peek() != '}' && peek() != ']' &&
                   peek() != ' ' && peek() != '\n' && peek() != '\r' && peek() != '\t')
                advance();
        }
    }

    const QByteArray &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_depth = 0;
    QHash<QString, int> m_lines;
};

class Validator
{
public:
    Validator(const QByteArray &text, TourError *error) : m_locator(text), m_error(error) {}

    // Sets the error (the first one wins) and returns false, so checks read `return fail(...)`.
    bool fail(const QString &field, const QString &message, const QString &lineField = {})
    {
        if (m_failed)
            return false;
        m_failed = true;
        // A missing field has no line of its own: use the nearest enclosing value that exists.
        QString at = lineField.isEmpty() ? field : lineField;
        int line = m_locator.lineOf(at);
        while (line == 0 && !at.isEmpty()) {
            const qsizetype cut = qMax(at.lastIndexOf(QLatin1Char('.')), at.lastIndexOf(QLatin1Char('[')));
            at = cut > 0 ? at.left(cut) : QString();
            line = m_locator.lineOf(at);
        }
        m_error->line = line;
        m_error->field = field;
        m_error->message = message;
        return false;
    }
    int lineOf(const QString &path) const { return m_locator.lineOf(path); }

    bool onlyKnownKeys(const QJsonObject &object, const QString &path, const QStringList &known)
    {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!known.contains(it.key())) {
                const QString field = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
                return fail(field, TourText::tr("%1 is not a field of the tour format (known here: %2)")
                                       .arg(field, known.join(QStringLiteral(", "))));
            }
        }
        return true;
    }

    bool string(const QJsonObject &object, const QString &path, const QString &key, bool required,
                QString *out, bool nonEmpty = true)
    {
        const QString field = path.isEmpty() ? key : path + QLatin1Char('.') + key;
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            if (required)
                return fail(field, TourText::tr("%1 is required").arg(field));
            return true;
        }
        if (!value.isString())
            return fail(field, TourText::tr("%1 must be a string").arg(field));
        if (nonEmpty && value.toString().trimmed().isEmpty())
            return fail(field, TourText::tr("%1 must not be empty").arg(field));
        *out = value.toString();
        return true;
    }

    bool integer(const QJsonObject &object, const QString &path, const QString &key, int min, int max,
                 std::optional<int> *out)
    {
        const QString field = path + QLatin1Char('.') + key;
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return true;
        const double number = value.toDouble();
        if (!value.isDouble() || number != double(qint64(number)))
            return fail(field, TourText::tr("%1 must be an integer").arg(field));
        if (number < min || number > max)
            return fail(field, TourText::tr("%1 must be from %2 to %3, not %4")
                                   .arg(field)
                                   .arg(min)
                                   .arg(max)
                                   .arg(qint64(number)));
        *out = int(number);
        return true;
    }

    bool failed() const { return m_failed; }

private:
    JsonLocator m_locator;
    TourError *m_error;
    bool m_failed = false;
};

// A field name as a message may show it: a key holding a line break or another control character has
// them replaced by '?', so an error never prints them to the terminal.
QString shownField(QString field)
{
    for (QChar &c : field) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QLatin1Char('?');
    }
    return field;
}

QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    const double number = value.toDouble();
    return number == double(qint64(number)) ? QString::number(qint64(number)) : QString::number(number);
}

bool readRequest(Validator &v, const QJsonObject &object, const QString &path, TourRequest *request)
{
    if (!v.onlyKnownKeys(object, path,
                         {QStringLiteral("method"), QStringLiteral("path"), QStringLiteral("query"),
                          QStringLiteral("headers"), QStringLiteral("body")}))
        return false;
    QString method = QStringLiteral("GET");
    if (!v.string(object, path, QStringLiteral("method"), false, &method))
        return false;
    static const QStringList methods{
        QStringLiteral("GET"),    QStringLiteral("POST"), QStringLiteral("PUT"),    QStringLiteral("PATCH"),
        QStringLiteral("DELETE"), QStringLiteral("HEAD"), QStringLiteral("OPTIONS")};
    if (!methods.contains(method.toUpper()))
        return v.fail(path + QStringLiteral(".method"),
                      TourText::tr("%1.method must be one of %2, not '%3'")
                          .arg(path, methods.join(QStringLiteral(", ")), method));
    request->method = method.toUpper().toLatin1();
    if (!v.string(object, path, QStringLiteral("path"), true, &request->path))
        return false;
    if (!request->path.startsWith(QLatin1Char('/')))
        return v.fail(path + QStringLiteral(".path"),
                      TourText::tr("%1.path must start with '/' (it is relative to the base URL)").arg(path));
    if (const QString problem = RequestHygiene::pathProblem(request->path); !problem.isEmpty())
        return v.fail(path + QStringLiteral(".path"),
                      TourText::tr("%1.path cannot be sent: it %2").arg(path, problem));

    const QJsonValue query = object.value(QLatin1String("query"));
    if (!query.isUndefined()) {
        const QString field = path + QStringLiteral(".query");
        if (!query.isObject())
            return v.fail(field, TourText::tr("%1 must be an object of names and values").arg(field));
        const QJsonObject items = query.toObject();
        for (auto it = items.constBegin(); it != items.constEnd(); ++it) {
            if (!it.value().isString() && !it.value().isDouble() && !it.value().isBool())
                return v.fail(
                    field + QLatin1Char('.') + it.key(),
                    TourText::tr("%1.%2 must be a string, a number or a boolean").arg(field, it.key()));
            request->query.append({it.key(), scalarText(it.value())});
        }
    }
    const QJsonValue headers = object.value(QLatin1String("headers"));
    if (!headers.isUndefined()) {
        const QString field = path + QStringLiteral(".headers");
        if (!headers.isObject())
            return v.fail(field, TourText::tr("%1 must be an object of header names and values").arg(field));
        const QJsonObject items = headers.toObject();
        for (auto it = items.constBegin(); it != items.constEnd(); ++it) {
            if (!it.value().isString())
                return v.fail(field + QLatin1Char('.') + it.key(),
                              TourText::tr("%1.%2 must be a string").arg(field, it.key()));
            // A line break in a header would end it early and smuggle the rest in as another header or
            // a second request (with the session's token): the file is refused, naming the header.
            const QString item = field + QLatin1Char('.') + it.key();
            const QByteArray name = it.key().toUtf8();
            const QByteArray value = it.value().toString().toUtf8();
            if (const QString problem = RequestHygiene::headerNameProblem(name); !problem.isEmpty())
                return v.fail(
                    shownField(item),
                    TourText::tr("%1 is not a valid header name: it %2").arg(shownField(item), problem),
                    item);
            if (const QString problem = RequestHygiene::headerValueProblem(value); !problem.isEmpty())
                return v.fail(
                    shownField(item),
                    TourText::tr("%1 is not a valid header value: it %2").arg(shownField(item), problem),
                    item);
            request->headers.append({name, value});
        }
    }
    const QJsonValue body = object.value(QLatin1String("body"));
    if (body.isObject())
        request->body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        request->body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    else if (body.isString())
        request->body = body.toString().toUtf8();
    else if (!body.isUndefined() && !body.isNull())
        return v.fail(path + QStringLiteral(".body"),
                      TourText::tr("%1.body must be a JSON object or array, or a string").arg(path));
    return true;
}

bool readScenario(Validator &v, const QJsonValue &value, const QString &path, TourScenario *scenario)
{
    if (!value.isObject())
        return v.fail(path, TourText::tr("%1 must be an object with a code").arg(path));
    const QJsonObject object = value.toObject();
    if (!v.onlyKnownKeys(object, path,
                         {QStringLiteral("code"), QStringLiteral("path"), QStringLiteral("count"),
                          QStringLiteral("delay_ms")}))
        return false;
    if (!v.string(object, path, QStringLiteral("code"), true, &scenario->code))
        return false;
    if (!v.string(object, path, QStringLiteral("path"), false, &scenario->path))
        return false;
    if (!scenario->path.isEmpty() && !scenario->path.startsWith(QLatin1Char('/')))
        return v.fail(path + QStringLiteral(".path"), TourText::tr("%1.path must start with '/'").arg(path));
    std::optional<int> count;
    if (!v.integer(object, path, QStringLiteral("count"), -1, 1000000, &count))
        return false;
    if (count && *count == 0)
        return v.fail(path + QStringLiteral(".count"),
                      TourText::tr("%1.count must be at least 1 (or -1: until the step ends)").arg(path));
    scenario->count = count.value_or(1);
    std::optional<int> delay;
    if (!v.integer(object, path, QStringLiteral("delay_ms"), 0, 600000, &delay))
        return false;
    scenario->delayMs = delay.value_or(0);
    return true;
}

bool readExpect(Validator &v, const QJsonValue &value, const QString &path, TourExpect *expect)
{
    if (!value.isObject())
        return v.fail(path, TourText::tr("%1 must be an object (status, action, json_path)").arg(path));
    const QJsonObject object = value.toObject();
    if (!v.onlyKnownKeys(object, path,
                         {QStringLiteral("status"), QStringLiteral("action"), QStringLiteral("json_path")}))
        return false;
    if (!v.integer(object, path, QStringLiteral("status"), 100, 599, &expect->status))
        return false;
    if (!v.string(object, path, QStringLiteral("action"), false, &expect->action))
        return false;
    ErrorAction action;
    if (!expect->action.isEmpty() && expect->action != QLatin1String("none") &&
        !ErrorCatalog::actionFromName(expect->action, &action)) {
        QStringList names{QStringLiteral("none")};
        for (ErrorAction a :
             {ErrorAction::Relogin, ErrorAction::Permission, ErrorAction::Retry, ErrorAction::FixRequest,
              ErrorAction::NotFound, ErrorAction::Report, ErrorAction::Notice, ErrorAction::Network})
            names << ErrorCatalog::actionName(a);
        return v.fail(path + QStringLiteral(".action"),
                      TourText::tr("%1.action must be one of %2, not '%3'")
                          .arg(path, names.join(QStringLiteral(", ")), expect->action));
    }
    if (!v.string(object, path, QStringLiteral("json_path"), false, &expect->jsonPath))
        return false;
    if (!expect->jsonPath.isEmpty()) {
        QString why;
        if (!JsonPath::parse(expect->jsonPath, &why))
            return v.fail(path + QStringLiteral(".json_path"),
                          TourText::tr("%1.json_path is not a JSON path: %2").arg(path, why));
    }
    return true;
}

} // namespace

QString TourError::toString() const
{
    if (line > 0)
        return TourText::tr("line %1: %2").arg(line).arg(message);
    return message;
}

std::optional<Tour> TourLoader::fromJson(const QByteArray &json, TourError *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error->line = lineAt(json, parseError.offset);
        const qsizetype lineStart = json.lastIndexOf('\n', qMax<qsizetype>(0, parseError.offset - 1)) + 1;
        error->field.clear();
        error->message = TourText::tr("not valid JSON: %1 (column %2)")
                             .arg(parseError.errorString())
                             .arg(parseError.offset - lineStart + 1);
        return std::nullopt;
    }
    Validator v(json, error);
    if (!document.isObject()) {
        v.fail(QString(), TourText::tr("a tour is a JSON object with format, title and steps"));
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (!v.onlyKnownKeys(root, QString(),
                         {QStringLiteral("format"), QStringLiteral("title"), QStringLiteral("description"),
                          QStringLiteral("steps")}))
        return std::nullopt;
    QString format;
    if (!v.string(root, QString(), QStringLiteral("format"), true, &format))
        return std::nullopt;
    if (format != QLatin1String(TourFormat)) {
        v.fail(QStringLiteral("format"),
               TourText::tr("format must be \"%1\", not \"%2\" (a newer tour needs a "
                            "newer Connect Explorer)")
                   .arg(QLatin1String(TourFormat), format));
        return std::nullopt;
    }
    Tour tour;
    if (!v.string(root, QString(), QStringLiteral("title"), true, &tour.title) ||
        !v.string(root, QString(), QStringLiteral("description"), false, &tour.description, false))
        return std::nullopt;
    const QJsonValue steps = root.value(QLatin1String("steps"));
    if (steps.isUndefined()) {
        v.fail(QStringLiteral("steps"), TourText::tr("steps is required"));
        return std::nullopt;
    }
    if (!steps.isArray() || steps.toArray().isEmpty()) {
        v.fail(QStringLiteral("steps"), TourText::tr("steps must be a non-empty array of steps"));
        return std::nullopt;
    }
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    QSet<QString> ids;
    const QJsonArray array = steps.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("steps[%1]").arg(i);
        if (!array.at(i).isObject()) {
            v.fail(path, TourText::tr("%1 must be an object").arg(path));
            return std::nullopt;
        }
        const QJsonObject object = array.at(i).toObject();
        if (!v.onlyKnownKeys(object, path,
                             {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("narration"),
                              QStringLiteral("request"), QStringLiteral("scenario"), QStringLiteral("expect"),
                              QStringLiteral("highlight")}))
            return std::nullopt;
        TourStep step;
        step.line = v.lineOf(path);
        if (!v.string(object, path, QStringLiteral("id"), true, &step.id))
            return std::nullopt;
        if (!idPattern.match(step.id).hasMatch()) {
            v.fail(path + QStringLiteral(".id"),
                   TourText::tr("%1.id may hold only letters, digits, '-', '_' and '.'").arg(path));
            return std::nullopt;
        }
        if (ids.contains(step.id)) {
            v.fail(path + QStringLiteral(".id"),
                   TourText::tr("%1.id \"%2\" is used by an earlier step").arg(path, step.id));
            return std::nullopt;
        }
        ids.insert(step.id);
        if (!v.string(object, path, QStringLiteral("title"), true, &step.title) ||
            !v.string(object, path, QStringLiteral("narration"), true, &step.narration) ||
            !v.string(object, path, QStringLiteral("highlight"), false, &step.highlight))
            return std::nullopt;
        const QJsonValue request = object.value(QLatin1String("request"));
        if (request.isUndefined()) {
            v.fail(path + QStringLiteral(".request"), TourText::tr("%1.request is required").arg(path));
            return std::nullopt;
        }
        if (!request.isObject()) {
            v.fail(
                path + QStringLiteral(".request"),
                TourText::tr("%1.request must be an object (method, path, query, headers, body)").arg(path));
            return std::nullopt;
        }
        if (!readRequest(v, request.toObject(), path + QStringLiteral(".request"), &step.request))
            return std::nullopt;
        const QJsonValue scenario = object.value(QLatin1String("scenario"));
        if (!scenario.isUndefined() && !scenario.isNull()) {
            TourScenario parsed;
            if (!readScenario(v, scenario, path + QStringLiteral(".scenario"), &parsed))
                return std::nullopt;
            step.scenario = parsed;
        }
        const QJsonValue expect = object.value(QLatin1String("expect"));
        if (!expect.isUndefined() && !readExpect(v, expect, path + QStringLiteral(".expect"), &step.expect))
            return std::nullopt;
        tour.steps.append(step);
    }
    return tour;
}

std::optional<Tour> TourLoader::fromFile(const QString &fileName, TourError *error)
{
    // A tour is a few kilobytes: anything past the limit (a 2 GB file, /dev/zero) is refused before it
    // is read, instead of ending in an allocation failure.
    const BoundedReadResult read = BoundedRead::readFile(fileName, BoundedRead::MaxTour);
    if (!read.ok) {
        error->line = 0;
        error->field.clear();
        error->message = TourText::tr("cannot read the tour file: %1").arg(read.error);
        return std::nullopt;
    }
    auto tour = fromJson(read.data, error);
    if (tour)
        tour->source = fileName;
    return tour;
}

std::optional<Tour> TourLoader::load(const QString &nameOrFile, TourError *error)
{
    if (nameOrFile.startsWith(QLatin1String(BuiltinPrefix)))
        return builtin(nameOrFile.mid(int(qstrlen(BuiltinPrefix))), error);
    return fromFile(nameOrFile, error);
}

QStringList TourLoader::builtinNames()
{
    QStringList names;
    const QStringList files =
        QDir(QLatin1String(BuiltinDir)).entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &file : files)
        names << QFileInfo(file).completeBaseName();
    return names;
}

std::optional<Tour> TourLoader::builtin(const QString &name, TourError *error)
{
    if (!builtinNames().contains(name)) {
        error->line = 0;
        error->field.clear();
        error->message = TourText::tr("no built-in tour named '%1' (built in: %2)")
                             .arg(name, builtinNames().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    auto tour = fromFile(QStringLiteral("%1/%2.json").arg(QLatin1String(BuiltinDir), name), error);
    if (tour)
        tour->source = QLatin1String(BuiltinPrefix) + name;
    return tour;
}

} // namespace cx
