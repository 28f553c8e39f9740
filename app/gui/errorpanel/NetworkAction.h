// network: no complete HTTP response. Says which failure it was (refused, DNS, timeout, TLS, connection lost
// mid-body, truncated, and finer: which TLS check or proxy step) with its one fix, the certificate at fault
// (subject, issuer, validity, names, fingerprint), and offers Retry; for a certificate the app does not
// trust, "Trust This Certificate…" (for the profile only); for a proxy that wants credentials, "Proxy
// Credentials…".
#pragma once

#include "ActionWidget.h"

class QLabel;
class QPushButton;

namespace cx::gui {

class NetworkAction : public ActionWidget
{
    Q_OBJECT
public:
    NetworkAction(ErrorPanel *panel, const ErrorEntry &entry, bool live, QWidget *parent = nullptr);
    ErrorAction action() const override { return ErrorAction::Network; }
    QPushButton *retryButton() const { return m_retry; }
    QLabel *failureLabel() const { return m_failure; }
    QLabel *certificateLabel() const { return m_certificate; }
    QPushButton *trustButton() const { return m_trust; }
    QPushButton *proxyButton() const { return m_proxy; }

protected:
    void retranslateUi() override;

private:
    QLabel *m_failure;
    QLabel *m_detail = nullptr;      // only when the transport said more
    QLabel *m_fix = nullptr;         // the finer code's one thing to do
    QLabel *m_certificate = nullptr; // only when a certificate is at fault
    QPushButton *m_retry;
    QPushButton *m_trust = nullptr; // untrusted, self-signed or wrong-name certificates
    QPushButton *m_proxy = nullptr; // proxy_auth_required
};

} // namespace cx::gui
