// Profile → Network (issue 14): how the profile reaches its server.
// - Proxy: System (the environment, else the OS settings) / None / Manual (HTTP or SOCKS5, host, port,
//   user, password; the password goes to the keychain with the profile, never to a file).
// - Extra CA certificates: PEM files or folders trusted besides the system store (Add File…, Add Folder…,
//   Remove).
// - Client certificate: a PEM certificate and key, or a PKCS#12 file, and the key's passphrase (keychain).
// - Trusted certificates: the pins the user trusted from the error panel ("sha256/BASE64"), with Remove.
// validate() checks everything with NetworkSetup::sslConfiguration and shows the error beside the field.
#pragma once

#include "net/NetworkSettings.h"
#include "profiles/FieldMessage.h"

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace cx::gui {

class NetworkSettingsForm : public QWidget
{
    Q_OBJECT
public:
    explicit NetworkSettingsForm(QWidget *parent = nullptr);

    void setSettings(const cx::NetworkSettings &settings);
    cx::NetworkSettings settings() const; // with the password and passphrase as typed
    // Marks what is wrong (a manual proxy without host or port, a CA or certificate file that cannot be
    // read); false when something is.
    bool validate();

    void addCaPath(const QString &path);

    QComboBox *proxyModeBox() const { return m_mode; }
    QComboBox *proxyTypeBox() const { return m_type; }
    QLineEdit *proxyHostEdit() const { return m_host; }
    QSpinBox *proxyPortBox() const { return m_port; }
    QLineEdit *proxyUserEdit() const { return m_user; }
    QLineEdit *proxyPasswordEdit() const { return m_password; }
    QListWidget *caList() const { return m_caList; }
    QPushButton *addCaFileButton() const { return m_addCaFile; }
    QPushButton *addCaFolderButton() const { return m_addCaFolder; }
    QPushButton *removeCaButton() const { return m_removeCa; }
    QLineEdit *clientCertificateEdit() const { return m_certificate; }
    QLineEdit *clientKeyEdit() const { return m_key; }
    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QListWidget *pinList() const { return m_pins; }
    QPushButton *removePinButton() const { return m_removePin; }
    QLabel *proxyMessageLabel() const { return m_proxyMessage; }
    QLabel *tlsMessageLabel() const { return m_tlsMessage; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateEnabled();

    QGroupBox *m_proxyBox;
    QComboBox *m_mode;
    QComboBox *m_type;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_proxyMessage;
    QLabel *m_modeLabel;
    QLabel *m_typeLabel;
    QLabel *m_hostLabel;
    QLabel *m_portLabel;
    QLabel *m_userLabel;
    QLabel *m_passwordLabel;

    QGroupBox *m_caBox;
    QListWidget *m_caList;
    QPushButton *m_addCaFile;
    QPushButton *m_addCaFolder;
    QPushButton *m_removeCa;

    QGroupBox *m_clientBox;
    QLineEdit *m_certificate;
    QPushButton *m_browseCertificate;
    QLineEdit *m_key;
    QPushButton *m_browseKey;
    QLineEdit *m_passphrase;
    QLabel *m_certificateLabel;
    QLabel *m_keyLabel;
    QLabel *m_passphraseLabel;
    QLabel *m_tlsMessage;

    QGroupBox *m_pinBox;
    QLabel *m_pinNote;
    QListWidget *m_pins;
    QPushButton *m_removePin;

    FieldMarks m_marks;
};

} // namespace cx::gui
