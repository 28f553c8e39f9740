#include "shell/MainWindow.h"

#include "auth/Session.h"
#include "checkup/CheckupController.h"
#include "common/AppIcon.h"
#include "common/LazyDock.h"
#include "compare/CompareController.h"
#include "connection/Connection.h"
#include "demo/DemoMode.h"
#include "endpoints/CatalogSource.h"
#include "endpoints/EndpointBrowser.h"
#include "errorpanel/ErrorPanel.h"
#include "errorpanel/SimulateMenu.h"
#include "export/Redactor.h"
#include "help/ShortcutsDialog.h"
#include "help/UserGuideDialog.h"
#include "history/HistoryStore.h"
#include "history/RequestWorkspace.h"
#include "preferences/PreferencesDialog.h"
#include "profiles/ProfileController.h"
#include "profiles/ProfileStore.h"
#include "profiles/StatusPanel.h"
#include "request/RequestEditor.h"
#include "request/RequestPage.h"
#include "response/ResponseView.h"
#include "shell/StartPanel.h"
#include "vars/VariableContext.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QWindow>
#include <memory>
#include <utility>

namespace cx::gui {

namespace {
const QString GeometryKey = QStringLiteral("MainWindow/geometry");
const QString StateKey = QStringLiteral("MainWindow/state");
const QString SplitterKey = QStringLiteral("MainWindow/splitter");
const QString RequestSplitterKey = QStringLiteral("MainWindow/requestSplitter");
const QString ShownDocksKey = QStringLiteral("MainWindow/shownDocks");
} // namespace

MainWindow::MainWindow(Connection *connection, const EndpointCatalog &catalog, QWidget *parent)
    : QMainWindow(parent), m_connection(connection), m_events(new ShellEvents(this)),
      m_browser(new EndpointBrowser(this)), m_tabs(new QTabWidget(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_status(new StatusPanel(connection->session(), this)),
      m_catalog(catalog)
{
    setObjectName(QStringLiteral("mainWindow"));
    // The window icon is the application's (main.cpp): a second QIcon of the same SVG here had the
    // platform window render it again at every size it sends the window manager (4M instructions).

    m_tabs->setObjectName(QStringLiteral("requestTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_browser);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    statusBar()->addPermanentWidget(m_status);
    connect(statusBar(), &QStatusBar::messageChanged, m_status,
            [this](const QString &message) { m_status->setCompact(!message.isEmpty()); });
    // The error panel opens beside the request tabs on every failed request; it is built by the first
    // one (errorPanel()), as the first frame does not show it.

    m_profiles = new ProfileController(connection, m_status, this); // the Profile menu and sign-in dialog
    connect(m_profiles, &ProfileController::retryRequested, this, [this](int entryId) {
        const ErrorEntry *entry = m_errorPanel ? m_errorPanel->current() : nullptr;
        if (entry && entry->id == entryId)
            m_errorPanel->replay(*entry, ErrorEntry::Origin::Retry);
    });
    connect(m_profiles, &ProfileController::certificateNotTrusted, this, [this](const QString &error) {
        errorPanel()->setStatus(
            [error] { return ProfileController::tr("The certificate was not trusted: %1").arg(error); });
    });
    connect(m_profiles, &ProfileController::proxyCredentialsNotSaved, this, [this](const QString &error) {
        errorPanel()->setStatus(
            [error] { return ProfileController::tr("The proxy credentials were not saved: %1").arg(error); });
    });
    createActions();
    createMenus();
    retranslateUi();
    m_browser->setCatalog(catalog);

    Session *session = connection->session();
    connect(session, &Session::signedIn, this, [session] { session->introspect(); });
    connect(session, &Session::introspected, this, &MainWindow::onIntrospected);
    connect(session, &Session::introspectFailed, this, [this](const ApiError &error) {
        m_status->setScopes({});
        statusBar()->showMessage(tr("Could not read the token's scopes: %1").arg(error.message), 10000);
    });
    connect(session, &Session::signedOut, this, [this] {
        m_browser->clearGrantedScopes();
        updateActions();
    });
    connect(session, &Session::revokeFailed, this, [this](const ApiError &error) {
        statusBar()->showMessage(tr("The server did not confirm the sign-out: %1").arg(error.message), 10000);
    });
    connect(session, &Session::stateChanged, this, &MainWindow::updateActions);
    connect(connection, &Connection::profileChanged, this,
            [this] { setWindowTitle(tr("Connect Explorer — %1").arg(profileLabel())); });
    connect(session, &Session::renewed, this,
            [this] { statusBar()->showMessage(tr("The token was renewed automatically."), 10000); });
    connect(m_browser, &EndpointBrowser::endpointChosen, this, &MainWindow::openEndpoint);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);

    m_workspace = new RequestWorkspace(this); // its docks are built on first use, placed as saved
    restoreSettings();
    if (!m_workspace->restoreTabs())
        newTab();
    if (session->hasCredentials())
        signInAfterFirstFrame();
}

void MainWindow::signInAfterFirstFrame()
{
    // The first frame comes first: signing in connects to the server (on the Demo profile the
    // in-process simulator then builds its HTTP server, several milliseconds), and the window need not
    // wait for that to be seen. Once the window is exposed, the next turn of the event loop signs in;
    // a window that is not shown soon signs in anyway.
    auto done = std::make_shared<bool>(false);
    const auto start = [this, done] {
        if (std::exchange(*done, true))
            return;
        QMetaObject::invokeMethod(this, &MainWindow::signIn, Qt::QueuedConnection);
    };
    QTimer::singleShot(500, this, start);
    m_onFirstExpose = start;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (m_onFirstExpose && watched == windowHandle() && event->type() == QEvent::Expose &&
        windowHandle()->isExposed()) {
        windowHandle()->removeEventFilter(this);
        std::exchange(m_onFirstExpose, nullptr)();
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_onFirstExpose && windowHandle())
        windowHandle()->installEventFilter(this);
}

MainWindow::~MainWindow() = default;

SimulateMenu *MainWindow::simulateMenu() const
{
    m_simulateMenu->ensureBuilt();
    return m_simulateMenu;
}

QString MainWindow::profileLabel() const
{
    const Profile &profile = m_connection->profile();
    if (profile.embeddedSimulator)
        return tr("%1 (built-in simulator)").arg(profile.name);
    return profile.name;
}

void MainWindow::createActions()
{
    m_openCatalog = new QAction(this);
    m_openCatalog->setShortcut(QKeySequence::Open);
    connect(m_openCatalog, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open OpenAPI Document"), QString(),
                                                          tr("OpenAPI 3 JSON (*.json);;All files (*)"));
        if (!path.isEmpty())
            openCatalogFile(path);
    });

    m_newTab = new QAction(appIcon(QStringLiteral("new-tab")), QString(), this);
    m_newTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_newTab, &QAction::triggered, this, [this] { newTab(); });

    m_closeTab = new QAction(this);
    m_closeTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    connect(m_closeTab, &QAction::triggered, this, [this] { closeTab(m_tabs->currentIndex()); });

    m_quit = new QAction(this);
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_send = new QAction(appIcon(QStringLiteral("send")), QString(), this);
    m_send->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_send->setShortcutContext(Qt::WindowShortcut);
    connect(m_send, &QAction::triggered, this, [this] {
        if (RequestPage *page = currentPage())
            page->send();
    });

    m_cancel = new QAction(appIcon(QStringLiteral("cancel")), QString(), this);
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancel->setEnabled(false);
    connect(m_cancel, &QAction::triggered, this, [this] {
        if (RequestPage *page = currentPage())
            page->cancel();
    });

    m_findEndpoint = new QAction(this);
    m_findEndpoint->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_findEndpoint, &QAction::triggered, m_browser, &EndpointBrowser::focusFilter);

