#include "history/RequestWorkspace.h"

#include "auth/Session.h"
#include "common/LazyDock.h"
#include "common/Retranslate.h"
#include "common/Shell.h"
#include "connection/Connection.h"
#include "export/CopyAsCodeDialog.h"
#include "export/CurlPaste.h"
#include "history/CollectionTreeModel.h"
#include "history/CollectionsPanel.h"
#include "history/HistoryPanel.h"
#include "history/SaveRequestDialog.h"
#include "request/RequestDraftJson.h"
#include "request/RequestEditor.h"
#include "request/RequestPage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTreeView>
#include <QUuid>

namespace cx::gui {

namespace {
const char *const TabIdProperty = "cx.draftTabId";
const char *const SavedIdProperty = "cx.savedRequestId";
const QString EditorKey = QStringLiteral("editor");
const QString PristineKey = QStringLiteral("pristine");

QMenu *menuNamed(QMenuBar *bar, const QString &name)
{
    return bar->findChild<QMenu *>(name, Qt::FindDirectChildrenOnly);
}
} // namespace

RequestWorkspace::RequestWorkspace(Shell *shell)
    : QObject(shell->mainWindow()), m_shell(shell), m_window(shell->mainWindow())
{
    setObjectName(QStringLiteral("requestWorkspace"));
    // A failed write stays on screen until one of the same kind succeeds (not a message that times out).
    m_storageNotice = new QLabel(m_window);
    m_storageNotice->setObjectName(QStringLiteral("storageNotice"));
    m_storageNotice->setStyleSheet(QStringLiteral("QLabel { color: white; background: #b3261e; "
                                                  "padding: 1px 6px; }"));
    m_storageNotice->hide();
    m_window->statusBar()->addPermanentWidget(m_storageNotice);
    connect(&m_history, &HistoryStore::writeFinished, this,
            [this](bool ok, const QString &error) { reportWrite(Storage::History, ok, error); });
    m_history.load();
    m_collections.load();
    rememberSecrets();

    createActions();
    addToMenus();
    retranslateWith(this, m_window, [this] { retranslateUi(); });

    m_draftIo.setMaxThreadCount(1);
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(DraftDelayMs);
    m_nowMs = [clock = std::make_shared<QElapsedTimer>()] {
        if (!clock->isValid())
            clock->start();
        return clock->elapsed();
    };
    connect(&m_draftTimer, &QTimer::timeout, this, &RequestWorkspace::flushDrafts);

    connect(shell->events(), &ShellEvents::pageOpened, this, &RequestWorkspace::onPageOpened);
    connect(shell->events(), &ShellEvents::pageClosed, this, &RequestWorkspace::onPageClosed);
    connect(shell->requestTabs()->tabBar(), &QTabBar::tabMoved, this, &RequestWorkspace::scheduleOrder);
    connect(shell->requestTabs(), &QTabWidget::currentChanged, this, &RequestWorkspace::scheduleOrder);
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] {
        flushDrafts();
        waitForDrafts();
    });
    m_window->installEventFilter(this);

    if (!m_collections.corruptFile().isEmpty())
        m_window->statusBar()->showMessage(
            tr("The saved requests could not be read; the file was set aside as %1.")
                .arg(m_collections.corruptFile()),
            15000);
    else if (!m_collections.problems().isEmpty())
        // Kept so nothing is lost, but never sendable as they are: say so before the user tries.
        m_window->statusBar()->showMessage(m_collections.problems().join(QLatin1Char(' ')), 15000);
}

RequestWorkspace::~RequestWorkspace()
{
    m_draftIo.waitForDone();
}

// --- secrets ----------------------------------------------------------------------------------------

void RequestWorkspace::rememberSecrets()
{
    // The session's secret set (client secret, every token), read live by the stores as they write.
    const SharedSecrets secrets = m_shell->connection()->session()->secrets();
    for (Redactor *redactor : {&m_history.redactor(), &m_drafts.redactor(), &m_collections.redactor()})
        redactor->setLiveSecrets(secrets);
}

// --- docks and actions ------------------------------------------------------------------------------

HistoryPanel *RequestWorkspace::historyPanel()
{
    createHistoryDock();
    return m_historyPanel;
}

QDockWidget *RequestWorkspace::historyDock()
{
    createHistoryDock();
    return m_historyDock;
}

CollectionsPanel *RequestWorkspace::collectionsPanel()
{
    createCollectionsDock();
    return m_collectionsPanel;
}

