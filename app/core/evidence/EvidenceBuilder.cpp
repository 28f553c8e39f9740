#include "EvidenceBuilder.h"

#include "checkup/CheckReportRenderer.h"
#include "errors/ApiError.h"
#include "errors/ErrorCatalog.h"
#include "errors/ErrorDecision.h"
#include "evidence/ZipWriter.h"
#include "har/HarWriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace cx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cx::EvidenceBuilder)
};

const QString CustomerHarName = QStringLiteral("customer/customer.har");
const QString CustomerCallsName = QStringLiteral("customer/calls.json");
const QString ReproductionName = QStringLiteral("reproduction/history.har");
const QString ReportJsonName = QStringLiteral("checkup/report.json");
const QString ReportMarkdownName = QStringLiteral("checkup/report.md");

QString comparisonName(qsizetype index)
{
    return QStringLiteral("comparisons/comparison-%1.json").arg(index + 1);
}

ErrorDecision decide(const HarEntry &entry)
{
    return ErrorCatalog::decideLate(ApiError::fromResponse(entry.toResponse()));
}

// The request of a HAR entry as our writer takes it (everything the file says; the writer redacts).
ApiRequest requestOf(const HarEntry &entry)
{
    ApiRequest request;
    request.method = entry.method;
    request.path = entry.url.path();
    request.query = entry.query;
    request.headers = entry.requestHeaders;
    request.body = entry.requestBody;
    return request;
}

// Markdown special characters in one line of quoted text.
QString inline_(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\n'), QLatin1Char(' '));
    out.replace(QLatin1Char('`'), QLatin1Char('\''));
    return out;
}

} // namespace

EvidenceBuilder::EvidenceBuilder(Redactor redactor) : m_redactor(std::move(redactor)) {}

void EvidenceBuilder::setAccount(const QString &profileName, const QString &clientId, const QUrl &baseUrl)
{
    m_profileName = profileName;
    m_clientId = clientId;
    m_baseUrl = baseUrl;
}

bool EvidenceBuilder::setCustomerHarFile(const QString &fileName, QString *error)
{
    QString why;
    const std::optional<HarLog> log = HarReader::readFile(fileName, &why);
    if (!log) {
        *error = Tr::tr("%1 is not a HAR file Connect Explorer can read: %2").arg(fileName, why);
        return false;
    }
    setCustomerHar(*log, fileName);
    return true;
}

void EvidenceBuilder::setCustomerHar(const HarLog &log, const QString &fileName)
{
    m_customerHar = log;
    m_customerHarName = QFileInfo(fileName).fileName();
    HarReader::collectSecrets(log, &m_redactor);
}

void EvidenceBuilder::addHistoryEntry(const HistoryEntry &entry, const std::optional<ApiResponse> &response)
{
    m_history.append({entry, response});
}

void EvidenceBuilder::setCheckReport(const CheckReport &report)
{
    m_report = report;
}

void EvidenceBuilder::addComparison(const QJsonObject &comparison)
{
    m_comparisons.append(comparison);
}

QList<EvidenceBuilder::Failure> EvidenceBuilder::failures() const
{
    QList<Failure> list;
    if (m_report) {
        for (const CheckResult &check : m_report->checks) {
            if (check.verdict != Verdict::Fail)
                continue;
            list.append({QStringLiteral("checkup"), check.name, check.status, check.code,
                         m_redactor.redactText(check.diagnosis), m_redactor.redactText(check.fix)});
        }
    }
    if (m_customerHar) {
        for (const HarEntry &entry : m_customerHar->entries) {
            if (!HarReader::isConnectCall(entry, m_baseUrl))
                continue;
            const ErrorDecision decision = decide(entry);
            if (!decision.isError())
                continue;
            list.append({QStringLiteral("customer_har"),
                         Tr::tr("entry %1: %2 %3")
                             .arg(entry.index + 1)
                             .arg(QString::fromLatin1(entry.method),
                                  m_redactor.redactText(Redactor::redactUrl(entry.url.toString()))),
                         entry.status, decision.shownCode(), m_redactor.redactText(decision.error().message),
                         QString()});
        }
    }
    for (const auto &[entry, response] : m_history) {
        QString code = entry.errorCode;
        QString detail;
        if (response) {
            const ErrorDecision decision = ErrorCatalog::decideLate(ApiError::fromResponse(*response));
            if (code.isEmpty() && decision.isError())
                code = decision.shownCode();
            if (decision.isError())
                detail = m_redactor.redactText(decision.error().message);
        }
        if (code.isEmpty() && entry.failure.isEmpty())
            continue;
        if (code.isEmpty())
            code = entry.failure;
        list.append({QStringLiteral("reproduction"),
                     QStringLiteral("%1 %2").arg(QString::fromLatin1(entry.request.method),
                                                 m_redactor.redactText(Redactor::redactUrl(entry.url()))),
                     entry.status, code, detail, QString()});
    }
    return list;
}

