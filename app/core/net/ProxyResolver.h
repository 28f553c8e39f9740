// Which proxy a request takes: the profile's choice (none / system / manual) made into a
// QNetworkProxyFactory for the client's QNetworkAccessManager.
//
// "System" reads the environment the way curl does, since that is what support staff already set for
// curl on Linux: https_proxy / HTTPS_PROXY for https URLs, http_proxy (lower case only: an upper-case
// HTTP_PROXY can be injected by a CGI request header, "httpoxy") for http, then all_proxy / ALL_PROXY;
// no_proxy / NO_PROXY lists hosts that go direct ("*", host names matching the name or a domain suffix,
// a leading dot ignored, IP addresses, an optional :port). With no variable set, Qt's system query
// decides (the OS settings on Windows and macOS, PAC where Qt reads it). A loopback target (the embedded
// simulator) goes direct unless the proxy is on loopback too: a proxy elsewhere could never reach it.
// "Manual" sends everything through the user's proxy, loopback included.
#pragma once

#include "NetworkSettings.h"

#include <QNetworkProxyFactory>
#include <QProcessEnvironment>

namespace cx {

class ProxyResolver : public QNetworkProxyFactory
{
public:
    explicit ProxyResolver(const ProxySettings &settings,
                           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query = QNetworkProxyQuery()) override;

    // The proxy the environment names for `url`, nullopt when none does (or no_proxy exempts the host).
    // `variable` says which variable it came from ("https_proxy"), for messages.
    static std::optional<QNetworkProxy>
    fromEnvironment(const QUrl &url, const QProcessEnvironment &environment, QString *variable = nullptr);
    // True when `noProxy` (a no_proxy value) exempts `host`:`port`.
    static bool isExempt(const QString &noProxy, const QString &host, int port);

    // Where a request to `url` goes, for the status bar and support report: "direct", "http://proxy:3128
    // (https_proxy)", ... (the password never shown).
    QString describe(const QUrl &url);

private:
    ProxySettings m_settings;
    QProcessEnvironment m_environment;
};

} // namespace cx
