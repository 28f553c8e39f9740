#include "FaultLocator.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <algorithm>

namespace cx {

namespace {

// Whether `request` carries a body the server reads: one is there, and the method is not one whose
// body servers ignore (GET, HEAD, DELETE).
bool sendsBody(const ApiRequest &request)
{
    const QByteArray method = request.method.toUpper();
    if (method == "GET" || method == "HEAD" || method == "DELETE")
        return false;
    return !request.body.trimmed().isEmpty();
}

// A field error on a request without a body (or whose method sends none) is not about a body: the field
// is a path parameter when the template names it, else a query parameter (where a GET's input goes), as
// locateFields() decides; an unnamed one points nowhere.
FaultTarget notInAMissingBody(FaultTarget target, const ApiRequest &request, const QStringList &pathParams)
{
    using Kind = FaultTarget::Kind;
    if (sendsBody(request))
        return target;
    if (target.kind == Kind::BodyField)
        target.kind = pathParams.contains(target.name) ? Kind::PathParam : Kind::QueryParam;
    else if (target.kind == Kind::Body)
        target.kind = Kind::None;
    return target;
}

} // namespace

QString FaultTarget::kindName(Kind kind)
{
    switch (kind) {
    case Kind::QueryParam:
        return QStringLiteral("query");
    case Kind::PathParam:
        return QStringLiteral("path");
    case Kind::Header:
        return QStringLiteral("header");
    case Kind::BodyField:
        return QStringLiteral("field");
    case Kind::BodyPosition:
        return QStringLiteral("position");
    case Kind::Body:
        return QStringLiteral("body");
    case Kind::None:
        break;
    }
    return QStringLiteral("none");
}

QString FaultLocator::quotedName(const QString &message)
{
    static const QRegularExpression quoted(
        QStringLiteral("'([^']+)'|\"([^\"]+)\"|`([^`]+)`|\u2018([^\u2019]+)\u2019|\u201C([^\u201D]+)\u201D"));
    const QRegularExpressionMatch match = quoted.match(message);
    if (!match.hasMatch())
        return {};
    for (int group = 1; group <= 5; ++group) {
        if (!match.captured(group).isEmpty())
            return match.captured(group).trimmed();
    }
    return {};
}

qsizetype FaultLocator::jsonErrorOffset(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return -1;
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError)
        return -1;
    // QJsonParseError::offset is just past the byte the parser choked on; the mark goes on that byte.
    // It counts bytes; the editor counts characters.
    const qsizetype bytes = qBound(qsizetype(0), qsizetype(error.offset) - 1, body.size());
    return QString::fromUtf8(body.left(bytes)).size();
}

qsizetype FaultLocator::statedOffset(const QString &message, const QString &bodyText)
{
    static const QRegularExpression lineColumn(
        QStringLiteral("line\\s+(\\d+)\\D{0,12}?col(?:umn)?\\s+(\\d+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression offset(QStringLiteral("(?:offset|position|char(?:acter)?)\\s+(\\d+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (const auto m = lineColumn.match(message); m.hasMatch()) {
        const int line = m.captured(1).toInt();
        const int column = m.captured(2).toInt();
        qsizetype at = 0;
        for (int l = 1; l < line; ++l) {
            const qsizetype next = bodyText.indexOf(QLatin1Char('\n'), at);
            if (next < 0)
                return bodyText.size();
            at = next + 1;
        }
        return qMin(bodyText.size(), at + qMax(0, column - 1));
    }
    if (const auto m = offset.match(message); m.hasMatch())
        return qMin(bodyText.size(), qsizetype(m.captured(1).toLongLong()));
    return -1;
}

FaultTarget FaultLocator::locate(const ApiError &error, const ApiRequest &request,
                                 const QStringList &pathParams)
{
    using Kind = FaultTarget::Kind;
    FaultTarget target;
    const QString message = error.message;
    const QString lower = message.toLower();
    const QString name = quotedName(message);
    const QString code = error.code;

    // The server's words first: they name the place when they can.
    if (!name.isEmpty()) {
        if (lower.contains(QLatin1String("query param")))
            target.kind = Kind::QueryParam;
        else if (lower.contains(QLatin1String("path param")))
            target.kind = Kind::PathParam;
        else if (lower.contains(QLatin1String("header")))
            target.kind = Kind::Header;
        else if (lower.contains(QLatin1String("field")) || lower.contains(QLatin1String("property")))
            target.kind = Kind::BodyField;
        if (target.kind != Kind::None) {
            target.name = name;
            return notInAMissingBody(target, request, pathParams);
        }
    }

    // Else the code says where to look.
    if (code == QLatin1String("bad_query_params")) {
        target.kind = Kind::QueryParam;
        target.name = name;
    } else if (code == QLatin1String("bad_request_params")) {
        target.kind = Kind::PathParam;
        target.name = !name.isEmpty() ? name : (pathParams.size() == 1 ? pathParams.first() : QString());
    } else if (code == QLatin1String("invalid_header_value")) {
        target.kind = Kind::Header;
        target.name = name;
    } else if (code == QLatin1String("unsupported_content_type")) {
        target.kind = Kind::Header;
        target.name = QStringLiteral("Content-Type");
    } else if (code == QLatin1String("invalid_field") || code == QLatin1String("missing_field")) {
        target.kind = name.isEmpty() ? Kind::Body : Kind::BodyField;
        target.name = name;
    } else if (code == QLatin1String("bad_request_body")) {
        const QString bodyText = QString::fromUtf8(request.body);
        qsizetype at = jsonErrorOffset(request.body);
        if (at < 0)
            at = statedOffset(message, bodyText);
        if (at >= 0) {
            target.kind = Kind::BodyPosition;
            target.offset = at;
        } else {
            target.kind = Kind::Body;
        }
    } else if (code == QLatin1String("request_too_large") || code == QLatin1String("invalid_file_format")) {
        target.kind = Kind::Body;
    }
    if (code == QLatin1String("invalid_field") || code == QLatin1String("missing_field"))
        target = notInAMissingBody(target, request, pathParams);
    if ((target.kind == Kind::QueryParam || target.kind == Kind::Header) && target.name.isEmpty())
        target.kind = Kind::None;
    if (target.kind == Kind::PathParam && target.name.isEmpty())
        target.kind = Kind::None;
    return target;
}

QList<FaultTarget> FaultLocator::locateFields(const ApiError &error, const ApiRequest &request,
                                              const QStringList &pathParams)
{
    using Kind = FaultTarget::Kind;
    const QString bodyText = QString::fromUtf8(request.body);
    const bool hasBody = !request.body.trimmed().isEmpty();
    QList<FaultTarget> targets;
    for (const FieldError &field : error.fields) {
        FaultTarget target;
        target.name = field.name;
        target.message = field.messages.join(QStringLiteral("; "));
        // Laravel names nested body keys with dots ("items.0.id"); the key itself is the last part.
        const QString key = field.name.section(QLatin1Char('.'), -1);
        const bool inQuery = std::any_of(request.query.begin(), request.query.end(), [&](const auto &pair) {
            return pair.first.compare(field.name, Qt::CaseInsensitive) == 0;
        });
        if (pathParams.contains(field.name))
            target.kind = Kind::PathParam;
        else if (inQuery)
            target.kind = Kind::QueryParam;
        else if (hasBody && bodyText.contains(QLatin1Char('"') + key + QLatin1Char('"')))
            target.kind = Kind::BodyField;
        else
            target.kind = hasBody ? Kind::BodyField : Kind::QueryParam;
        targets << target;
    }
    return targets;
}

} // namespace cx
