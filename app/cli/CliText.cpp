#include "CliText.h"

#include "profiles/CredentialStore.h"
#include "profiles/ProfileNetwork.h"
#include "profiles/ProfileStore.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QStringDecoder>
#include <QStringList>
#include <cmath>
#include <cstdio>
#include <utility>

#ifdef Q_OS_WIN
#include <io.h>
#define CX_ISATTY _isatty
#define CX_FILENO _fileno
#else
#include <unistd.h>
#define CX_ISATTY isatty
#define CX_FILENO fileno
#endif

namespace cx::cli {

bool stdoutIsTerminal()
{
    return CX_ISATTY(CX_FILENO(stdout)) != 0;
}

bool helpRequested(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"));
}

namespace {
constexpr double MinSeconds = 0.001;
constexpr double MaxSeconds = 24 * 3600;
} // namespace

bool readSeconds(const QCommandLineParser &parser, const QCommandLineOption &option,
                 std::chrono::milliseconds *duration)
{
    bool ok = false;
    const double seconds = parser.value(option).trimmed().toDouble(&ok);
    // Written so that NaN fails too (every comparison with NaN is false).
    if (!ok || !std::isfinite(seconds) || !(seconds >= MinSeconds && seconds <= MaxSeconds))
        return false;
    const qint64 ms = std::llround(seconds * 1000);
    if (ms < 1)
        return false;
    *duration = std::chrono::milliseconds(ms);
    return true;
}

QString secondsUsage(const QString &optionName)
{
    return CliText::tr("%1 expects a number of seconds from %2 to %3")
        .arg(optionName, QString::number(MinSeconds), QString::number(qint64(MaxSeconds)));
}

bool readByteCount(const QString &text, qint64 max, qint64 *bytes)
{
    QString number = text.trimmed().toLower();
    qint64 unit = 1;
    for (const auto &[suffix, factor] :
         {std::pair{QStringLiteral("kib"), qint64(1) << 10},
          std::pair{QStringLiteral("mib"), qint64(1) << 20},
          std::pair{QStringLiteral("gib"), qint64(1) << 30}, std::pair{QStringLiteral("kb"), qint64(1) << 10},
          std::pair{QStringLiteral("mb"), qint64(1) << 20}, std::pair{QStringLiteral("gb"), qint64(1) << 30},
          std::pair{QStringLiteral("k"), qint64(1) << 10}, std::pair{QStringLiteral("m"), qint64(1) << 20},
          std::pair{QStringLiteral("g"), qint64(1) << 30}}) {
        if (number.endsWith(suffix)) {
            number.chop(suffix.size());
            unit = factor;
            break;
        }
    }
    bool ok = false;
    const qint64 count = number.toLongLong(&ok);
    // Dividing instead of multiplying: the product could overflow.
    if (!ok || count < 1 || count > max / unit)
        return false;
    *bytes = count * unit;
    return true;
}

namespace {
QList<QByteArray> &rawArguments()
{
    static QList<QByteArray> arguments;
    return arguments;
}

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    Q_UNUSED(decoded);
    return !decoder.hasError();
}
} // namespace

void recordRawArguments(int argc, const char *const *argv)
{
    rawArguments().clear();
    for (int i = 0; i < argc; ++i)
        rawArguments().append(QByteArray(argv[i]));
}

bool argumentWasValidUtf8(const QString &decoded)
{
    // Without U+FFFD nothing was replaced; with it, the raw argument holding this text tells.
    if (!decoded.contains(QChar::ReplacementCharacter))
        return true;
    for (const QByteArray &raw : std::as_const(rawArguments())) {
        if (QString::fromLocal8Bit(raw).contains(decoded))
            return isValidUtf8(raw);
    }
    return true;
}

namespace {
bool isTerminalControl(char32_t c)
{
    return (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f || (c >= 0x80 && c <= 0x9f);
}

QString escaped(char32_t c)
{
    return QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
}
} // namespace

QString forTerminal(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        // CR LF is a line end (Windows-style bodies); a CR alone returns the cursor to overwrite the line.
        const bool lineEnd = c == u'\r' && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n');
        if (isTerminalControl(c) && !lineEnd)
            out += escaped(c);
        else
            out += QChar(c);
    }
    return out;
}

QByteArray forTerminal(const QByteArray &bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = uchar(bytes.at(i));
        const bool lineEnd = c == '\r' && i + 1 < bytes.size() && bytes.at(i + 1) == '\n';
        // C1 controls arrive as UTF-8 (C2 80..C2 9F); a terminal in UTF-8 mode obeys U+009B as CSI.
        if (c == 0xc2 && i + 1 < bytes.size() && uchar(bytes.at(i + 1)) >= 0x80 &&
            uchar(bytes.at(i + 1)) <= 0x9f) {
            out += escaped(uchar(bytes.at(++i))).toLatin1();
            continue;
        }
        if (c < 0x80 && isTerminalControl(c) && !lineEnd)
            out += escaped(c).toLatin1();
        else
            out += char(c);
    }
    return out;
}

