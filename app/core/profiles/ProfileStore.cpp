#include "ProfileStore.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUrl>
#include <QUuid>
#include <algorithm>

namespace cx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cx::Profile)
};

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

VariableList readVariables(QSettings *settings, const QString &array)
{
    VariableList variables;
    const int size = settings->beginReadArray(array);
    for (int i = 0; i < size; ++i) {
        settings->setArrayIndex(i);
        Variable v;
        v.name = settings->value(QStringLiteral("name")).toString();
        v.secret = settings->value(QStringLiteral("secret")).toBool();
        v.value = v.secret ? QString() : settings->value(QStringLiteral("value")).toString();
        v.enabled = settings->value(QStringLiteral("enabled"), true).toBool();
        if (Variables::isValidName(v.name))
            variables.append(v);
    }
    settings->endArray();
    return variables;
}

// What the store holds: a secret variable without its value (also in memory, so that profiles() never
// hands one out that the settings would not).
VariableList withoutSecretValues(VariableList variables)
{
    for (Variable &v : variables)
        if (v.secret)
            v.value.clear();
    return variables;
}

void writeVariables(QSettings *settings, const QString &array, const VariableList &variables)
{
    settings->remove(array);
    if (variables.isEmpty())
        return;
    settings->beginWriteArray(array, int(variables.size()));
    for (int i = 0; i < variables.size(); ++i) {
        const Variable &v = variables.at(i);
        settings->setArrayIndex(i);
        settings->setValue(QStringLiteral("name"), v.name);
        if (!v.secret) // a secret's value lives in the keychain, never here
            settings->setValue(QStringLiteral("value"), v.value);
        settings->setValue(QStringLiteral("secret"), v.secret);
        settings->setValue(QStringLiteral("enabled"), v.enabled);
    }
    settings->endArray();
}

QString proxyModeName(ProxySettings::Mode mode)
{
    switch (mode) {
    case ProxySettings::Mode::None:
        return QStringLiteral("none");
    case ProxySettings::Mode::Manual:
        return QStringLiteral("manual");
    case ProxySettings::Mode::System:
        break;
    }
    return QStringLiteral("system");
}

NetworkSettings readNetwork(QSettings *settings, const QString &group)
{
    NetworkSettings n;
    settings->beginGroup(group);
    const QString mode = settings->value(QStringLiteral("proxyMode")).toString();
    n.proxy.mode = mode == QLatin1String("none")     ? ProxySettings::Mode::None
                   : mode == QLatin1String("manual") ? ProxySettings::Mode::Manual
                                                     : ProxySettings::Mode::System;
    n.proxy.type = settings->value(QStringLiteral("proxyType")).toString() == QLatin1String("socks5")
                       ? QNetworkProxy::Socks5Proxy
                       : QNetworkProxy::HttpProxy;
    n.proxy.host = settings->value(QStringLiteral("proxyHost")).toString();
    n.proxy.port = quint16(settings->value(QStringLiteral("proxyPort")).toUInt());
    n.proxy.user = settings->value(QStringLiteral("proxyUser")).toString();
    n.tls.caPaths = settings->value(QStringLiteral("caPaths")).toStringList();
    n.tls.clientCertificateFile = settings->value(QStringLiteral("clientCertificate")).toString();
    n.tls.clientKeyFile = settings->value(QStringLiteral("clientKey")).toString();
    const QStringList pins = settings->value(QStringLiteral("pins")).toStringList();
    for (const QString &pin : pins)
        if (NetworkSetup::isValidPin(pin)) // a hand edit may have broken one
            n.tls.pins.append(pin);
    settings->endGroup();
    return n;
}

// Never the proxy password nor the key passphrase: CredentialStore keeps those.
void writeNetwork(QSettings *settings, const QString &group, const NetworkSettings &n)
{
    settings->remove(group);
    if (n == NetworkSettings{})
        return;
    settings->beginGroup(group);
    settings->setValue(QStringLiteral("proxyMode"), proxyModeName(n.proxy.mode));
    settings->setValue(QStringLiteral("proxyType"), n.proxy.type == QNetworkProxy::Socks5Proxy
                                                        ? QStringLiteral("socks5")
                                                        : QStringLiteral("http"));
    settings->setValue(QStringLiteral("proxyHost"), n.proxy.host);
    settings->setValue(QStringLiteral("proxyPort"), n.proxy.port);
    settings->setValue(QStringLiteral("proxyUser"), n.proxy.user);
    settings->setValue(QStringLiteral("caPaths"), n.tls.caPaths);
    settings->setValue(QStringLiteral("clientCertificate"), n.tls.clientCertificateFile);
    settings->setValue(QStringLiteral("clientKey"), n.tls.clientKeyFile);
    settings->setValue(QStringLiteral("pins"), n.tls.pins);
    settings->endGroup();
}

NetworkSettings withoutNetworkSecrets(NetworkSettings n)
{
    n.proxy.password.clear();
    n.tls.passphrase.clear();
    return n;
}

} // namespace