QString EvidenceBuilder::decidedCode() const
{
    QStringList order;
    QHash<QString, int> counts;
    for (const Failure &failure : failures()) {
        if (failure.code.isEmpty())
            continue;
        if (!counts.contains(failure.code))
            order.append(failure.code);
        ++counts[failure.code];
    }
    QString best;
    for (const QString &code : std::as_const(order)) {
        if (best.isEmpty() || counts.value(code) > counts.value(best))
            best = code;
    }
    return best;
}

QByteArray EvidenceBuilder::readme() const
{
    QStringList lines;
    lines << Tr::tr("# Connect Explorer evidence") << QString();
    const QString none = Tr::tr("(not given)");
    lines << Tr::tr("- Profile: %1").arg(m_profileName.isEmpty() ? none : inline_(m_profileName));
    lines << Tr::tr("- Client id: %1").arg(m_clientId.isEmpty() ? none : inline_(m_clientId));
    lines << Tr::tr("- Base URL: %1")
                 .arg(m_baseUrl.isEmpty() ? none : Redactor::redactUrl(m_baseUrl.toString()));
    lines << Tr::tr("- Created: %1 by Connect Explorer %2")
                 .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                      QCoreApplication::applicationVersion());
    lines << QString();

    const QList<Failure> failed = failures();
    lines << Tr::tr("## What failed") << QString();
    if (failed.isEmpty())
        lines << Tr::tr("Nothing failed in the material of this archive.");
    for (const Failure &failure : failed) {
        const QString source = failure.source == QLatin1String("checkup")        ? Tr::tr("check-up")
                               : failure.source == QLatin1String("customer_har") ? Tr::tr("customer's HAR")
                                                                                 : Tr::tr("reproduction");
        QString line = failure.status > 0
                           ? Tr::tr("- %1: %2: HTTP %3, %4")
                                 .arg(source, inline_(failure.what))
                                 .arg(failure.status)
                                 .arg(failure.code)
                           : Tr::tr("- %1: %2: %3").arg(source, inline_(failure.what), failure.code);
        if (!failure.detail.isEmpty())
            line += QStringLiteral(" — ") + inline_(failure.detail);
        lines << line;
    }
    lines << QString();

    const QString code = decidedCode();
    if (!code.isEmpty()) {
        const ErrorInfo info = ErrorCatalog::lookup(code);
        lines << Tr::tr("## Decided cause") << QString();
        lines << Tr::tr("**%1** (action: %2)").arg(code, ErrorCatalog::actionName(info.action));
        if (!info.meaning.isEmpty())
            lines << QString() << inline_(info.meaning);
        QStringList fixes;
        for (const Failure &failure : failed) {
            if (failure.code == code && !failure.fix.isEmpty() && !fixes.contains(failure.fix))
                fixes << failure.fix;
        }
        if (fixes.isEmpty() && !info.hint.isEmpty())
            fixes << info.hint;
        lines << QString() << Tr::tr("## The fix") << QString();
        for (const QString &fix : std::as_const(fixes))
            lines << QStringLiteral("- ") + inline_(fix);
        if (fixes.isEmpty())
            lines << Tr::tr("The catalogue gives no fix for this code.");
        lines << QString();
    }

    lines << Tr::tr("## Files") << QString();
    lines << Tr::tr("- README.md: this summary");
    if (m_customerHar) {
        lines << Tr::tr("- %1: the customer's HAR (%2), redacted; each response carries the decided code "
                        "as _errorCode")
                     .arg(CustomerHarName, inline_(m_customerHarName));
        lines << Tr::tr("- %1: each call of that HAR with its decided code").arg(CustomerCallsName);
    }
    if (!m_history.isEmpty())
        lines << Tr::tr("- %1: the reproduction, %n request(s) from the history", nullptr,
                        int(m_history.size()))
                     .arg(ReproductionName);
    if (m_report)
        lines << Tr::tr("- %1 and %2: the account check-up").arg(ReportJsonName, ReportMarkdownName);
    for (qsizetype i = 0; i < m_comparisons.size(); ++i)
        lines << Tr::tr("- %1: a response comparison").arg(comparisonName(i));
    lines
        << QString()
        << Tr::tr("Tokens, the client secret and other credentials are masked as %1.").arg(Redactor::mask());
    return m_redactor.redactText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

