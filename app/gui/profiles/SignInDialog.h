// Sign in: client id, client secret, base URL and "remember the secret in the keychain". The token
// endpoint's errors are shown at the field they concern: invalid_client (and friends) at the id and
// secret, a network failure (or a URL without a token endpoint) at the base URL, anything else
// (unsupported_grant_type, 5xx, ...) on a general line, with ErrorCatalog's advice.
//
// The dialog does not sign in itself: Sign In emits signInRequested() and the dialog waits ("Signing
// in…") until its owner (ProfileController) calls finish() on success or showError() on failure.
#pragma once

#include "profiles/FieldMessage.h"

#include <QDialog>
#include <QUrl>
#include <functional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cx {
struct ApiError;
}

namespace cx::gui {

class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Field { BaseUrl, ClientId, ClientSecret, General };
    Q_ENUM(Field)

    struct Details
    {
        QUrl baseUrl;
        QString clientId;
        QString clientSecret;
        bool remember = false;
    };

    // A text the owner words (in its own tr() context), asked for again after a language switch.
    using Text = std::function<QString()>;

    explicit SignInDialog(QWidget *parent = nullptr);

    void setDetails(const Details &details);
    Details details() const;
    // The Demo profile's URL is its simulator's: shown, not editable.
    void setBaseUrlEditable(bool editable);
    // False with the reason as tooltip (Demo: its credentials are never stored; a profile from the
    // command line: nothing to store them under).
    void setRememberAvailable(bool available, Text why = {});
    // A plain notice above the buttons, e.g. that there is no keychain (empty: hidden).
    void setKeychainNotice(const QString &notice);
    // A neutral line at the top: why the dialog opened (e.g. "Enter the secret for profile X").
    void setPrompt(Text prompt);
    // The window title instead of "Sign In" (e.g. with the profile's name).
    void setTitle(Text title);

    // Marks `field` with `message`: a red frame and the message under it (Field::General: the line
    // above the buttons), and puts the focus there. Other marks stay until clearMarks() or the next
    // Sign In. For the error panel: on `invalid_client` open the dialog (ProfileController::
    // openSignInDialog(Field, message) does both) and call markField(Field::ClientSecret,
    // error.message) so the user sees the server's words where the fix goes.
    void markField(Field field, const QString &message);
    void clearMarks();
    QString fieldMessage(Field field) const;
    // The field an error from the token endpoint concerns.
    static Field fieldFor(const ApiError &error);
    // Marks the field fieldFor(error) names with the server's message (and a hint) and ends the wait.
    void showError(const ApiError &error);
    // Signed in: close the dialog (accepted).
    void finish();
    bool isBusy() const { return m_busy; }

    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QLineEdit *clientIdEdit() const { return m_clientId; }
    QLineEdit *secretEdit() const { return m_secret; }
    QCheckBox *rememberBox() const { return m_remember; }
    QLabel *messageLabel(Field field) const;
    QLabel *keychainNoticeLabel() const { return m_keychainNotice; }
    QPushButton *signInButton() const;

signals:
    void signInRequested(const cx::gui::SignInDialog::Details &details);

public slots:
    void accept() override; // validates, then signInRequested(); the dialog stays open until finish()

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    // Marks `field` with what `message` says, again after a language switch (empty: clears the mark).
    void markFieldWith(Field field, FieldMarks::Message message);
    void setBusy(bool busy);
    QWidget *fieldWidget(Field field) const;

    QLabel *m_prompt;
    QLineEdit *m_baseUrl;
    QLineEdit *m_clientId;
    QLineEdit *m_secret;
    QCheckBox *m_remember;
    QLabel *m_baseUrlMessage;
    QLabel *m_clientIdMessage;
    QLabel *m_secretMessage;
    QLabel *m_generalMessage;
    QLabel *m_keychainNotice;
    QDialogButtonBox *m_buttons;
    QPushButton *m_accept = nullptr;
    QLabel *m_baseUrlLabel;
    QLabel *m_clientIdLabel;
    QLabel *m_secretLabel;
    FieldMarks m_marks;
    Text m_promptText;
    Text m_titleText;
    Text m_rememberUnavailableText;
    bool m_busy = false;
};

} // namespace cx::gui
