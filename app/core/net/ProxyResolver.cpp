#include "ProxyResolver.h"

#include <QHostAddress>
#include <QUrl>

namespace cx {

ProxyResolver::ProxyResolver(const ProxySettings &settings, const QProcessEnvironment &environment)
    : m_settings(settings), m_environment(environment)
{}

namespace {

QString firstSet(const QProcessEnvironment &environment, std::initializer_list<const char *> names,
                 QString *which)
{
    for (const char *name : names) {
        const QString value = environment.value(QString::fromLatin1(name)).trimmed();
        if (!value.isEmpty()) {
            if (which)
                *which = QString::fromLatin1(name);
            return value;
        }
    }
    return {};
}

bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

bool ProxyResolver::isExempt(const QString &noProxy, const QString &host, int port)
{
    const QString name = host.toLower();
    for (QString entry : noProxy.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        entry = entry.trimmed().toLower();
        if (entry.isEmpty())
            continue;
        if (entry == QLatin1String("*"))
            return true;
        // "[::1]:8080", "host:8080": a port, when given, must match.
        int entryPort = -1;
        if (entry.startsWith(QLatin1Char('['))) {
            const qsizetype close = entry.indexOf(QLatin1Char(']'));
            if (close > 0 && entry.mid(close + 1).startsWith(QLatin1Char(':')))
                entryPort = entry.mid(close + 2).toInt();
            entry = entry.mid(1, close > 0 ? close - 1 : -1);
        } else if (entry.count(QLatin1Char(':')) == 1) {
            entryPort = entry.section(QLatin1Char(':'), 1).toInt();
            entry = entry.section(QLatin1Char(':'), 0, 0);
        }
        if (entryPort > 0 && entryPort != port)
            continue;
        // CIDR blocks for IP addresses ("10.0.0.0/8").
        if (entry.contains(QLatin1Char('/'))) {
            const auto subnet = QHostAddress::parseSubnet(entry);
            const QHostAddress address(name);
            if (!address.isNull() && subnet.first.protocol() == address.protocol() &&
                address.isInSubnet(subnet))
                return true;
            continue;
        }
        if (entry.startsWith(QLatin1Char('.')))
            entry.remove(0, 1);
        if (name == entry || name.endsWith(QLatin1Char('.') + entry))
            return true;
    }
    return false;
}

std::optional<QNetworkProxy>
ProxyResolver::fromEnvironment(const QUrl &url, const QProcessEnvironment &environment, QString *variable)
{
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    if (isExempt(firstSet(environment, {"no_proxy", "NO_PROXY"}, nullptr), url.host(), port))
        return std::nullopt;
    QString which;
    QString value = url.scheme() == QLatin1String("https")
                        ? firstSet(environment, {"https_proxy", "HTTPS_PROXY"}, &which)
                        : firstSet(environment, {"http_proxy"}, &which);
    if (value.isEmpty())
        value = firstSet(environment, {"all_proxy", "ALL_PROXY"}, &which);
    if (value.isEmpty())
        return std::nullopt;
    const std::optional<ProxySettings> settings = ProxySettings::fromUrl(value, nullptr);
    if (!settings)
        return std::nullopt; // a malformed variable is ignored, as curl does
    if (variable)
        *variable = which;
    return settings->toProxy();
}

QList<QNetworkProxy> ProxyResolver::queryProxy(const QNetworkProxyQuery &query)
{
    const QUrl url = query.url();
    if (m_settings.mode == ProxySettings::Mode::None)
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    if (m_settings.mode == ProxySettings::Mode::Manual)
        return {m_settings.toProxy()}; // what the user chose, loopback included
    if (const auto proxy = fromEnvironment(url, m_environment)) {
        // A proxy on another machine can never reach this machine's loopback (the embedded simulator):
        // such requests go direct. A proxy on loopback itself can.
        if (isLoopback(url.host()) && !isLoopback(proxy->hostName()))
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        return {*proxy};
    }
    const bool anyVariable = !firstSet(m_environment,
                                       {"https_proxy", "HTTPS_PROXY", "http_proxy", "all_proxy", "ALL_PROXY",
                                        "no_proxy", "NO_PROXY"},
                                       nullptr)
                                  .isEmpty();
    if (anyVariable || isLoopback(url.host()))
        return {QNetworkProxy(QNetworkProxy::NoProxy)}; // the environment decided: direct
    return systemProxyForQuery(query);
}

QString ProxyResolver::describe(const QUrl &url)
{
    const QList<QNetworkProxy> proxies = queryProxy(QNetworkProxyQuery(url));
    const QNetworkProxy proxy = proxies.value(0, QNetworkProxy(QNetworkProxy::NoProxy));
    if (proxy.type() == QNetworkProxy::NoProxy || proxy.type() == QNetworkProxy::DefaultProxy)
        return QStringLiteral("direct");
    ProxySettings settings;
    settings.mode = ProxySettings::Mode::Manual;
    settings.type = proxy.type();
    settings.host = proxy.hostName();
    settings.port = proxy.port();
    settings.user = proxy.user();
    QString variable;
    if (m_settings.mode == ProxySettings::Mode::System && fromEnvironment(url, m_environment, &variable))
        return QStringLiteral("%1 (%2)").arg(settings.toUrl(), variable);
    return settings.toUrl();
}

} // namespace cx