QDockWidget *RequestWorkspace::collectionsDock()
{
    createCollectionsDock();
    return m_collectionsDock;
}

void RequestWorkspace::createHistoryDock()
{
    if (m_historyDock)
        return;
    m_historyPanel = new HistoryPanel(&m_history);
    m_historyDock = new QDockWidget(m_window);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setWidget(m_historyPanel);
    m_historyDock->setAllowedAreas(Qt::AllDockWidgetAreas);
    retranslateDocks();
    placeLazyDock(m_window, Qt::BottomDockWidgetArea, m_historyDock);
    followDock(m_historyToggle, m_historyDock);
    connect(m_historyPanel, &HistoryPanel::reopenRequested, this, &RequestWorkspace::reopenHistoryEntry);
    connect(m_historyPanel, &HistoryPanel::compareRequested, this,
            &RequestWorkspace::historyCompareRequested);
}

void RequestWorkspace::createCollectionsDock()
{
    if (m_collectionsDock)
        return;
    m_collectionsPanel = new CollectionsPanel(&m_collections);
    m_collectionsDock = new QDockWidget(m_window);
    m_collectionsDock->setObjectName(QStringLiteral("collectionsDock"));
    m_collectionsDock->setWidget(m_collectionsPanel);
    m_collectionsDock->setAllowedAreas(Qt::AllDockWidgetAreas);
    retranslateDocks();
    placeLazyDock(m_window, Qt::LeftDockWidgetArea, m_collectionsDock);
    followDock(m_collectionsToggle, m_collectionsDock);
    connect(m_collectionsPanel, &CollectionsPanel::openRequested, this, &RequestWorkspace::openSavedRequest);
}

void RequestWorkspace::createActions()
{
    // The View menu entries exist before their docks: triggering one builds its dock.
    m_historyToggle = lazyDockAction(this, [this] { return historyDock(); });
    m_historyToggle->setObjectName(QStringLiteral("historyAction"));
    m_historyToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(m_historyToggle, &QAction::triggered, this, [this](bool shown) {
        if (shown)
            historyPanel()->focusSearch();
    });
    m_collectionsToggle = lazyDockAction(this, [this] { return collectionsDock(); });
    m_collectionsToggle->setObjectName(QStringLiteral("collectionsAction"));
    m_collectionsToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));

    m_saveRequest = new QAction(this);
    m_saveRequest->setObjectName(QStringLiteral("saveRequestAction"));
    m_saveRequest->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    connect(m_saveRequest, &QAction::triggered, this, [this] { showSaveRequestDialog(); });

    m_pasteCurl = new QAction(this);
    m_pasteCurl->setObjectName(QStringLiteral("pasteCurlAction"));
    m_pasteCurl->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    connect(m_pasteCurl, &QAction::triggered, this, &RequestWorkspace::pasteCurlFromClipboard);

    m_copyAsMenu = new QMenu(m_window);
    m_copyAsMenu->setObjectName(QStringLiteral("copyAsMenu"));
    for (CodeLanguage language : CodeExporter::languages()) {
        auto *action = m_copyAsMenu->addAction(CodeExporter::languageName(language));
        action->setObjectName(QStringLiteral("copyAs%1").arg(int(language)));
        connect(action, &QAction::triggered, this, [this, language] { copyCurrentAs(language); });
        m_copyAs.insert(int(language), action);
    }
    m_copyAsMenu->addSeparator();
    m_copyAsCode = m_copyAsMenu->addAction(QString());
    m_copyAsCode->setObjectName(QStringLiteral("copyAsCodeAction"));
    m_copyAsCode->setShortcut(
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C)); // Ctrl+Shift+C copies a tree path
    connect(m_copyAsCode, &QAction::triggered, this, [this] { showCopyAsCodeDialog(); });
    // Shortcuts of actions in a submenu work only once the action is part of the window.
    m_window->addAction(m_copyAsCode);
}