    m_find = new QAction(this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        if (RequestPage *page = currentPage())
            page->responseView()->openFind();
    });

    m_signIn = new QAction(appIcon(QStringLiteral("sign-in")), QString(), this);
    connect(m_signIn, &QAction::triggered, this, [this] { m_profiles->openSignInDialog(); });
    m_signOut = new QAction(appIcon(QStringLiteral("sign-out")), QString(), this);
    connect(m_signOut, &QAction::triggered, this, &MainWindow::signOut);

    m_preferences = new QAction(this);
    m_preferences->setObjectName(QStringLiteral("preferencesAction"));
    m_preferences->setShortcut(QKeySequence::Preferences);
    m_preferences->setMenuRole(QAction::PreferencesRole);
    connect(m_preferences, &QAction::triggered, this, &MainWindow::showPreferences);

    m_userGuide = new QAction(this);
    m_userGuide->setObjectName(QStringLiteral("userGuideAction"));
    m_userGuide->setShortcut(QKeySequence::HelpContents);
    connect(m_userGuide, &QAction::triggered, this, &MainWindow::showUserGuide);
    m_shortcuts = new QAction(this);
    m_shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    m_shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(m_shortcuts, &QAction::triggered, this, [this] {
        ShortcutsDialog dialog(this);
        dialog.exec();
    });
    m_about = new QAction(this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);

    // View > Error Panel exists (with its shortcut) before the panel: triggering it builds the panel.
    m_errorPanelToggle = lazyDockAction(this, [this] { return errorPanel(); });
    m_errorPanelToggle->setObjectName(QStringLiteral("errorPanelAction"));
    m_errorPanelToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
}

