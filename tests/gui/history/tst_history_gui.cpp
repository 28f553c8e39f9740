// History, drafts, collections and the Timing tab as a user meets them: every sent request listed
// (newest first, searchable, reopened by double-click or Enter, still there after the window is
// re-created, stored without secrets); typed edits saved as drafts that come back in the same tabs —
// also after the process is killed with SIGKILL; requests saved by name into folders, reopened,
// renamed, deleted and kept across restarts. The docks, the Edit menu and the Timing tab follow a
// language switch made while they are open, keeping what they show.
//
// The crash test re-runs this binary as a child ("--draft-child"): it opens the window, types a path
// and a body, waits for the draft file, says READY and waits to be killed.
#include "GuiTestBase.h"
#include "UntranslatedScan.h"
#include "compare/CompareController.h"
#include "compare/ResponseDiffDialog.h"
#include "history/CollectionStore.h"
#include "history/CollectionTreeModel.h"
#include "history/CollectionsPanel.h"
#include "history/HistoryListModel.h"
#include "history/HistoryPanel.h"
#include "history/HistoryStore.h"
#include "history/RequestWorkspace.h"
#include "history/SaveRequestDialog.h"
#include "logging/LogFile.h"
#include "request/BodyEditor.h"
#include "request/ParamTable.h"
#include "request/PathParamsForm.h"
#include "request/RequestDraftJson.h"
#include "request/RequestEditor.h"
#include "response/ResponseTimingView.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>
#include <cstdio>

using namespace cx;
using namespace cx::gui;

namespace {
const QString CanaryKey = QStringLiteral("CANARY-history-5c81e2");
const QString ChildBody = QStringLiteral("{\"name\": \"typed in the child\"}");
const QString ChildPath = QStringLiteral("/api/folders/child-draft");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestHistoryGui : public cx::test::GuiTestBase
{
    Q_OBJECT
public:
    // The child of draftSurvivesSigkill: never returns normally; killed by the parent.
    int runDraftChild();

private slots:
    void initTestCase() { setUpEnvironment(); }
    void init() { openWindow(); }
    void cleanup()
    {
        destroyWindow();
        m_keepDrafts = false;
        if (std::exchange(m_switchedLanguage, false))
            test::switchLanguageNow(QStringLiteral("en"));
    }

    void historyListsSentRequestsNewestFirst();
    void compareIsOfferedWhileAResponseIsStillBeingWritten();
    void ctrlHTogglesTheHistoryAndItIsInTheViewMenu();
    void searchFiltersTheHistory();
    void doubleClickAndEnterReopenInANewTab();
    void historySurvivesWindowRecreationWithoutSecrets();
    void timingTabShowsTotalSizeRedirectsAndFinalUrl();
    void draftsRestoreTabsInOrderWithSelection();
    void closingATabRemovesItsDraft();
    void restoredDraftIsNotReplacedByAnEndpointClick();
    void draftSurvivesSigkill();
    void saveRequestIntoAFolderAndReopen();
    void collectionsRenameDeleteAndPersist();
    void historyModelIsBoundedNewestFirstAndFilters();
    void requestDraftJsonKeepsNoSecretsAndRoundTrips();
    void collectionTreeModelShowsFoldersThenLooseRequests();
    void docksMenusAndTimingFollowALanguageSwitch();
    void saveRequestDialogFollowsALanguageSwitch();
    void draftsAreSavedWhileTheUserKeepsTyping();
    void failedWritesAreLoggedAndShownUntilOneSucceeds();

private:
    HistoryPanel *historyPanel() const { return window()->workspace()->historyPanel(); }
    RequestWorkspace *workspace() const { return window()->workspace(); }
    bool send(const QByteArray &method, const QString &path, const QString &filter = {});
    void typePath(const QString &path);
    // Room for the endpoint tree whatever docks the saved window state shows.
    void openWindow()
    {
        createWindow();
        if (m_window)
            m_window->resize(1400, 1000);
    }
    QString pathAt(int tab) const { return window()->pageAt(tab)->editor()->pathEdit()->text(); }
    bool m_switchedLanguage = false;
};

bool TestHistoryGui::send(const QByteArray &method, const QString &path, const QString &filter)
{
    return clickEndpoint(method, path, filter) && sendWithKeyboard();
}

void TestHistoryGui::typePath(const QString &path)
{
    QLineEdit *edit = page()->editor()->pathEdit();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, path);
}

void TestHistoryGui::historyListsSentRequestsNewestFirst()
{
    QVERIFY(waitSignedIn());
    HistoryListModel *model = historyPanel()->model();
    const int before = model->rowCount();
    QVERIFY(send("GET", QStringLiteral("/api/templates")));
    QTRY_COMPARE(model->rowCount(), before + 1);
    auto cell = [model](int row, int column) { return model->index(row, column).data().toString(); };
    QCOMPARE(cell(0, HistoryListModel::MethodColumn), QStringLiteral("GET"));
    QCOMPARE(cell(0, HistoryListModel::PathColumn), QStringLiteral("/api/templates"));
    QCOMPARE(cell(0, HistoryListModel::StatusColumn), QStringLiteral("200"));
    QVERIFY(!cell(0, HistoryListModel::TimeColumn).isEmpty());
    QVERIFY(cell(0, HistoryListModel::ErrorColumn).isEmpty());

    // A failure is listed too, with its decided error code, on top.
    QVERIFY(clickEndpoint("GET", QStringLiteral("/api/templates/{id}"), QStringLiteral("templates")));
    QTest::keyClicks(page()->editor()->pathParams()->editFor(QStringLiteral("id")), QStringLiteral("999999"));
    QVERIFY(sendWithKeyboard());
    QTRY_COMPARE(model->rowCount(), before + 2);
    QCOMPARE(cell(0, HistoryListModel::PathColumn), QStringLiteral("/api/templates/999999"));
    QCOMPARE(cell(0, HistoryListModel::StatusColumn), QStringLiteral("404"));
    QCOMPARE(cell(0, HistoryListModel::ErrorColumn), QStringLiteral("not_found"));
    QCOMPARE(cell(1, HistoryListModel::PathColumn), QStringLiteral("/api/templates"));
}