void RequestWorkspace::addToMenus()
{
    QMenuBar *bar = m_window->menuBar();
    QMenu *request = menuNamed(bar, QStringLiteral("requestMenu"));
    QMenu *view = menuNamed(bar, QStringLiteral("viewMenu"));
    QMenu *edit = menuNamed(bar, QStringLiteral("editMenu"));
    // The menus the window lacks are made here, and named here in every language.
    if (!edit) {
        edit = new QMenu(bar);
        edit->setObjectName(QStringLiteral("editMenu"));
        bar->insertMenu(request ? request->menuAction() : nullptr, edit);
        retranslateWith(edit, m_window, [edit] { edit->setTitle(tr("&Edit")); });
    }
    edit->addAction(m_pasteCurl);
    if (!request) {
        request = bar->addMenu(QString());
        request->setObjectName(QStringLiteral("requestMenu"));
        retranslateWith(request, m_window, [request] { request->setTitle(tr("&Request")); });
    }
    request->addSeparator();
    request->addAction(m_saveRequest);
    request->addMenu(m_copyAsMenu);
    request->addAction(m_pasteCurl);
    if (!view) {
        view = bar->addMenu(QString());
        view->setObjectName(QStringLiteral("viewMenu"));
        retranslateWith(view, m_window, [view] { view->setTitle(tr("&View")); });
    }
    view->addSeparator();
    view->addAction(m_historyToggle);
    view->addAction(m_collectionsToggle);
}

void RequestWorkspace::retranslateUi()
{
    retranslateDocks();
    updateStorageNotice();
    m_historyToggle->setText(tr("&History"));
    m_historyToggle->setStatusTip(tr("Show or hide every request sent so far"));
    m_collectionsToggle->setText(tr("C&ollections"));
    m_collectionsToggle->setStatusTip(tr("Show or hide the saved requests"));
    m_saveRequest->setText(tr("Sa&ve Request…"));
    m_saveRequest->setStatusTip(tr("Save the current request by name into a collection"));
    m_pasteCurl->setText(tr("&Paste cURL as New Tab"));
    m_pasteCurl->setStatusTip(tr("Open the cURL command on the clipboard in a new request tab"));
    m_copyAsMenu->setTitle(tr("Copy &as"));
    for (auto it = m_copyAs.cbegin(); it != m_copyAs.cend(); ++it)
        it.value()->setStatusTip(tr("Copy the current request as %1, without secrets")
                                     .arg(CodeExporter::languageName(CodeLanguage(it.key()))));
    m_copyAsCode->setText(tr("Copy as &Code…"));
}

void RequestWorkspace::retranslateDocks()
{
    if (m_historyDock)
        m_historyDock->setWindowTitle(tr("History"));
    if (m_collectionsDock)
        m_collectionsDock->setWindowTitle(tr("Collections"));
}

// --- tabs and drafts --------------------------------------------------------------------------------

QString RequestWorkspace::tabIdOf(const RequestPage *page) const
{
    return page ? page->property(TabIdProperty).toString() : QString();
}

QString RequestWorkspace::tabOrderFile() const
{
    return m_drafts.directory() + QStringLiteral("/tabs.json");
}

void RequestWorkspace::onPageOpened(RequestPage *page)
{
    const QString id =
        m_nextTabId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : m_nextTabId;
    m_nextTabId.clear();
    page->setProperty(TabIdProperty, id);
    connect(page->editor(), &RequestEditor::edited, this, [this, page] { scheduleSave(page); });
    connect(page, &RequestPage::titleChanged, this, [this, page] { scheduleSave(page); });
    connect(page, &QObject::destroyed, this, [this, page] { m_dirty.remove(page); });
    connect(page, &RequestPage::requestFinished, this,
            [this](const ApiRequest &request, const ApiResponse &response, const QString &errorCode) {
                rememberSecrets();
                m_history.record(request, m_shell->connection()->baseUrl().toString(), response, errorCode);
            });
    if (!m_restoring)
        scheduleSave(page);
}

void RequestWorkspace::onPageClosed(RequestPage *page)
{
    m_dirty.remove(page);
    const QString id = tabIdOf(page);
    if (!id.isEmpty()) {
        DraftStore store = m_drafts;
        m_draftIo.start([store, id]() mutable { store.remove(id); });
    }
    scheduleOrder();
}

void RequestWorkspace::scheduleSave(RequestPage *page)
{
    if (m_restoring)
        return;
    m_dirty.insert(page);
    m_orderDirty = true;
    armDraftTimer();
}

void RequestWorkspace::scheduleOrder()
{
    if (m_restoring)
        return;
    m_orderDirty = true;
    armDraftTimer();
}

void RequestWorkspace::armDraftTimer()
{
    // Debounced, so a burst of keys is one write; but a user who keeps typing (the timer restarting
    // on every key) must not lose everything to a crash: at the latest DraftMaxWaitMs after the first
    // unsaved edit the drafts are written whatever comes next.
    const qint64 now = m_nowMs();
    if (m_firstUnsavedAt < 0)
        m_firstUnsavedAt = now;
    const qint64 left = DraftMaxWaitMs - (now - m_firstUnsavedAt);
    m_draftTimer.start(int(std::clamp<qint64>(left, 0, DraftDelayMs)));
}

