#include "EvidenceCommand.h"

#include "CliOutput.h"
#include "CliText.h"
#include "checkup/CheckupRunner.h"
#include "evidence/EvidenceBuilder.h"
#include "history/HistoryStore.h"
#include "io/BoundedRead.h"
#include "net/ApiClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>

namespace cx::cli {

QString appHistoryFile()
{
    // HistoryStore::defaultFilePath() under the app's names, as connect-explorer's main() sets them.
    const QString name = QCoreApplication::applicationName();
    const QString domain = QCoreApplication::organizationDomain();
    QCoreApplication::setApplicationName(QStringLiteral("Connect Explorer"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("cliquify.me"));
    const QString path = HistoryStore::defaultFilePath();
    QCoreApplication::setApplicationName(name);
    QCoreApplication::setOrganizationDomain(domain);
    return path;
}

bool parseEvidenceArguments(const QStringList &arguments, EvidenceOptions *options, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Write the evidence for a support ticket as one .zip: the customer's HAR with each call's decided "
        "error code, the reproduction (history entries as HAR), the check-up report and a README.md that "
        "names the decided cause and the fix. Tokens and the client secret are masked.\n"
        "Exit codes: 0 written, 1 it could not be written, 64 bad input."));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          CliText::tr("The archive to write (case.zip)."),
                                          QStringLiteral("file"));
    const QCommandLineOption harOption(QStringLiteral("har"), CliText::tr("The customer's HAR file."),
                                       QStringLiteral("file"));
    const QCommandLineOption checkOption(
        QStringLiteral("check"),
        CliText::tr("Run the account check-up (with the connection options) and include its report."));
    const QCommandLineOption callsOption(
        QStringLiteral("calls"),
        CliText::tr("Ids of Connect Explorer history entries to include as the reproduction, separated by "
                    "commas (repeatable)."),
        QStringLiteral("ids"));
    const QCommandLineOption historyOption(
        QStringLiteral("history"),
        CliText::tr("The history file to take --calls from (default: Connect Explorer's, %1).")
            .arg(appHistoryFile()),
        QStringLiteral("file"));
    const QCommandLineOption comparisonOption(
        QStringLiteral("comparison"),
        CliText::tr("A saved response comparison (a JSON object) to include (repeatable)."),
        QStringLiteral("file"));
    parser.addOptions({outputOption, harOption, checkOption, callsOption, historyOption, comparisonOption});
    const ConnectionOptions connection = addConnectionOptions(&parser);
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (helpRequested(parser)) {
        QTextStream(stdout) << parser.helpText();
        options->helpShown = true;
        return true;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = CliText::tr("evidence takes no arguments ('%1'); name the archive with -o FILE")
                     .arg(parser.positionalArguments().constFirst());
        return false;
    }
    options->output = parser.value(outputOption);
    if (options->output.isEmpty()) {
        *error = CliText::tr("evidence needs the archive to write: -o case.zip");
        return false;
    }
    options->harFile = parser.value(harOption);
    if (!options->harFile.isEmpty() && !QFileInfo(options->harFile).isFile()) {
        *error = CliText::tr("--har: '%1' is not a file").arg(options->harFile);
        return false;
    }
    options->check = parser.isSet(checkOption);
    for (const QString &value : parser.values(callsOption)) {
        for (const QString &id : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            options->callIds.append(id.trimmed());
    }
    options->historyFile = parser.value(historyOption);
    for (const QString &file : parser.values(comparisonOption)) {
        const BoundedReadResult read = BoundedRead::readFile(file, BoundedRead::MaxHar);
        if (!read.ok) {
            *error = CliText::tr("--comparison: %1").arg(read.error);
            return false;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(read.data, &parseError);
        if (!document.isObject()) {
            *error = CliText::tr("--comparison: '%1' is not a JSON object").arg(file);
            return false;
        }
        options->comparisons.append(document.object());
    }
    if (options->harFile.isEmpty() && !options->check && options->callIds.isEmpty() &&
        options->comparisons.isEmpty()) {
        *error = CliText::tr("evidence needs something to put in: --har FILE, --check, --calls IDS or "
                             "--comparison FILE");
        return false;
    }
    options->profileName = parser.value(connection.profile);
    // The account: needed for --check; otherwise only for the README, when given.
    const bool connectionGiven = parser.isSet(connection.profile) || parser.isSet(connection.baseUrl) ||
                                 !qEnvironmentVariable("CONNECT_BASE_URL").isEmpty();
    if (options->check || connectionGiven) {
        if (!readConnectionOptions(parser, connection, options->check, &options->baseUrl, &options->clientId,
                                   &options->clientSecret, error))
            return false;
        if (!options->check)
            options->clientId = parser.isSet(connection.clientId) ? parser.value(connection.clientId)
                                                                  : qEnvironmentVariable("CONNECT_CLIENT_ID");
    }
    return !options->check || readNetworkOptions(parser, connection, &options->network, error);
}

EvidenceCommand::EvidenceCommand(EvidenceOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_builder(new EvidenceBuilder)
{}

EvidenceCommand::~EvidenceCommand()
{
    delete m_builder;
}

void EvidenceCommand::start()
{
    const auto fail = [this](const QString &message) {
        printError(message);
        QTimer::singleShot(0, this, [this] { emit done(ExitUsage); });
    };
    m_builder->setAccount(m_options.profileName, m_options.clientId, m_options.baseUrl);
    if (!m_options.clientSecret.isEmpty())
        m_builder->redactor().addSecret(m_options.clientSecret);
    QString error;
    if (!m_options.harFile.isEmpty() && !m_builder->setCustomerHarFile(m_options.harFile, &error))
        return fail(error);
    if (!m_options.callIds.isEmpty()) {
        const QString file = m_options.historyFile.isEmpty() ? appHistoryFile() : m_options.historyFile;
        if (!QFileInfo::exists(file))
            return fail(CliText::tr("--calls: there is no history file at %1 (send a request in Connect "
                                    "Explorer first, or name the file with --history)")
                            .arg(file));
        HistoryStore history(file);
        if (!history.load())
            return fail(CliText::tr("--calls: the history file %1 cannot be read: %2")
                            .arg(file, history.lastError()));
        for (const QString &id : std::as_const(m_options.callIds)) {
            const std::optional<HistoryEntry> entry = history.entry(id);
            if (!entry)
                return fail(CliText::tr("--calls: no history entry has the id '%1' (in %2)").arg(id, file));
            // With the response the app kept for it (redacted when it was stored), when there is one.
            const std::optional<HistoryResponse> kept = history.response(id);
            m_builder->addHistoryEntry(*entry,
                                       kept ? std::optional<ApiResponse>(kept->response) : std::nullopt);
        }
    }
    for (const QJsonObject &comparison : std::as_const(m_options.comparisons))
        m_builder->addComparison(comparison);
    if (!m_options.check) {
        QTimer::singleShot(0, this, [this] { finish(nullptr); });
        return;
    }
    auto catalog = CheckupRunner::bundledCatalog(&error);
    if (!catalog)
        return fail(error);
    m_runner = new CheckupRunner(m_options.baseUrl, m_options.clientId, m_options.clientSecret,
                                 std::move(*catalog), {}, this);
    m_options.clientSecret.clear();
    m_runner->client()->setNetworkSettings(m_options.network); // checked by readNetworkOptions
    connect(m_runner, &CheckupRunner::finished, this, [this](const CheckReport &report) { finish(&report); });
    m_runner->start();
}

void EvidenceCommand::finish(const CheckReport *report)
{
    if (report) {
        // The runner knows every token of the check-up and the client secret.
        for (const QString &secret : m_runner->redactor().secrets())
            m_builder->redactor().addSecret(secret);
        m_builder->setCheckReport(*report);
    }
    QString error;
    if (!m_builder->writeZip(m_options.output, &error)) {
        printError(CliText::tr("evidence: %1").arg(error));
        emit done(ExitHttpError);
        return;
    }
    QTextStream out(stdout);
    out << CliText::tr("Wrote %1").arg(m_options.output) << '\n';
    const QString code = m_builder->decidedCode();
    if (!code.isEmpty())
        out << CliText::tr("Decided cause: %1").arg(code) << '\n';
    emit done(ExitOk);
}

} // namespace cx::cli