void TestHistoryGui::compareIsOfferedWhileAResponseIsStillBeingWritten()
{
    QVERIFY(waitSignedIn());
    HistoryStore *store = workspace()->historyStore();
    QVERIFY(send("GET", QStringLiteral("/api/templates")));
    QTRY_VERIFY(!store->entries().isEmpty() && store->isResponseKept(store->entries().constLast().id));
    const QString older = store->entries().constLast().id;

    // The next response's sidecar is held on the writer thread.
    QSemaphore entered, release;
    store->setWriterGate([&] {
        entered.release();
        release.tryAcquire(1, 10000);
    });
    auto ungate = qScopeGuard([&] {
        release.release(10);
        store->setWriterGate({});
    });
    QVERIFY(send("GET", QStringLiteral("/api/templates/tags")));
    QVERIFY(entered.tryAcquire(1, 10000));
    const QString newer = store->entries().constLast().id;
    QVERIFY(newer != older);
    QVERIFY(store->isResponsePending(newer));

    HistoryPanel *panel = historyPanel();
    QTreeView *view = panel->view();
    QTRY_VERIFY(view->model()->rowCount() >= 2);
    view->selectionModel()->select(view->model()->index(0, 0),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->selectionModel()->select(view->model()->index(1, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(panel->selectedIds(), (QStringList{newer, older}));
    // Offered at once; the comparison reads the held response once it is written, off the UI thread.
    QVERIFY(panel->compareButton()->isEnabled());
    QSignalSpy asked(panel, &HistoryPanel::compareRequested);
    QElapsedTimer clicked;
    clicked.start();
    QTest::mouseClick(panel->compareButton(), Qt::LeftButton);
    QVERIFY2(clicked.elapsed() < 2000, "the UI thread waited for the history's write");
    QCOMPARE(asked.count(), 1);
    auto *compare = window()->findChild<CompareController *>();
    QVERIFY(compare);
    QTest::qWait(100);
    QVERIFY(!compare->diffDialog() || compare->diffDialog()->changes().isEmpty());
    release.release();
    QTRY_VERIFY_WITH_TIMEOUT(compare->diffDialog() && !compare->diffDialog()->changes().isEmpty(), 10000);
    QVERIFY(compare->diffDialog()->labelB()->text().contains(QStringLiteral("/api/templates/tags")));
}

void TestHistoryGui::ctrlHTogglesTheHistoryAndItIsInTheViewMenu()
{
    QDockWidget *dock = workspace()->historyDock();
    dock->hide(); // the saved window state may show it

    QTest::keyClick(window(), Qt::Key_H, Qt::ControlModifier);
    QTRY_VERIFY(dock->isVisible());
    QTRY_VERIFY(historyPanel()->searchEdit()->hasFocus());
    QTest::keyClick(window(), Qt::Key_H, Qt::ControlModifier);
    QTRY_VERIFY(!dock->isVisible());

    QMenu *view = window()->menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
    QVERIFY(view);
    QVERIFY(view->actions().contains(workspace()->historyAction()));
    QVERIFY(view->actions().contains(workspace()->collectionsAction()));
    QCOMPARE(workspace()->historyAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_H));
}

void TestHistoryGui::searchFiltersTheHistory()
{
    QVERIFY(waitSignedIn());
    workspace()->historyStore()->clear();
    QVERIFY(send("GET", QStringLiteral("/api/templates")));
    QVERIFY(send("GET", QStringLiteral("/api/assets")));
    QVERIFY(clickEndpoint("GET", QStringLiteral("/api/templates/{id}"), QStringLiteral("templates")));
    QTest::keyClicks(page()->editor()->pathParams()->editFor(QStringLiteral("id")), QStringLiteral("424242"));
    QVERIFY(sendWithKeyboard());

    workspace()->historyDock()->hide();
    QTest::keyClick(window(), Qt::Key_H, Qt::ControlModifier);
    QLineEdit *search = historyPanel()->searchEdit();
    QTRY_VERIFY(search->hasFocus());
    const QAbstractItemModel *shown = historyPanel()->view()->model();
    QTRY_COMPARE(shown->rowCount(), 3);

    QTest::keyClicks(search, QStringLiteral("templates"));
    QCOMPARE(shown->rowCount(), 2);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("NOT_FOUND"));
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, HistoryListModel::PathColumn).data().toString(),
             QStringLiteral("/api/templates/424242"));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("200 assets"));
    QCOMPARE(shown->rowCount(), 1);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("nothing-like-this"));
    QCOMPARE(shown->rowCount(), 0);
    search->clear();
    QCOMPARE(shown->rowCount(), 3);
}

