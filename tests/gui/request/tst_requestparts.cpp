// The request and response parts below the window: path templates, drafts, the JSON check, the
// parameter table, paged text, start-up options, a 50 MB body that must not freeze the UI, and a
// live language switch that keeps what was typed.
#include "UntranslatedScan.h"
#include "auth/Session.h"
#include "net/ApiClient.h"
#include "profiles/StatusPanel.h"
#include "request/BodyEditor.h"
#include "request/ErrorArea.h"
#include "request/JsonCheck.h"
#include "request/ParamTable.h"
#include "request/ParamTableModel.h"
#include "request/PathParamsForm.h"
#include "request/PathTemplate.h"
#include "request/RequestDraft.h"
#include "request/RequestEditor.h"
#include "request/RequestPage.h"
#include "response/JsonTreeModel.h"
#include "response/PagedTextView.h"
#include "response/ResponseView.h"
#include "shell/StartupOptions.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>

using namespace cx;
using namespace cx::gui;

class TestRequestParts : public QObject
{
    Q_OBJECT

private slots:
    void pathTemplates();
    void draftFromEndpoint();
    void draftToApiRequest();
    void jsonCheckGivesLineAndColumn();
    void paramTableCheckboxes();
    void pagedTextViewPagesAndFinds();
    void startupOptions();
    void remainingLifetimeFormat();
    void bigBodyDoesNotBlockTheUi();
    void bigRequestBodyIsCheckedOffTheUiThread();
    void requestPartsFollowTheLanguage();

private:
    static bool noLeftovers(const char *what, const QStringList &leftovers)
    {
        for (const QString &line : leftovers)
            qInfo("%s: %s", what, qPrintable(line));
        return leftovers.isEmpty();
    }
};