void printError(const QString &text)
{
    const QByteArray bytes = forTerminal(text).toLocal8Bit();
    fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    fputc('\n', stderr);
    fflush(stderr);
}

ConnectionOptions addConnectionOptions(QCommandLineParser *parser)
{
    ConnectionOptions options{
        QCommandLineOption(QStringLiteral("base-url"),
                           CliText::tr("API base URL, e.g. http://127.0.0.1:8080 (or $CONNECT_BASE_URL)."),
                           QStringLiteral("url")),
        QCommandLineOption(QStringLiteral("client-id"),
                           CliText::tr("OAuth client id (or $CONNECT_CLIENT_ID)."), QStringLiteral("id")),
        QCommandLineOption(QStringLiteral("client-secret-env"),
                           CliText::tr("Name of the environment variable that holds the client secret "
                                       "(default CONNECT_CLIENT_SECRET)."),
                           QStringLiteral("var"), QStringLiteral("CONNECT_CLIENT_SECRET")),
        QCommandLineOption(QStringLiteral("profile"),
                           CliText::tr("Use a profile saved in Connect Explorer: its base URL, client id "
                                       "and the secret from the keychain (the options above override it)."),
                           QStringLiteral("name")),
        QCommandLineOption(
            QStringLiteral("proxy"),
            CliText::tr(
                "Send through this proxy: http://[USER@]HOST:PORT or socks5://HOST:PORT (its password "
                "from $CONNECT_PROXY_PASSWORD). Default: the environment's https_proxy/http_proxy."),
            QStringLiteral("url")),
        QCommandLineOption(QStringLiteral("no-proxy"),
                           CliText::tr("Connect directly, whatever the environment says.")),
        QCommandLineOption(
            QStringLiteral("cacert"),
            CliText::tr("Also trust the CA certificates in this PEM file or folder (repeatable)."),
            QStringLiteral("file")),
        QCommandLineOption(
            QStringLiteral("cert"),
            CliText::tr("Client certificate: PEM (with --key) or PKCS#12 (.p12/.pfx); a passphrase is "
                        "read from $CONNECT_CERT_PASSPHRASE."),
            QStringLiteral("file")),
        QCommandLineOption(QStringLiteral("key"), CliText::tr("The PEM private key of --cert."),
                           QStringLiteral("file")),
        QCommandLineOption(
            QStringLiteral("pin"),
            CliText::tr("Trust the server certificate with this SHA-256 fingerprint, sha256/BASE64 as "
                        "an error shows it (repeatable)."),
            QStringLiteral("sha256/base64")),
    };
    parser->addOption(options.baseUrl);
    parser->addOption(options.clientId);
    parser->addOption(options.clientSecretEnv);
    parser->addOption(options.profile);
    parser->addOptions(
        {options.proxy, options.noProxy, options.cacert, options.cert, options.key, options.pin});
    parser->addHelpOption();
    return options;
}

namespace {

struct SavedProfile
{
    QString name;
    QString baseUrl;
    QString clientId;
    QString id;
};

bool findProfile(const QString &name, SavedProfile *found, QString *error)
{
    ProfileStore store;
    const auto profile = store.findByName(name);
    if (!profile) {
        QStringList names;
        for (const Profile &p : store.profiles()) {
            if (!p.isDemo())
                names << p.name;
        }
        *error =
            names.isEmpty()
                ? CliText::tr("no profile named '%1': none is saved yet (create one in Connect Explorer, "
                              "Profile > New Profile, or use --base-url and --client-id)")
                      .arg(name)
                : CliText::tr("no profile named '%1' (saved profiles: %2)")
                      .arg(name, names.join(QStringLiteral(", ")));
        return false;
    }
    if (profile->isDemo()) {
        *error = CliText::tr("the Demo profile runs inside Connect Explorer; for the command line start "
                             "connect-sim and use --base-url with its demo client");
        return false;
    }
    *found = {profile->name, profile->baseUrl, profile->clientId, profile->id};
    return true;
}

// The profile's secret from the keychain, waited for here (a command line may block).
bool loadSecret(const SavedProfile &profile, QString *secret, QString *error)
{
    CredentialStore credentials;
    CredentialResult result;
    QEventLoop loop;
    credentials.load(profile.id, &loop, [&](const CredentialResult &answer) {
        result = answer;
        loop.quit();
    });
    loop.exec();
    if (result.ok && result.found && !result.secret.isEmpty()) {
        *secret = result.secret;
        return true;
    }
    const QString why =
        credentials.isUsingMemoryFallback()
            ? CliText::tr("no keychain is available here (%1)").arg(credentials.fallbackReason())
        : !result.ok ? result.error
                     : CliText::tr("no secret is stored in the keychain for it");
    *error = CliText::tr("profile '%1' has no client secret to use: %2. Tick \"Remember the secret in the "
                         "keychain\" for it in Connect Explorer, or pass --client-secret-env VAR with the "
                         "secret in the environment variable VAR")
                 .arg(profile.name, why);
    return false;
}

} // namespace