void TestHistoryGui::doubleClickAndEnterReopenInANewTab()
{
    QVERIFY(waitSignedIn());
    QVERIFY(send("GET", QStringLiteral("/api/assets")));
    workspace()->historyDock()->show();
    QTreeView *view = historyPanel()->view();
    QTRY_VERIFY(view->isVisible());
    QTRY_VERIFY(view->model()->rowCount() > 0);
    QTabWidget *tabs = window()->requestTabs();
    const int before = tabs->count();

    const QModelIndex first = view->model()->index(0, HistoryListModel::PathColumn);
    view->scrollTo(first);
    const QPoint at = view->visualRect(first).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(tabs->count(), before + 1);
    QCOMPARE(tabs->currentIndex(), before);
    QCOMPARE(page()->editor()->methodCombo()->currentText(), QStringLiteral("GET"));
    QCOMPARE(page()->editor()->pathEdit()->text(), QStringLiteral("/api/assets"));

    view->setFocus();
    view->setCurrentIndex(first);
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_COMPARE(tabs->count(), before + 2);
    QCOMPARE(page()->editor()->pathEdit()->text(), QStringLiteral("/api/assets"));
    // And the reopened request sends with the session's token.
    QVERIFY(sendWithKeyboard());
    QVERIFY2(statusText().startsWith(QStringLiteral("200")), qPrintable(statusText()));
}

void TestHistoryGui::historySurvivesWindowRecreationWithoutSecrets()
{
    QVERIFY(waitSignedIn());
    const QByteArray token = session()->accessToken();
    QVERIFY(!token.isEmpty());
    QVERIFY(clickEndpoint("GET", QStringLiteral("/api/templates")));
    // A secret the user typed into a header, and one in the query: neither may reach the file.
    page()->editor()->headerTable()->setRows(
        {ParamRow{true, QStringLiteral("X-Api-Key"), CanaryKey, {}, false}});
    page()->editor()->queryTable()->setRows(
        {ParamRow{true, QStringLiteral("access_token"), CanaryKey + QStringLiteral("-q"), {}, false}});
    QVERIFY(sendWithKeyboard());
    QTRY_VERIFY(workspace()->historyStore()->count() > 0);
    const QString path = workspace()->historyStore()->filePath();
    const QByteArray clientSecret = m_connection->profile().clientSecret.toLatin1();
    QVERIFY(!clientSecret.isEmpty());

    destroyWindow();
    const QByteArray file = readAll(path);
    QVERIFY(file.contains("/api/templates"));
    QVERIFY2(!file.contains(CanaryKey.toLatin1()), file.constData());
    QVERIFY(!file.contains(token));
    QVERIFY(!file.contains(clientSecret));

    openWindow();
    HistoryListModel *model = historyPanel()->model();
    QVERIFY(model->rowCount() > 0);
    QCOMPARE(model->index(0, HistoryListModel::PathColumn).data().toString(),
             QStringLiteral("/api/templates"));
    QCOMPARE(model->index(0, HistoryListModel::StatusColumn).data().toString(), QStringLiteral("200"));
    QVERIFY(waitSignedIn());
    const int before = window()->requestTabs()->count();
    QVERIFY(workspace()->reopenHistoryEntry(model->entryAt(0).id));
    QCOMPARE(window()->requestTabs()->count(), before + 1);
    QCOMPARE(page()->editor()->pathEdit()->text(), QStringLiteral("/api/templates"));
    QVERIFY(sendWithKeyboard());
    QVERIFY2(statusText().startsWith(QStringLiteral("200")), qPrintable(statusText()));
}

void TestHistoryGui::timingTabShowsTotalSizeRedirectsAndFinalUrl()
{
    QVERIFY(waitSignedIn());
    QVERIFY(send("GET", QStringLiteral("/api/templates")));
    ResponseView *response = page()->responseView();
    QCOMPARE(response->tabs()->tabText(ResponseView::TimingTab), QStringLiteral("Timing"));
    response->tabs()->setCurrentIndex(ResponseView::TimingTab);
    ResponseTimingView *timing = response->timingView();
    QVERIFY(timing->isVisible());
    QVERIFY2(timing->totalLabel()->text().endsWith(QStringLiteral(" ms")),
             qPrintable(timing->totalLabel()->text()));
    QVERIFY2(timing->sizeLabel()->text().contains(QStringLiteral("bytes")),
             qPrintable(timing->sizeLabel()->text()));
    QCOMPARE(timing->redirectsLabel()->text(), QStringLiteral("0"));
    QVERIFY2(timing->finalUrlLabel()->text().startsWith(
                 m_connection->baseUrl().toString(QUrl::StripTrailingSlash)),
             qPrintable(timing->finalUrlLabel()->text()));
    QVERIFY(timing->finalUrlLabel()->text().endsWith(QStringLiteral("/api/templates")));
    QCOMPARE(timing->outcomeLabel()->text(), QStringLiteral("HTTP 200"));
}