void RequestWorkspace::flushDrafts()
{
    m_draftTimer.stop();
    m_firstUnsavedAt = -1;
    const QSet<RequestPage *> dirty = std::exchange(m_dirty, {});
    QTabWidget *tabs = m_shell->requestTabs();
    for (RequestPage *page : dirty) {
        if (tabs->indexOf(page) >= 0)
            saveDraft(page);
    }
    if (std::exchange(m_orderDirty, false))
        writeTabOrder();
}

void RequestWorkspace::saveDraft(RequestPage *page)
{
    Draft draft;
    draft.tabId = tabIdOf(page);
    draft.title = page->title();
    draft.baseUrl = m_shell->connection()->baseUrl().toString();
    draft.extra.insert(PristineKey, page->isPristine());
    const RequestDraft editor = page->editor()->draft();
    // Redacting and writing a big body takes time: the worker does it, with its own copy of the store.
    DraftStore store = m_drafts;
    const QPointer<RequestWorkspace> self(this);
    m_draftIo.start([store, draft, editor, self]() mutable {
        draft.request = editor.toApiRequest();
        draft.extra.insert(EditorKey,
                           requestDraftToJson(editor, store.redactor(), SecretHeaderRows::KeptNamed));
        const bool ok = store.save(draft);
        const QString error = ok ? QString() : store.lastError();
        QMetaObject::invokeMethod(qApp, [self, ok, error] {
            if (self)
                self->reportWrite(Storage::Drafts, ok, error);
        });
    });
}

void RequestWorkspace::waitForDrafts()
{
    m_draftIo.waitForDone();
}

void RequestWorkspace::writeTabOrder()
{
    QTabWidget *tabs = m_shell->requestTabs();
    QJsonArray order;
    for (int i = 0; i < tabs->count(); ++i) {
        const QString id = tabIdOf(m_shell->pageAt(i));
        if (!id.isEmpty())
            order.append(id);
    }
    QJsonObject root;
    root.insert(QStringLiteral("order"), order);
    root.insert(QStringLiteral("current"), tabs->currentIndex());
    QDir().mkpath(m_drafts.directory());
    QSaveFile file(tabOrderFile());
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
        if (file.commit())
            return;
    }
    reportWrite(Storage::Drafts, false, file.errorString());
}

void RequestWorkspace::reportWrite(Storage storage, bool ok, const QString &error)
{
    QString &current = storage == Storage::History ? m_historyError : m_draftError;
    if (ok) {
        if (!current.isEmpty())
            qInfo("%s are written again", storage == Storage::History ? "History entries" : "Drafts");
        current.clear();
    } else {
        // The reason may be empty for an odd failure: the notice must show all the same.
        current = error.isEmpty() ? tr("unknown error") : error;
        if (storage == Storage::History)
            qWarning("The history could not be written to %s: %s", qPrintable(m_history.filePath()),
                     qPrintable(current));
        else
            qWarning("A draft could not be written to %s: %s", qPrintable(m_drafts.directory()),
                     qPrintable(current));
    }
    updateStorageNotice();
}

void RequestWorkspace::updateStorageNotice()
{
    QStringList lines;
    if (!m_historyError.isEmpty())
        lines << tr("The history could not be saved: %1").arg(m_historyError);
    if (!m_draftError.isEmpty())
        lines << tr("The draft could not be saved: %1").arg(m_draftError);
    m_storageNotice->setText(lines.join(QStringLiteral(" · ")));
    m_storageNotice->setToolTip(
        tr("The notice goes away once a write of the same kind succeeds. The log has the details."));
    m_storageNotice->setVisible(!lines.isEmpty());
}

RequestDraft RequestWorkspace::draftFromStored(const ApiRequest &request, const QJsonObject &extra,
                                               bool *pristine) const
{
    if (pristine)
        *pristine = extra.value(PristineKey).toBool(false);
    if (const auto editor = requestDraftFromJson(extra.value(EditorKey).toObject()))
        return *editor;
    ApiRequest plain = request;
    plain.headers = Redactor::withoutMaskedSecrets(plain.headers);
    return requestDraftFromApiRequest(plain);
}

