#include "CheckCommand.h"

#include "CliOutput.h"
#include "CliText.h"
#include "auth/TokenRequestFormat.h"
#include "checkup/CheckComparison.h"
#include "checkup/CheckReportRenderer.h"
#include "io/BoundedRead.h"
#include "net/ApiClient.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>
#include <cstdio>

namespace cx::cli {

namespace {

// The catalog and, for the contract and the id checks, the document itself (left empty for the bundled one).
std::optional<EndpointCatalog> loadCatalog(const QString &specFile, QJsonObject *document, QString *error)
{
    if (specFile.isEmpty())
        return CheckupRunner::bundledCatalog(error);
    // Bounded (BoundedRead::MaxOpenApi): a huge file or /dev/zero is refused, never read to an abort.
    const BoundedReadResult file = BoundedRead::readFile(specFile, BoundedRead::MaxOpenApi);
    if (!file.ok) {
        *error = CliText::tr("cannot read --spec file: %1").arg(file.error);
        return std::nullopt;
    }
    QString why;
    auto catalog = EndpointCatalog::fromJson(file.data, &why);
    if (!catalog)
        *error = CliText::tr("--spec file '%1' is not an OpenAPI document: %2").arg(specFile, why);
    else
        *document = QJsonDocument::fromJson(file.data).object();
    return catalog;
}

std::optional<CheckReport> loadReport(const QString &fileName, QString *error)
{
    const BoundedReadResult file = BoundedRead::readFile(fileName, BoundedRead::MaxReport);
    if (!file.ok) {
        *error = CliText::tr("cannot read report: %1").arg(file.error);
        return std::nullopt;
    }
    QString why;
    auto report = CheckReport::fromJsonBytes(file.data, &why);
    if (!report)
        *error = CliText::tr("'%1' is not a check-up report: %2").arg(fileName, why);
    return report;
}

void writeOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    fflush(stdout);
}

} // namespace

bool parseCheckArguments(const QStringList &arguments, CheckOptions *options, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Check an account: sign in, introspect the token, call every GET endpoint once (and one "
                    "item of each list) within a time budget and the rate limit, and say what is wrong and "
                    "what to do.\n"
                    "Exit codes: 0 no check failed (warnings allowed), 1 a check failed, 2 the server is "
                    "unreachable, 3 sign-in failed, 64 bad command line.\n"
                    "With --compare A.json B.json: compare two saved --json reports (0 identical, 1 they "
                    "differ)."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), CliText::tr("Print one JSON object."));
    const QCommandLineOption specOption(QStringLiteral("spec"),
                                        CliText::tr("OpenAPI document to take the endpoints from (default: "
                                                    "the built-in one)."),
                                        QStringLiteral("file"));
    const QCommandLineOption budgetOption(QStringLiteral("budget"),
                                          CliText::tr("Time budget for the whole check-up (default 60)."),
                                          QStringLiteral("seconds"), QStringLiteral("60"));
    const QCommandLineOption revokeOption(QStringLiteral("revoke"),
                                          CliText::tr("Revoke the check-up's own token at the end."));
    const QCommandLineOption compareOption(
        QStringLiteral("compare"), CliText::tr("Compare two saved reports (REPORT_A.json REPORT_B.json)."));
    const QCommandLineOption contractOption(
        QStringLiteral("contract"),
        CliText::tr("Also list every assumption of the OpenAPI document (x-sim-assumption) as held, "
                    "differed or untested by this server, with what was seen instead."));
    parser.addOptions({jsonOption, specOption, budgetOption, revokeOption, compareOption, contractOption});
    const ConnectionOptions connection = addConnectionOptions(&parser);
    parser.addPositionalArgument(QStringLiteral("reports"),
                                 CliText::tr("With --compare: the two report files."),
                                 QStringLiteral("[REPORT_A.json REPORT_B.json]"));
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (helpRequested(parser)) {
        QTextStream(stdout) << parser.helpText();
        options->helpShown = true;
        return true;
    }
    options->json = parser.isSet(jsonOption);
    options->symbols = stdoutIsTerminal();
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(compareOption)) {
        if (positional.size() != 2) {
            *error = CliText::tr("check --compare expects two report files, e.g. connect-cli check --compare "
                                 "a.json b.json");
            return false;
        }
        options->compare = positional;
        return true;
    }
    if (!positional.isEmpty()) {
        *error =
            CliText::tr("check takes no arguments ('%1'); did you mean --compare?").arg(positional.first());
        return false;
    }
    if (!readSeconds(parser, budgetOption, &options->budget)) {
        *error = secondsUsage(QStringLiteral("--budget"));
        return false;
    }
    options->revoke = parser.isSet(revokeOption);
    options->contract = parser.isSet(contractOption);
    options->specFile = parser.value(specOption);
    return readConnectionOptions(parser, connection, true, &options->baseUrl, &options->clientId,
                                 &options->clientSecret, error) &&
           readNetworkOptions(parser, connection, &options->network, error);
}