ErrorPanel *MainWindow::errorPanel()
{
    if (m_errorPanel)
        return m_errorPanel;
    m_errorPanel = new ErrorPanel(m_connection, this);
    m_errorPanel->setCatalog(m_catalog);
    placeLazyDock(this, Qt::RightDockWidgetArea, m_errorPanel);
    m_errorPanel->hide(); // whatever the saved layout says: it opens by itself on a failure
    followDock(m_errorPanelToggle, m_errorPanel);
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (RequestPage *page = pageAt(i))
            m_errorPanel->watch(page);
    }
    // Trust This Certificate…, Proxy Credentials…: the profile's settings change, then the entry is sent
    // again; a failure is said under the action, not in a modal box over the panel.
    connect(m_errorPanel, &ErrorPanel::trustCertificateRequested, m_profiles,
            &ProfileController::askToTrustCertificate);
    connect(m_errorPanel, &ErrorPanel::proxyCredentialsRequested, this, [this](int entryId) {
        const ErrorEntry *entry = m_errorPanel->current();
        m_profiles->askForProxyCredentials(
            entry && entry->id == entryId ? QUrl(entry->url) : m_connection->baseUrl(), entryId);
    });
    // Stored credentials refused (invalid_client) after "Sign in again": the sign-in dialog, field marked.
    connect(m_errorPanel, &ErrorPanel::signInRequested, this,
            [this](const QString &field, const QString &message) {
                m_profiles->openSignInDialog(field == QLatin1String("client_id")
                                                 ? SignInDialog::Field::ClientId
                                                 : SignInDialog::Field::ClientSecret,
                                             message);
            });
    return m_errorPanel;
}

