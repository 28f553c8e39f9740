#include "CheckReportRenderer.h"

#include <QCoreApplication>
#include <QStringList>

namespace cx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cx::CheckReportRenderer)
};

QString latencyText(qint64 ms)
{
    return ms >= 0 ? Tr::tr("%1 ms").arg(ms) : QString();
}

QString outcomeText(CheckReport::Outcome outcome)
{
    switch (outcome) {
    case CheckReport::Outcome::Completed:
        return Tr::tr("completed");
    case CheckReport::Outcome::Unreachable:
        return Tr::tr("stopped: the server is unreachable");
    case CheckReport::Outcome::SignInFailed:
        return Tr::tr("stopped: sign-in failed");
    case CheckReport::Outcome::RateLimited:
        return Tr::tr("stopped early: rate limit");
    case CheckReport::Outcome::OutOfBudget:
        return Tr::tr("stopped early: budget used up");
    case CheckReport::Outcome::Cancelled:
        return Tr::tr("cancelled");
    }
    return QString();
}

QString summaryLine(const CheckReport &report)
{
    return Tr::tr("%1 passed, %2 warnings, %3 failed, %4 not checked; %5 requests, %6 rate-limited, %7.")
        .arg(report.count(Verdict::Pass))
        .arg(report.count(Verdict::Warn))
        .arg(report.count(Verdict::Fail))
        .arg(report.count(Verdict::Skip))
        .arg(report.requestsSent)
        .arg(report.rateLimitedResponses)
        .arg(outcomeText(report.outcome));
}

QString fullDiagnosis(const CheckResult &check)
{
    return check.fix.isEmpty() ? check.diagnosis : check.diagnosis + QLatin1Char(' ') + check.fix;
}

QString markdownCell(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('|'), QLatin1String("\\|"));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

} // namespace

QString CheckReportRenderer::verdictLabel(Verdict verdict, bool symbols)
{
    static const char *const words[] = {QT_TRANSLATE_NOOP("cx::CheckReportRenderer", "PASS"),
                                        QT_TRANSLATE_NOOP("cx::CheckReportRenderer", "WARN"),
                                        QT_TRANSLATE_NOOP("cx::CheckReportRenderer", "FAIL"),
                                        QT_TRANSLATE_NOOP("cx::CheckReportRenderer", "SKIP")};
    static const char16_t *const marks[] = {u"\u2714", u"\u26A0", u"\u2718", u"\u00B7"};
    const QString word = Tr::tr(words[static_cast<int>(verdict)]);
    return symbols ? QString::fromUtf16(marks[static_cast<int>(verdict)]) + QLatin1Char(' ') + word : word;
}