int exitCodeForReport(const CheckReport &report)
{
    switch (report.outcome) {
    case CheckReport::Outcome::Unreachable:
        return ExitNoResponse;
    case CheckReport::Outcome::SignInFailed:
        return ExitSignInFailed;
    default:
        return report.hasFailures() ? ExitHttpError : ExitOk;
    }
}

int runCompare(const CheckOptions &options)
{
    QString error;
    const auto a = loadReport(options.compare.value(0), &error);
    const auto b = a ? loadReport(options.compare.value(1), &error) : std::nullopt;
    if (!a || !b) {
        printError(error);
        return ExitUsage;
    }
    const CheckComparison comparison = CheckComparison::compare(*a, *b);
    if (options.json)
        writeOut(QString::fromUtf8(QJsonDocument(comparison.toJson()).toJson(QJsonDocument::Indented)));
    else
        writeOut(forTerminal(comparison.toText()));
    return comparison.identical() ? ExitOk : ExitHttpError;
}

CheckCommand::CheckCommand(CheckOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{}

void CheckCommand::start()
{
    QString error;
    QJsonObject document;
    auto catalog = loadCatalog(m_options.specFile, &document, &error);
    if (!catalog) {
        printError(error);
        QTimer::singleShot(0, this, [this] { emit done(ExitUsage); });
        return;
    }
    CheckupOptions checkup;
    checkup.budget = m_options.budget;
    checkup.revokeAtEnd = m_options.revoke;
    checkup.contract = m_options.contract;
    checkup.document = document;
    checkup.transferTimeout = std::min(checkup.transferTimeout, m_options.budget);
    m_runner = new CheckupRunner(m_options.baseUrl, m_options.clientId, m_options.clientSecret,
                                 std::move(*catalog), checkup, this);
    m_options.clientSecret.clear();
    m_runner->client()->setNetworkSettings(m_options.network); // checked by readNetworkOptions
    if (!m_options.json && stdoutIsTerminal()) {
        connect(m_runner, &CheckupRunner::progress, this, [](int done, int total, const QString &current) {
            if (!current.isEmpty())
                fprintf(stderr, "\r\033[K[%d/%d] %s", done, total, current.toLocal8Bit().constData());
            else
                fprintf(stderr, "\r\033[K");
            fflush(stderr);
        });
    }
    connect(m_runner, &CheckupRunner::finished, this, &CheckCommand::onFinished);
    m_runner->start();
}

void CheckCommand::onFinished(const CheckReport &report)
{
    const Redactor &redactor = m_runner->redactor();
    // Which of the two documented token request formats this server took: the session remembers it per
    // base URL when it is not the documented JSON (TokenRequestFormat).
    const QString tokenFormat = TokenRequestFormat::name(
        TokenRequestFormat::remembered(m_options.baseUrl).value_or(TokenRequestFormat::documented));
    if (m_options.json) {
        QJsonObject object = report.toJson();
        object.insert(QStringLiteral("token_request_format"), tokenFormat);
        writeOut(
            redactor.redactText(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented))));
    } else {
        writeOut(forTerminal(CheckReportRenderer::toText(report, redactor, m_options.symbols) + // server text
                             CliText::tr("Token request format: %1").arg(tokenFormat) + QLatin1Char('\n')));
    }
    emit done(exitCodeForReport(report));
}

} // namespace cx::cli