void TestHistoryGui::draftsRestoreTabsInOrderWithSelection()
{
    m_keepDrafts = true;
    QTabWidget *tabs = window()->requestTabs();
    QCOMPARE(tabs->count(), 1);
    typePath(QStringLiteral("/api/first"));
    window()->newTab();
    typePath(QStringLiteral("/api/second"));
    QTest::keyClicks(page()->editor()->bodyEditor()->editor(), QStringLiteral("{\"b\": 2}"));
    window()->newTab();
    typePath(QStringLiteral("/api/third"));
    tabs->setCurrentIndex(1);
    // Saved 500 ms after the last edit, without closing anything.
    QTRY_COMPARE_WITH_TIMEOUT(workspace()->draftStore()->loadAll().size(), 3, 3000);

    destroyWindow();
    openWindow();
    tabs = window()->requestTabs();
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(pathAt(0), QStringLiteral("/api/first"));
    QCOMPARE(pathAt(1), QStringLiteral("/api/second"));
    QCOMPARE(pathAt(2), QStringLiteral("/api/third"));
    QCOMPARE(tabs->currentIndex(), 1);
    QCOMPARE(page()->editor()->bodyEditor()->text(), QStringLiteral("{\"b\": 2}"));
    QCOMPARE(tabs->tabText(0), QStringLiteral("GET /api/first"));

    // Moving a tab is remembered too.
    tabs->tabBar()->moveTab(2, 0);
    destroyWindow();
    openWindow();
    QCOMPARE(pathAt(0), QStringLiteral("/api/third"));
    QCOMPARE(pathAt(1), QStringLiteral("/api/first"));
}

void TestHistoryGui::closingATabRemovesItsDraft()
{
    m_keepDrafts = true;
    typePath(QStringLiteral("/api/keep"));
    window()->newTab();
    typePath(QStringLiteral("/api/close-me"));
    const QString closing = workspace()->tabIdOf(page());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(workspace()->draftStore()->fileFor(closing)), 3000);
    QTest::keyClick(window(), Qt::Key_W, Qt::ControlModifier);
    QTRY_VERIFY(!QFile::exists(workspace()->draftStore()->fileFor(closing)));
    QVERIFY(!workspace()->draftStore()->load(closing).has_value());

    destroyWindow();
    openWindow();
    QCOMPARE(window()->requestTabs()->count(), 1);
    QCOMPARE(pathAt(0), QStringLiteral("/api/keep"));
}

void TestHistoryGui::restoredDraftIsNotReplacedByAnEndpointClick()
{
    m_keepDrafts = true;
    typePath(QStringLiteral("/api/typed-by-hand"));
    destroyWindow();
    openWindow();
    QCOMPARE(pathAt(0), QStringLiteral("/api/typed-by-hand"));
    QVERIFY(clickEndpoint("GET", QStringLiteral("/api/templates")));
    QCOMPARE(window()->requestTabs()->count(), 2);
    QCOMPARE(pathAt(0), QStringLiteral("/api/typed-by-hand"));
}

int TestHistoryGui::runDraftChild()
{
    // Same HOME and settings as the parent (inherited environment), same AppDataLocation.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ConnectExplorerGuiTests"));
    QCoreApplication::setApplicationName(QStringLiteral("Connect Explorer"));
    m_keepDrafts = true;
    openWindow();
    if (!m_window) {
        std::fprintf(stderr, "child: no window\n");
        return 3;
    }
    typePath(ChildPath);
    QTest::keyClicks(page()->editor()->bodyEditor()->editor(), ChildBody);
    const bool written = QTest::qWaitFor(
        [] {
            DraftStore store;
            for (const Draft &draft : store.loadAll()) {
                const auto editor =
                    requestDraftFromJson(draft.extra.value(QStringLiteral("editor")).toObject());
                if (editor && editor->pathTemplate == ChildPath && editor->body == ChildBody)
                    return true;
            }
            return false;
        },
        10000);
    if (!written) {
        std::fprintf(stderr, "child: the draft was never written\n");
        return 4;
    }
    std::printf("READY\n");
    std::fflush(stdout);
    // Keep typing-like activity going until the parent kills us mid-flight.
    for (;;)
        QTest::qWait(1000);
}

void TestHistoryGui::draftSurvivesSigkill()
{
    destroyWindow();
    QDir(DraftStore::defaultDirectory()).removeRecursively();

    QProcess child;
    child.setProgram(QCoreApplication::applicationFilePath());
    child.setArguments({QStringLiteral("--draft-child")});
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start();
    QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (!out.contains("READY") && child.state() == QProcess::Running && timer.elapsed() < 30000) {
        child.waitForReadyRead(500);
        out += child.readAllStandardOutput();
    }
    QVERIFY2(out.contains("READY"), (out + child.readAllStandardError()).constData());
    child.kill(); // SIGKILL: no close event, no flush, no destructor
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    m_keepDrafts = true;
    openWindow();
    QTabWidget *tabs = window()->requestTabs();
    QCOMPARE(tabs->count(), 1);
    QCOMPARE(pathAt(0), ChildPath);
    QCOMPARE(page()->editor()->bodyEditor()->text(), ChildBody);
}