void MainWindow::createMenus()
{
    QMenu *file = m_fileMenu = menuBar()->addMenu(QString());
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_openCatalog);
    file->addSeparator();
    file->addAction(m_newTab);
    file->addAction(m_closeTab);
    file->addSeparator();
    file->addAction(m_preferences);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *request = m_requestMenu = menuBar()->addMenu(QString());
    request->setObjectName(QStringLiteral("requestMenu"));
    request->addAction(m_send);
    request->addAction(m_cancel);

    QMenu *view = m_viewMenu = menuBar()->addMenu(QString());
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_findEndpoint);
    view->addAction(m_find);
    view->addSeparator();
    view->addAction(m_errorPanelToggle);
    installDemoMode(this, view); // Presentation Mode (Ctrl+Shift+P) and the tour player

    QMenu *profile = m_profileMenu = menuBar()->addMenu(QString());
    profile->setObjectName(QStringLiteral("profileMenu"));
    m_profiles->attachMenu(profile); // the profiles, New/Edit/Delete Profile
    profile->addSeparator();
    profile->addAction(m_signIn);
    profile->addAction(m_signOut);
    installCheckup(this, file); // the Account menu (Check This Account…) and File > HAR
    installCompare(this); // Request > Send on Another Profile…, Compare with Tab…; View > This Tab's Sends

    m_simulateMenu = new SimulateMenu(m_connection, this);
    menuBar()->addMenu(m_simulateMenu);
    connect(m_simulateMenu, &SimulateMenu::simulated, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_profiles, &ProfileController::switched, m_simulateMenu, &SimulateMenu::updateEnabled);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_userGuide);
    m_helpMenu->addAction(m_shortcuts);
    // The tour is a View entry (its player is a dock); a newcomer looks for it under Help.
    if (auto *tour = findChild<QAction *>(QStringLiteral("tourPlayerAction")))
        m_helpMenu->addAction(tour);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_about);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Connect Explorer — %1").arg(profileLabel()));
    m_openCatalog->setText(tr("&Open OpenAPI Document…"));
    m_newTab->setText(tr("&New Request Tab"));
    m_closeTab->setText(tr("&Close Tab"));
    m_quit->setText(tr("&Quit"));
    m_send->setText(tr("&Send"));
    m_cancel->setText(tr("&Cancel Request"));
    m_findEndpoint->setText(tr("Find &Endpoint"));
    m_find->setText(tr("&Find in Response"));
    m_signIn->setText(tr("Sign &In…"));
    m_signOut->setText(tr("Sign &Out (Revoke Token)"));
    m_preferences->setText(tr("&Preferences…"));
    m_about->setText(tr("&About Connect Explorer"));
    m_userGuide->setText(tr("&User Guide"));
    m_shortcuts->setText(tr("&Keyboard Shortcuts"));
    m_fileMenu->setTitle(tr("&File"));
    m_requestMenu->setTitle(tr("&Request"));
    m_viewMenu->setTitle(tr("&View"));
    m_profileMenu->setTitle(tr("&Profile"));
    m_helpMenu->setTitle(tr("&Help"));
    // Worded as the panel words its own toggle action (the panel may not be built yet).
    m_errorPanelToggle->setText(ErrorPanel::tr("&Error Panel"));
    for (int i = 0; i < m_tabs->count(); ++i)
        nameCloseButton(i);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    dialog.exec();
}

RequestPage *MainWindow::currentPage() const
{
    return qobject_cast<RequestPage *>(m_tabs->currentWidget());
}

RequestPage *MainWindow::pageAt(int index) const
{
    return qobject_cast<RequestPage *>(m_tabs->widget(index));
}

RequestPage *MainWindow::newTab()
{
    return addRequestTab(TabStart::StartPanel);
}

RequestPage *MainWindow::newTabForRequest()
{
    return addRequestTab(TabStart::Request);
}

RequestPage *MainWindow::addRequestTab(TabStart start)
{
    auto *page = new RequestPage(m_connection->client(), m_tabs);
    page->setConnection(m_connection);
    if (!m_requestSplitterState.isEmpty())
        page->splitter()->restoreState(m_requestSplitterState);
    // Before the tab is added, which polishes the page: with the panel in place the page does not
    // build its response view (RequestPage::responseView()).
    if (start == TabStart::StartPanel)
        page->setStartPanel(new StartPanel(startSteps(), page));
    const int index = m_tabs->addTab(page, page->title());
    nameCloseButton(index);
    connect(page, &RequestPage::titleChanged, this, [this, page](const QString &title) {
        const int at = m_tabs->indexOf(page);
        if (at >= 0) {
            m_tabs->setTabText(at, title);
            m_tabs->setTabToolTip(at, title);
            nameCloseButton(at);
        }
    });
    connect(page, &RequestPage::busyChanged, this, &MainWindow::updateActions);
    if (m_errorPanel) {
        m_errorPanel->watch(page);
    } else {
        // The first failure builds the panel, which shows it (and from then on watches every tab). The
        // tab decided the response before telling (RequestPage::lastDecision()), as the panel reads it.
        connect(page, &RequestPage::requestFinished, this,
                [this, page](const ApiRequest &request, const ApiResponse &response) {
                    if (!m_errorPanel && page->lastDecision().isError())
                        errorPanel()->showFailure(page, request, response);
                });
    }
    connect(page->splitter(), &QSplitter::splitterMoved, this,
            [this, page] { m_requestSplitterState = page->splitter()->saveState(); });
    emit m_events->pageOpened(page);
    m_tabs->setCurrentIndex(index);
    page->editor()->pathEdit()->setFocus();
    updateActions();
    return page;
}