void TestRequestParts::pathTemplates()
{
    QCOMPARE(PathTemplate::parameterNames(QStringLiteral("/api/{a}/x/{b}/{a}")),
             (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(PathTemplate::substitute(QStringLiteral("/api/templates/{id}"),
                                      {{QStringLiteral("id"), QStringLiteral("42")}}),
             QStringLiteral("/api/templates/42"));
    QCOMPARE(PathTemplate::substitute(QStringLiteral("/api/templates/{id}"), {}),
             QStringLiteral("/api/templates/{id}"));
    // A value is one segment: slashes and spaces are encoded, never a path of their own.
    QCOMPARE(PathTemplate::substitute(QStringLiteral("/f/{id}"),
                                      {{QStringLiteral("id"), QStringLiteral("a/b c")}}),
             QStringLiteral("/f/a%2Fb%20c"));
}

void TestRequestParts::draftFromEndpoint()
{
    Endpoint endpoint;
    endpoint.method = "GET";
    endpoint.path = QStringLiteral("/api/templates/{id}");
    endpoint.parameters = {
        {QStringLiteral("id"), QStringLiteral("path"), true, QStringLiteral("integer"), {}, {}},
        {QStringLiteral("page"),
         QStringLiteral("query"),
         false,
         QStringLiteral("integer"),
         {},
         QStringLiteral("1")},
        {QStringLiteral("q"),
         QStringLiteral("query"),
         true,
         QStringLiteral("string"),
         QStringLiteral("Search"),
         {}},
        {QStringLiteral("X-Trace"), QStringLiteral("header"), false, QStringLiteral("string"), {}, {}},
    };
    const RequestDraft draft = RequestDraft::fromEndpoint(endpoint);
    QCOMPARE(draft.pathTemplate, QStringLiteral("/api/templates/{id}"));
    QVERIFY(draft.pathValues.contains(QStringLiteral("id")));
    QCOMPARE(draft.query.size(), 2);
    QCOMPARE(draft.query[0].name, QStringLiteral("page"));
    QCOMPARE(draft.query[0].value, QStringLiteral("1"));
    QCOMPARE(draft.query[0].enabled, false); // optional: pre-filled, not sent
    QCOMPARE(draft.query[1].enabled, true);  // required: sent
    QCOMPARE(draft.headers.size(), 1);
    QVERIFY(draft.body.isEmpty());
    QCOMPARE(draft.title(), QStringLiteral("GET /api/templates/{id}"));
}

void TestRequestParts::draftToApiRequest()
{
    RequestDraft draft;
    draft.method = "post";
    draft.pathTemplate = QStringLiteral("api/things/{id}");
    draft.pathValues = {{QStringLiteral("id"), QStringLiteral("7")}};
    draft.query = {{true, QStringLiteral("a"), QStringLiteral("1"), {}, false},
                   {false, QStringLiteral("b"), QStringLiteral("2"), {}, false},
                   {true, QString(), QStringLiteral("3"), {}, false}};
    draft.headers = {{true, QStringLiteral("X-One"), QStringLiteral("yes"), {}, false}};
    draft.body = QStringLiteral("{\"x\": 1}");
    const ApiRequest request = draft.toApiRequest();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QStringLiteral("/api/things/7"));
    QCOMPARE(request.query.size(), 1);
    QCOMPARE(request.query[0].first, QStringLiteral("a"));
    QCOMPARE(request.headers.size(), 2);
    QCOMPARE(request.headers[1].first, QByteArray("Content-Type"));
    QCOMPARE(request.body, QByteArray("{\"x\": 1}"));
    QVERIFY(request.authenticated);
}

void TestRequestParts::jsonCheckGivesLineAndColumn()
{
    QCOMPARE(JsonCheckResult::check("  ").state, JsonCheckResult::State::Empty);
    QCOMPARE(JsonCheckResult::check("{\"a\": [1]}").state, JsonCheckResult::State::Valid);
    const JsonCheckResult bad = JsonCheckResult::check("{\n  \"ä\": 1,\n  \"b\" 2\n}");
    QCOMPARE(bad.state, JsonCheckResult::State::Invalid);
    QCOMPARE(bad.line, 3);
    QVERIFY2(bad.column >= 6 && bad.column <= 8, qPrintable(QString::number(bad.column)));
    QVERIFY(!bad.message.isEmpty());
}

void TestRequestParts::paramTableCheckboxes()
{
    ParamTableModel model;
    model.setRows({{false, QStringLiteral("page"), QStringLiteral("1"), QStringLiteral("Page"), false}});
    const QModelIndex name = model.index(0, ParamTableModel::NameColumn);
    QCOMPARE(name.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(model.flags(name) & Qt::ItemIsUserCheckable);
    QVERIFY(model.setData(name, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model.rows()[0].enabled, true);
    QVERIFY(model.setData(name, Qt::Unchecked, Qt::CheckStateRole));
    // Typing a value into an optional row means "send it".
    QVERIFY(model.setData(model.index(0, ParamTableModel::ValueColumn), QStringLiteral("3")));
    QCOMPARE(model.rows()[0].enabled, true);
    QCOMPARE(model.addRow(QStringLiteral("x")), 1);
    model.removeRowsAt({0});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rows()[0].name, QStringLiteral("x"));
}

void TestRequestParts::pagedTextViewPagesAndFinds()
{
    PagedTextView view;
    QByteArray text;
    for (int i = 0; i < 40000; ++i)
        text += "line " + QByteArray::number(i) + " ünïcode\n";
    text += "the needle is here\n";
    view.setContent(text);
    QVERIFY(view.pageCount() > 1);
    QCOMPARE(view.currentPage(), 0);
    QVERIFY(view.editor()->document()->characterCount() < PagedTextView::PageBytes + 1024);
    // Pages cover the text exactly, end at line breaks and never split a UTF-8 sequence.
    QString joined;
    for (int page = 0; page < view.pageCount(); ++page) {
        const QString pageText = view.pageText(page);
        QVERIFY(pageText.endsWith(QLatin1Char('\n')));
        joined += pageText;
    }
    QCOMPARE(joined, QString::fromUtf8(text));
    QVERIFY(view.find(QStringLiteral("NEEDLE")));
    QCOMPARE(view.currentPage(), view.pageCount() - 1);
    QCOMPARE(view.editor()->textCursor().selectedText(), QStringLiteral("needle"));
    QVERIFY(view.find(QStringLiteral("line 5 ")));
    QCOMPARE(view.currentPage(), 0); // wrapped around
    QVERIFY(!view.find(QStringLiteral("absent")));

    // One line with no break at all is cut between characters.
    const QByteArray oneLine = QByteArray(300000, 'a') + "é" + QByteArray(300000, 'b');
    view.setContent(oneLine);
    QString all;
    for (int page = 0; page < view.pageCount(); ++page)
        all += view.pageText(page);
    QCOMPARE(all, QString::fromUtf8(oneLine));
}

void TestRequestParts::startupOptions()
{
    StartupOptions options;
    QString error;
    QVERIFY(StartupOptions::parse({QStringLiteral("connect-explorer")}, {}, &options, &error));
    QVERIFY(options.profile.embeddedSimulator);
    QCOMPARE(options.profile.clientId, QStringLiteral("demo-client"));

    QProcessEnvironment environment;
    environment.insert(QStringLiteral("MY_SECRET"), QStringLiteral("s3cret"));
    options = {};
    QVERIFY(StartupOptions::parse({QStringLiteral("connect-explorer"), QStringLiteral("--base-url"),
                                   QStringLiteral("https://api.example.test"), QStringLiteral("--client-id"),
                                   QStringLiteral("abc"), QStringLiteral("--client-secret-env"),
                                   QStringLiteral("MY_SECRET")},
                                  environment, &options, &error));
    QVERIFY(!options.profile.embeddedSimulator);
    QCOMPARE(QUrl(options.profile.baseUrl), QUrl(QStringLiteral("https://api.example.test")));
    QCOMPARE(options.profile.clientId, QStringLiteral("abc"));
    QCOMPARE(options.profile.clientSecret, QStringLiteral("s3cret"));

    options = {};
    QVERIFY(!StartupOptions::parse(
        {QStringLiteral("connect-explorer"), QStringLiteral("--base-url"), QStringLiteral("ftp://x")}, {},
        &options, &error));
    QVERIFY(!StartupOptions::parse(
        {QStringLiteral("connect-explorer"), QStringLiteral("--client-id"), QStringLiteral("abc")}, {},
        &options, &error));
}

void TestRequestParts::remainingLifetimeFormat()
{
    QCOMPARE(StatusPanel::formatRemaining(2592000), QStringLiteral("30d 00:00:00"));
    QCOMPARE(StatusPanel::formatRemaining(3723), QStringLiteral("01:02:03"));
    QCOMPARE(StatusPanel::formatRemaining(0), QStringLiteral("expired"));
}

void TestRequestParts::bigBodyDoesNotBlockTheUi()
{
    // About 50 MB of JSON: {"data":[{"id":0,"name":"item 0","text":"..."}, ...]}
    QByteArray body;
    body.reserve(52 * 1024 * 1024);
    body += "{\"data\":[";
    const QByteArray filler(400, 'x');
    for (int i = 0; body.size() < 50 * 1024 * 1024; ++i) {
        if (i)
            body += ',';
        body += "{\"id\":" + QByteArray::number(i) + ",\"name\":\"item " + QByteArray::number(i) +
                "\",\"text\":\"" + filler + "\"}";
    }
    body += "]}";

    ApiResponse response;
    response.status = 200;
    response.reason = "OK";
    response.headers = {{"Content-Type", "application/json"}};
    response.body = body;

    ResponseView view;
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // The event loop keeps turning while the body is parsed: count timer ticks meanwhile.
    int ticks = 0;
    qint64 longestGapMs = 0;
    QElapsedTimer gap;
    QTimer ticker;
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        ++ticks;
        longestGapMs = qMax(longestGapMs, gap.restart());
    });
    QSignalSpy ready(&view, &ResponseView::bodyReady);
    QElapsedTimer timer;
    timer.start();
    view.showResponse(response, false);
    const qint64 showMs = timer.elapsed();
    gap.start();
    ticker.start();
    QVERIFY(view.isParsing());
    QVERIFY(ready.wait(120000));
    ticker.stop();
    qInfo("50 MB body: showResponse returned in %lld ms, parsed after %lld ms, %d ticks, longest UI gap %lld "
          "ms",
          showMs, timer.elapsed(), ticks, longestGapMs);
    QVERIFY2(showMs < 1000, qPrintable(QString::number(showMs)));
    QVERIFY2(longestGapMs < 1000, qPrintable(QString::number(longestGapMs)));
    QVERIFY(ticks > 0);
    QCOMPARE(view.parsed().kind, ParsedBody::Kind::Json);
    // Only one page of text is in the widgets, and only the first batch of tree rows exists.
    QVERIFY(view.prettyView()->pageCount() > 100);
    QVERIFY(view.prettyView()->editor()->document()->characterCount() < 2 * PagedTextView::PageBytes);
    QVERIFY(view.rawView()->editor()->document()->characterCount() < 2 * PagedTextView::PageBytes);
    QVERIFY(view.treeModel()->createdNodeCount() <= JsonTreeModel::BatchSize + 1);
    const QModelIndex data = view.treeModel()->index(0, 0);
    view.treeModel()->fetchMore(data);
    QCOMPARE(view.treeModel()->rowCount(data), JsonTreeModel::BatchSize);

    // Letting go of the 50 MB document (the next response replaces it) must not stall the UI either.
    timer.restart();
    view.clear();
    const qint64 clearMs = timer.elapsed();
    qInfo("clearing the 50 MB response took %lld ms on the UI thread", clearMs);
    QVERIFY2(clearMs < 1000, qPrintable(QString::number(clearMs)));
}

