#include "profiles/NetworkDialogs.h"

#include "common/VerbatimLabel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cx::gui {

TrustCertificateDialog::TrustCertificateDialog(const cx::CertificateSummary &certificate,
                                               const QString &profileName, QWidget *parent)
    : QDialog(parent), m_certificate(certificate), m_profileName(profileName),
      m_intro(wrappedLabel(QStringLiteral("trustIntro"), this)),
      m_details(wrappedLabel(QStringLiteral("trustDetails"), this)),
      m_warning(wrappedLabel(QStringLiteral("trustWarning"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("trustCertificateDialog"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // An own accept button: the box words its standard buttons again on a language switch.
    m_trust = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_trust->setObjectName(QStringLiteral("trustCertificateButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true); // trusting is never the default
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_details);
    layout->addWidget(m_warning);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    retranslateUi();
}

void TrustCertificateDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void TrustCertificateDialog::retranslateUi()
{
    setWindowTitle(tr("Trust This Certificate"));
    m_intro->setText(tr("The server showed a certificate this computer does not trust. Trust it only if "
                        "its fingerprint is the one the server's owner gives you: compare it with them "
                        "(by phone or in person, not through this connection)."));
    const CertificateSummary &c = m_certificate;
    m_details->setText(tr("Subject: %1\nIssuer: %2%3\nValid from: %4\nValid until: %5\nNames: %6\n"
                          "Fingerprint (SHA-256):\n%7")
                           .arg(c.subject, c.issuer, c.selfSigned ? tr(" (itself: self-signed)") : QString(),
                                c.notBefore, c.notAfter,
                                c.names.isEmpty() ? tr("(none)") : c.names.join(QStringLiteral(", ")),
                                c.sha256));
    m_warning->setText(tr("This certificate will be trusted for the profile \"%1\" only, by this "
                          "fingerprint; remove it in Profile ▸ Trusted Certificates…")
                           .arg(m_profileName));
    m_trust->setText(tr("&Trust for This Profile"));
}

ProxyCredentialsDialog::ProxyCredentialsDialog(const QString &proxy, const QString &user, QWidget *parent)
    : QDialog(parent), m_proxy(proxy), m_intro(wrappedLabel(QStringLiteral("proxyIntro"), this)),
      m_userLabel(new QLabel(this)), m_passwordLabel(new QLabel(this)), m_user(new QLineEdit(user, this)),
      m_password(new QLineEdit(this)), m_notice(wrappedLabel(QStringLiteral("keychainNotice"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("proxyCredentialsDialog"));
    m_user->setObjectName(QStringLiteral("proxyUserEdit"));
    m_password->setObjectName(QStringLiteral("proxyPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);
    m_notice->hide();
    m_ok = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("proxyCredentialsOk"));
    m_ok->setDefault(true);
    auto *form = new QFormLayout;
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_notice);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 55);
    if (!user.isEmpty())
        m_password->setFocus();
    retranslateUi();
}

QString ProxyCredentialsDialog::user() const
{
    return m_user->text().trimmed();
}

QString ProxyCredentialsDialog::password() const
{
    return m_password->text();
}

void ProxyCredentialsDialog::setKeychainNotice(const QString &notice)
{
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

void ProxyCredentialsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ProxyCredentialsDialog::retranslateUi()
{
    setWindowTitle(tr("Proxy Credentials"));
    m_intro->setText(
        m_proxy.isEmpty()
            ? tr("The proxy asks for a user name and password. They are kept with this profile (the "
                 "password in the keychain).")
            : tr("The proxy %1 asks for a user name and password. They are kept with this profile (the "
                 "password in the keychain).")
                  .arg(m_proxy));
    m_userLabel->setText(tr("&User:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_ok->setText(tr("&Save and Retry"));
}

} // namespace cx::gui
