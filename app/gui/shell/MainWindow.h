// The main window: endpoint browser on the left, request tabs on the right, account status below.
// Wires widgets to the Connection; holds no protocol logic of its own.
#pragma once

#include "catalog/EndpointCatalog.h"
#include "common/Shell.h"
#include "shell/StartPanel.h"

#include <QMainWindow>
#include <QPointer>
#include <QStringList>
#include <functional>

class QAction;
class QMenu;
class QSplitter;
class QTabWidget;

namespace cx {
struct TokenInfo;
}

namespace cx::gui {

class Connection;
class EndpointBrowser;
class RequestPage;
class RequestWorkspace;
class StatusPanel;
class UserGuideDialog;
class ErrorPanel;
class ProfileController;
class SimulateMenu;

class MainWindow : public QMainWindow, public Shell
{
    Q_OBJECT
public:
    // Signs in on its own (once the event loop runs) when the profile has credentials.
    MainWindow(Connection *connection, const EndpointCatalog &catalog, QWidget *parent = nullptr);
    ~MainWindow() override;

    EndpointBrowser *endpointBrowser() const { return m_browser; }
    QTabWidget *requestTabs() const override { return m_tabs; }
    RequestPage *currentPage() const override;
    RequestPage *pageAt(int index) const override;
    StatusPanel *statusPanel() const { return m_status; }
    // The error panel is built on first use: the first failed request, View > Error Panel (Ctrl+Shift+E),
    // or this call.
    ErrorPanel *errorPanel();
    SimulateMenu *simulateMenu() const; // with its entries built
    Connection *connection() const override { return m_connection; }
    // The Profile menu: saved profiles, switching, New/Edit/Delete Profile, the sign-in dialog.
    ProfileController *profileController() const { return m_profiles; }

    RequestPage *newTab() override;
    RequestPage *newTabForRequest() override;

    // Shell, for the features.
    QMainWindow *mainWindow() override { return this; }
    ShellEvents *events() override { return m_events; }
    const EndpointCatalog &catalog() const override;
    ProfileStore *profileStore() const override;
    const HistoryStore *historyStore() const override;
    CredentialStore *credentialStore() const override;
    Redactor redactor() const override;
    RequestPage *openInNewTab(const RequestDraft &draft) override;
    QWidget *endpointBrowserWidget() const override;
    QWidget *errorPanelWidget() override;
    void showFailure(RequestPage *page, const ApiRequest &request, const ApiResponse &response) override;
    void showStatusMessage(const QString &text, int timeoutMs = 0) override;
    void closeTab(int index);
    void signIn();
    void signOut();
    void saveSettings() const;
    // Shows the endpoints of another OpenAPI 3 JSON document; false (and a message) when unreadable.
    bool openCatalogFile(const QString &path);

    // History, drafts, collections, copy as code and paste cURL.
    RequestWorkspace *workspace() const { return m_workspace; }

    // Un-minimizes, shows, raises and activates the window (a later start on the same profile folder
    // asked for it; the window manager may still only flag it when it prevents focus stealing).
    void bringToFront();

    // File > Preferences… (the language, switched live).
    void showPreferences();

    QAction *sendAction() const { return m_send; }
    QAction *cancelAction() const { return m_cancel; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslateUi();
    void restoreSettings();
    // Builds the docks built on first use that the saved layout shows (they then take their place).
    void restoreLazyDocks(const QStringList &shownDocks, bool unknown);
    void openEndpoint(const Endpoint &endpoint);
    enum class TabStart { StartPanel, Request };
    RequestPage *addRequestTab(TabStart start);
    // The first steps an empty tab offers (StartPanel), each backed by a menu entry.
    QList<StartPanel::Step> startSteps();
    void updateActions();
    void onIntrospected(const TokenInfo &info);
    void showAbout();
    void showUserGuide();
    // Signs in once the window's first frame is up (or after half a second if it is not shown).
    void signInAfterFirstFrame();
    // Names the tab's close button for assistive technology (and its tooltip) after the tab's title.
    void nameCloseButton(int index);
    QString profileLabel() const;

    Connection *m_connection;
    ShellEvents *m_events;
    EndpointBrowser *m_browser;
    QTabWidget *m_tabs;
    QSplitter *m_splitter;
    StatusPanel *m_status;
    EndpointCatalog m_catalog;
    ErrorPanel *m_errorPanel = nullptr;
    QAction *m_errorPanelToggle = nullptr; // View > Error Panel, before the panel exists
    SimulateMenu *m_simulateMenu = nullptr;
    RequestWorkspace *m_workspace = nullptr;
    QByteArray m_requestSplitterState;

    QAction *m_openCatalog = nullptr;
    QAction *m_newTab = nullptr;
    QAction *m_closeTab = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_send = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_findEndpoint = nullptr;
    QAction *m_find = nullptr;
    ProfileController *m_profiles = nullptr;
    QAction *m_signIn = nullptr;
    QAction *m_signOut = nullptr;
    QAction *m_preferences = nullptr;
    QAction *m_about = nullptr;
    QAction *m_userGuide = nullptr;
    QAction *m_shortcuts = nullptr;
    QPointer<UserGuideDialog> m_userGuideDialog;
    std::function<void()> m_onFirstExpose; // set until the first frame is up
    QMenu *m_fileMenu = nullptr;
    QMenu *m_requestMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_profileMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
};

} // namespace cx::gui
