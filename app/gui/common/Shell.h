// The window as a feature sees it. Features (history, error panel, check-up, demo, profiles) receive a
// Shell and never the concrete MainWindow, so the arrows run one way: shell/ creates the features, the
// features know only this interface. MainWindow (shell/) implements it. The models are qBittorrent's
// IGUIApplication and Kate's KTextEditor::MainWindow.
#pragma once

#include <QObject>

class QMainWindow;
class QTabWidget;
class QString;
class QWidget;

namespace cx {
class CredentialStore;
class EndpointCatalog;
class HistoryStore;
class ProfileStore;
class Redactor;
struct ApiRequest;
struct ApiResponse;
} // namespace cx

namespace cx::gui {

class Connection;
class RequestPage;
struct RequestDraft;

// The shell's notifications. A separate QObject because the interface itself is not one (MainWindow
// already is a QMainWindow).
class ShellEvents : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    // newTab() made a page; a page is about to be dropped (the user closed its tab).
    void pageOpened(cx::gui::RequestPage *page);
    void pageClosed(cx::gui::RequestPage *page);
};

class Shell
{
public:
    virtual ~Shell() = default;

    // Qt's own window API: docks, the menu bar, the status bar, saved state, the parent of dialogs.
    virtual QMainWindow *mainWindow() = 0;
    virtual ShellEvents *events() = 0;

    // The API this window talks to, and what it knows about it.
    virtual Connection *connection() const = 0;
    virtual const EndpointCatalog &catalog() const = 0;
    virtual ProfileStore *profileStore() const = 0;
    virtual const HistoryStore *historyStore() const = 0;
    // Where the profiles' secrets live (the OS keychain, or memory): client secrets, proxy passwords,
    // client-key passphrases.
    virtual CredentialStore *credentialStore() const = 0;
    // Knows every secret of this window's connection (client secret, token) and the history's.
    virtual Redactor redactor() const = 0;

    // Request tabs.
    virtual QTabWidget *requestTabs() const = 0;
    virtual RequestPage *currentPage() const = 0;
    virtual RequestPage *pageAt(int index) const = 0;
    // A blank tab, with the start panel's first steps.
    virtual RequestPage *newTab() = 0;
    // A tab for a request the caller loads into it at once (RequestPage::load): it gets no start panel,
    // which the load would only drop.
    virtual RequestPage *newTabForRequest() = 0;
    virtual RequestPage *openInNewTab(const RequestDraft &draft) = 0;

    // The endpoint browser (presentation mode hides it).
    virtual QWidget *endpointBrowserWidget() const = 0;
    // The error panel as a dock (presentation mode keeps it visible); built on first use.
    virtual QWidget *errorPanelWidget() = 0;
    // Shows a failed exchange in the error panel; `page` may be null (nothing to fix in a tab).
    virtual void showFailure(RequestPage *page, const ApiRequest &request, const ApiResponse &response) = 0;

    virtual void showStatusMessage(const QString &text, int timeoutMs = 0) = 0;
};

} // namespace cx::gui