void TestHistoryGui::saveRequestIntoAFolderAndReopen()
{
    QVERIFY(waitSignedIn());
    QVERIFY(clickEndpoint("GET", QStringLiteral("/api/templates")));
    page()->editor()->headerTable()->setRows(
        {ParamRow{true, QStringLiteral("Authorization"), QStringLiteral("Bearer ") + CanaryKey, {}, false},
         ParamRow{true, QStringLiteral("X-Trace"), QStringLiteral("saved"), {}, false}});
    QTest::keyClick(window(), Qt::Key_S, Qt::ControlModifier);
    SaveRequestDialog *dialog = window()->findChild<SaveRequestDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("GET /api/templates"));
    dialog->nameEdit()->clear();
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("All templates"));
    dialog->folderCombo()->setCurrentText(QStringLiteral("Demo"));
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);

    CollectionsPanel *panel = workspace()->collectionsPanel();
    QTRY_VERIFY(workspace()->collectionsDock()->isVisible());
    CollectionTreeModel *model = panel->model();
    const QModelIndex folder = model->folderIndex(QStringLiteral("Demo"));
    QVERIFY(folder.isValid());
    QCOMPARE(model->rowCount(folder), 1);
    const QModelIndex saved = model->index(0, 0, folder);
    QCOMPARE(saved.data(Qt::EditRole).toString(), QStringLiteral("All templates"));
    const QByteArray file = readAll(workspace()->collectionStore()->filePath());
    QVERIFY(file.contains("All templates"));
    QVERIFY2(!file.contains(CanaryKey.toLatin1()), file.constData());
    QVERIFY(!file.contains(session()->accessToken()));

    // Double-click opens it in a new tab, without the secret header; it sends with the session's token.
    QTabWidget *tabs = window()->requestTabs();
    const int before = tabs->count();
    QTreeView *view = panel->view();
    view->scrollTo(saved);
    const QPoint at = view->visualRect(saved).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(tabs->count(), before + 1);
    QCOMPARE(page()->editor()->pathEdit()->text(), QStringLiteral("/api/templates"));
    const QList<ParamRow> headers = page()->editor()->headerTable()->rows();
    QCOMPARE(headers.size(), 1);
    QCOMPARE(headers.first().name, QStringLiteral("X-Trace"));
    QVERIFY(sendWithKeyboard());
    QVERIFY2(statusText().startsWith(QStringLiteral("200")), qPrintable(statusText()));

    // Ctrl+S on that tab offers its own name and folder: Enter updates it in place.
    QTRY_VERIFY(!window()->findChild<SaveRequestDialog *>()); // the first one is gone
    window()->activateWindow(); // offscreen has no window manager to hand activation back
    QVERIFY(QTest::qWaitForWindowActive(window()));
    QTest::keyClick(window(), Qt::Key_S, Qt::ControlModifier);
    SaveRequestDialog *again = window()->findChild<SaveRequestDialog *>();
    QVERIFY(again);
    QTRY_VERIFY(again->isVisible());
    QCOMPARE(again->name(), QStringLiteral("All templates"));
    QCOMPARE(again->folder(), QStringLiteral("Demo"));
    QTest::keyClick(again->nameEdit(), Qt::Key_Return);
    QTRY_VERIFY(!window()->findChild<SaveRequestDialog *>());
    QCOMPARE(model->rowCount(model->folderIndex(QStringLiteral("Demo"))), 1);
}

void TestHistoryGui::collectionsRenameDeleteAndPersist()
{
    QVERIFY(waitSignedIn());
    // Start from an empty collection.
    for (const QString &folder : workspace()->collectionStore()->folders())
        workspace()->collectionStore()->removeFolder(folder);
    for (const SavedRequest &saved : workspace()->collectionStore()->requests())
        workspace()->collectionStore()->remove(saved.id);
    QVERIFY(clickEndpoint("GET", QStringLiteral("/api/assets")));
    QVERIFY(workspace()->saveCurrentRequest(QStringLiteral("Assets"), QStringLiteral("Keep")));
    QVERIFY(workspace()->saveCurrentRequest(QStringLiteral("Doomed"), QStringLiteral("Keep")));
    QVERIFY(workspace()->saveCurrentRequest(QStringLiteral("Loose"), QString()));
    CollectionsPanel *panel = workspace()->collectionsPanel();
    CollectionTreeModel *model = panel->model();
    QTreeView *view = panel->view();

    // Rename in place with F2.
    const QModelIndex assets = model->index(0, 0, model->folderIndex(QStringLiteral("Keep")));
    view->setFocus();
    view->setCurrentIndex(assets);
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = view->findChild<QLineEdit *>();
    QTRY_VERIFY(editor && editor->isVisible());
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Assets renamed"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(model->index(0, 0, model->folderIndex(QStringLiteral("Keep"))).data(Qt::EditRole).toString(),
                 QStringLiteral("Assets renamed"));

    // Delete asks first; Yes removes.
    const QModelIndex doomed = model->index(1, 0, model->folderIndex(QStringLiteral("Keep")));
    QCOMPARE(doomed.data(Qt::EditRole).toString(), QStringLiteral("Doomed"));
    view->setCurrentIndex(doomed);
    panel->deleteAction()->trigger();
    auto *question = panel->findChild<QMessageBox *>(QStringLiteral("collectionsDeleteQuestion"));
    QVERIFY(question);
    QTRY_VERIFY(question->isVisible());
    QTest::mouseClick(question->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE(model->rowCount(model->folderIndex(QStringLiteral("Keep"))), 1);

    destroyWindow();
    openWindow();
    CollectionStore *store = workspace()->collectionStore();
    QCOMPARE(store->folders(), QStringList{QStringLiteral("Keep")});
    QCOMPARE(store->requests().size(), 2);
    QCOMPARE(store->requestsIn(QStringLiteral("Keep")).first().name, QStringLiteral("Assets renamed"));
    QCOMPARE(store->requestsIn(QString()).first().name, QStringLiteral("Loose"));
    model = workspace()->collectionsPanel()->model();
    QCOMPARE(model->rowCount(), 2); // the folder and the top-level request
    const QString id = store->requestsIn(QString()).first().id;
    QVERIFY(workspace()->openSavedRequest(id));
    QCOMPARE(page()->editor()->pathEdit()->text(), QStringLiteral("/api/assets"));

    // Removing a folder removes what it holds.
    workspace()->collectionsPanel()->view()->setCurrentIndex(model->folderIndex(QStringLiteral("Keep")));
    workspace()->collectionsPanel()->removeSelected();
    QCOMPARE(store->requests().size(), 1);
    QVERIFY(store->folders().isEmpty());
}

