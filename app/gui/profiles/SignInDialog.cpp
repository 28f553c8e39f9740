#include "SignInDialog.h"

#include "common/Decide.h"
#include "errors/ApiError.h"
#include "errors/ErrorDecision.h"
#include "errors/OAuthFault.h"
#include "profiles/FieldMessage.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cx::gui {

SignInDialog::SignInDialog(QWidget *parent)
    : QDialog(parent), m_prompt(new QLabel(this)), m_baseUrl(new QLineEdit(this)),
      m_clientId(new QLineEdit(this)), m_secret(new QLineEdit(this)), m_remember(new QCheckBox(this)),
      m_baseUrlMessage(makeFieldMessageLabel(QStringLiteral("baseUrlMessage"), this)),
      m_clientIdMessage(makeFieldMessageLabel(QStringLiteral("clientIdMessage"), this)),
      m_secretMessage(makeFieldMessageLabel(QStringLiteral("secretMessage"), this)),
      m_generalMessage(makeFieldMessageLabel(QStringLiteral("generalMessage"), this)),
      m_keychainNotice(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_baseUrlLabel(new QLabel(this)), m_clientIdLabel(new QLabel(this)), m_secretLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("signInDialog"));
    m_prompt->setObjectName(QStringLiteral("signInPrompt"));
    m_prompt->setWordWrap(true);
    m_prompt->setTextFormat(Qt::PlainText);
    m_prompt->hide();
    m_baseUrl->setObjectName(QStringLiteral("baseUrlEdit"));
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_secret->setObjectName(QStringLiteral("clientSecretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("rememberSecretBox"));
    m_keychainNotice->setObjectName(QStringLiteral("keychainNotice"));
    m_keychainNotice->setWordWrap(true);
    m_keychainNotice->setTextFormat(Qt::PlainText);
    m_keychainNotice->hide();
    m_baseUrlLabel->setBuddy(m_baseUrl);
    m_clientIdLabel->setBuddy(m_clientId);
    m_secretLabel->setBuddy(m_secret);

    auto *form = new QFormLayout;
    form->addRow(m_baseUrlLabel, m_baseUrl);
    form->addRow(QString(), m_baseUrlMessage);
    form->addRow(m_clientIdLabel, m_clientId);
    form->addRow(QString(), m_clientIdMessage);
    form->addRow(m_secretLabel, m_secret);
    form->addRow(QString(), m_secretMessage);
    form->addRow(QString(), m_remember);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addLayout(form);
    layout->addWidget(m_keychainNotice);
    layout->addWidget(m_generalMessage);
    // An own accept button rather than the standard Ok: the box words its standard buttons again on a
    // language switch ("OK"), after our retranslateUi().
    m_accept = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_accept->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    // Typing in a field answers its mark.
    connect(m_baseUrl, &QLineEdit::textEdited, this, [this] { markField(Field::BaseUrl, {}); });
    connect(m_clientId, &QLineEdit::textEdited, this, [this] { markField(Field::ClientId, {}); });
    connect(m_secret, &QLineEdit::textEdited, this, [this] { markField(Field::ClientSecret, {}); });
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    retranslateUi();
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SignInDialog::retranslateUi()
{
    setWindowTitle(m_titleText ? m_titleText() : tr("Sign In"));
    m_baseUrl->setPlaceholderText(tr("https://oauth.cliquify.me"));
    m_baseUrl->setToolTip(m_baseUrl->isReadOnly() ? tr("The Demo profile uses the simulator inside the app")
                                                  : QString());
    m_remember->setText(tr("&Remember the secret in the keychain"));
    m_remember->setToolTip(!m_remember->isEnabled() && m_rememberUnavailableText ? m_rememberUnavailableText()
                                                                                 : QString());
    m_baseUrlLabel->setText(tr("&Base URL:"));
    m_clientIdLabel->setText(tr("Client &ID:"));
    m_secretLabel->setText(tr("Client &secret:"));
    signInButton()->setText(m_busy ? tr("Signing in…") : tr("&Sign In"));
    if (m_promptText)
        m_prompt->setText(m_promptText());
    m_marks.retranslate();
}

void SignInDialog::setDetails(const Details &details)
{
    m_baseUrl->setText(details.baseUrl.toDisplayString());
    m_clientId->setText(details.clientId);
    m_secret->setText(details.clientSecret);
    m_remember->setChecked(details.remember);
}

SignInDialog::Details SignInDialog::details() const
{
    Details details;
    details.baseUrl = parseHttpUrl(m_baseUrl->text());
    details.clientId = m_clientId->text().trimmed();
    details.clientSecret = m_secret->text();
    details.remember = m_remember->isEnabled() && m_remember->isChecked();
    return details;
}

void SignInDialog::setBaseUrlEditable(bool editable)
{
    m_baseUrl->setReadOnly(!editable);
    retranslateUi();
}

void SignInDialog::setRememberAvailable(bool available, Text why)
{
    m_remember->setEnabled(available);
    if (!available)
        m_remember->setChecked(false);
    m_rememberUnavailableText = available ? Text() : std::move(why);
    retranslateUi();
}

void SignInDialog::setKeychainNotice(const QString &notice)
{
    m_keychainNotice->setText(notice);
    m_keychainNotice->setVisible(!notice.isEmpty());
}

void SignInDialog::setPrompt(Text prompt)
{
    m_promptText = std::move(prompt);
    m_prompt->setText(m_promptText ? m_promptText() : QString());
    m_prompt->setVisible(!m_prompt->text().isEmpty());
}

void SignInDialog::setTitle(Text title)
{
    m_titleText = std::move(title);
    retranslateUi();
}

QLabel *SignInDialog::messageLabel(Field field) const
{
    switch (field) {
    case Field::BaseUrl:
        return m_baseUrlMessage;
    case Field::ClientId:
        return m_clientIdMessage;
    case Field::ClientSecret:
        return m_secretMessage;
    case Field::General:
        break;
    }
    return m_generalMessage;
}

QWidget *SignInDialog::fieldWidget(Field field) const
{
    switch (field) {
    case Field::BaseUrl:
        return m_baseUrl;
    case Field::ClientId:
        return m_clientId;
    case Field::ClientSecret:
        return m_secret;
    case Field::General:
        break;
    }
    return nullptr;
}

QPushButton *SignInDialog::signInButton() const
{
    return m_accept;
}

void SignInDialog::markField(Field field, const QString &message)
{
    markFieldWith(
        field, message.isEmpty() ? FieldMarks::Message() : [message] { return message; });
}

void SignInDialog::markFieldWith(Field field, FieldMarks::Message message)
{
    const bool marked = bool(message);
    m_marks.set(fieldWidget(field), messageLabel(field), std::move(message));
    if (marked) {
        if (QWidget *widget = fieldWidget(field))
            widget->setFocus();
    }
}

void SignInDialog::clearMarks()
{
    for (Field field : {Field::BaseUrl, Field::ClientId, Field::ClientSecret, Field::General})
        markField(field, {});
}

QString SignInDialog::fieldMessage(Field field) const
{
    return messageLabel(field)->text();
}

SignInDialog::Field SignInDialog::fieldFor(const ApiError &error)
{
    switch (oauthFieldFor(error)) {
    case OAuthField::BaseUrl:
        return Field::BaseUrl;
    case OAuthField::ClientId:
        return Field::ClientId;
    case OAuthField::ClientSecret:
        return Field::ClientSecret;
    case OAuthField::General:
        break;
    }
    return Field::General;
}

void SignInDialog::showError(const ApiError &error)
{
    setBusy(false);
    clearMarks();
    const Field field = fieldFor(error);
    // The server's words, or what ErrorCatalog says the code means (in the language of the moment).
    const ErrorDecision decision = decideError(error);
    const auto message = [error, decision] {
        return error.message.isEmpty() ? decision.meaning() : error.message;
    };
    switch (field) {
    case Field::BaseUrl:
        if (error.shape == ApiError::Shape::Network)
            markFieldWith(Field::BaseUrl, [error, message] {
                return tr("No answer from this URL (%1): %2").arg(error.code, message());
            });
        else
            markFieldWith(Field::BaseUrl, [error, message] {
                return tr("This URL has no Connect token endpoint (HTTP %1): %2")
                    .arg(error.status)
                    .arg(message());
            });
        break;
    case Field::ClientSecret:
        markFieldWith(Field::ClientId, [] {
            return tr("Check the client id: the server did not accept this id and secret.");
        });
        markFieldWith(Field::ClientSecret,
                      [error, message] { return tr("%1 (%2)").arg(message(), error.code); });
        break;
    case Field::ClientId:
    case Field::General:
        markFieldWith(Field::General, [error, message, decision] {
            const QString hint = decision.hint();
            return hint.isEmpty() ? tr("%1: %2").arg(error.code, message())
                                  : tr("%1: %2\n%3").arg(error.code, message(), hint);
        });
        break;
    }
}

void SignInDialog::finish()
{
    setBusy(false);
    clearMarks();
    QDialog::accept();
}

void SignInDialog::accept()
{
    if (m_busy)
        return;
    clearMarks();
    bool ok = true;
    if (!parseHttpUrl(m_baseUrl->text()).isValid()) {
        markFieldWith(Field::BaseUrl,
                      [] { return tr("Enter an http:// or https:// URL, e.g. https://oauth.cliquify.me"); });
        ok = false;
    }
    if (m_clientId->text().trimmed().isEmpty()) {
        markFieldWith(Field::ClientId, [] { return tr("Enter the client id"); });
        ok = false;
    }
    if (m_secret->text().isEmpty()) {
        markFieldWith(Field::ClientSecret, [] { return tr("Enter the client secret"); });
        ok = false;
    }
    if (!ok)
        return;
    setBusy(true);
    emit signInRequested(details());
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *widget : {static_cast<QWidget *>(m_clientId), static_cast<QWidget *>(m_secret)})
        widget->setEnabled(!busy);
    m_baseUrl->setEnabled(!busy);
    signInButton()->setEnabled(!busy);
    retranslateUi();
}

} // namespace cx::gui
