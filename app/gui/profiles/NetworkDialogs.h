// The two questions the error panel's network action leads to (issue 14):
// - TrustCertificateDialog: a certificate the app does not trust, shown in full (subject, issuer,
//   validity, names and the SHA-256 fingerprint, "compare it with the server's owner") before the user
//   trusts it for the current profile only (its pin).
// - ProxyCredentialsDialog: the proxy's user name and password (407), kept with the profile (the password
//   in the keychain, or memory when there is none).
#pragma once

#include "net/ApiTypes.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cx::gui {

class TrustCertificateDialog : public QDialog
{
    Q_OBJECT
public:
    TrustCertificateDialog(const cx::CertificateSummary &certificate, const QString &profileName,
                           QWidget *parent = nullptr);
    const cx::CertificateSummary &certificate() const { return m_certificate; }
    QLabel *detailsLabel() const { return m_details; }
    QPushButton *trustButton() const { return m_trust; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    cx::CertificateSummary m_certificate;
    QString m_profileName;
    QLabel *m_intro;
    QLabel *m_details;
    QLabel *m_warning;
    QDialogButtonBox *m_buttons;
    QPushButton *m_trust;
};

class ProxyCredentialsDialog : public QDialog
{
    Q_OBJECT
public:
    ProxyCredentialsDialog(const QString &proxy, const QString &user, QWidget *parent = nullptr);
    QString user() const;
    QString password() const;
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *okButton() const { return m_ok; }
    void setKeychainNotice(const QString &notice);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QString m_proxy;
    QLabel *m_intro;
    QLabel *m_userLabel;
    QLabel *m_passwordLabel;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_notice;
    QDialogButtonBox *m_buttons;
    QPushButton *m_ok;
};

} // namespace cx::gui