void TestRequestParts::bigRequestBodyIsCheckedOffTheUiThread()
{
    BodyEditor editor;
    QString big = QStringLiteral("[");
    while (big.size() < 2 * BodyEditor::LargeBody)
        big += QStringLiteral("{\"name\": \"value\", \"n\": 12345},\n");
    big += QStringLiteral("{}]");
    QSignalSpy checked(&editor, &BodyEditor::checked);
    editor.setText(big);
    // The check is still running on a worker when setText returns.
    QVERIFY(editor.isCheckPending());
    QVERIFY(editor.indicatorText().contains(QStringLiteral("Checking")));
    QTRY_VERIFY(!editor.isCheckPending());
    QCOMPARE(editor.lastCheck().state, JsonCheckResult::State::Valid);
    editor.setText(big.chopped(1));
    QTRY_VERIFY(!editor.isCheckPending());
    QCOMPARE(editor.lastCheck().state, JsonCheckResult::State::Invalid);
    QVERIFY(editor.lastCheck().line > 1000);
}

void TestRequestParts::requestPartsFollowTheLanguage()
{
    test::UntranslatedScan german;
    test::UntranslatedScan french;
    test::UntranslatedScan english; // finds French left over
    QVERIFY(german.load(QStringLiteral(CX_TS_DIR "/connect-explorer_de.ts")));
    QVERIFY(french.load(QStringLiteral(CX_TS_DIR "/connect-explorer_fr.ts")));
    QVERIFY(english.load(QStringLiteral(CX_TS_DIR "/connect-explorer_fr.ts"), /*reversed*/ true));
    const auto backToEnglish = qScopeGuard([] { test::switchLanguageWithoutSaving(QStringLiteral("en")); });

    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *editor = new RequestEditor(&window);
    auto *errorArea = new ErrorArea(&window);
    ApiClient client;
    Session session(&client);
    auto *status = new StatusPanel(&session, &window);
    auto *blankPage = new RequestPage(&client, &window);
    layout->addWidget(editor);
    layout->addWidget(errorArea);
    layout->addWidget(status);
    layout->addWidget(blankPage);
    QSignalSpy blankPageTitles(blankPage, &RequestPage::titleChanged);

    RequestDraft draft;
    draft.method = "GET";
    draft.pathTemplate = QStringLiteral("/api/assets/{id}");
    draft.pathValues.insert(QStringLiteral("id"), QStringLiteral("424242"));
    draft.query = {
        ParamRow{true, QStringLiteral("limit"), QStringLiteral("5"), QStringLiteral("How many"), true}};
    draft.body = QStringLiteral("{\"name\": ");
    editor->load(draft);
    ApiError error;
    error.status = 404;
    error.code = QStringLiteral("asset_not_found");
    error.message = QStringLiteral("No asset 424242");
    error.shape = ApiError::Shape::CodeMessage;
    errorArea->showError(ErrorCatalog::decideLate(error));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(editor->sendButton()->text(), QStringLiteral("Send"));

    test::switchLanguageWithoutSaving(QStringLiteral("de"));
    QVERIFY2(noLeftovers("English left after switching to German", german.findEnglish()),
             "English left after switching to German");
    QCOMPARE(editor->sendButton()->text(), QStringLiteral("Senden"));
    QCOMPARE(editor->pathParams()->editFor(QStringLiteral("id"))->placeholderText(),
             QStringLiteral("Wert für {id}"));
    const ParamTableModel *query = editor->queryTable()->model();
    QCOMPARE(query->index(0, ParamTableModel::DescriptionColumn).data().toString(),
             QStringLiteral("(erforderlich) How many"));
    QVERIFY2(editor->bodyEditor()->indicatorText().startsWith(QStringLiteral("✗ Ungültiges JSON in Zeile 1")),
             qPrintable(editor->bodyEditor()->indicatorText()));
    QCOMPARE(errorArea->titleLabel()->text(),
             QStringLiteral("Anfrage fehlgeschlagen — HTTP 404 · asset_not_found"));
    QCOMPARE(status->clientLabel()->text(), QStringLiteral("Abgemeldet"));
    // The tab of a request without a path is named in the new language (MainWindow sets the tab text).
    QCOMPARE(blankPage->title(), QStringLiteral("Neue Anfrage"));
    QVERIFY(!blankPageTitles.isEmpty());
    QCOMPARE(blankPageTitles.last().at(0).toString(), QStringLiteral("Neue Anfrage"));

    test::switchLanguageWithoutSaving(QStringLiteral("fr"));
    QVERIFY2(noLeftovers("English left after switching to French", french.findEnglish()),
             "English left after switching to French");
    test::switchLanguageWithoutSaving(QStringLiteral("en"));
    QVERIFY2(noLeftovers("French left after switching back to English", english.findEnglish()),
             "French left after switching back to English");
    QCOMPARE(editor->sendButton()->text(), QStringLiteral("Send"));

    // What the user typed and what the server said are all still there.
    QCOMPARE(editor->pathParams()->editFor(QStringLiteral("id"))->text(), QStringLiteral("424242"));
    QCOMPARE(editor->draft().query, draft.query);
    QCOMPARE(editor->draft().body, draft.body);
    QCOMPARE(errorArea->code(), QStringLiteral("asset_not_found"));
    QCOMPARE(errorArea->message(), QStringLiteral("No asset 424242"));
    QCOMPARE(errorArea->titleLabel()->text(), QStringLiteral("Request failed — HTTP 404 · asset_not_found"));
}

QTEST_MAIN(TestRequestParts)
#include "tst_requestparts.moc"
