// New Profile / Edit Profile: name, base URL (http or https), client id, client secret (a password
// field), "Remember the secret in the keychain", and the profile's variables (name, value, secret: a
// secret one masked here and kept in the keychain like the client secret, through VariableContext). The
// secret goes to CredentialStore, never to the profile's settings; when there is no keychain the dialog says
// so plainly. A second tab, Network, holds the proxy, extra CAs, client certificate and trusted
// certificates (NetworkSettingsForm).
//
// OK first checks the fields (each problem shown at its field), then calls the commit function the owner
// set (ProfileController: ProfileStore::add/update and CredentialStore); the dialog closes only when
// that succeeds, else its error is shown.
#pragma once

#include "profiles/FieldMessage.h"
#include "profiles/Profile.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QGroupBox;
class QTabWidget;

namespace cx::gui {

class NetworkSettingsForm;
class VariablesTable;

class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { New, Edit };
    // Returns false and sets `error` when the profile could not be saved (e.g. the name is taken).
    using Commit = std::function<bool(const ProfileDialog &dialog, QString *error)>;

    explicit ProfileDialog(Mode mode, QWidget *parent = nullptr);

    // Edit: the saved profile; `hasSecret` says whether a secret is already known (then an empty secret
    // field keeps it).
    void setProfile(const cx::Profile &profile, bool hasSecret);
    // The network settings with their secrets as the app holds them (setProfile() gives them without).
    void setNetwork(const cx::NetworkSettings &network);
    // The profile as entered (the id of the edited one kept; trimmed).
    cx::Profile profile() const;
    QString secret() const; // empty: unchanged (Edit) or none
    bool remember() const;
    Mode mode() const { return m_mode; }

    void setCommit(Commit commit) { m_commit = std::move(commit); }
    void setKeychainNotice(const QString &notice);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QLineEdit *clientIdEdit() const { return m_clientId; }
    QLineEdit *secretEdit() const { return m_secret; }
    QCheckBox *rememberBox() const { return m_remember; }
    QLabel *keychainNoticeLabel() const { return m_keychainNotice; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *baseUrlMessageLabel() const { return m_baseUrlMessage; }
    VariablesTable *variablesTable() const { return m_variables; }
    NetworkSettingsForm *networkForm() const { return m_network; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *okButton() const;

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Mode m_mode;
    QString m_id;
    bool m_hasSecret = false;
    QLineEdit *m_name;
    QLineEdit *m_baseUrl;
    QLineEdit *m_clientId;
    QLineEdit *m_secret;
    QCheckBox *m_remember;
    QLabel *m_nameMessage;
    QLabel *m_baseUrlMessage;
    QLabel *m_clientIdMessage;
    QLabel *m_keychainNotice;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_accept = nullptr;
    QLabel *m_nameLabel;
    QLabel *m_baseUrlLabel;
    QLabel *m_clientIdLabel;
    QLabel *m_secretLabel;
    FieldMarks m_marks;
    Commit m_commit;
    QGroupBox *m_variablesBox;
    VariablesTable *m_variables;
    bool m_variablesEdited = false;
    QTabWidget *m_tabs;
    NetworkSettingsForm *m_network;
    QWidget *m_networkPage = nullptr; // the scroll area holding m_network (the Network tab)
};

} // namespace cx::gui