QList<StartPanel::Step> MainWindow::startSteps()
{
    // Each step is an entry of the menus (installed by its feature); the panel says what it shows.
    const auto trigger = [this](const char *actionName) {
        return [this, name = QString::fromLatin1(actionName)](QWidget *) {
            if (auto *action = findChild<QAction *>(name))
                action->trigger();
        };
    };
    const auto available = [this](const char *actionName) {
        return [this, name = QString::fromLatin1(actionName)] {
            const auto *action = findChild<QAction *>(name);
            return action && action->isEnabled();
        };
    };
    return {
        {QStringLiteral("startPickEndpoint"), [] { return tr("Pick an endpoint"); },
         [this] {
             return tr("Type part of a path or a summary in the filter on the left (%1); Down and "
                       "Return open it here.")
                 .arg(m_findEndpoint->shortcut().toString(QKeySequence::NativeText));
         },
         [this](QWidget *) { m_findEndpoint->trigger(); }, nullptr},
        {QStringLiteral("startTour"), [] { return tr("Take the five-minute tour"); },
         [] {
             return tr("A guided walk through signing in, sending a request and the errors the panel "
                       "explains.");
         },
         trigger("tourPlayerAction"), available("tourPlayerAction")},
        {QStringLiteral("startSimulate"), [] { return tr("Simulate an error"); },
         [] {
             return tr("Make the Demo server answer with an error (a missing scope, a rate limit, a "
                       "dropped connection) and see what the error panel makes of it.");
         },
         [this](QWidget *button) { m_simulateMenu->popup(button->mapToGlobal(QPoint(0, button->height()))); },
         [this] { return m_simulateMenu->isEnabled(); }},
        {QStringLiteral("startOpenHar"), [] { return tr("Open a customer's HAR"); },
         [] { return tr("Read a browser's HAR export: every Connect call in it with its error decided."); },
         trigger("openHarAction"), available("openHarAction")},
        {QStringLiteral("startCheckup"), [] { return tr("Run the check-up"); },
         [] {
             return tr("Check this account: sign-in, the token's scopes and what each endpoint "
                       "answers.");
         },
         trigger("checkAccountAction"), available("checkAccountAction")},
    };
}

void MainWindow::nameCloseButton(int index)
{
    // Qt's close button is an unnamed icon: a screen reader would say only "button".
    if (QWidget *button = m_tabs->tabBar()->tabButton(index, QTabBar::RightSide)) {
        button->setAccessibleName(tr("Close tab %1").arg(m_tabs->tabText(index)));
        button->setToolTip(button->accessibleName());
    }
}

void MainWindow::closeTab(int index)
{
    RequestPage *page = pageAt(index);
    if (!page)
        return;
    emit m_events->pageClosed(page);
    m_tabs->removeTab(index);
    page->deleteLater();
    if (m_tabs->count() == 0)
        newTab();
    updateActions();
}

void MainWindow::openEndpoint(const Endpoint &endpoint)
{
    RequestPage *page = currentPage();
    // Never overwrite a running request or one the user has typed into: open a new tab instead.
    if (!page || page->isBusy() || !page->isPristine())
        page = newTabForRequest();
    page->load(RequestDraft::fromEndpoint(endpoint));
}

void MainWindow::bringToFront()
{
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
    QApplication::alert(this);
}

bool MainWindow::openCatalogFile(const QString &path)
{
    QString error;
    const auto catalog = CatalogSource::load(path, &error);
    if (!catalog) {
        QMessageBox::warning(this, tr("Open OpenAPI Document"),
                             tr("%1 could not be read: %2").arg(path, error));
        return false;
    }
    m_browser->setCatalog(*catalog);
    m_catalog = *catalog;
    if (m_errorPanel)
        m_errorPanel->setCatalog(*catalog);
    statusBar()->showMessage(tr("Showing the endpoints of %1").arg(path), 10000);
    // Scope marks apply to the new list too.
    if (m_connection->session()->state() == Session::State::SignedIn)
        m_connection->session()->introspect();
    return true;
}

