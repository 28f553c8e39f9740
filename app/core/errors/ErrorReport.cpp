#include "ErrorReport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>
#include <algorithm>

namespace cx {

namespace {

// The report's parts, every one redacted.
struct Redacted
{
    ApiRequest request;
    QString url;
    HeaderList requestHeaders;
    HeaderList responseHeaders;
    QString responseBody;
    bool bodyCut = false;
    QString message;
    QString failureDetail;
};

// The report's texts keep the context they had when the report was built in the GUI.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cx::gui::ErrorReport)
};

Redacted redact(const ReportInput &input, const Redactor &redactor)
{
    Redacted out;
    out.request = redactor.redact(input.request);
    out.url = redactor.redactText(Redactor::redactUrl(input.url));
    out.requestHeaders = out.request.headers;
    // ApiClient adds the bearer itself; the report says one was sent without showing it.
    const bool hasAuthorization =
        std::any_of(out.requestHeaders.cbegin(), out.requestHeaders.cend(), [](const auto &header) {
            return header.first.compare("Authorization", Qt::CaseInsensitive) == 0;
        });
    if (input.request.authenticated && !hasAuthorization)
        out.requestHeaders.append({"Authorization", "Bearer " + Redactor::mask().toUtf8()});
    for (const auto &[name, value] : Redactor::redactHeaders(input.response.headers))
        out.responseHeaders.append({name, redactor.redactText(value)});
    const QByteArray body =
        redactor.redactText(Redactor::redactBody(input.response.body, input.response.contentType()));
    QString text = QString::fromUtf8(body);
    if (text.size() > ErrorReport::maxBodyChars) {
        text.truncate(ErrorReport::maxBodyChars);
        out.bodyCut = true;
    }
    out.responseBody = text;
    out.message = redactor.redactText(input.error.message);
    out.failureDetail = redactor.redactText(input.response.failureDetail);
    return out;
}

QString headerLines(const HeaderList &headers)
{
    QString lines;
    for (const auto &[name, value] : headers)
        lines +=
            QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value) + QLatin1Char('\n');
    return lines;
}

QJsonArray headerArray(const HeaderList &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(name)},
                                 {QStringLiteral("value"), QString::fromUtf8(value)}});
    return array;
}

// A fence longer than any run of backticks in the text, so a body cannot close it.
QString fenceFor(const QString &text)
{
    int longest = 0, run = 0;
    for (QChar c : text) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    return QString(qMax(3, longest + 1), QLatin1Char('`'));
}

QString fenced(const QString &text, const QString &language = {})
{
    const QString fence = fenceFor(text);
    QString block = fence + language + QLatin1Char('\n') + text;
    if (!block.endsWith(QLatin1Char('\n')))
        block += QLatin1Char('\n');
    return block + fence + QLatin1Char('\n');
}

} // namespace

QJsonObject ErrorReport::toJsonObject(const ReportInput &input, const Redactor &redactor)
{
    const Redacted r = redact(input, redactor);
    QJsonObject request{{QStringLiteral("method"), QString::fromLatin1(r.request.method)},
                        {QStringLiteral("url"), r.url},
                        {QStringLiteral("headers"), headerArray(r.requestHeaders)}};
    if (!r.request.body.isEmpty())
        request.insert(QStringLiteral("body"), QString::fromUtf8(r.request.body));
    QJsonObject response{{QStringLiteral("status"), input.response.status},
                         {QStringLiteral("headers"), headerArray(r.responseHeaders)},
                         {QStringLiteral("body"), r.responseBody},
                         {QStringLiteral("body_truncated"), r.bodyCut},
                         {QStringLiteral("elapsed_ms"), input.response.elapsedMs}};
    if (!input.response.protocol.isEmpty())
        response.insert(QStringLiteral("protocol"), QString::fromLatin1(input.response.protocol));
    if (input.response.failure != NetworkFailure::None) {
        response.insert(QStringLiteral("failure"), networkFailureName(input.response.failure));
        response.insert(QStringLiteral("failure_detail"), r.failureDetail);
        if (!input.response.failureCode().isEmpty())
            response.insert(QStringLiteral("failure_code"), input.response.failureCode());
    }
    const CertificateSummary &c = input.error.certificate;
    if (!c.isNull()) {
        response.insert(QStringLiteral("certificate"),
                        QJsonObject{{QStringLiteral("subject"), c.subject},
                                    {QStringLiteral("issuer"), c.issuer},
                                    {QStringLiteral("names"), QJsonArray::fromStringList(c.names)},
                                    {QStringLiteral("not_before"), c.notBefore},
                                    {QStringLiteral("not_after"), c.notAfter},
                                    {QStringLiteral("sha256"), c.sha256},
                                    {QStringLiteral("pin"), c.pin}});
    }
    return QJsonObject{
        {QStringLiteral("report"), QStringLiteral("connect-explorer-error")},
        {QStringLiteral("time"), input.time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("app_version"), input.appVersion},
        {QStringLiteral("qt_version"), QString::fromLatin1(qVersion())},
        {QStringLiteral("os"), QSysInfo::prettyProductName()},
        {QStringLiteral("api_version"), input.apiVersion},
        {QStringLiteral("base_url"), redactor.redactText(Redactor::redactUrl(input.baseUrl))},
        {QStringLiteral("request"), request},
        {QStringLiteral("response"), response},
        {QStringLiteral("error"),
         QJsonObject{{QStringLiteral("code"), input.decision.shownCode()},
                     {QStringLiteral("code_from_server"), input.error.codeFromServer},
                     {QStringLiteral("message"), r.message},
                     {QStringLiteral("shape"), ApiError::shapeName(input.error.shape)},
                     {QStringLiteral("action"), input.decision.actionName()},
                     {QStringLiteral("known"), input.decision.known()}}},
    };
}

