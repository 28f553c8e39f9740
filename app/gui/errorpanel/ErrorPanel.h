// The error panel: a dock beside the request tabs that opens on every failed request and shows its
// HTTP status, code, the server's message verbatim, ErrorCatalog's meaning and hint, and the action's
// own widget; below, the errors of this session (click one to show it again).
#pragma once

#include "ErrorEntry.h"
#include "catalog/EndpointCatalog.h"
#include "export/Redactor.h"

#include <QDockWidget>
#include <QHash>
#include <QPointer>
#include <functional>

class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

class QMainWindow;

namespace cx {
class Session;
struct ReportInput;
} // namespace cx

namespace cx::gui {

class ElidedLabel;

class ActionWidget;
class Connection;
class Shell;
class RequestPage;

class ErrorPanel : public QDockWidget
{
    Q_OBJECT
public:
    ErrorPanel(Connection *connection, Shell *shell);
    ~ErrorPanel() override;

    void setCatalog(const EndpointCatalog &catalog);
    // Follows the requests of this tab from now on.
    void watch(RequestPage *page);

    // Shows a failed request (the tab's own signal calls this; tests may too).
    void showFailure(RequestPage *page, const ApiRequest &request, const ApiResponse &response);
    // Shows the history's entry `row` again (0 = newest).
    void showHistoryEntry(int row);
    // Shows (and opens the panel on) the newest failure of that tab.
    void showLatestOf(RequestPage *page);
    void clearHistory();

    const ErrorEntry *current() const;
    ActionWidget *actionWidget() const { return m_action; }
    int entryCount() const { return int(m_entries.size()); }
    QListWidget *historyList() const { return m_history; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *meaningLabel() const { return m_meaning; }
    QLabel *hintLabel() const { return m_hint; }
    QLabel *unknownLabel() const { return m_unknown; }
    QLabel *statusLabel() const { return m_status; }

    // --- for the action widgets -----------------------------------------------------------------
    Session *session() const;
    const EndpointCatalog &catalog() const { return m_catalog; }
    // The scopes the last introspection granted; `known` false when there was none yet.
    QStringList grantedScopes(bool *known = nullptr) const;
    // Redacts the session's token and the profile's client secret besides the structural rules.
    Redactor redactor() const;
    ReportInput reportInput(const ErrorEntry &entry) const;
    // Sends the entry's request again from its tab. False (and a note) when the tab is gone or busy.
    bool replay(const ErrorEntry &entry, ErrorEntry::Origin origin);
    // Opens the endpoint in a new tab and sends it at once.
    RequestPage *openAndSend(const Endpoint &endpoint);
    // The stored credentials were refused: asks for the sign-in dialog with `field` marked
    // ("client_id" or "client_secret").
    void requestSignIn(const QString &field, const QString &message);
    // The status line under the action; `text` builds it in the current language (again after a switch).
    using Text = std::function<QString()>;
    void setStatus(Text text);

    static constexpr int maxHistory = 50;

signals:
    // A new entry (or one from the history) is shown.
    void entryShown(int id);
    // The sign-in dialog should open with `field` marked and `message` beside it.
    void signInRequested(const QString &field, const QString &message);
    // The user looked at a server certificate the app does not trust and chose to trust it for the
    // current profile only (its pin, "sha256/BASE64"); `entry` is retried once it is stored.
    void trustCertificateRequested(const cx::CertificateSummary &certificate, int entryId);
    // The proxy wants credentials (proxy_auth_required): ask for them, store them with the profile.
    void proxyCredentialsRequested(int entryId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onFinished(RequestPage *page, const ApiRequest &request, const ApiResponse &response);
    struct Pending
    {
        ErrorEntry::Origin origin = ErrorEntry::Origin::User;
        int attempt = 1;
    };
    void addEntry(RequestPage *page, const ApiRequest &request, const ApiResponse &response,
                  const ErrorDecision &decision, const Pending &pending);
    void display(const ErrorEntry &entry, bool live);
    // Widens the dock to what the shown failure needs (a button cannot wrap), within the window.
    void fitWidth();
    // The texts about `entry` above its action widget, and the action group's title.
    void renderDetails(const ErrorEntry &entry);
    void renderHistoryItem(int row);
    void renderStatus();
    QString historyText(const ErrorEntry &entry) const;

    Connection *m_connection;
    Shell *m_shell;
    QMainWindow *m_window; // m_shell->mainWindow(): docks, menus, the parent of dialogs
    EndpointCatalog m_catalog;
    QStringList m_granted;
    bool m_grantedKnown = false;
    QList<ErrorEntry> m_entries; // newest first
    int m_currentId = 0;
    int m_nextId = 1;
    QHash<RequestPage *, Pending> m_pending; // replays the panel started, by tab

    QWidget *m_body;
    QLabel *m_placeholder;
    QWidget *m_details;
    QLabel *m_title;
    QLabel *m_unknown;
    QLabel *m_message;
    QLabel *m_meaning;
    QLabel *m_hint;
    ElidedLabel *m_request;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_status;
    Text m_statusText;
    QGroupBox *m_actionGroup;
    QVBoxLayout *m_actionBox;
    ActionWidget *m_action = nullptr;
    QLabel *m_historyLabel;
    QPushButton *m_clear;
    QListWidget *m_history;
};

} // namespace cx::gui
