#include "PresentationMode.h"

#include <QRegularExpression>

namespace cx::gui {

PresentationMode *PresentationMode::instance()
{
    static PresentationMode *mode = new PresentationMode; // lives as long as the process
    return mode;
}

bool PresentationMode::isOn()
{
    return instance()->m_on;
}

void PresentationMode::setOn(bool on)
{
    if (m_on == on)
        return;
    m_on = on;
    emit changed(on);
}

void PresentationMode::addSecret(const QString &value)
{
    if (value.size() >= 4) // a two-letter "secret" would mask half the screen
        instance()->m_redactor.addSecret(value);
}

void PresentationMode::addSecrets(SharedSecrets live)
{
    instance()->m_redactor.setLiveSecrets(std::move(live));
}

QStringList PresentationMode::secrets()
{
    return instance()->m_redactor.secrets();
}

QString PresentationMode::maskValue(const QString &name, const QString &value)
{
    if (!isOn() || value.isEmpty())
        return value;
    const QByteArray key = name.toLatin1();
    if (Redactor::isSecretHeader(key) || Redactor::isSecretField(name)) {
        // Keep the scheme of an Authorization value ("Bearer ••••••••"), mask the rest.
        static const QRegularExpression scheme(QStringLiteral("^\\s*([A-Za-z][A-Za-z0-9-]*)\\s+\\S"));
        const QRegularExpressionMatch match = scheme.match(value);
        if (match.hasMatch() && key.toLower().contains("authorization"))
            return match.captured(1) + QLatin1Char(' ') + mask();
        return mask();
    }
    return maskTextAlways(value);
}

QString PresentationMode::maskText(const QString &text)
{
    return isOn() ? maskTextAlways(text) : text;
}

QString PresentationMode::maskTextAlways(const QString &text)
{
    if (text.isEmpty())
        return text;
    QString out = instance()->m_redactor.redactText(text).replace(Redactor::mask(), mask());
    // Bearer/Basic credentials and JWT-looking strings, whoever's they are.
    static const QRegularExpression credential(
        QStringLiteral("\\b(Bearer|Basic)\\s+(?!••)[A-Za-z0-9._~+/=-]{8,}"),
        QRegularExpression::CaseInsensitiveOption);
    out.replace(credential, QStringLiteral("\\1 ") + mask());
    static const QRegularExpression jwt(
        QStringLiteral("\\beyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*"));
    out.replace(jwt, mask());
    // Secret query values and JSON/form fields (access_token=..., "client_secret": "...").
    static const QRegularExpression field(
        QStringLiteral("((?:access_token|refresh_token|id_token|client_secret|token|password|secret|api_key|"
                       "apikey)[\"']?\\s*[=:]\\s*[\"']?)([^\"'&\\s,}]{4,})"),
        QRegularExpression::CaseInsensitiveOption);
    out.replace(field, QStringLiteral("\\1") + mask());
    return out;
}

} // namespace cx::gui