void MainWindow::updateActions()
{
    const RequestPage *page = currentPage();
    const bool busy = page && page->isBusy();
    m_send->setEnabled(page && !busy);
    m_cancel->setEnabled(busy);
    const Session::State state = m_connection->session()->state();
    m_signIn->setEnabled(state != Session::State::SigningIn);
    m_signOut->setEnabled(state == Session::State::SignedIn);
}

void MainWindow::signIn()
{
    m_connection->session()->signIn();
}

void MainWindow::signOut()
{
    m_connection->session()->signOut();
}

void MainWindow::onIntrospected(const TokenInfo &info)
{
    m_status->setScopes(info.scopes);
    m_browser->setGrantedScopes(info.scopes);
}

void MainWindow::showUserGuide()
{
    // One guide window, kept open beside the app while the user follows it.
    if (!m_userGuideDialog) {
        m_userGuideDialog = new UserGuideDialog(this);
        m_userGuideDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_userGuideDialog->show();
    m_userGuideDialog->raise();
    m_userGuideDialog->activateWindow();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Connect Explorer"),
                       tr("<h3>Connect Explorer %1</h3>"
                          "<p>A desktop client for the Cliquify Connect API: browse every endpoint, send "
                          "requests and read the answers.</p>"
                          "<p>Built with Qt %2, running on Qt %3.</p>")
                           .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                                QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(QApplication::primaryScreen() ? QApplication::primaryScreen()->availableSize() * 0.75
                                             : QSize(1100, 720));
    const QByteArray state = settings.value(StateKey).toByteArray();
    restoreState(state);
    restoreLazyDocks(settings.value(ShownDocksKey).toStringList(),
                     !state.isEmpty() && !settings.contains(ShownDocksKey));
    m_splitter->restoreState(settings.value(SplitterKey).toByteArray());
    m_requestSplitterState = settings.value(RequestSplitterKey).toByteArray();
}

void MainWindow::restoreLazyDocks(const QStringList &shownDocks, bool unknown)
{
    // A layout saved before docks were built on first use does not say which it shows: build them all,
    // and restoreDockWidget() shows the ones it showed.
    const auto shown = [&](const QString &name) { return unknown || shownDocks.contains(name); };
    if (shown(QStringLiteral("historyDock")))
        m_workspace->historyDock();
    if (shown(QStringLiteral("collectionsDock")))
        m_workspace->collectionsDock();
    if (shown(QStringLiteral("tourPlayer")))
        tourPlayer(this);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    // Which docks the layout shows: the ones built on first use are built at start only when shown.
    QStringList shown;
    for (const QDockWidget *dock : findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly)) {
        if (dock->isVisibleTo(this))
            shown.append(dock->objectName());
    }
    settings.setValue(ShownDocksKey, shown);
    settings.setValue(SplitterKey, m_splitter->saveState());
    if (const RequestPage *page = currentPage())
        settings.setValue(RequestSplitterKey, page->splitter()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

const EndpointCatalog &MainWindow::catalog() const
{
    return m_catalog;
}

ProfileStore *MainWindow::profileStore() const
{
    return m_profiles->store();
}

const HistoryStore *MainWindow::historyStore() const
{
    return m_workspace ? m_workspace->historyStore() : nullptr;
}

CredentialStore *MainWindow::credentialStore() const
{
    return m_profiles->credentials();
}

Redactor MainWindow::redactor() const
{
    // The session's secret set (client secret, every token) and the profile's secret variables.
    Redactor redactor(m_connection->session()->secrets());
    for (const QString &value : VariableContext::instance()->secretValues(m_connection->profile().id))
        redactor.addSecret(value);
    if (const HistoryStore *history = historyStore())
        for (const QString &secret : history->redactor().secrets())
            redactor.addSecret(secret);
    return redactor;
}

RequestPage *MainWindow::openInNewTab(const RequestDraft &draft)
{
    return m_workspace->openInNewTab(draft);
}

QWidget *MainWindow::endpointBrowserWidget() const
{
    return m_browser;
}

QWidget *MainWindow::errorPanelWidget()
{
    return errorPanel();
}

void MainWindow::showFailure(RequestPage *page, const ApiRequest &request, const ApiResponse &response)
{
    errorPanel()->showFailure(page, request, response);
}

void MainWindow::showStatusMessage(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

} // namespace cx::gui