void TestHistoryGui::historyModelIsBoundedNewestFirstAndFilters()
{
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("h.jsonl")), 3);
    HistoryListModel model(&store);
    HistoryFilterModel filter;
    filter.setSourceModel(&model);
    QCOMPARE(model.rowCount(), 0);
    for (int i = 1; i <= 5; ++i) {
        ApiRequest request;
        request.path = QStringLiteral("/api/items/%1").arg(i);
        ApiResponse response;
        response.status = i == 4 ? 404 : 200;
        store.record(request, QStringLiteral("http://127.0.0.1:1"), response,
                     i == 4 ? QStringLiteral("not_found") : QString());
    }
    QVERIFY(model.rowCount() <= 4); // bounded: the store keeps its last entries (it compacts lazily)
    QCOMPARE(model.rowCount(), store.count());
    QCOMPARE(model.index(0, HistoryListModel::PathColumn).data().toString(), QStringLiteral("/api/items/5"));
    QCOMPARE(model.index(1, HistoryListModel::ErrorColumn).data().toString(), QStringLiteral("not_found"));
    filter.setSearchText(QStringLiteral("  404   items "));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, HistoryListModel::PathColumn).data().toString(), QStringLiteral("/api/items/4"));
    QCOMPARE(filter.rowCount(), int(store.search(QStringLiteral("404 items")).size()));
    store.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestHistoryGui::requestDraftJsonKeepsNoSecretsAndRoundTrips()
{
    Redactor redactor;
    redactor.addSecret(CanaryKey);
    RequestDraft draft;
    draft.method = "POST";
    draft.pathTemplate = QStringLiteral("/api/things/{id}");
    draft.pathValues.insert(QStringLiteral("id"), CanaryKey);
    draft.query = {ParamRow{true, QStringLiteral("page"), QStringLiteral("2"), QStringLiteral("Page"), false},
                   ParamRow{false, QStringLiteral("access_token"), QStringLiteral("q-secret"), {}, false}};
    draft.headers = {ParamRow{true, QStringLiteral("Authorization"), QStringLiteral("Bearer abc"), {}, false},
                     ParamRow{false, QStringLiteral("X-Trace"), QStringLiteral("t"), {}, true}};
    draft.body = QStringLiteral("{\"client_secret\": \"b-secret\", \"name\": \"kept\"}");
    const QJsonObject json = requestDraftToJson(draft, redactor);
    const QByteArray text = QJsonDocument(json).toJson();
    for (const char *secret : {"CANARY-history", "q-secret", "Bearer abc", "b-secret"})
        QVERIFY2(!text.contains(secret), text.constData());
    const auto back = requestDraftFromJson(json);
    QVERIFY(back.has_value());
    QCOMPARE(back->method, QByteArray("POST"));
    QCOMPARE(back->pathTemplate, draft.pathTemplate);
    QCOMPARE(back->query.size(), 2);
    QCOMPARE(back->query.at(0), draft.query.at(0));
    QVERIFY(!back->query.at(1).enabled);
    QCOMPARE(back->headers.size(), 1); // the Authorization row is left out
    QCOMPARE(back->headers.first(), draft.headers.at(1));
    QVERIFY(back->body.contains(QStringLiteral("kept")));
    QVERIFY(!requestDraftFromJson(QJsonObject{{QStringLiteral("method"), 3}}).has_value());
    QVERIFY(!requestDraftFromJson(QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                                              {QStringLiteral("pathTemplate"), QStringLiteral("/")},
                                              {QStringLiteral("query"), QStringLiteral("nope")}})
                 .has_value());
}

void TestHistoryGui::collectionTreeModelShowsFoldersThenLooseRequests()
{
    QTemporaryDir dir;
    CollectionStore store(dir.filePath(QStringLiteral("c.json")));
    CollectionTreeModel model(&store);
    ApiRequest request;
    request.path = QStringLiteral("/api/x");
    store.save(QStringLiteral("loose"), QString(), request);
    store.save(QStringLiteral("a1"), QStringLiteral("A"), request);
    store.save(QStringLiteral("b1"), QStringLiteral("B"), request);
    store.save(QStringLiteral("a2"), QStringLiteral("A"), request);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("A"));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("B"));
    QCOMPARE(model.index(2, 0).data(Qt::EditRole).toString(), QStringLiteral("loose"));
    QCOMPARE(model.index(2, 0).data(CollectionTreeModel::KindRole).toInt(),
             int(CollectionTreeModel::RequestItem));
    const QModelIndex a = model.index(0, 0);
    QCOMPARE(model.rowCount(a), 2);
    QCOMPARE(model.parent(model.index(1, 0, a)), a);
    QCOMPARE(model.index(1, 0, a).data(Qt::EditRole).toString(), QStringLiteral("a2"));
    QVERIFY(model.setData(a, QStringLiteral("Renamed")));
    QVERIFY(store.hasFolder(QStringLiteral("Renamed")));
    QCOMPARE(store.requestsIn(QStringLiteral("Renamed")).size(), 2);
    QVERIFY(!model.setData(model.index(1, 0), QStringLiteral("Renamed"))); // folder name taken
    QVERIFY(model.setData(model.index(0, 0, model.index(0, 0)), QStringLiteral("first")));
    QCOMPARE(store.requestsIn(QStringLiteral("Renamed")).first().name, QStringLiteral("first"));
    QCOMPARE(model.requestIndex(store.requestsIn(QString()).first().id), model.index(2, 0));
}

