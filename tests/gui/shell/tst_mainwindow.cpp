// The desktop app as a user meets it: first start on the Demo profile, filter, pick, send, read the
// answer, edit a path parameter, and see failures in the error area — never as a success.
#include "ConnectSimulator.h"
#include "FaultServer.h"
#include "GuiTestBase.h"
#include "MockClock.h"
#include "SimFixture.h"
#include "UntranslatedScan.h"
#include "demo/DemoMode.h"
#include "demo/TourPlayer.h"
#include "errorpanel/ErrorPanel.h"
#include "history/RequestWorkspace.h"
#include "profiles/StatusPanel.h"
#include "request/BodyEditor.h"
#include "request/ErrorArea.h"
#include "request/ParamTable.h"
#include "request/ParamTableModel.h"
#include "request/PathParamsForm.h"
#include "request/RequestEditor.h"
#include "response/FindBar.h"
#include "response/JsonTreeModel.h"
#include "response/JsonTreeView.h"
#include "response/PagedTextView.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonValue>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

using namespace cx;
using namespace cx::gui;

class TestMainWindow : public cx::test::GuiTestBase
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpEnvironment(); }
    void init() { createWindow(); }
    void cleanup() { destroyWindow(); }

    void firstStartShowsEndpointsAndSignedInStatus();
    void profileMenuShowsTheDemoProfile();
    void typingInTheFilterNarrowsTheTree();
    void ctrlKFocusesTheFilter();
    void listTemplatesShows200AndItemsInTheTree();
    void pathParameterEditedAndSent();
    void badTokenShows401InTheErrorArea();
    void expiredTokenScenarioShows401();
    void missingScopeIsMarkedAndShows403();
    void unknownIdShows404WithNotFoundAction();
    void escapeCancelsARunningRequest();
    void findInResponseWithCtrlF();
    void copyPathAndValueFromTheTree();
    void tabsOpenAndCloseWithTheKeyboard();
    void bodyEditorSaysWhereTheJsonIsInvalid();
    void signOutRevokesTheToken();
    void geometryAndSplittersAreRestored();
    void ctrlReturnSendsFromTheBodyEditor();
    void queryParameterValueIsSent();
    void startsAgainstAnotherServer();
    void htmlErrorPageIsShownRawWithANote();
    void closingATabMidRequestIsSafe();
    void anotherOpenApiDocumentCanBeOpened();
    void aboutBoxShowsTheVersion();
    void truncatedBodyIsNeverASuccess();
    void fiftyMegabyteResponseKeepsTheWindowLive();
    void responseFollowsTheLanguage();
    void docksAreBuiltOnFirstUse();
    void aFailedRequestBuildsAndOpensTheErrorPanel();
    void savedLayoutPlacesDocksBuiltLater();

private:
    // Lists templates and returns the id of the first one, read from the JSON tree.
    QString firstTemplateId();
};

void TestMainWindow::firstStartShowsEndpointsAndSignedInStatus()
{
    QVERIFY(visibleEndpointCount() >= 4);
    QVERIFY(waitSignedIn());
    const StatusPanel *status = window()->statusPanel();
    QVERIFY2(status->clientLabel()->text().contains(QStringLiteral("demo-client")),
             qPrintable(status->clientLabel()->text()));
    QVERIFY(status->scopesLabel()->text().contains(QStringLiteral("templates:read")));
    // The remaining lifetime ticks live (once a second), on cx::Clock like the session's expiry: with the
    // clock an hour on, the next tick says an hour less.
    QTRY_VERIFY(!status->lifetimeLabel()->text().isEmpty());
    const test::MockClock clock(QDateTime::currentDateTimeUtc().addSecs(3600));
    const QString expected = StatusPanel::formatRemaining(clock.now().secsTo(session()->expiresAt()));
    QTRY_VERIFY2_WITH_TIMEOUT(status->lifetimeLabel()->text().contains(expected),
                              qPrintable(status->lifetimeLabel()->text() + QLatin1String(" / ") + expected),
                              3000);
    QVERIFY(window()->isVisible());
}

void TestMainWindow::profileMenuShowsTheDemoProfile()
{
    auto *menu = window()->menuBar()->findChild<QMenu *>(QStringLiteral("profileMenu"));
    QVERIFY(menu);
    bool found = false;
    for (const QAction *action : menu->actions())
        found = found || (action->isChecked() && action->text().contains(QStringLiteral("Demo")));
    QVERIFY(found);
    QVERIFY(window()->windowTitle().contains(QStringLiteral("Demo")));
    // The app owns the simulator it started, on loopback.
    QVERIFY(simulator());
    QCOMPARE(m_connection->baseUrl().host(), QStringLiteral("127.0.0.1"));
}

