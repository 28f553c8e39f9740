// network: no complete HTTP response. Says which failure it was (refused, DNS, timeout, TLS, connection lost
// mid-body, truncated) and offers Retry.
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

protected:
    void retranslateUi() override;

private:
    QLabel *m_failure;
    QLabel *m_detail = nullptr; // only when the transport said more
    QPushButton *m_retry;
};

} // namespace cx::gui
