// The support report for one failed request: request line, headers (secrets masked), response status
// and body, code, time, app and API version. Everything goes through Redactor before it is written.
// Widget-free: the error panel's Report action shows and saves what this builds.
#pragma once

#include "errors/ApiError.h"
#include "errors/ErrorDecision.h"
#include "export/Redactor.h"
#include "net/ApiTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace cx {

struct ReportInput
{
    ApiRequest request;
    QString url; // the full URL it went to
    ApiResponse response;
    ApiError error;
    ErrorDecision decision;
    QDateTime time; // UTC
    QString appVersion;
    QString apiVersion; // the catalog's info.version
    QString baseUrl;
};

class ErrorReport
{
public:
    // Bodies longer than this are cut in the report (and say so).
    static constexpr qsizetype maxBodyChars = 64 * 1024;

    static QString toMarkdown(const ReportInput &input, const Redactor &redactor);
    static QJsonObject toJsonObject(const ReportInput &input, const Redactor &redactor);
    static QByteArray toJson(const ReportInput &input, const Redactor &redactor);
};

} // namespace cx
