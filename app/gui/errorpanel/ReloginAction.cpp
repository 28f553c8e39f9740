#include "ReloginAction.h"

#include "ErrorPanel.h"
#include "auth/Session.h"
#include "common/Decide.h"
#include "common/FlowLayout.h"

#include <QLabel>
#include <QPushButton>

namespace cx::gui {

namespace {

bool refusesCredentials(const QString &code)
{
    return code == QLatin1String("invalid_client") || code == QLatin1String("invalid_basic_header");
}

} // namespace

ReloginAction::ReloginAction(ErrorPanel *panel, const ErrorEntry &entry, bool live, QWidget *parent)
    : ActionWidget(panel, entry, live, parent), m_state(addLabel(QString(), "reloginState")),
      m_signIn(new QPushButton(this))
{
    m_signIn->setObjectName(QStringLiteral("reloginButton"));
    auto *buttons = new FlowLayout; // wraps in a narrow dock instead of cutting a button off
    buttons->addWidget(m_signIn);
    if (refusesCredentials(entry.decision.code())) {
        // Renewing with credentials the server just refused would only be refused again: the one way
        // on is the sign-in form with the faulty field marked, so "Sign in again" is not offered at all.
        m_signIn->setVisible(false);
        m_correct = new QPushButton(this);
        m_correct->setDefault(true);
        m_correct->setObjectName(QStringLiteral("reloginCredentials"));
        connect(m_correct, &QPushButton::clicked, this, [this] {
            this->panel()->requestSignIn(faultyField(this->entry().error.message),
                                         this->entry().error.message);
        });
        buttons->addWidget(m_correct);
    }
    static_cast<QBoxLayout *>(layout())->addLayout(buttons);
    connect(m_signIn, &QPushButton::clicked, this, &ReloginAction::start);
    retranslateUi();
}

void ReloginAction::retranslateUi()
{
    m_signIn->setText(tr("&Sign in again"));
    m_signIn->setToolTip(tr("Renew the token from the stored credentials and send the request again once"));
    if (m_correct)
        m_correct->setText(tr("Correct the &credentials…"));
    m_state->setText(stateText());
}

QString ReloginAction::stateText() const
{
    switch (m_progress) {
    case Progress::Offered:
        if (entry().origin == ErrorEntry::Origin::Relogin)
            return tr("Signed in again and sent the request once more, but the server still refuses the "
                      "token. Nothing is retried by itself; check the client in the developer portal.");
        if (refusesCredentials(entry().decision.code()))
            return tr("The server refused the stored client credentials. Correct them in the sign-in form.");
        return tr("A new token is requested with the stored client credentials, then the request is sent "
                  "once more.");
    case Progress::NoCredentials:
        return tr("No stored credentials: enter them in the sign-in form.");
    case Progress::SigningIn:
        return tr("Signing in…");
    case Progress::Replaying:
        return tr("Signed in again; sending the request once more…");
    case Progress::SignedIn:
        return tr("Signed in again.");
    case Progress::CredentialsRefused:
        return tr("The server refused the stored credentials (%1): %2")
            .arg(m_signInDecision.code(), m_signInError.message);
    case Progress::SignInFailed:
        break;
    }
    return tr("Signing in failed (%1): %2").arg(m_signInDecision.code(), m_signInError.message);
}

void ReloginAction::setProgress(Progress progress)
{
    m_progress = progress;
    m_state->setText(stateText());
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
        setProgress(Progress::NoCredentials);
        panel()->requestSignIn(QStringLiteral("client_id"), entry().error.message);
        return;
    }
    m_signIn->setEnabled(false);
    setProgress(Progress::SigningIn);
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
    setProgress(panel()->replay(entry(), ErrorEntry::Origin::Relogin) ? Progress::Replaying
                                                                      : Progress::SignedIn);
}

void ReloginAction::onSignInFailed(const ApiError &error)
{
    disconnectSession();
    m_signIn->setEnabled(true);
    emit signInFailed(error);
    m_signInError = error;
    m_signInDecision = decideError(error);
    const QString code = m_signInDecision.code();
    if (refusesCredentials(code) || code == QLatin1String("unauthorized_client")) {
        setProgress(Progress::CredentialsRefused);
        panel()->requestSignIn(faultyField(error.message), error.message);
        return;
    }
    setProgress(Progress::SignInFailed);
}

} // namespace cx::gui
