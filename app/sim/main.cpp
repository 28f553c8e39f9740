// connect-sim: runs the Connect API simulator (on loopback unless --bind says otherwise) until
// SIGINT/SIGTERM. The first stdout line is the URL it listens on (scripts read it to learn a --port 0
// choice); for the default loopback bind that is the base URL to use.
#include "ConnectSimulator.h"
#include "ErrorTable.h"
#include "FileLimit.h"
#include "ScenarioInjector.h"
#include "SimConfig.h"
#include "SimTls.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkInterface>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <cx/Version.h>
#include <memory>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace cx::sim;

namespace {

// The translation context of connect-sim's own messages (a class name lupdate can see).
struct SimText
{
    Q_DECLARE_TR_FUNCTIONS(ConnectSim)
};

#ifdef Q_OS_UNIX
// Self-pipe: the signal handler only writes a byte; the event loop reads it and quits cleanly, so the
// server's sockets are closed by their destructors rather than by process teardown. (On Windows, Ctrl+C
// ends the process, which closes its sockets too.)
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

std::unique_ptr<QSocketNotifier> quitOnSignals(QCoreApplication *app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return nullptr;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    auto notifier = std::make_unique<QSocketNotifier>(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(notifier.get(), &QSocketNotifier::activated, app, [] { QCoreApplication::quit(); });
    return notifier;
}
#endif

// Where a client on another machine could reach a server listening on `address` (any-address: every
// address of this host of that family), loopback first.
QStringList reachableUrls(const QHostAddress &address, quint16 port)
{
    QList<QHostAddress> addresses{address};
    if (address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6 ||
        address == QHostAddress::Any) {
        addresses.clear();
        for (const QHostAddress &candidate : QNetworkInterface::allAddresses()) {
            const bool family =
                address == QHostAddress::Any ||
                (address == QHostAddress::AnyIPv4) == (candidate.protocol() == QAbstractSocket::IPv4Protocol);
            if (family && candidate.scopeId().isEmpty()) // link-local ones need a zone: left out
                addresses << candidate;
        }
        std::stable_partition(addresses.begin(), addresses.end(),
                              [](const QHostAddress &a) { return a.isLoopback(); });
    }
    QStringList urls;
    for (const QHostAddress &reachable : std::as_const(addresses)) {
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(reachable.toString());
        url.setPort(port);
        urls << url.toString();
    }
    return urls;
}

[[noreturn]] void failUsage(const QString &message)
{
    std::fprintf(stderr, "connect-sim: %s\n%s\n", qPrintable(message),
                 qPrintable(SimText::tr("Try 'connect-sim --help' for the options.")));
    std::exit(2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("connect-sim"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(cx::versionString));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        SimText::tr("A local simulator of the Cliquify Connect API, for demos and tests."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        SimText::tr("Port to listen on; 0 picks a free one."),
                                        QStringLiteral("N"), QStringLiteral("8787"));
    const QCommandLineOption bindOption(QStringLiteral("bind"),
                                        SimText::tr("Address to listen on (loopback by default)."),
                                        QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption idOption(QStringLiteral("client-id"),
                                      SimText::tr("Client id the token endpoint accepts."),
                                      QStringLiteral("ID"), QString::fromLatin1(DemoClientId));
    const QCommandLineOption secretOption(QStringLiteral("client-secret"),
                                          SimText::tr("Client secret the token endpoint accepts."),
                                          QStringLiteral("SECRET"), QString::fromLatin1(DemoClientSecret));
    const QCommandLineOption scopesOption(QStringLiteral("scopes"),
                                          SimText::tr("Comma-separated scopes granted to tokens."),
                                          QStringLiteral("a,b,c"), allScopes().join(QLatin1Char(',')));
    const QCommandLineOption rateOption(QStringLiteral("rate-limit"),
                                        SimText::tr("Requests per second per client, e.g. 5/s (0 = none)."),
                                        QStringLiteral("N/s"), QStringLiteral("0"));
    const QCommandLineOption lifetimeOption(QStringLiteral("token-lifetime"),
                                            SimText::tr("Access token lifetime in seconds."),
                                            QStringLiteral("SECONDS"), QStringLiteral("2592000"));
    const QCommandLineOption scenarioOption(
        QStringLiteral("scenario"),
        SimText::tr("Answer requests under PATH (default: all /api paths) with error CODE, "
                    "or a fault: delay, stall, drop, html_502. Repeatable."),
        QStringLiteral("CODE[@PATH]"));
    const QCommandLineOption delayOption(QStringLiteral("delay-ms"),
                                         SimText::tr("Delay used by 'delay' scenarios."),
                                         QStringLiteral("MS"), QStringLiteral("1000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), SimText::tr("Seed of the generated data."),
                                        QStringLiteral("N"), QString::number(SimConfig{}.seed));
    const ConnectionLimits defaults;
    const QCommandLineOption maxConnectionsOption(
        QStringLiteral("max-connections"),
        SimText::tr("Connections kept open at most; at the cap the longest idle one is closed, or a "
                    "newcomer gets 503 when every connection is waiting for an answer."),
        QStringLiteral("N"), QString::number(defaults.maxConnections));
    const QCommandLineOption idleTimeoutOption(
        QStringLiteral("idle-timeout"),
        SimText::tr("Close a connection after this many seconds without a byte either way."),
        QStringLiteral("SECONDS"), QString::number(defaults.idleTimeoutMs / 1000));
    const QCommandLineOption headTimeoutOption(
        QStringLiteral("head-timeout"),
        SimText::tr("Answer 408 when a request head takes longer than this many seconds to arrive."),
        QStringLiteral("SECONDS"), QString::number(defaults.headTimeoutMs / 1000));
    const QCommandLineOption maxBodyOption(QStringLiteral("max-body-bytes"),
                                           SimText::tr("Answer 413 to request bodies larger than this."),
                                           QStringLiteral("BYTES"), QString::number(defaults.maxBodyBytes));
    const QCommandLineOption dialectOption(
        QStringLiteral("dialect"),
        SimText::tr("Error shapes: code-message ({\"code\",\"message\"} everywhere) or documented "
                    "(the public docs' shapes by layer)."),
        QStringLiteral("DIALECT"), dialectName(Dialect::CodeMessage));
    const QCommandLineOption tokenFormatOption(
        QStringLiteral("token-format"),
        SimText::tr("Token request bodies the token endpoint reads: json, form or both."),
        QStringLiteral("FORMAT"), tokenFormatName(TokenFormat::Both));
    const QCommandLineOption scopeModelOption(
        QStringLiteral("scope-model"),
        SimText::tr("Scopes a resource route requires: per-resource (profile:read plus the resource's "
                    "scope) or all (profile:read, templates:read and assets:read everywhere)."),
        QStringLiteral("MODEL"), scopeModelName(ScopeModel::PerResource));
    const QCommandLineOption tlsCertOption(
        QStringLiteral("tls-cert"),
        SimText::tr("Serve HTTPS with this PEM certificate (chain); needs --tls-key."),
        QStringLiteral("FILE"));
    const QCommandLineOption tlsKeyOption(QStringLiteral("tls-key"),
                                          SimText::tr("The PEM private key of --tls-cert (unencrypted)."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption clientCaOption(
        QStringLiteral("client-ca"),
        SimText::tr("Require a client certificate issued by a CA in this PEM file (with --tls-cert)."),
        QStringLiteral("FILE"));
    parser.addOptions(
        {portOption,           bindOption,        idOption,          secretOption,  scopesOption,
         rateOption,           lifetimeOption,    scenarioOption,    delayOption,   seedOption,
         maxConnectionsOption, idleTimeoutOption, headTimeoutOption, maxBodyOption, dialectOption,
         tokenFormatOption,    scopeModelOption,  tlsCertOption,     tlsKeyOption,  clientCaOption});
    parser.process(app);

    SimConfig config;
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        failUsage(SimText::tr("--port must be a number from 0 to 65535."));
    const QHostAddress address(parser.value(bindOption));
    if (address.isNull())
        failUsage(SimText::tr("--bind must be an IP address."));
    config.clientId = parser.value(idOption);
    config.clientSecret = parser.value(secretOption);
    if (config.clientId.isEmpty() || config.clientSecret.isEmpty())
        failUsage(SimText::tr("--client-id and --client-secret must not be empty."));
    config.scopes = parser.value(scopesOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &scope : config.scopes)
        scope = scope.trimmed();
    const QRegularExpression rateFormat(QStringLiteral("^(\\d+)(/s)?$"));
    const auto rate = rateFormat.match(parser.value(rateOption).trimmed());
    if (!rate.hasMatch())
        failUsage(SimText::tr("--rate-limit must look like 10/s."));
    config.rateLimitPerSecond = rate.captured(1).toInt();
    config.tokenLifetimeSeconds = parser.value(lifetimeOption).toInt(&ok);
    if (!ok || config.tokenLifetimeSeconds < 1)
        failUsage(SimText::tr("--token-lifetime must be a positive number of seconds."));
    const int delayMs = parser.value(delayOption).toInt(&ok);
    if (!ok || delayMs < 0)
        failUsage(SimText::tr("--delay-ms must be a number of milliseconds."));
    config.seed = parser.value(seedOption).toUInt(&ok);
    if (!ok)
        failUsage(SimText::tr("--seed must be a non-negative number."));
    config.limits.maxConnections = parser.value(maxConnectionsOption).toInt(&ok);
    if (!ok || config.limits.maxConnections < 1)
        failUsage(SimText::tr("--max-connections must be a positive number."));
    const int idleSeconds = parser.value(idleTimeoutOption).toInt(&ok);
    if (!ok || idleSeconds < 1 || idleSeconds > 86400)
        failUsage(SimText::tr("--idle-timeout must be a number of seconds from 1 to 86400."));
    config.limits.idleTimeoutMs = idleSeconds * 1000;
    const int headSeconds = parser.value(headTimeoutOption).toInt(&ok);
    if (!ok || headSeconds < 1 || headSeconds > 86400)
        failUsage(SimText::tr("--head-timeout must be a number of seconds from 1 to 86400."));
    config.limits.headTimeoutMs = headSeconds * 1000;
    config.limits.maxBodyBytes = parser.value(maxBodyOption).toLongLong(&ok);
    if (!ok || config.limits.maxBodyBytes < 0)
        failUsage(SimText::tr("--max-body-bytes must be a non-negative number of bytes."));
    if (!dialectFromName(parser.value(dialectOption), &config.dialect))
        failUsage(SimText::tr("--dialect must be code-message or documented."));
    if (!tokenFormatFromName(parser.value(tokenFormatOption), &config.tokenFormat))
        failUsage(SimText::tr("--token-format must be json, form or both."));
    if (!scopeModelFromName(parser.value(scopeModelOption), &config.scopeModel))
        failUsage(SimText::tr("--scope-model must be per-resource or all."));
    for (const QString &text : parser.values(scenarioOption)) {
        Scenario scenario;
        QString error;
        if (!parseScenario(text, &scenario, &error))
            failUsage(error);
        if (!ScenarioInjector::isKnownCode(scenario.code)) {
            failUsage(
                SimText::tr("'%1' is neither a code of the error catalogue nor a fault. Known: %2.")
                    .arg(scenario.code,
                         (ErrorTable::codes() + ScenarioInjector::faultCodes()).join(QStringLiteral(", "))));
        }
        scenario.delayMs = delayMs;
        config.scenarios << scenario;
    }

    // Sockets are descriptors: take what the system allows, so the connection cap, not the soft limit,
    // is what a flood runs into.
    raiseOpenFileLimit();

    std::optional<QSslConfiguration> tls;
    if (parser.isSet(tlsCertOption) || parser.isSet(tlsKeyOption) || parser.isSet(clientCaOption)) {
        if (!parser.isSet(tlsCertOption) || !parser.isSet(tlsKeyOption))
            failUsage(SimText::tr("--tls-cert and --tls-key go together (and --client-ca needs both)."));
        QString error;
        tls = loadServerTls(
            {parser.value(tlsCertOption), parser.value(tlsKeyOption), parser.value(clientCaOption)}, &error);
        if (!tls)
            failUsage(error);
    }

    ConnectSimulator simulator(config);
    if (tls)
        simulator.setTlsConfiguration(*tls);
    // A client that does not trust the certificate, or brings none when one is required: say so, since
    // the client only sees a failed handshake.
    QObject::connect(&simulator, &ConnectSimulator::tlsHandshakeFailed, &app, [](const QString &reason) {
        std::fprintf(stderr, "connect-sim: %s\n",
                     qPrintable(SimText::tr("TLS handshake failed: %1").arg(reason)));
    });
    if (!simulator.listen(address, quint16(port))) {
        std::fprintf(stderr, "connect-sim: %s\n",
                     qPrintable(SimText::tr("cannot listen on %1:%2").arg(address.toString()).arg(port)));
        return 1;
    }

#ifdef Q_OS_UNIX
    const auto signalNotifier = quitOnSignals(&app);
#endif

    // The first line, flushed (scripts wait for it): the address it listens on. For loopback that is
    // also the URL to use; for any other address clients are told where they can reach it.
    QTextStream out(stdout);
    const QUrl url = simulator.baseUrl();
    QUrl listening = url;
    listening.setHost(address.toString());
    out << listening.toString() << Qt::endl;
    if (!address.isLoopback()) {
        std::fprintf(stderr, "connect-sim: %s\n",
                     qPrintable(SimText::tr("warning: listening on %1, not on loopback: anyone who can reach "
                                            "this machine can use the simulator, its demo credentials and "
                                            "its /_sim control API.")
                                    .arg(address.toString())));
        out << SimText::tr("reachable at:  %1")
                   .arg(reachableUrls(address, simulator.port()).join(QStringLiteral(", ")))
            << '\n';
    }
    out << SimText::tr("client id:     %1").arg(config.clientId) << '\n'
        << SimText::tr("client secret: %1").arg(config.clientSecret) << '\n'
        << SimText::tr("scopes:        %1").arg(config.scopes.join(QLatin1Char(' '))) << '\n';
    if (config.rateLimitPerSecond > 0)
        out << SimText::tr("rate limit:    %1 requests/s per client").arg(config.rateLimitPerSecond) << '\n';
    for (const Scenario &scenario : std::as_const(config.scenarios))
        out << SimText::tr("scenario:      %1 on %2")
                   .arg(scenario.code,
                        scenario.pathPrefix.isEmpty() ? QStringLiteral("/api/*") : scenario.pathPrefix)
            << '\n';
    if (config.dialect != Dialect::CodeMessage || config.tokenFormat != TokenFormat::Both ||
        config.scopeModel != ScopeModel::PerResource)
        out << SimText::tr("dialect:       %1, token format %2, scope model %3")
                   .arg(dialectName(config.dialect), tokenFormatName(config.tokenFormat),
                        scopeModelName(config.scopeModel))
            << '\n';
    out << SimText::tr("OpenAPI:       %1/openapi.json").arg(url.toString()) << '\n'
        << SimText::tr("Press Ctrl+C to stop.") << Qt::endl;

    const int status = app.exec();
    out << SimText::tr("connect-sim stopped.") << Qt::endl;
    return status;
}