Profile Profile::demo()
{
    Profile demo = ProfileStore::demoProfile();
    demo.name = Tr::tr("Demo");
    demo.clientSecret = ProfileStore::demoClientSecret();
    demo.embeddedSimulator = true;
    return demo;
}

bool Profile::isDemo() const
{
    return id == ProfileStore::demoId();
}

Profile ProfileStore::demoProfile()
{
    Profile demo;
    demo.id = demoId();
    demo.name = QStringLiteral("Demo");
    demo.baseUrl = embeddedSimulatorUrl();
    demo.clientId = demoClientId();
    demo.rememberSecret = false;
    return demo;
}

std::unique_ptr<QSettings> ProfileStore::openSharedSettings()
{
    return std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                       QStringLiteral("Cliquify"), QStringLiteral("Connect Explorer"));
}

ProfileStore::ProfileStore(QSettings *settings, QObject *parent) : QObject(parent), m_settings(settings)
{
    if (!m_settings) {
        m_ownSettings = openSharedSettings();
        m_settings = m_ownSettings.get();
    }
    reload();
}

ProfileStore::~ProfileStore() = default;

void ProfileStore::reload()
{
    m_settings->sync();
    m_saved.clear();
    const int size = m_settings->beginReadArray(QStringLiteral("profiles/list"));
    for (int i = 0; i < size; ++i) {
        m_settings->setArrayIndex(i);
        Profile p;
        p.id = m_settings->value(QStringLiteral("id")).toString();
        p.name = m_settings->value(QStringLiteral("name")).toString();
        p.baseUrl = m_settings->value(QStringLiteral("baseUrl")).toString();
        p.clientId = m_settings->value(QStringLiteral("clientId")).toString();
        p.rememberSecret = m_settings->value(QStringLiteral("rememberSecret")).toBool();
        // Skip what a hand edit may have broken rather than fail.
        if (p.id.isEmpty() || p.id == demoId() || p.name.isEmpty() || profile(p.id))
            continue;
        m_saved.append(p);
    }
    m_settings->endArray();
    m_currentId = m_settings->value(QStringLiteral("profiles/current")).toString();
    if (!profile(m_currentId))
        m_currentId = demoId();
}

void ProfileStore::write()
{
    m_settings->remove(QStringLiteral("profiles/list"));
    m_settings->beginWriteArray(QStringLiteral("profiles/list"), int(m_saved.size()));
    for (int i = 0; i < m_saved.size(); ++i) {
        const Profile &p = m_saved.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("id"), p.id);
        m_settings->setValue(QStringLiteral("name"), p.name);
        m_settings->setValue(QStringLiteral("baseUrl"), p.baseUrl);
        m_settings->setValue(QStringLiteral("clientId"), p.clientId);
        m_settings->setValue(QStringLiteral("rememberSecret"), p.rememberSecret);
    }
    m_settings->endArray();

    m_settings->setValue(QStringLiteral("profiles/current"), m_currentId);
    m_settings->sync();
}

QString ProfileStore::variablesKey(const QString &id)
{
    return QStringLiteral("profiles/variables/") + id;
}

VariableList ProfileStore::variables(const QString &id) const
{
    // Read live: another ProfileStore in this process (or connect-cli) may have set them meanwhile.
    return readVariables(m_settings, variablesKey(id));
}

QString ProfileStore::networkKey(const QString &id)
{
    return QStringLiteral("profiles/network/") + id;
}

NetworkSettings ProfileStore::network(const QString &id) const
{
    return readNetwork(m_settings, networkKey(id));
}

bool ProfileStore::validateNetwork(const NetworkSettings &network, QString *error)
{
    if (network.proxy.mode == ProxySettings::Mode::Manual) {
        if (network.proxy.host.trimmed().isEmpty()) {
            setError(error, tr("A manual proxy needs a host"));
            return false;
        }
        if (network.proxy.port == 0) {
            setError(error, tr("A manual proxy needs a port (1 to 65535)"));
            return false;
        }
    }
    for (const QString &pin : network.tls.pins) {
        if (!NetworkSetup::isValidPin(pin)) {
            setError(
                error,
                tr("\"%1\" is not a certificate fingerprint (sha256/ and 44 base64 characters)").arg(pin));
            return false;
        }
    }
    return true;
}

bool ProfileStore::setNetwork(const QString &id, const NetworkSettings &network, QString *error)
{
    if (!validateNetwork(network, error))
        return false;
    if (id != demoId() &&
        std::none_of(m_saved.cbegin(), m_saved.cend(), [&](const Profile &p) { return p.id == id; })) {
        setError(error, tr("No such profile"));
        return false;
    }
    writeNetwork(m_settings, networkKey(id), network);
    m_settings->sync();
    emit profilesChanged();
    return true;
}

QList<Profile> ProfileStore::profiles() const
{
    Profile demo = demoProfile();
    if (!m_demoBaseUrl.isEmpty())
        demo.baseUrl = m_demoBaseUrl;

    QList<Profile> all = QList<Profile>{demo} + m_saved;
    for (Profile &p : all) {
        p.variables = variables(p.id);
        p.network = network(p.id);
    }
    return all;
}