void TestMainWindow::typingInTheFilterNarrowsTheTree()
{
    const int all = visibleEndpointCount();
    QTest::keyClicks(filterEdit(), QStringLiteral("templates/{id}"));
    QCOMPARE(visibleEndpointCount(), 1);
    filterEdit()->clear();
    QCOMPARE(visibleEndpointCount(), all);
    // By method and summary (case-insensitive), and by tag.
    QTest::keyClicks(filterEdit(), QStringLiteral("list ASSETS"));
    QCOMPARE(visibleEndpointCount(), 1);
    filterEdit()->clear();
    QTest::keyClicks(filterEdit(), QStringLiteral("brand kit"));
    QVERIFY(visibleEndpointCount() >= 1);
    filterEdit()->clear();
    QTest::keyClicks(filterEdit(), QStringLiteral("no-such-thing"));
    QCOMPARE(visibleEndpointCount(), 0);
}

void TestMainWindow::ctrlKFocusesTheFilter()
{
    page()->editor()->pathEdit()->setFocus();
    QTRY_VERIFY(page()->editor()->pathEdit()->hasFocus());
    QTest::keyClick(window(), Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(filterEdit()->hasFocus());
}

void TestMainWindow::listTemplatesShows200AndItemsInTheTree()
{
    QVERIFY(waitSignedIn());
    QVERIFY(clickEndpoint("GET", QStringLiteral("/api/templates")));
    QCOMPARE(page()->editor()->methodCombo()->currentText(), QStringLiteral("GET"));
    QCOMPARE(page()->editor()->pathEdit()->text(), QStringLiteral("/api/templates"));
    QVERIFY(sendWithKeyboard());
    QVERIFY2(statusText().startsWith(QStringLiteral("200")), qPrintable(statusText()));
    QVERIFY(!page()->errorArea()->isVisible());

    ResponseView *response = page()->responseView();
    QCOMPARE(response->tabs()->currentIndex(), int(ResponseView::TreeTab));
    JsonTreeModel *model = response->treeModel();
    const QModelIndex data = model->childFor({}, QStringLiteral("data"));
    QVERIFY(data.isValid());
    QVERIFY(model->rowCount(data) > 0); // the first level opens with the response (issue 16)
    // Expand "data" with the keyboard, like a user.
    JsonTreeView *tree = response->treeView();
    tree->setFocus();
    tree->setCurrentIndex(data);
    QTest::keyClick(tree, Qt::Key_Right);
    QTRY_VERIFY(model->rowCount(data) > 0);
    QVERIFY(tree->isExpanded(data));
    QCOMPARE(model->pathOf(model->index(0, 0, data)), QStringLiteral("$.data[0]"));
    QVERIFY(!response->timeLabel()->text().isEmpty());
    QVERIFY(!response->sizeLabel()->text().isEmpty());
}

QString TestMainWindow::firstTemplateId()
{
    if (!clickEndpoint("GET", QStringLiteral("/api/templates")) || !sendWithKeyboard())
        return {};
    JsonTreeModel *model = page()->responseView()->treeModel();
    const QModelIndex first =
        model->childFor(model->childFor({}, QStringLiteral("data")), QStringLiteral("0"));
    const QModelIndex id = model->childFor(first, QStringLiteral("id"));
    return model->copyValueOf(id);
}

void TestMainWindow::pathParameterEditedAndSent()
{
    QVERIFY(waitSignedIn());
    const QString id = firstTemplateId();
    QVERIFY(!id.isEmpty());

    // The sent tab is kept: picking another endpoint opens a new tab.
    const int tabsBefore = window()->requestTabs()->count();
    QVERIFY(clickEndpoint("GET", QStringLiteral("/api/templates/{id}")));
    QCOMPARE(window()->requestTabs()->count(), tabsBefore + 1);
    QLineEdit *idEdit = page()->editor()->pathParams()->editFor(QStringLiteral("id"));
    QVERIFY(idEdit);
    QTest::mouseClick(idEdit, Qt::LeftButton);
    QTest::keyClicks(idEdit, id);
    QCOMPARE(page()->editor()->draft().resolvedPath(), QStringLiteral("/api/templates/") + id);
    QVERIFY(sendWithKeyboard());
    QVERIFY2(statusText().startsWith(QStringLiteral("200")), qPrintable(statusText()));
    QVERIFY(!page()->errorArea()->isVisible());
    JsonTreeModel *model = page()->responseView()->treeModel();
    QCOMPARE(model->copyValueOf(
                 model->childFor(model->childFor({}, QStringLiteral("data")), QStringLiteral("id"))),
             id);

    // A bogus id in the same field: 404, shown as an error.
    idEdit->selectAll();
    QTest::keyClicks(idEdit, QStringLiteral("987654"));
    QVERIFY(sendWithKeyboard());
    QVERIFY2(statusText().startsWith(QStringLiteral("404")), qPrintable(statusText()));
    QVERIFY(page()->errorArea()->isVisible());
    QCOMPARE(page()->errorArea()->code(), QStringLiteral("not_found"));
    QCOMPARE(page()->errorArea()->actionName(), QStringLiteral("not_found"));
}

void TestMainWindow::badTokenShows401InTheErrorArea()
{
    QVERIFY(waitSignedIn());
    QVERIFY(clickEndpoint("GET", QStringLiteral("/api/templates")));
    // The user adds an Authorization header of their own, with a token the server never issued.
    ParamTable *headers = page()->editor()->headerTable();
    const int row =
        headers->model()->addRow(QStringLiteral("Authorization"), QStringLiteral("Bearer not-a-token"));
    QCOMPARE(headers->rows().at(row).enabled, true);
    QVERIFY(sendWithKeyboard());
    QVERIFY2(statusText().startsWith(QStringLiteral("401")), qPrintable(statusText()));
    ErrorArea *error = page()->errorArea();
    QVERIFY(error->isVisible());
    QCOMPARE(error->status(), 401);
    QCOMPARE(error->actionName(), QStringLiteral("relogin"));
    QVERIFY2(error->code().contains(QStringLiteral("token")), qPrintable(error->code()));
    QVERIFY(error->titleLabel()->text().contains(QStringLiteral("401")));
    // Nothing of a success: no JSON tree of the error as if it were data, and the badge is not green.
    QVERIFY(!page()->responseView()->statusLabel()->styleSheet().contains(QStringLiteral("#2e7d32")));
}

void TestMainWindow::expiredTokenScenarioShows401()
{
    QVERIFY(waitSignedIn());
    sim::Scenario scenario;
    scenario.code = QStringLiteral("expired_access_token");
    scenario.pathPrefix = QStringLiteral("/api/templates");
    simulator()->setScenario(scenario);
    QVERIFY(clickEndpoint("GET", QStringLiteral("/api/templates")));
    QVERIFY(sendWithKeyboard());
    QVERIFY2(statusText().startsWith(QStringLiteral("401")), qPrintable(statusText()));
    QCOMPARE(page()->errorArea()->code(), QStringLiteral("expired_access_token"));
    QCOMPARE(page()->errorArea()->actionName(), QStringLiteral("relogin"));
    simulator()->clearScenarios();
}

void TestMainWindow::missingScopeIsMarkedAndShows403()
{
    QVERIFY(waitSignedIn());
    simulator()->setScopes({QStringLiteral("profile:read"), QStringLiteral("templates:read")});
    QSignalSpy introspected(session(), &Session::introspected);
    window()->signIn();
    QVERIFY(introspected.wait(10000));
    QTRY_VERIFY(!window()->statusPanel()->scopesLabel()->text().contains(QStringLiteral("assets:read")));

    // The tree marks what the token cannot call, naming the missing scope.
    const EndpointTreeModel *model = window()->endpointBrowser()->model();
    const QModelIndex assets = model->indexOf("GET", QStringLiteral("/api/assets"));
    QVERIFY(assets.isValid());
    QCOMPARE(assets.data(EndpointTreeModel::MissingScopesRole).toStringList(),
             QStringList{QStringLiteral("assets:read")});
    QVERIFY(model->index(assets.row(), EndpointTreeModel::ScopesColumn, assets.parent())
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("assets:read")));
    QVERIFY(model->indexOf("GET", QStringLiteral("/api/templates"))
                .data(EndpointTreeModel::MissingScopesRole)
                .toStringList()
                .isEmpty());

    QVERIFY(clickEndpoint("GET", QStringLiteral("/api/assets")));
    QVERIFY(sendWithKeyboard());
    QVERIFY2(statusText().startsWith(QStringLiteral("403")), qPrintable(statusText()));
    ErrorArea *error = page()->errorArea();
    QVERIFY(error->isVisible());
    QCOMPARE(error->code(), QStringLiteral("missing_scope"));
    QCOMPARE(error->actionName(), QStringLiteral("permission"));
    QVERIFY(error->message().contains(QStringLiteral("assets:read")));
}