bool readConnectionOptions(const QCommandLineParser &parser, const ConnectionOptions &options,
                           bool needCredentials, QUrl *baseUrl, QString *clientId, QString *clientSecret,
                           QString *error)
{
    SavedProfile profile;
    const bool useProfile = parser.isSet(options.profile);
    if (useProfile && !findProfile(parser.value(options.profile), &profile, error))
        return false;

    // Explicit options first, then the profile, then the environment.
    const QString urlText = parser.isSet(options.baseUrl) ? parser.value(options.baseUrl)
                            : useProfile                  ? profile.baseUrl
                                                          : qEnvironmentVariable("CONNECT_BASE_URL");
    const QUrl url(urlText, QUrl::StrictMode);
    if (urlText.isEmpty()) {
        *error = CliText::tr("--base-url is required (or set CONNECT_BASE_URL, or use --profile NAME)");
        return false;
    }
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        *error = CliText::tr("--base-url must be an http:// or https:// URL, got '%1'").arg(urlText);
        return false;
    }
    *baseUrl = url;
    if (!needCredentials)
        return true;

    *clientId = parser.isSet(options.clientId) ? parser.value(options.clientId)
                : useProfile                   ? profile.clientId
                                               : qEnvironmentVariable("CONNECT_CLIENT_ID");
    if (clientId->isEmpty()) {
        *error = CliText::tr("--client-id is required (or set CONNECT_CLIENT_ID, or use --profile NAME)");
        return false;
    }
    if (useProfile && !parser.isSet(options.clientSecretEnv))
        return loadSecret(profile, clientSecret, error);
    const QString variable = parser.value(options.clientSecretEnv);
    *clientSecret = qEnvironmentVariable(variable.toLocal8Bit().constData());
    if (clientSecret->isEmpty()) {
        *error = CliText::tr("the environment variable %1 holding the client secret is not set or empty")
                     .arg(variable);
        return false;
    }
    return true;
}

bool readNetworkOptions(const QCommandLineParser &parser, const ConnectionOptions &options,
                        NetworkSettings *settings, QString *error)
{
    // --profile NAME starts from the profile's own network settings (its proxy, CAs, client certificate,
    // pins; the proxy password and key passphrase from the keychain); the options below override them.
    NetworkSettings result;
    if (parser.isSet(options.profile)) {
        SavedProfile profile;
        QString ignored; // a missing profile is readConnectionOptions()'s error, in its own words
        if (findProfile(parser.value(options.profile), &profile, &ignored)) {
            CredentialStore credentials;
            QEventLoop loop;
            ProfileNetwork::loadSecrets(&credentials, profile.id, ProfileStore().network(profile.id), &loop,
                                        [&](const NetworkSettings &loaded) {
                                            result = loaded;
                                            loop.quit();
                                        });
            loop.exec();
        }
    }
    if (parser.isSet(options.proxy) && parser.isSet(options.noProxy)) {
        *error = CliText::tr("--proxy and --no-proxy exclude each other");
        return false;
    }
    if (parser.isSet(options.noProxy)) {
        result.proxy = ProxySettings();
        result.proxy.mode = ProxySettings::Mode::None;
    }
    if (parser.isSet(options.proxy)) {
        QString why;
        const std::optional<ProxySettings> proxy = ProxySettings::fromUrl(parser.value(options.proxy), &why);
        if (!proxy) {
            *error = CliText::tr("--proxy: %1").arg(why);
            return false;
        }
        result.proxy = *proxy;
        if (result.proxy.password.isEmpty())
            result.proxy.password = qEnvironmentVariable("CONNECT_PROXY_PASSWORD");
    }
    result.tls.caPaths += parser.values(options.cacert);
    if (parser.isSet(options.cert)) {
        result.tls.clientCertificateFile = parser.value(options.cert);
        result.tls.clientKeyFile = parser.value(options.key);
        result.tls.passphrase = qgetenv("CONNECT_CERT_PASSPHRASE");
    }
    if (parser.isSet(options.key) && !parser.isSet(options.cert)) {
        *error = CliText::tr("--key needs --cert");
        return false;
    }
    result.tls.pins += parser.values(options.pin);
    QString why;
    const bool customTls = !result.tls.caPaths.isEmpty() || !result.tls.clientCertificateFile.isEmpty() ||
                           !result.tls.pins.isEmpty();
    if (customTls && !NetworkSetup::sslConfiguration(result.tls, &why)) {
        *error = why;
        return false;
    }
    *settings = result;
    return true;
}

} // namespace cx::cli