QList<QPair<QString, QByteArray>> EvidenceBuilder::files() const
{
    QList<QPair<QString, QByteArray>> list;
    list.append({QStringLiteral("README.md"), readme()});
    if (m_customerHar) {
        HarWriter writer(m_redactor);
        QJsonArray calls;
        for (const HarEntry &entry : m_customerHar->entries) {
            const ErrorDecision decision = decide(entry);
            const bool failed = decision.isError();
            ApiResponse response = entry.toResponse();
            if (entry.status <= 0) // no response recorded: not a failure of ours to name
                response.failure = NetworkFailure::None;
            writer.addExchange(entry.url, requestOf(entry), response, entry.startedDateTime,
                               failed ? decision.shownCode() : QString());
            calls.append(QJsonObject{
                {QStringLiteral("index"), entry.index + 1},
                {QStringLiteral("method"), QString::fromLatin1(entry.method)},
                {QStringLiteral("url"), m_redactor.redactText(Redactor::redactUrl(entry.url.toString()))},
                {QStringLiteral("status"), entry.status},
                {QStringLiteral("connect_call"), HarReader::isConnectCall(entry, m_baseUrl)},
                {QStringLiteral("code"), failed ? decision.shownCode() : QString()},
                {QStringLiteral("action"), failed ? decision.actionName() : QString()},
                {QStringLiteral("message"),
                 failed ? m_redactor.redactText(decision.error().message) : QString()},
            });
        }
        list.append({CustomerHarName, writer.toHar()});
        list.append({CustomerCallsName, QJsonDocument(calls).toJson(QJsonDocument::Indented)});
    }
    if (!m_history.isEmpty()) {
        HarWriter writer(m_redactor);
        for (const auto &[entry, response] : m_history) {
            if (response)
                writer.addHistoryEntry(entry, *response);
            else
                writer.addHistoryEntry(entry);
        }
        list.append({ReproductionName, writer.toHar()});
    }
    if (m_report) {
        list.append({ReportJsonName, m_report->toJsonBytes(true)});
        list.append({ReportMarkdownName, CheckReportRenderer::toMarkdown(*m_report, m_redactor).toUtf8()});
    }
    for (qsizetype i = 0; i < m_comparisons.size(); ++i)
        list.append({comparisonName(i), QJsonDocument(m_comparisons.at(i)).toJson(QJsonDocument::Indented)});
    // Once more over every file as a whole: a registered secret never leaves, whatever wrote the file.
    for (auto &[name, bytes] : list)
        bytes = m_redactor.redactText(bytes);
    return list;
}

bool EvidenceBuilder::writeZip(const QString &fileName, QString *error) const
{
    ZipWriter zip;
    const QDateTime now = QDateTime::currentDateTime();
    for (const auto &[name, bytes] : files())
        zip.addFile(name, bytes, now);
    return zip.writeFile(fileName, error);
}

} // namespace cx
