#include "request/RequestDraft.h"

#include "request/PathTemplate.h"

namespace cx::gui {

RequestDraft RequestDraft::fromEndpoint(const Endpoint &endpoint)
{
    RequestDraft draft;
    draft.method = endpoint.method;
    draft.pathTemplate = endpoint.path;
    for (const EndpointParameter &parameter : endpoint.parameters) {
        ParamRow row{parameter.required, parameter.name, parameter.defaultValue, parameter.description,
                     parameter.required};
        if (parameter.location == QLatin1String("query"))
            draft.query.append(row);
        else if (parameter.location == QLatin1String("header"))
            draft.headers.append(row);
        else if (parameter.location == QLatin1String("path"))
            draft.pathValues.insert(parameter.name, parameter.defaultValue);
    }
    if (endpoint.hasRequestBody)
        draft.body = QStringLiteral("{\n}\n");
    return draft;
}

QString RequestDraft::resolvedPath() const
{
    QString path = PathTemplate::substitute(pathTemplate.trimmed(), pathValues);
    if (!path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    return path;
}

ApiRequest RequestDraft::toApiRequest() const
{
    ApiRequest request;
    request.method = method.trimmed().toUpper();
    request.path = resolvedPath();
    for (const ParamRow &row : query) {
        if (row.enabled && !row.name.trimmed().isEmpty())
            request.query.append(qMakePair(row.name.trimmed(), row.value));
    }
    bool hasContentType = false;
    for (const ParamRow &row : headers) {
        if (!row.enabled || row.name.trimmed().isEmpty() || row.valueNotSaved)
            continue;
        const QByteArray name = row.name.trimmed().toLatin1();
        hasContentType = hasContentType || name.compare("Content-Type", Qt::CaseInsensitive) == 0;
        request.headers.append(qMakePair(name, row.value.toUtf8()));
    }
    if (!body.trimmed().isEmpty()) {
        request.body = body.toUtf8();
        if (!hasContentType)
            request.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    }
    return request;
}

QString RequestDraft::title() const
{
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(method), pathTemplate);
}

} // namespace cx::gui