bool RequestWorkspace::restoreTabs()
{
    QList<Draft> drafts = m_drafts.loadAll();
    if (!m_drafts.corruptFiles().isEmpty())
        m_window->statusBar()->showMessage(tr("%n draft(s) could not be read and were set aside.", nullptr,
                                              int(m_drafts.corruptFiles().size())),
                                           15000);
    if (drafts.isEmpty())
        return false;

    QStringList order;
    int current = -1;
    QFile file(tabOrderFile());
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        for (const QJsonValue &id : root.value(QStringLiteral("order")).toArray())
            order.append(id.toString());
        current = root.value(QStringLiteral("current")).toInt(-1);
    }
    // Tabs in their saved order; drafts the order does not know (written just before a crash) after
    // them, oldest first.
    std::stable_sort(drafts.begin(), drafts.end(), [&order](const Draft &a, const Draft &b) {
        const auto rank = [&order](const Draft &d) {
            const qsizetype at = order.indexOf(d.tabId);
            return at < 0 ? std::numeric_limits<qsizetype>::max() : at;
        };
        return rank(a) < rank(b);
    });

    m_restoring = true;
    for (const Draft &draft : std::as_const(drafts)) {
        bool pristine = false;
        const RequestDraft editor = draftFromStored(draft.request, draft.extra, &pristine);
        m_nextTabId = draft.tabId;
        RequestPage *page = m_shell->newTabForRequest();
        m_nextTabId.clear();
        page->load(editor, pristine);
    }
    QTabWidget *tabs = m_shell->requestTabs();
    if (current >= 0 && current < tabs->count())
        tabs->setCurrentIndex(current);
    m_restoring = false;
    if (RequestPage *page = m_shell->currentPage())
        page->editor()->pathEdit()->setFocus();
    return true;
}

bool RequestWorkspace::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close) {
        flushDrafts();
        waitForDrafts();
    }
    return QObject::eventFilter(watched, event);
}

RequestPage *RequestWorkspace::openInNewTab(const RequestDraft &draft, bool pristine)
{
    RequestPage *page = m_shell->newTabForRequest();
    page->load(draft, pristine);
    return page;
}

// --- history ----------------------------------------------------------------------------------------

bool RequestWorkspace::reopenHistoryEntry(const QString &entryId)
{
    const auto entry = m_history.entry(entryId);
    if (!entry)
        return false;
    openInNewTab(requestDraftFromApiRequest(entry->requestToReopen()));
    const QString current = m_shell->connection()->baseUrl().toString();
    if (!entry->baseUrl.isEmpty() && entry->baseUrl != current)
        m_window->statusBar()->showMessage(
            tr("Reopened a request first sent to %1; it will be sent to %2.").arg(entry->baseUrl, current),
            10000);
    return true;
}

// --- collections ------------------------------------------------------------------------------------