std::optional<Profile> ProfileStore::profile(const QString &id) const
{
    for (const Profile &p : profiles()) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

std::optional<Profile> ProfileStore::findByName(const QString &name) const
{
    for (const Profile &p : profiles()) {
        if (p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

bool ProfileStore::validate(const Profile &p, QString *error) const
{
    if (p.name.trimmed().isEmpty()) {
        setError(error, tr("A profile needs a name"));
        return false;
    }
    const auto sameName = findByName(p.name);
    if (sameName && sameName->id != p.id) {
        setError(error, tr("A profile named \"%1\" already exists").arg(sameName->name));
        return false;
    }
    const QUrl url(p.baseUrl.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
        url.host().isEmpty()) {
        setError(error,
                 tr("The base URL must be an http:// or https:// URL, e.g. https://oauth.cliquify.me"));
        return false;
    }
    return validateVariables(p.variables, error) && validateNetwork(p.network, error);
}

bool ProfileStore::validateVariables(const VariableList &variables, QString *error)
{
    QStringList seen;
    for (const Variable &v : variables) {
        if (!Variables::isValidName(v.name)) {
            setError(error, v.name.trimmed().isEmpty()
                                ? tr("A variable needs a name")
                                : tr("\"%1\" is not a variable name: no braces, no line breaks, no spaces "
                                     "at either end")
                                      .arg(v.name));
            return false;
        }
        if (seen.contains(v.name)) {
            setError(error, tr("The variable \"%1\" is defined twice").arg(v.name));
            return false;
        }
        seen.append(v.name);
    }
    return true;
}

bool ProfileStore::setVariables(const QString &id, const VariableList &variables, QString *error)
{
    if (!validateVariables(variables, error))
        return false;
    if (id != demoId() &&
        std::none_of(m_saved.cbegin(), m_saved.cend(), [&](const Profile &p) { return p.id == id; })) {
        setError(error, tr("No such profile"));
        return false;
    }
    writeVariables(m_settings, variablesKey(id), variables);
    m_settings->sync();
    emit profilesChanged();
    return true;
}

bool ProfileStore::add(Profile &p, QString *error)
{
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.name = p.name.trimmed();
    p.baseUrl = p.baseUrl.trimmed();
    p.clientId = p.clientId.trimmed();
    if (!validate(p, error))
        return false;
    p.variables = withoutSecretValues(p.variables);
    p.network = withoutNetworkSecrets(p.network);
    m_saved.append(p);
    m_saved.last().clientSecret.clear(); // the caller's copy keeps it; the store never holds it
    m_saved.last().embeddedSimulator = false;
    writeVariables(m_settings, variablesKey(p.id), p.variables);
    writeNetwork(m_settings, networkKey(p.id), p.network);
    write();
    emit profilesChanged();
    return true;
}

bool ProfileStore::update(const Profile &input, QString *error)
{
    if (input.isDemo()) {
        setError(error, tr("The Demo profile is built in and cannot be changed"));
        return false;
    }
    auto it =
        std::find_if(m_saved.begin(), m_saved.end(), [&](const Profile &p) { return p.id == input.id; });
    if (it == m_saved.end()) {
        setError(error, tr("No such profile"));
        return false;
    }
    Profile p = input;
    p.name = p.name.trimmed();
    p.baseUrl = p.baseUrl.trimmed();
    p.clientId = p.clientId.trimmed();
    if (!validate(p, error))
        return false;
    p.variables = withoutSecretValues(p.variables);
    p.network = withoutNetworkSecrets(p.network);
    p.clientSecret.clear(); // never held, never written
    p.embeddedSimulator = false;
    *it = p;
    writeVariables(m_settings, variablesKey(p.id), p.variables);
    writeNetwork(m_settings, networkKey(p.id), p.network);
    write();
    emit profilesChanged();
    return true;
}

bool ProfileStore::remove(const QString &id, QString *error)
{
    if (id == demoId()) {
        setError(error, tr("The Demo profile is built in and cannot be removed"));
        return false;
    }
    const auto removed = m_saved.removeIf([&](const Profile &p) { return p.id == id; });
    if (removed == 0) {
        setError(error, tr("No such profile"));
        return false;
    }
    const bool wasCurrent = m_currentId == id;
    if (wasCurrent)
        m_currentId = demoId();
    m_settings->remove(variablesKey(id));
    m_settings->remove(networkKey(id));
    write();
    emit profilesChanged();
    if (wasCurrent)
        emit currentChanged(m_currentId);
    return true;
}

QString ProfileStore::currentId() const
{
    return m_currentId;
}

Profile ProfileStore::current() const
{
    return profile(m_currentId).value_or(profiles().first());
}

bool ProfileStore::setCurrentId(const QString &id)
{
    if (!profile(id))
        return false;
    if (id == m_currentId)
        return true;
    m_currentId = id;
    write();
    emit currentChanged(id);
    return true;
}

void ProfileStore::setDemoBaseUrl(const QString &url)
{
    if (m_demoBaseUrl == url)
        return;
    m_demoBaseUrl = url;
    emit profilesChanged();
}

} // namespace cx
