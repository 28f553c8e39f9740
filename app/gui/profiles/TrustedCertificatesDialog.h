// Profile ▸ Trusted Certificates…: the certificates the current profile trusts by their fingerprint (the
// pins "Trust This Certificate…" stored, issue 14), each with Remove, and Remove All. Every profile has
// it, Demo included (whose Edit Profile… is disabled). A removal is saved at once through the
// ProfileController (the profile store, then the connection): the next request that meets the
// certificate fails as untrusted again and asks.
//
// A pin is the SHA-256 digest of the certificate only: the subject, issuer and expiry are not stored with
// it, so the list shows the fingerprint (as the error panel shows it) and the pin.
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace cx::gui {

class Connection;
class ProfileController;

class TrustedCertificatesDialog : public QDialog
{
    Q_OBJECT
public:
    TrustedCertificatesDialog(ProfileController *profiles, Connection *connection, QWidget *parent = nullptr);

    // "AB:CD:…" of the digest a pin names (sha256/BASE64 or hex), or the pin as it is when it names none.
    static QString fingerprintOf(const QString &pin);

    QListWidget *list() const { return m_list; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *removeAllButton() const { return m_removeAll; }
    QLabel *emptyLabel() const { return m_empty; }
    QLabel *errorLabel() const { return m_error; }

    // Removes the pins and saves the profile; false (and the reason under the list) when it is not saved.
    bool removePins(const QStringList &pins);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reload();
    void updateEnabled();

    ProfileController *m_profiles;
    Connection *m_connection;
    QLabel *m_intro;
    QListWidget *m_list;
    QLabel *m_empty;
    QLabel *m_error;
    QPushButton *m_remove;
    QPushButton *m_removeAll;
    QDialogButtonBox *m_buttons;
};

} // namespace cx::gui