void TestMainWindow::unknownIdShows404WithNotFoundAction()
{
    QVERIFY(waitSignedIn());
    QVERIFY(clickEndpoint("GET", QStringLiteral("/api/assets/{id}")));
    QTest::keyClicks(page()->editor()->pathParams()->editFor(QStringLiteral("id")), QStringLiteral("424242"));
    QVERIFY(sendWithKeyboard());
    QVERIFY2(statusText().startsWith(QStringLiteral("404")), qPrintable(statusText()));
    QVERIFY(page()->errorArea()->isVisible());
    QCOMPARE(page()->errorArea()->code(), QStringLiteral("asset_not_found"));
    QCOMPARE(page()->errorArea()->actionName(), QStringLiteral("not_found"));
    QVERIFY(page()->errorArea()->message().contains(QStringLiteral("424242")));
}

void TestMainWindow::escapeCancelsARunningRequest()
{
    QVERIFY(waitSignedIn());
    sim::Scenario slow;
    slow.code = QStringLiteral("delay");
    slow.delayMs = 5000;
    simulator()->setScenario(slow);
    QVERIFY(clickEndpoint("GET", QStringLiteral("/api/templates")));
    QSignalSpy shown(page(), &RequestPage::responseShown);
    QTest::keyClick(window(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(page()->isBusy());
    QVERIFY(page()->editor()->busyIndicator()->isVisible());
    QVERIFY(window()->cancelAction()->isEnabled());
    QTest::keyClick(window(), Qt::Key_Escape);
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 3000);
    QVERIFY(!page()->isBusy());
    QVERIFY(!page()->editor()->busyIndicator()->isVisible());
    QVERIFY(page()->errorArea()->isVisible());
    QCOMPARE(page()->errorArea()->code(), QStringLiteral("cancelled"));
    simulator()->clearScenarios();
}

void TestMainWindow::findInResponseWithCtrlF()
{
    QVERIFY(waitSignedIn());
    QVERIFY(clickEndpoint("GET", QStringLiteral("/api/templates")));
    QVERIFY(sendWithKeyboard());
    QTest::keyClick(window(), Qt::Key_F, Qt::ControlModifier);
    ResponseView *response = page()->responseView();
    QTRY_VERIFY(response->findBar()->isVisible());
    QCOMPARE(response->tabs()->currentIndex(), int(ResponseView::PrettyTab));
    QTRY_VERIFY(response->findBar()->edit()->hasFocus());
    QTest::keyClicks(response->findBar()->edit(), QStringLiteral("\"ID\""));
    QTest::keyClick(response->findBar()->edit(), Qt::Key_Return);
    QCOMPARE(response->prettyView()->editor()->textCursor().selectedText(), QStringLiteral("\"id\""));
}

void TestMainWindow::copyPathAndValueFromTheTree()
{
    QVERIFY(waitSignedIn());
    const QString id = firstTemplateId();
    QVERIFY(!id.isEmpty());
    JsonTreeModel *model = page()->responseView()->treeModel();
    JsonTreeView *tree = page()->responseView()->treeView();
    const QModelIndex first =
        model->childFor(model->childFor({}, QStringLiteral("data")), QStringLiteral("0"));
    const QModelIndex name = model->childFor(first, QStringLiteral("name"));
    tree->setCurrentIndex(name);
    QVERIFY(tree->actions().contains(tree->copyPathAction()));
    tree->copyPathAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("$.data[0].name"));
    tree->copyValueAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), model->valueOf(name).toString());
}

