#include "NetworkAction.h"

#include "ErrorPanel.h"
#include "common/FlowLayout.h"

#include <QLabel>
#include <QPushButton>

namespace cx::gui {

namespace {

QString failureSentence(NetworkFailure failure)
{
    switch (failure) {
    case NetworkFailure::ConnectionRefused:
        return NetworkAction::tr(
            "Connection refused: nothing is listening at the server's address and port.");
    case NetworkFailure::HostNotFound:
        return NetworkAction::tr("DNS: the server's host name could not be resolved.");
    case NetworkFailure::Timeout:
        return NetworkAction::tr("Timeout: the server sent nothing for too long.");
    case NetworkFailure::Tls:
        return NetworkAction::tr(
            "TLS: the secure connection could not be set up (handshake or certificate).");
    case NetworkFailure::ConnectionLost:
        return NetworkAction::tr("Connection lost: the server closed or reset the connection before the "
                                 "response was complete.");
    case NetworkFailure::TruncatedBody:
        return NetworkAction::tr(
            "Truncated: fewer body bytes arrived than announced, so the response cannot be "
            "trusted.");
    case NetworkFailure::UndecodableBody:
        return NetworkAction::tr("Undecodable: the server answered, but its compressed body could not be "
                                 "decoded, so the body cannot be trusted.");
    case NetworkFailure::BodyTooLarge:
        return NetworkAction::tr("Too large: the response body was over the size limit and was not read.");
    case NetworkFailure::HeadersTooLarge:
        return NetworkAction::tr("Too large: the response's headers were over the size limit and were not "
                                 "read.");
    case NetworkFailure::TooManyRedirects:
        return NetworkAction::tr("Too many redirects.");
    case NetworkFailure::UnsupportedRedirect:
        return NetworkAction::tr("A redirect to an address this app does not follow.");
    case NetworkFailure::Cancelled:
        return NetworkAction::tr("Cancelled before the response arrived.");
    case NetworkFailure::InvalidRequest:
        return NetworkAction::tr("Not sent: the request holds characters that cannot go on the wire.");
    case NetworkFailure::None:
    case NetworkFailure::Other:
        break;
    }
    return NetworkAction::tr("The request failed before a complete response arrived.");
}

} // namespace

NetworkAction::NetworkAction(ErrorPanel *panel, const ErrorEntry &entry, bool live, QWidget *parent)
    : ActionWidget(panel, entry, live, parent), m_failure(addLabel(QString(), "networkFailure")),
      m_retry(nullptr)
{
    QFont bold = m_failure->font();
    bold.setBold(true);
    m_failure->setFont(bold);
    const QString code = entry.error.code;
    if (ErrorCatalog::networkDetailCodes().contains(code))
        m_fix = addLabel(QString(), "networkFix");
    if (!entry.error.certificate.isNull()) {
        m_certificate = addLabel(QString(), "networkCertificate");
        m_certificate->setTextInteractionFlags(Qt::TextSelectableByMouse); // the fingerprint, to compare
    }
    if (!entry.response.failureDetail.isEmpty())
        m_detail = addLabel(QString(), "networkDetail");
    m_retry = new QPushButton(this);
    m_retry->setObjectName(QStringLiteral("networkRetry"));
    auto *buttons = new FlowLayout; // wraps in a narrow dock instead of cutting a button off
    buttons->addWidget(m_retry);
    const bool trustable = code == QLatin1String("tls_untrusted") ||
                           code == QLatin1String("tls_self_signed") ||
                           code == QLatin1String("tls_hostname_mismatch");
    if (trustable && !entry.error.certificate.isNull()) {
        m_trust = new QPushButton(this);
        m_trust->setObjectName(QStringLiteral("networkTrust"));
        buttons->addWidget(m_trust);
        connect(m_trust, &QPushButton::clicked, this, [this] {
            emit this->panel()->trustCertificateRequested(this->entry().error.certificate, this->entry().id);
        });
    }
    if (code == QLatin1String("proxy_auth_required")) {
        m_proxy = new QPushButton(this);
        m_proxy->setObjectName(QStringLiteral("networkProxyCredentials"));
        buttons->addWidget(m_proxy);
        connect(m_proxy, &QPushButton::clicked, this,
                [this] { emit this->panel()->proxyCredentialsRequested(this->entry().id); });
    }
    static_cast<QBoxLayout *>(layout())->addLayout(buttons);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (this->panel()->replay(this->entry(), ErrorEntry::Origin::Retry))
            m_retry->setEnabled(false);
    });
    retranslateUi();
}

void NetworkAction::retranslateUi()
{
    // The finer code (tls_expired, proxy_auth_required, ...) says exactly what failed and what to do.
    const ErrorInfo detail = ErrorCatalog::network(entry().error.code, entry().error.failure);
    m_failure->setText(m_fix ? detail.meaning : failureSentence(entry().error.failure));
    if (m_fix)
        m_fix->setText(detail.hint);
    if (m_certificate) {
        const CertificateSummary &c = entry().error.certificate;
        m_certificate->setText(
            tr("Certificate: %1\nIssued by: %2%3\nValid: %4 to %5\nNames: %6\nFingerprint (SHA-256): %7")
                .arg(c.subject, c.issuer, c.selfSigned ? tr(" (itself: self-signed)") : QString(),
                     c.notBefore, c.notAfter,
                     c.names.isEmpty() ? tr("(none)") : c.names.join(QStringLiteral(", ")), c.sha256));
    }
    if (m_trust) {
        m_trust->setText(tr("&Trust This Certificate…"));
        m_trust->setToolTip(tr("Trust this one certificate for this profile only, after comparing its "
                               "fingerprint with the server's owner"));
    }
    if (m_proxy) {
        m_proxy->setText(tr("&Proxy Credentials…"));
        m_proxy->setToolTip(tr("Enter the proxy's user name and password for this profile"));
    }
    if (m_detail)
        m_detail->setText(tr("Details: %1").arg(entry().response.failureDetail));
    m_retry->setText(tr("&Retry"));
    m_retry->setToolTip(tr("Send the same request again"));
}

} // namespace cx::gui