QString CheckReportRenderer::toText(const CheckReport &report, const Redactor &redactor, bool symbols)
{
    QStringList lines;
    lines << Tr::tr("Check-up of %1 as client %2").arg(report.baseUrl, report.clientId);
    int nameWidth = 0;
    for (const CheckResult &check : report.checks)
        nameWidth = qMax(nameWidth, int(check.name.size()));
    nameWidth = qMin(nameWidth, 36);
    for (const CheckResult &check : report.checks) {
        QString line = verdictLabel(check.verdict, symbols) + QLatin1String("  ") +
                       check.name.leftJustified(nameWidth) + QLatin1String("  ") +
                       latencyText(check.latencyMs).rightJustified(8) + QLatin1String("  ");
        if (!check.code.isEmpty())
            line += QLatin1Char('[') + check.code + QLatin1Char('/') + check.action + QLatin1String("] ");
        line += fullDiagnosis(check);
        lines << line;
    }
    if (!report.missingScopes.isEmpty()) {
        lines << Tr::tr("Missing scopes:");
        for (const MissingScope &missing : report.missingScopes)
            lines << QLatin1String("  ") + missing.scope + QLatin1String(" -> ") +
                         missing.endpoints.join(QLatin1String(", "));
    }
    if (!report.contract.isEmpty()) {
        lines << Tr::tr("Contract (the API description's assumptions, as this server showed them):");
        for (const ContractResult &entry : report.contract)
            lines << QLatin1String("  ") + contractStatusLabel(entry.status).leftJustified(9) +
                         entry.topic.leftJustified(19) + entry.assumption + QLatin1String("\n             ") +
                         entry.seen.simplified();
    }
    lines << Tr::tr("Result: %1 (%2)").arg(verdictName(report.overall()).toUpper(), summaryLine(report));
    return redactor.redactText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

QString CheckReportRenderer::contractStatusLabel(const QString &status)
{
    if (status == QLatin1String("held"))
        return Tr::tr("held");
    if (status == QLatin1String("differed"))
        return Tr::tr("DIFFERED");
    return Tr::tr("untested");
}

QString CheckReportRenderer::toMarkdown(const CheckReport &report, const Redactor &redactor)
{
    QStringList out;
    out << Tr::tr("# Connect account check-up") << QString();
    out << Tr::tr("- **Base URL:** %1").arg(report.baseUrl);
    out << Tr::tr("- **Client:** %1").arg(report.clientId);
    out << Tr::tr("- **When:** %1").arg(report.startedAt.toString(Qt::ISODate));
    out << Tr::tr("- **Result:** %1 — %2").arg(verdictName(report.overall()).toUpper(), summaryLine(report));
    if (report.introspected)
        out << Tr::tr("- **Granted scopes:** %1").arg(report.grantedScopes.join(QLatin1String(", ")));
    if (report.tokenLifetimeSeconds >= 0)
        out << Tr::tr("- **Token lifetime:** %1 s").arg(report.tokenLifetimeSeconds);
    out << QString();
    if (!report.missingScopes.isEmpty()) {
        out << Tr::tr("## Missing scopes") << QString();
        for (const MissingScope &missing : report.missingScopes)
            out << QStringLiteral("- `%1` blocks %2")
                       .arg(missing.scope, missing.endpoints.join(QLatin1String(", ")));
        out << QString();
    }
    out << Tr::tr("## Checks") << QString();
    out << Tr::tr("| Verdict | Check | Latency | Code | Action | Diagnosis |");
    out << QStringLiteral("|---|---|---|---|---|---|");
    for (const CheckResult &check : report.checks) {
        out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |")
                   .arg(verdictLabel(check.verdict, true), markdownCell(check.name),
                        latencyText(check.latencyMs),
                        check.code.isEmpty() ? QString() : QLatin1Char('`') + check.code + QLatin1Char('`'),
                        check.action, markdownCell(fullDiagnosis(check)));
    }
    if (!report.contract.isEmpty()) {
        out << QString() << Tr::tr("## Contract") << QString();
        out << Tr::tr("| Assumption | Topic | Where the description states it | What this server did |");
        out << QStringLiteral("|---|---|---|---|");
        for (const ContractResult &entry : report.contract) {
            out << QStringLiteral("| %1 | %2 | `%3` | %4 |")
                       .arg(contractStatusLabel(entry.status), entry.topic, entry.assumption,
                            markdownCell(entry.seen));
        }
    }
    return redactor.redactText(out.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

QString CheckReportRenderer::toHtml(const CheckReport &report, const Redactor &redactor)
{
    const auto esc = [&redactor](const QString &text) { return redactor.redactText(text).toHtmlEscaped(); };
    static const char *const colours[] = {"#1a7f37", "#9a6700", "#cf222e", "#6e7781"};
    QString html;
    html +=
        QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n"
                       "<style>body{font-family:sans-serif}table{border-collapse:collapse}"
                       "td,th{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}"
                       "</style></head><body>\n")
            .arg(esc(Tr::tr("Connect account check-up")));
    html += QStringLiteral("<h1>%1</h1>\n<ul>\n").arg(esc(Tr::tr("Connect account check-up")));
    html += QStringLiteral("<li><b>%1</b> %2</li>\n").arg(esc(Tr::tr("Base URL:")), esc(report.baseUrl));
    html += QStringLiteral("<li><b>%1</b> %2</li>\n").arg(esc(Tr::tr("Client:")), esc(report.clientId));
    html += QStringLiteral("<li><b>%1</b> %2</li>\n")
                .arg(esc(Tr::tr("When:")), esc(report.startedAt.toString(Qt::ISODate)));
    html += QStringLiteral("<li><b>%1</b> %2 — %3</li>\n")
                .arg(esc(Tr::tr("Result:")), esc(verdictName(report.overall()).toUpper()),
                     esc(summaryLine(report)));
    if (report.introspected) {
        html += QStringLiteral("<li><b>%1</b> %2</li>\n")
                    .arg(esc(Tr::tr("Granted scopes:")), esc(report.grantedScopes.join(QLatin1String(", "))));
    }
    html += QStringLiteral("</ul>\n");
    if (!report.missingScopes.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n<ul>\n").arg(esc(Tr::tr("Missing scopes")));
        for (const MissingScope &missing : report.missingScopes) {
            html += QStringLiteral("<li><code>%1</code> %2 %3</li>\n")
                        .arg(esc(missing.scope), esc(Tr::tr("blocks")),
                             esc(missing.endpoints.join(QLatin1String(", "))));
        }
        html += QStringLiteral("</ul>\n");
    }
    html +=
        QStringLiteral("<h2>%1</h2>\n<table>\n<tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th>"
                       "<th>%7</th></tr>\n")
            .arg(esc(Tr::tr("Checks")), esc(Tr::tr("Verdict")), esc(Tr::tr("Check")), esc(Tr::tr("Latency")),
                 esc(Tr::tr("Code")), esc(Tr::tr("Action")), esc(Tr::tr("Diagnosis")));
    for (const CheckResult &check : report.checks) {
        html += QStringLiteral("<tr class=\"%1\"><td style=\"color:%2\">%3</td><td>%4</td><td>%5</td>"
                               "<td><code>%6</code></td><td>%7</td><td>%8</td></tr>\n")
                    .arg(verdictName(check.verdict), QLatin1String(colours[static_cast<int>(check.verdict)]),
                         esc(verdictLabel(check.verdict, true)), esc(check.name),
                         esc(latencyText(check.latencyMs)), esc(check.code), esc(check.action),
                         esc(fullDiagnosis(check)));
    }
    html += QStringLiteral("</table>\n");
    if (!report.contract.isEmpty()) {
        html +=
            QStringLiteral("<h2>%1</h2>\n<table>\n<tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n")
                .arg(esc(Tr::tr("Contract")), esc(Tr::tr("Assumption")), esc(Tr::tr("Topic")),
                     esc(Tr::tr("Where the description states it")), esc(Tr::tr("What this server did")));
        for (const ContractResult &entry : report.contract) {
            html += QStringLiteral(
                        "<tr class=\"%1\"><td>%2</td><td>%3</td><td><code>%4</code></td><td>%5</td></tr>\n")
                        .arg(entry.status, esc(contractStatusLabel(entry.status)), esc(entry.topic),
                             esc(entry.assumption), esc(entry.seen));
        }
        html += QStringLiteral("</table>\n");
    }
    html += QStringLiteral("</body></html>\n");
    return html;
}

} // namespace cx
