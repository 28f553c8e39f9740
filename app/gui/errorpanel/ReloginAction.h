// relogin: "Sign in again" renews the token from the stored credentials and replays the request once.
// When the credentials themselves are refused (invalid_client: also a bare 401 from the token endpoint,
// see ApiError's layer table), "Sign in again" is hidden and the one button asks for the sign-in dialog
// with the faulty field marked. It never signs in or replays by itself, so a token the server keeps refusing
// cannot make it loop.
#pragma once

#include "ActionWidget.h"

class QLabel;
class QPushButton;

namespace cx::gui {

class ReloginAction : public ActionWidget
{
    Q_OBJECT
public:
    ReloginAction(ErrorPanel *panel, const ErrorEntry &entry, bool live, QWidget *parent = nullptr);
    ErrorAction action() const override { return ErrorAction::Relogin; }
    QPushButton *signInButton() const { return m_signIn; }
    QLabel *stateLabel() const { return m_state; }
    // "client_id" or "client_secret": which credential a refusal (invalid_client) most likely means.
    static QString faultyField(const QString &message);

signals:
    // The sign-in failed; `error` is what the token endpoint answered.
    void signInFailed(const cx::ApiError &error);

protected:
    void retranslateUi() override;

private:
    // Where the sign-in this widget offers has got to; the state line says it in the current language.
    enum class Progress {
        Offered,
        NoCredentials,
        SigningIn,
        Replaying,
        SignedIn,
        CredentialsRefused,
        SignInFailed
    };
    void setProgress(Progress progress);
    QString stateText() const;
    void start();
    void onSignedIn();
    void onSignInFailed(const ApiError &error);
    void disconnectSession();

    Progress m_progress = Progress::Offered;
    ApiError m_signInError;         // what the token endpoint answered, for the failed states
    ErrorDecision m_signInDecision; // decided once, when signing in failed
    QLabel *m_state;
    QPushButton *m_signIn;
    QPushButton *m_correct = nullptr; // only when the credentials themselves were refused
    QList<QMetaObject::Connection> m_connections;
};

} // namespace cx::gui
