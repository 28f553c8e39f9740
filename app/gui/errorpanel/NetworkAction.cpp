#include "NetworkAction.h"

#include "ErrorPanel.h"

#include <QHBoxLayout>
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
    if (!entry.response.failureDetail.isEmpty())
        m_detail = addLabel(QString(), "networkDetail");
    m_retry = new QPushButton(this);
    m_retry->setObjectName(QStringLiteral("networkRetry"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addStretch();
    static_cast<QBoxLayout *>(layout())->addLayout(buttons);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (this->panel()->replay(this->entry(), ErrorEntry::Origin::Retry))
            m_retry->setEnabled(false);
    });
    retranslateUi();
}

void NetworkAction::retranslateUi()
{
    m_failure->setText(failureSentence(entry().error.failure));
    if (m_detail)
        m_detail->setText(tr("Details: %1").arg(entry().response.failureDetail));
    m_retry->setText(tr("&Retry"));
    m_retry->setToolTip(tr("Send the same request again"));
}

} // namespace cx::gui