QByteArray ErrorReport::toJson(const ReportInput &input, const Redactor &redactor)
{
    return QJsonDocument(toJsonObject(input, redactor)).toJson(QJsonDocument::Indented);
}

QString ErrorReport::toMarkdown(const ReportInput &input, const Redactor &redactor)
{
    const Redacted r = redact(input, redactor);
    const QString code = input.decision.shownCode();
    QString md;
    md += Tr::tr("# Connect Explorer error report") + QStringLiteral("\n\n");
    md += QStringLiteral("- ") + Tr::tr("Time: %1").arg(input.time.toUTC().toString(Qt::ISODateWithMs)) +
          QLatin1Char('\n');
    md += QStringLiteral("- ") +
          Tr::tr("App: Connect Explorer %1 (Qt %2, %3)")
              .arg(input.appVersion, QString::fromLatin1(qVersion()), QSysInfo::prettyProductName()) +
          QLatin1Char('\n');
    md += QStringLiteral("- ") + Tr::tr("API version: %1").arg(input.apiVersion) + QLatin1Char('\n');
    md += QStringLiteral("- ") +
          Tr::tr("Base URL: %1").arg(redactor.redactText(Redactor::redactUrl(input.baseUrl))) +
          QLatin1Char('\n');
    md += QStringLiteral("- ") +
          Tr::tr("Code: `%1` (%2), action `%3`")
              .arg(code,
                   input.error.codeFromServer ? Tr::tr("sent by the server") : Tr::tr("derived by the app"),
                   input.decision.actionName()) +
          QLatin1Char('\n');
    if (!r.message.isEmpty())
        md += QStringLiteral("- ") + Tr::tr("Server message: %1").arg(r.message) + QLatin1Char('\n');

    md += QStringLiteral("\n## ") + Tr::tr("Request") + QStringLiteral("\n\n");
    md += fenced(
        QString::fromLatin1(r.request.method) + QLatin1Char(' ') + r.url + QLatin1Char('\n') +
            headerLines(r.requestHeaders) +
            (r.request.body.isEmpty() ? QString() : QLatin1Char('\n') + QString::fromUtf8(r.request.body)),
        QStringLiteral("http"));

    md += QStringLiteral("\n## ") + Tr::tr("Response") + QStringLiteral("\n\n");
    if (!input.response.protocol.isEmpty())
        md +=
            Tr::tr("Protocol: %1").arg(QString::fromLatin1(input.response.protocol)) + QStringLiteral("\n\n");
    if (input.response.failure != NetworkFailure::None) {
        md += Tr::tr("No complete response: %1 (%2)")
                  .arg(networkFailureName(input.response.failure), r.failureDetail) +
              QStringLiteral("\n\n");
        if (!input.response.failureCode().isEmpty())
            md += Tr::tr("Failure code: `%1`").arg(input.response.failureCode()) + QStringLiteral("\n\n");
    }
    const CertificateSummary &c = input.error.certificate;
    if (!c.isNull()) {
        md += Tr::tr("Certificate: %1, issued by %2, valid %3 to %4, names %5")
                  .arg(c.subject, c.issuer, c.notBefore, c.notAfter, c.names.join(QStringLiteral(", "))) +
              QStringLiteral("\n\n");
        md += Tr::tr("Certificate fingerprint (SHA-256): %1").arg(c.sha256) + QStringLiteral("\n\n");
    }
    if (input.response.status > 0) {
        md += fenced(QStringLiteral("HTTP %1 %2\n")
                             .arg(input.response.status)
                             .arg(QString::fromLatin1(input.response.reason)) +
                         headerLines(r.responseHeaders) + QLatin1Char('\n') + r.responseBody,
                     QStringLiteral("http"));
        if (r.bodyCut)
            md += Tr::tr("(The body was cut at %1 characters.)").arg(maxBodyChars) + QLatin1Char('\n');
    }
    return md;
}

} // namespace cx