void TestHistoryGui::docksMenusAndTimingFollowALanguageSwitch()
{
    test::UntranslatedScan german;
    QVERIFY(german.load(QStringLiteral(CX_TS_DIR "/connect-explorer_de.ts")));
    QVERIFY(waitSignedIn());
    QVERIFY(send("GET", QStringLiteral("/api/templates")));
    QVERIFY(workspace()->saveCurrentRequest(QStringLiteral("All templates"), QStringLiteral("Demo")));
    workspace()->historyDock()->show();
    QTRY_VERIFY(workspace()->collectionsDock()->isVisible() && workspace()->historyDock()->isVisible());
    QTest::keyClicks(historyPanel()->searchEdit(), QStringLiteral("templates"));
    const int shown = historyPanel()->filterModel()->rowCount();
    QVERIFY(shown > 0);
    page()->responseView()->tabs()->setCurrentIndex(ResponseView::TimingTab);
    ResponseTimingView *timing = page()->responseView()->timingView();
    const QString finalUrl = timing->finalUrlLabel()->text();
    QMenu *edit = window()->menuBar()->findChild<QMenu *>(QStringLiteral("editMenu"));
    QVERIFY(edit);

    m_switchedLanguage = true;
    test::switchLanguageNow(QStringLiteral("de"));
    QCOMPARE(workspace()->historyDock()->windowTitle(), QStringLiteral("Verlauf"));
    QCOMPARE(workspace()->collectionsDock()->windowTitle(), QStringLiteral("Sammlungen"));
    QCOMPARE(
        historyPanel()->view()->model()->headerData(HistoryListModel::TimeColumn, Qt::Horizontal).toString(),
        QStringLiteral("Zeit"));
    QCOMPARE(edit->title(), QStringLiteral("&Bearbeiten"));
    QCOMPARE(workspace()->copyAsMenu()->title(), QStringLiteral("Kopieren &als"));
    QVERIFY2(timing->headersLabel()->text().contains(QStringLiteral(" Header, etwa ")),
             qPrintable(timing->headersLabel()->text()));
    QStringList leftovers = german.findEnglishUnder(workspace()->historyDock()) +
                            german.findEnglishUnder(workspace()->collectionsDock()) +
                            german.findEnglishUnder(timing) + german.findEnglishUnder(edit) +
                            german.findEnglishUnder(workspace()->copyAsMenu());
    for (const QAction *action :
         {workspace()->historyAction(), workspace()->collectionsAction(), workspace()->saveRequestAction()}) {
        if (german.isEnglish(action->text()) || german.isEnglish(action->statusTip()))
            leftovers << action->objectName() + QStringLiteral(": ") + action->text();
    }
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char('\n'))));
    // What the docks and the tab show stays.
    QCOMPARE(historyPanel()->searchEdit()->text(), QStringLiteral("templates"));
    QCOMPARE(historyPanel()->filterModel()->rowCount(), shown);
    QCOMPARE(workspace()->collectionsPanel()->model()->rowCount(
                 workspace()->collectionsPanel()->model()->folderIndex(QStringLiteral("Demo"))),
             1);
    QCOMPARE(timing->finalUrlLabel()->text(), finalUrl);
    QCOMPARE(timing->outcomeLabel()->text(), QStringLiteral("HTTP 200"));

    test::switchLanguageNow(QStringLiteral("en"));
    QCOMPARE(workspace()->historyDock()->windowTitle(), QStringLiteral("History"));
    QCOMPARE(workspace()->historyAction()->text(), QStringLiteral("&History"));
    QCOMPARE(
        historyPanel()->view()->model()->headerData(HistoryListModel::TimeColumn, Qt::Horizontal).toString(),
        QStringLiteral("Time"));
    QCOMPARE(edit->title(), QStringLiteral("&Edit"));
    QVERIFY2(timing->headersLabel()->text().contains(QStringLiteral(" header(s), about ")) ||
                 timing->headersLabel()->text().contains(QStringLiteral(" headers, about ")),
             qPrintable(timing->headersLabel()->text()));
}

void TestHistoryGui::saveRequestDialogFollowsALanguageSwitch()
{
    test::UntranslatedScan german;
    QVERIFY(german.load(QStringLiteral(CX_TS_DIR "/connect-explorer_de.ts")));
    QVERIFY(waitSignedIn());
    QVERIFY(clickEndpoint("GET", QStringLiteral("/api/templates")));
    SaveRequestDialog *dialog = workspace()->showSaveRequestDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->nameEdit()->setText(QStringLiteral("Typed before the switch"));

    m_switchedLanguage = true;
    test::switchLanguageNow(QStringLiteral("de"));
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Anfrage speichern"));
    QCOMPARE(dialog->folderCombo()->lineEdit()->placeholderText(), QStringLiteral("(oberste Ebene)"));
    const QStringList leftovers = german.findEnglishUnder(dialog);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char('\n'))));
    QCOMPARE(dialog->name(), QStringLiteral("Typed before the switch"));

    test::switchLanguageNow(QStringLiteral("en"));
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Save Request"));
    dialog->reject();
}