SaveRequestDialog *RequestWorkspace::showSaveRequestDialog()
{
    RequestPage *page = m_shell->currentPage();
    if (!page)
        return nullptr;
    if (m_saveDialog && m_saveDialog->isVisible()) {
        m_saveDialog->raise();
        return m_saveDialog;
    }
    // A tab opened from the collection offers its own name and folder, so Ctrl+S then Enter updates it.
    QString name = page->title();
    QString folder = m_lastFolder;
    if (const auto saved = m_collections.request(page->property(SavedIdProperty).toString())) {
        name = saved->name;
        folder = saved->folder;
    }
    auto *dialog = new SaveRequestDialog(name, m_collections.folders(), folder, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<RequestPage> target(page);
    connect(dialog, &QDialog::accepted, this, [this, dialog, target] {
        if (target)
            savePage(target, dialog->name(), dialog->folder());
    });
    m_saveDialog = dialog;
    dialog->open();
    return dialog;
}

bool RequestWorkspace::saveCurrentRequest(const QString &name, const QString &folder)
{
    return savePage(m_shell->currentPage(), name, folder);
}

bool RequestWorkspace::savePage(RequestPage *page, const QString &name, const QString &folder)
{
    if (!page || name.trimmed().isEmpty())
        return false;
    rememberSecrets();
    const RequestDraft editor = page->editor()->draft();
    QJsonObject extra;
    extra.insert(EditorKey, requestDraftToJson(editor, m_collections.redactor()));
    const SavedRequest saved = m_collections.save(name, folder, editor.toApiRequest(), extra,
                                                  m_shell->connection()->baseUrl().toString());
    m_lastFolder = saved.folder;
    page->setProperty(SavedIdProperty, saved.id);
    if (!m_collections.lastError().isEmpty()) {
        m_window->statusBar()->showMessage(
            tr("The request could not be saved: %1").arg(m_collections.lastError()), 10000);
        return false;
    }
    collectionsDock()->show();
    m_collectionsPanel->view()->setCurrentIndex(m_collectionsPanel->model()->requestIndex(saved.id));
    m_window->statusBar()->showMessage(saved.folder.isEmpty()
                                           ? tr("Saved “%1”.").arg(saved.name)
                                           : tr("Saved “%1” in %2.").arg(saved.name, saved.folder),
                                       5000);
    return true;
}

bool RequestWorkspace::openSavedRequest(const QString &requestId)
{
    const auto saved = m_collections.request(requestId);
    if (!saved)
        return false;
    RequestPage *page = openInNewTab(draftFromStored(saved->request, saved->extra, nullptr), true);
    page->setProperty(SavedIdProperty, saved->id);
    // An imported collection's {{variables}} (its folder's, then the folders above) resolve the request,
    // after the profile's own.
    if (!saved->folder.isEmpty())
        page->setCollectionVariables(tr("collection %1").arg(saved->folder),
                                     m_collections.folderVariables(saved->folder));
    return true;
}

// --- copy as code, paste cURL -----------------------------------------------------------------------

void RequestWorkspace::copyCurrentAs(CodeLanguage language)
{
    RequestPage *page = m_shell->currentPage();
    if (!page)
        return;
    // The session's token is handed over (secrets not included) so the exporter can mask it wherever
    // the user pasted it: a header, a query value or the body.
    CodeExportOptions options;
    options.bearerToken = m_shell->connection()->session()->accessToken();
    options.variables = page->variableScope(); // {{names}} resolved as Send would
    const QString code = CodeExporter::toCode(language, page->editor()->draft().toApiRequest(),
                                              m_shell->connection()->baseUrl().toString(), options);
    QApplication::clipboard()->setText(code);
    m_window->statusBar()->showMessage(
        tr("Copied as %1. The code reads the token from $%2.")
            .arg(CodeExporter::languageName(language), CodeExporter::tokenVariable()),
        5000);
}

CopyAsCodeDialog *RequestWorkspace::showCopyAsCodeDialog(CodeLanguage language)
{
    RequestPage *page = m_shell->currentPage();
    if (!page)
        return nullptr;
    if (m_codeDialog)
        m_codeDialog->close();
    auto *dialog = new CopyAsCodeDialog(page->editor()->draft().toApiRequest(),
                                        m_shell->connection()->baseUrl().toString(),
                                        m_shell->connection()->session()->accessToken(), language, m_window);
    dialog->setVariables(page->variableScope()); // {{names}} as the tab resolves them
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_codeDialog = dialog;
    dialog->open();
    return dialog;
}

bool RequestWorkspace::pasteCurlFromClipboard()
{
    const QString text = QApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        showMessage(QMessageBox::Information, tr("Paste cURL"),
                    tr("The clipboard holds no text. Copy a cURL command first."));
        return false;
    }
    return pasteCurlCommand(text);
}

bool RequestWorkspace::pasteCurlCommand(const QString &command)
{
    const PastedCurls pasted = pasteCurls(command, m_shell->connection()->baseUrl());
    if (!pasted.ok) {
        showMessage(QMessageBox::Warning, tr("Paste cURL"),
                    tr("The clipboard's text could not be read as a cURL command: %1").arg(pasted.error));
        return false;
    }
    // One tab per request (--next, several URLs, several pasted commands), in order.
    QStringList notes;
    for (const PastedCurl &request : pasted.requests) {
        openInNewTab(request.draft, false);
        for (const QString &note : request.notes)
            notes << (pasted.requests.size() > 1 ? tr("%1: %2").arg(request.title, note) : note);
    }
    const int count = int(pasted.requests.size());
    if (!notes.isEmpty())
        showMessage(QMessageBox::Information, tr("Paste cURL"),
                    tr("The command was opened in %n new tab(s). Some of it could not be carried over:",
                       nullptr, count),
                    notes);
    else
        m_window->statusBar()->showMessage(
            tr("The cURL command was opened in %n new tab(s).", nullptr, count), 5000);
    return true;
}

void RequestWorkspace::showMessage(int icon, const QString &title, const QString &text,
                                   const QStringList &details)
{
    if (m_message)
        m_message->close();
    QString body = text;
    for (const QString &detail : details)
        body += QStringLiteral("\n• ") + detail;
    auto *box = new QMessageBox(QMessageBox::Icon(icon), title, body, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("workspaceMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_message = box;
    box->open();
}

} // namespace cx::gui