void TestMainWindow::tabsOpenAndCloseWithTheKeyboard()
{
    QTabWidget *tabs = window()->requestTabs();
    const int before = tabs->count();
    QTest::keyClick(window(), Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(tabs->count(), before + 1);
    QCOMPARE(tabs->currentIndex(), before);
    QTest::keyClick(window(), Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(tabs->count(), before);
    // Closing the last tab leaves a fresh one, never an empty window.
    while (tabs->count() > 1)
        window()->closeTab(0);
    QTest::keyClick(window(), Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(tabs->count(), 1);
}

void TestMainWindow::bodyEditorSaysWhereTheJsonIsInvalid()
{
    BodyEditor *body = page()->editor()->bodyEditor();
    QTest::keyClicks(body->editor(), QStringLiteral("{\"a\": 1,"));
    QTest::keyClick(body->editor(), Qt::Key_Return);
    QTest::keyClicks(body->editor(), QStringLiteral(" \"b\": }"));
    QTRY_VERIFY(!body->isCheckPending());
    QCOMPARE(body->lastCheck().state, JsonCheckResult::State::Invalid);
    QCOMPARE(body->lastCheck().line, 2);
    QVERIFY2(body->indicatorText().contains(QStringLiteral("line 2")), qPrintable(body->indicatorText()));
    body->editor()->selectAll();
    QTest::keyClicks(body->editor(), QStringLiteral("{\"a\": [1, 2]}"));
    QTRY_COMPARE(body->lastCheck().state, JsonCheckResult::State::Valid);
    QVERIFY(body->indicatorText().contains(QStringLiteral("Valid JSON")));
}

void TestMainWindow::signOutRevokesTheToken()
{
    QVERIFY(waitSignedIn());
    const QByteArray token = session()->accessToken();
    QVERIFY(!token.isEmpty());
    QSignalSpy signedOut(session(), &Session::signedOut);
    QSignalSpy revokeFailed(session(), &Session::revokeFailed);
    window()->signOut();
    QVERIFY(signedOut.wait(5000));
    QCOMPARE(revokeFailed.count(), 0);
    QVERIFY(window()->statusPanel()->clientLabel()->text().contains(QStringLiteral("Signed out")));
    QVERIFY(window()->statusPanel()->scopesLabel()->text().isEmpty());

    // The revoked token no longer works: a request sent with it by hand is refused.
    QVERIFY(clickEndpoint("GET", QStringLiteral("/api/templates")));
    page()->editor()->headerTable()->model()->addRow(QStringLiteral("Authorization"),
                                                     QStringLiteral("Bearer ") + QString::fromLatin1(token));
    QVERIFY(sendWithKeyboard());
    QVERIFY2(statusText().startsWith(QStringLiteral("401")), qPrintable(statusText()));
    QCOMPARE(page()->errorArea()->code(), QStringLiteral("revoked_access_token"));
}

void TestMainWindow::geometryAndSplittersAreRestored()
{
    window()->resize(900, 640);
    auto *splitter = window()->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    QVERIFY(splitter);
    splitter->setSizes({250, 650});
    const QList<int> sizes = splitter->sizes();
    destroyWindow(); // closeEvent saves
    createWindow();
    QCOMPARE(window()->size(), QSize(900, 640));
    QCOMPARE(window()->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
}

void TestMainWindow::ctrlReturnSendsFromTheBodyEditor()
{
    QVERIFY(waitSignedIn());
    QVERIFY(clickEndpoint("GET", QStringLiteral("/api/templates")));
    QPlainTextEdit *body = page()->editor()->bodyEditor()->editor();
    body->setFocus();
    QTRY_VERIFY(body->hasFocus());
    QSignalSpy shown(page(), &RequestPage::responseShown);
    QTest::keyClick(body, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, 10000);
    QVERIFY2(statusText().startsWith(QStringLiteral("200")), qPrintable(statusText()));
    QVERIFY(body->toPlainText().isEmpty()); // the shortcut sent; it typed no line break
}

void TestMainWindow::queryParameterValueIsSent()
{
    QVERIFY(waitSignedIn());
    QVERIFY(clickEndpoint("GET", QStringLiteral("/api/templates")));
    ParamTable *query = page()->editor()->queryTable();
    int perPage = -1;
    for (int row = 0; row < query->rows().size(); ++row) {
        if (query->rows()[row].name == QLatin1String("per_page"))
            perPage = row;
    }
    QVERIFY(perPage >= 0);
    QVERIFY(!query->rows()[perPage].enabled); // optional: pre-filled but not sent
    // Double-click the value cell, type 3, press Enter: the row is now sent.
    QTableView *view = query->view();
    const QModelIndex value = query->model()->index(perPage, ParamTableModel::ValueColumn);
    const QPoint at = view->visualRect(value).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    auto *cellEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    cellEditor->selectAll();
    QTest::keyClicks(cellEditor, QStringLiteral("3"));
    QTest::keyClick(cellEditor, Qt::Key_Return);
    QTRY_VERIFY(query->rows()[perPage].enabled);
    QCOMPARE(query->rows()[perPage].value, QStringLiteral("3"));
    QVERIFY(sendWithKeyboard());
    QVERIFY2(statusText().startsWith(QStringLiteral("200")), qPrintable(statusText()));
    JsonTreeModel *model = page()->responseView()->treeModel();
    const QModelIndex data = model->childFor({}, QStringLiteral("data"));
    QCOMPARE(model->valueOf(data).toArray().size(), 3);
}

void TestMainWindow::startsAgainstAnotherServer()
{
    destroyWindow();
    sim::SimConfig config;
    config.clientId = QStringLiteral("acme-support");
    config.clientSecret = QStringLiteral("acme-secret");
    auto other = cx::test::startSimulator(config);
    Profile profile;
    profile.name = QStringLiteral("Acme");
    profile.baseUrl = other->baseUrl().toString();
    profile.clientId = config.clientId;
    profile.clientSecret = config.clientSecret;
    createWindow(profile);
    QVERIFY(!simulator()); // no embedded simulator for another server
    QVERIFY(waitSignedIn());
    QVERIFY(window()->statusPanel()->clientLabel()->text().contains(QStringLiteral("acme-support")));
    QVERIFY(window()->windowTitle().contains(QStringLiteral("Acme")));
    QVERIFY(clickEndpoint("GET", QStringLiteral("/api/templates")));
    QVERIFY(sendWithKeyboard());
    QVERIFY2(statusText().startsWith(QStringLiteral("200")), qPrintable(statusText()));
    QVERIFY(other->requestCount() > 0);
    destroyWindow();
}

void TestMainWindow::htmlErrorPageIsShownRawWithANote()
{
    QVERIFY(waitSignedIn());
    sim::Scenario gateway;
    gateway.code = QStringLiteral("html_502");
    simulator()->setScenario(gateway);
    QVERIFY(clickEndpoint("GET", QStringLiteral("/api/assets")));
    QVERIFY(sendWithKeyboard());
    QVERIFY2(statusText().startsWith(QStringLiteral("502")), qPrintable(statusText()));
    QVERIFY(page()->errorArea()->isVisible());
    QCOMPARE(page()->errorArea()->actionName(), QStringLiteral("retry"));
    ResponseView *response = page()->responseView();
    QVERIFY(response->noteLabel()->isVisible());
    QCOMPARE(response->tabs()->currentIndex(), int(ResponseView::RawTab));
    QVERIFY(
        response->rawView()->editor()->toPlainText().contains(QStringLiteral("<html"), Qt::CaseInsensitive));
    simulator()->clearScenarios();
}

void TestMainWindow::closingATabMidRequestIsSafe()
{
    QVERIFY(waitSignedIn());
    sim::Scenario slow;
    slow.code = QStringLiteral("delay");
    slow.delayMs = 1500;
    slow.remaining = 1;
    simulator()->setScenario(slow);
    QVERIFY(clickEndpoint("GET", QStringLiteral("/api/templates")));
    QTest::keyClick(window(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(page()->isBusy());
    QPointer<RequestPage> closing = page();
    QTest::keyClick(window(), Qt::Key_W, Qt::ControlModifier);
    QTRY_VERIFY(closing.isNull());
    QTest::qWait(1700); // the server answers the abandoned request meanwhile
    QCOMPARE(window()->requestTabs()->count(), 1);
    QVERIFY(!window()->cancelAction()->isEnabled());
    QVERIFY(clickEndpoint("GET", QStringLiteral("/api/templates")));
    QVERIFY(sendWithKeyboard());
    QVERIFY2(statusText().startsWith(QStringLiteral("200")), qPrintable(statusText()));
}

void TestMainWindow::anotherOpenApiDocumentCanBeOpened()
{
    QVERIFY(waitSignedIn());
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("other.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"openapi":"3.0.3","info":{"title":"Other","version":"1"},"paths":{
        "/api/folders":{"get":{"tags":["Folders"],"summary":"Folders only","security":[{"b":["assets:read"]}]}}}})");
    file.close();
    QSignalSpy introspected(session(), &Session::introspected);
    QVERIFY(window()->openCatalogFile(file.fileName()));
    QCOMPARE(visibleEndpointCount(), 1);
    QVERIFY(introspected.wait(5000));
    QVERIFY(clickEndpoint("GET", QStringLiteral("/api/folders")));
    QVERIFY(sendWithKeyboard());
    QVERIFY2(statusText().startsWith(QStringLiteral("200")), qPrintable(statusText()));
}

void TestMainWindow::aboutBoxShowsTheVersion()
{
    QString text;
    QTimer::singleShot(0, this, [&text] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        text = box->text();
        box->accept();
    });
    QAction *about = nullptr;
    for (QAction *menu : window()->menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            if (action->menuRole() == QAction::AboutRole)
                about = action;
        }
    }
    QVERIFY(about);
    about->trigger();
    QVERIFY2(text.contains(QCoreApplication::applicationVersion()), qPrintable(text));
}

void TestMainWindow::truncatedBodyIsNeverASuccess()
{
    destroyWindow();
    cx::test::FaultServer server;
    server.enqueue(cx::test::FaultServer::truncated(200, "{\"data\":[1,2,3,4,5,6,7,8,9]}", 9));
    Profile profile;
    profile.name = QStringLiteral("Faulty");
    profile.baseUrl = server.baseUrl().toString();
    createWindow(profile); // no credentials: the request carries its own Authorization header
    QLineEdit *path = page()->editor()->pathEdit();
    QTest::mouseClick(path, Qt::LeftButton);
    QTest::keyClicks(path, QStringLiteral("/api/templates"));
    page()->editor()->headerTable()->model()->addRow(QStringLiteral("Authorization"),
                                                     QStringLiteral("Bearer t"));
    QVERIFY(sendWithKeyboard());
    ErrorArea *error = page()->errorArea();
    QVERIFY(error->isVisible());
    QCOMPARE(error->actionName(), QStringLiteral("network"));
    QVERIFY2(error->code().contains(QStringLiteral("truncated")), qPrintable(error->code()));
    QVERIFY2(statusText().contains(QStringLiteral("incomplete")) ||
                 statusText().contains(QStringLiteral("No response")),
             qPrintable(statusText()));
    QVERIFY(!page()->responseView()->statusLabel()->styleSheet().contains(QStringLiteral("#2e7d32")));
    destroyWindow();
}

void TestMainWindow::fiftyMegabyteResponseKeepsTheWindowLive()
{
    destroyWindow();
    QByteArray body = "{\"data\":[";
    body.reserve(51 * 1024 * 1024);
    for (int i = 0; body.size() < 50 * 1024 * 1024; ++i) {
        body += (i ? ",{\"id\":" : "{\"id\":") + QByteArray::number(i) + ",\"name\":\"item " +
                QByteArray::number(i) + "\",\"text\":\"" + QByteArray(300, 'x') + "\"}";
    }
    body += "]}";
    cx::test::FaultServer server;
    server.enqueue(cx::test::FaultServer::ok(body));
    Profile profile;
    profile.name = QStringLiteral("Big");
    profile.baseUrl = server.baseUrl().toString();
    createWindow(profile);
    QLineEdit *path = page()->editor()->pathEdit();
    QTest::mouseClick(path, Qt::LeftButton);
    QTest::keyClicks(path, QStringLiteral("/api/big"));
    page()->editor()->headerTable()->model()->addRow(QStringLiteral("Authorization"),
                                                     QStringLiteral("Bearer t"));

    // How long does the event loop ever go without turning, from Send until the tree is there?
    qint64 longestGapMs = 0;
    QElapsedTimer gap;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&] { longestGapMs = qMax(longestGapMs, gap.restart()); });
    gap.start();
    ticker.start();
    QElapsedTimer total;
    total.start();
    QVERIFY(sendWithKeyboard(60000));
    ticker.stop();
    qInfo(
        "50 MB response through the window: %lld ms from Ctrl+Enter to tree, longest event-loop gap %lld ms",
        total.elapsed(), longestGapMs);
    QVERIFY2(statusText().startsWith(QStringLiteral("200")), qPrintable(statusText()));
    QVERIFY(!page()->errorArea()->isVisible());
    QVERIFY(page()->responseView()->prettyView()->pageCount() > 100);
    QVERIFY(page()->responseView()->treeModel()->createdNodeCount() <= JsonTreeModel::BatchSize + 1);
    QVERIFY2(longestGapMs < 1500, qPrintable(QString::number(longestGapMs)));
    destroyWindow();
}

