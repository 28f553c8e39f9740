#include "ReloginAction.h"

#include "ErrorPanel.h"
#include "auth/Session.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace cx::gui {

ReloginAction::ReloginAction(ErrorPanel *panel, const ErrorEntry &entry, bool live, QWidget *parent)
    : ActionWidget(panel, entry, live, parent), m_state(nullptr),
      m_signIn(new QPushButton(tr("&Sign in again"), this))
{
    const bool credentialsRefused = entry.info.code == QLatin1String("invalid_client") ||
                                    entry.info.code == QLatin1String("invalid_basic_header");
    QString text;
    if (entry.origin == ErrorEntry::Origin::Relogin)
        text = tr("Signed in again and sent the request once more, but the server still refuses the token. "
                  "Nothing is retried by itself; check the client in the developer portal.");
    else if (credentialsRefused)
        text = tr("The server refused the stored client credentials. Correct them in the sign-in form.");
    else
        text = tr("A new token is requested with the stored client credentials, then the request is sent "
                  "once more.");
    m_state = addLabel(text, "reloginState");
    m_signIn->setObjectName(QStringLiteral("reloginButton"));
    m_signIn->setToolTip(tr("Renew the token from the stored credentials and send the request again once"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_signIn);
    if (credentialsRefused) {
        // Renewing with credentials the server just refused would only be refused again.
        auto *form = new QPushButton(tr("Correct the &credentials…"), this);
        form->setObjectName(QStringLiteral("reloginCredentials"));
        connect(form, &QPushButton::clicked, this, [this] {
            this->panel()->requestSignIn(faultyField(this->entry().error.message),
                                         this->entry().error.message);
        });
        buttons->addWidget(form);
    }
    buttons->addStretch();
    static_cast<QBoxLayout *>(layout())->addLayout(buttons);
    connect(m_signIn, &QPushButton::clicked, this, &ReloginAction::start);
}

QString ReloginAction::faultyField(const QString &message)
{
    const QString lower = message.toLower();
    if (lower.contains(QLatin1String("client_id")) || lower.contains(QLatin1String("client id")) ||
        lower.contains(QLatin1String("unknown client")))
        return QStringLiteral("client_id");
    return QStringLiteral("client_secret");
}

void ReloginAction::start()
{
    Session *session = panel()->session();
    if (!session->hasCredentials()) {
        m_state->setText(tr("No stored credentials: enter them in the sign-in form."));
        panel()->requestSignIn(QStringLiteral("client_id"), entry().error.message);
        return;
    }
    m_signIn->setEnabled(false);
    m_state->setText(tr("Signing in…"));
    disconnectSession();
    m_connections << connect(session, &Session::signedIn, this, &ReloginAction::onSignedIn);
    m_connections << connect(session, &Session::signInFailed, this, &ReloginAction::onSignInFailed);
    session->signIn();
}

void ReloginAction::disconnectSession()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
}

void ReloginAction::onSignedIn()
{
    disconnectSession();
    // Exactly one replay per click; its outcome comes back to the panel like any other request.
    if (panel()->replay(entry(), ErrorEntry::Origin::Relogin))
        m_state->setText(tr("Signed in again; sending the request once more…"));
    else
        m_state->setText(tr("Signed in again."));
}

void ReloginAction::onSignInFailed(const ApiError &error)
{
    disconnectSession();
    m_signIn->setEnabled(true);
    emit signInFailed(error);
    const ErrorInfo info = ErrorCatalog::decide(error);
    if (info.code == QLatin1String("invalid_client") || info.code == QLatin1String("invalid_basic_header") ||
        info.code == QLatin1String("unauthorized_client")) {
        m_state->setText(
            tr("The server refused the stored credentials (%1): %2").arg(info.code, error.message));
        panel()->requestSignIn(faultyField(error.message), error.message);
        return;
    }
    m_state->setText(tr("Signing in failed (%1): %2").arg(info.code, error.message));
}

} // namespace cx::gui