// Typing without a pause longer than the debounce used to restart the save timer on every key: 6.6 s
// of typing, then a crash, and none of it was on disk. On a virtual clock (no real waiting), a key
// every 100 ms: the draft on disk is never more than 2 s behind what was typed.
void TestHistoryGui::draftsAreSavedWhileTheUserKeepsTyping()
{
    m_keepDrafts = true;
    auto now = std::make_shared<qint64>(0);
    workspace()->setClock([now] { return *now; });
    typePath(QStringLiteral("/api/"));
    workspace()->flushDrafts();
    workspace()->waitForDrafts();
    const QString tabId = workspace()->tabIdOf(page());
    const auto onDisk = [&] {
        const auto draft = workspace()->draftStore()->load(tabId);
        const auto editor =
            draft ? requestDraftFromJson(draft->extra.value(QStringLiteral("editor")).toObject())
                  : std::nullopt;
        return editor ? editor->pathTemplate : QString();
    };
    QCOMPARE(onDisk(), QStringLiteral("/api/"));

    QLineEdit *edit = page()->editor()->pathEdit();
    QList<std::pair<qint64, QString>> typed; // virtual time of each key, the text after it
    int saves = 0;
    QString last = onDisk();
    for (int key = 0; key < 66; ++key) {
        *now += 100;
        QTest::keyClicks(edit, QString(QChar(u'a' + key % 26)));
        typed.append({*now, edit->text()});
        QTest::qWait(2); // a timer due now fires; the 500 ms debounce never does here
        workspace()->waitForDrafts();
        const QString saved = onDisk();
        if (saved != last)
            ++saves;
        last = saved;
        QString due = QStringLiteral("/api/"); // what was typed 2 s ago or earlier
        for (const auto &[at, text] : std::as_const(typed)) {
            if (at <= *now - RequestWorkspace::DraftMaxWaitMs)
                due = text;
        }
        QVERIFY2(saved.startsWith(due) && saved.size() >= due.size(),
                 qPrintable(QStringLiteral("at %1 ms: on disk '%2', typed by %3 ms '%4'")
                                .arg(*now)
                                .arg(saved)
                                .arg(*now - RequestWorkspace::DraftMaxWaitMs)
                                .arg(due)));
    }
    // About one save per 2 s of typing, not one per key.
    QVERIFY2(saves >= 3 && saves <= 4, qPrintable(QString::number(saves)));
    // Once the typing stops, the rest follows within the debounce.
    QTRY_COMPARE_WITH_TIMEOUT(onDisk(), edit->text(), 3000);
}

// A history entry or a draft that cannot be written is logged and shown in the window until a write
// of the same kind succeeds. (Not with chmod: tests may run as root. A directory where the history
// file should be, a file where the drafts folder should be: no one can write there.)
void TestHistoryGui::failedWritesAreLoggedAndShownUntilOneSucceeds()
{
    QTemporaryDir logs;
    QVERIFY(logs.isValid());
    LogFile::install(logs.path());
    const auto uninstall = qScopeGuard([] { LogFile::uninstall(); });
    const auto logText = [] {
        QFile file(LogFile::filePath());
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };
    QLabel *notice = workspace()->storageNotice();
    QVERIFY(notice);
    QVERIFY(!notice->isVisible());

    // The history.
    const QString historyPath = workspace()->historyStore()->filePath();
    QFile::remove(historyPath);
    QVERIFY(QDir().mkpath(historyPath + QStringLiteral("/in-the-way")));
    QVERIFY(send("GET", QStringLiteral("/api/templates")));
    QTRY_VERIFY(notice->isVisible());
    QVERIFY2(notice->text().startsWith(QStringLiteral("The history could not be saved: ")),
             qPrintable(notice->text()));
    QVERIFY2(logText().contains(QStringLiteral("warning The history could not be written to ") + historyPath),
             qPrintable(logText()));
    // It stays (a status bar message would time out or be replaced).
    window()->statusBar()->showMessage(QStringLiteral("something else"), 10);
    QTest::qWait(50);
    QVERIFY(notice->isVisible());
    QVERIFY(QDir(historyPath).removeRecursively());
    QVERIFY(send("GET", QStringLiteral("/api/assets")));
    QTRY_VERIFY(!notice->isVisible());
    QCOMPARE(workspace()->historyStore()->entries().constLast().request.path, QStringLiteral("/api/assets"));

    // A draft.
    const QString drafts = workspace()->draftStore()->directory();
    QVERIFY(QDir(drafts).removeRecursively());
    {
        QFile inTheWay(drafts);
        QVERIFY(inTheWay.open(QIODevice::WriteOnly));
    }
    typePath(QStringLiteral("/api/not-saved"));
    workspace()->flushDrafts();
    workspace()->waitForDrafts();
    QTRY_VERIFY(notice->isVisible());
    QVERIFY2(notice->text().startsWith(QStringLiteral("The draft could not be saved: ")),
             qPrintable(notice->text()));
    QVERIFY2(logText().contains(QStringLiteral("warning A draft could not be written to ") + drafts),
             qPrintable(logText()));
    QVERIFY(QFile::remove(drafts));
    typePath(QStringLiteral("/api/saved-again"));
    workspace()->flushDrafts();
    workspace()->waitForDrafts();
    QTRY_VERIFY(!notice->isVisible());
    QVERIFY(logText().contains(QStringLiteral("Drafts are written again")));
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestHistoryGui test;
    if (argc > 1 && qstrcmp(argv[1], "--draft-child") == 0)
        return test.runDraftChild();
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_history_gui.moc"