void TestMainWindow::responseFollowsTheLanguage()
{
    QVERIFY(waitSignedIn());
    QVERIFY(clickEndpoint("GET", QStringLiteral("/api/templates")));
    QVERIFY(sendWithKeyboard());
    ResponseView *response = page()->responseView();
    QTest::keyClick(window(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(response->findBar()->isVisible());
    QTest::keyClicks(response->findBar()->edit(), QStringLiteral("no such text anywhere"));
    QTest::keyClick(response->findBar()->edit(), Qt::Key_Return);
    const QString status = statusText();
    const QString time = response->timeLabel()->text();
    QVERIFY(status.startsWith(QStringLiteral("200")));

    const auto backToEnglish = qScopeGuard([] { test::switchLanguageNow(QStringLiteral("en")); });
    test::switchLanguageNow(QStringLiteral("de"));
    QCOMPARE(response->tabs()->tabText(ResponseView::TreeTab), QStringLiteral("Baum"));
    QCOMPARE(response->tabs()->tabText(ResponseView::RawTab), QStringLiteral("Roh"));
    QCOMPARE(response->findBar()->edit()->placeholderText(), QStringLiteral("In der Antwort suchen"));
    bool notFoundShown = false;
    for (const QLabel *label : response->findBar()->findChildren<QLabel *>())
        notFoundShown = notFoundShown || label->text() == QStringLiteral("Nicht gefunden");
    QVERIFY(notFoundShown);
    QCOMPARE(response->treeView()->copyValueAction()->text(), QStringLiteral("&Wert kopieren"));
    QCOMPARE(response->treeModel()->headerData(JsonTreeModel::KeyColumn, Qt::Horizontal).toString(),
             QStringLiteral("Schlüssel"));
    // The status line is rebuilt from the response, not left as it was, and the response stays.
    QCOMPARE(statusText(), status);
    QCOMPARE(response->timeLabel()->text(), time);
    QVERIFY(!response->treeModel()->isEmpty());
    QCOMPARE(response->findBar()->edit()->text(), QStringLiteral("no such text anywhere"));

    test::switchLanguageNow(QStringLiteral("en"));
    QCOMPARE(response->tabs()->tabText(ResponseView::TreeTab), QStringLiteral("Tree"));
    QCOMPARE(response->findBar()->edit()->placeholderText(), QStringLiteral("Find in response"));
    QCOMPARE(response->treeView()->copyValueAction()->text(), QStringLiteral("Copy &value"));
}

QTEST_MAIN(TestMainWindow)
// Issue 15: what the first frame does not show is built when first needed, yet its View menu entry and
// its shortcut work from the start.
void TestMainWindow::docksAreBuiltOnFirstUse()
{
    QVERIFY(!window()->findChild<ErrorPanel *>());
    QVERIFY(!window()->findChild<TourPlayer *>());
    QVERIFY(!window()->findChild<QDockWidget *>(QStringLiteral("historyDock")));
    QVERIFY(!window()->findChild<QDockWidget *>(QStringLiteral("collectionsDock")));

    auto *view = window()->menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
    QVERIFY(view);
    auto *errorEntry = window()->findChild<QAction *>(QStringLiteral("errorPanelAction"));
    auto *tourEntry = window()->findChild<QAction *>(QStringLiteral("tourPlayerAction"));
    QVERIFY(errorEntry && tourEntry);
    QVERIFY(view->actions().contains(errorEntry) && view->actions().contains(tourEntry));
    QVERIFY(view->actions().contains(window()->workspace()->historyAction()));
    QCOMPARE(errorEntry->text(), QStringLiteral("&Error Panel"));
    QCOMPARE(tourEntry->text(), QStringLiteral("&Tour Player"));
    QVERIFY(!errorEntry->isChecked() && !tourEntry->isChecked());

    // Ctrl+H builds and opens the history.
    QTest::keyClick(window(), Qt::Key_H, Qt::ControlModifier);
    auto *history = window()->findChild<QDockWidget *>(QStringLiteral("historyDock"));
    QVERIFY(history);
    QTRY_VERIFY(history->isVisible());
    QCOMPARE(history->windowTitle(), QStringLiteral("History"));
    QVERIFY(window()->workspace()->historyAction()->isChecked());
    // Ctrl+Shift+E builds and opens the error panel; again, and it closes.
    QTest::keyClick(window(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    auto *panel = window()->findChild<ErrorPanel *>();
    QVERIFY(panel);
    QTRY_VERIFY(panel->isVisible());
    QVERIFY(errorEntry->isChecked());
    QCOMPARE(window()->errorPanel(), panel);
    QTest::keyClick(window(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!panel->isVisible());
    QVERIFY(!errorEntry->isChecked());
    // Closed by its own title bar button: the menu entry follows.
    errorEntry->trigger();
    QTRY_VERIFY(panel->isVisible() && errorEntry->isChecked());
    panel->close();
    QTRY_VERIFY(!errorEntry->isChecked());

    // View > Tour Player builds the player, where tourPlayerAction puts docks on the right.
    tourEntry->trigger();
    auto *player = window()->findChild<TourPlayer *>();
    QVERIFY(player);
    QTRY_VERIFY(player->isVisible());
    QVERIFY(tourEntry->isChecked());
    QCOMPARE(window()->dockWidgetArea(player), Qt::RightDockWidgetArea);
    QCOMPARE(window()->findChildren<TourPlayer *>().size(), 1);
    tourEntry->trigger();
    QTRY_VERIFY(!player->isVisible());
    QCOMPARE(window()->findChildren<TourPlayer *>().size(), 1);
}

void TestMainWindow::aFailedRequestBuildsAndOpensTheErrorPanel()
{
    QVERIFY(waitSignedIn());
    QVERIFY(clickEndpoint("GET", QStringLiteral("/api/templates")));
    QVERIFY(sendWithKeyboard());
    QVERIFY2(statusText().startsWith(QStringLiteral("200")), qPrintable(statusText()));
    QVERIFY(!window()->findChild<ErrorPanel *>()); // a success does not need it

    ParamTable *headers = page()->editor()->headerTable();
    headers->model()->addRow(QStringLiteral("Authorization"), QStringLiteral("Bearer not-a-token"));
    QVERIFY(sendWithKeyboard());
    QVERIFY2(statusText().startsWith(QStringLiteral("401")), qPrintable(statusText()));
    auto *panel = window()->findChild<ErrorPanel *>();
    QVERIFY(panel);
    QTRY_VERIFY(panel->isVisible());
    QCOMPARE(panel->entryCount(), 1); // shown once, not twice
    QVERIFY(panel->titleLabel()->text().contains(QStringLiteral("401")));
    // From now on it watches the tabs itself: the next failure is its second entry.
    QVERIFY(sendWithKeyboard());
    QTRY_COMPARE(panel->entryCount(), 2);
    // A tab opened later too.
    window()->newTab();
    QVERIFY(clickEndpoint("GET", QStringLiteral("/api/templates")));
    page()->editor()->headerTable()->model()->addRow(QStringLiteral("Authorization"),
                                                     QStringLiteral("Bearer not-a-token"));
    QVERIFY(sendWithKeyboard());
    QTRY_COMPARE(panel->entryCount(), 3);
}

void TestMainWindow::savedLayoutPlacesDocksBuiltLater()
{
    const auto forget = qScopeGuard([] {
        QSettings settings;
        settings.remove(QStringLiteral("MainWindow/state"));
        settings.remove(QStringLiteral("MainWindow/shownDocks"));
    });
    // The error panel moved to the left; the tour player to the top, and closed.
    window()->addDockWidget(Qt::LeftDockWidgetArea, window()->errorPanel());
    window()->errorPanel()->show();
    TourPlayer *player = tourPlayer(window());
    window()->addDockWidget(Qt::TopDockWidgetArea, player);
    player->show();
    QTRY_VERIFY(player->isVisible() && window()->errorPanel()->isVisible());
    player->hide();
    destroyWindow(); // closeEvent saves
    createWindow();

    // Hidden when saved: not built at start, and built where it was when first opened.
    QVERIFY(!window()->findChild<TourPlayer *>());
    QVERIFY(!window()->findChild<ErrorPanel *>());
    window()->findChild<QAction *>(QStringLiteral("tourPlayerAction"))->trigger();
    player = window()->findChild<TourPlayer *>();
    QVERIFY(player);
    QTRY_VERIFY(player->isVisible());
    QCOMPARE(window()->dockWidgetArea(player), Qt::TopDockWidgetArea);
    // The error panel is hidden at start whatever was saved, and opens where it was.
    ErrorPanel *panel = window()->errorPanel();
    QVERIFY(!panel->isVisible());
    QCOMPARE(window()->dockWidgetArea(panel), Qt::LeftDockWidgetArea);
    window()->findChild<QAction *>(QStringLiteral("errorPanelAction"))->trigger();
    QTRY_VERIFY(panel->isVisible());
    QCOMPARE(window()->dockWidgetArea(panel), Qt::LeftDockWidgetArea);

    // Shown when saved: built at start, where it was.
    player->show();
    destroyWindow();
    createWindow();
    player = window()->findChild<TourPlayer *>();
    QVERIFY(player);
    QTRY_VERIFY(player->isVisible());
    QCOMPARE(window()->dockWidgetArea(player), Qt::TopDockWidgetArea);
    QVERIFY(window()->findChild<QAction *>(QStringLiteral("tourPlayerAction"))->isChecked());
}

#include "tst_mainwindow.moc"
