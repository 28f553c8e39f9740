// Responses read like the document (issue 16, item 8) and show what was sent (issue 17, item 3): the JSON
// tree keeps the document's key order and opens its first level; Find finds a match that straddles two
// pages; the Timing tab shows the phases Qt reports; the Request tab shows the request line, the headers
// with the token masked (until revealed) and each redirect hop. Real widgets offscreen, the real window
// against its in-process simulator, and a raw loopback server for the redirect.
#include "FaultServer.h"
#include "GuiTestBase.h"
#include "errors/ApiError.h"
#include "net/ApiClient.h"
#include "request/RequestEditor.h"
#include "response/JsonTreeModel.h"
#include "response/JsonTreeView.h"
#include "response/PagedTextView.h"
#include "response/ResponseTimingView.h"
#include "response/SentRequestView.h"

#include <QCheckBox>
#include <QPlainTextEdit>
#include <QTabWidget>

using namespace cx;
using cx::test::FaultServer;

namespace {

QStringList keysUnder(gui::JsonTreeModel *model, const QModelIndex &parent)
{
    while (model->canFetchMore(parent))
        model->fetchMore(parent);
    QStringList keys;
    for (int row = 0; row < model->rowCount(parent); ++row)
        keys << model->index(row, 0, parent).data().toString();
    return keys;
}

ApiResponse jsonResponse(const QByteArray &body)
{
    ApiResponse response;
    response.status = 200;
    response.reason = "OK";
    response.headers = {{"Content-Type", "application/json"}};
    response.body = body;
    return response;
}

} // namespace

class TestResponseReading : public test::GuiTestBase
{
    Q_OBJECT
private slots:
    void initTestCase() { setUpEnvironment(); }
    void cleanup() { destroyWindow(); }

    void theTreeKeepsTheDocumentsKeyOrder()
    {
        gui::ResponseView view;
        view.resize(800, 600);
        view.show();
        QSignalSpy ready(&view, &gui::ResponseView::bodyReady);
        const QByteArray body = "{\"zeta\": 1, \"alpha\": {\"z\": true, \"a\": null, \"m\": [{\"y\": 1, "
                                "\"b\": 2}]},\n \"mid\\u00e9\": [3, 4], \"b\\\"q\": \"x\", \"zeta2\": {}}";
        view.showResponse(jsonResponse(body), false);
        QVERIFY(ready.wait(10000));
        gui::JsonTreeModel *model = view.treeModel();
        QCOMPARE(keysUnder(model, {}),
                 (QStringList{QStringLiteral("zeta"), QStringLiteral("alpha"), QString::fromUtf8("mid\u00e9"),
                              QStringLiteral("b\"q"), QStringLiteral("zeta2")}));
        const QModelIndex alpha = model->index(1, 0);
        QCOMPARE(keysUnder(model, alpha),
                 (QStringList{QStringLiteral("z"), QStringLiteral("a"), QStringLiteral("m")}));
        const QModelIndex m = model->index(2, 0, alpha);
        QCOMPARE(keysUnder(model, m), QStringList{QStringLiteral("[0]")});
        const QModelIndex item = model->index(0, 0, m);
        QVERIFY(item.isValid());
        QCOMPARE(keysUnder(model, item), (QStringList{QStringLiteral("y"), QStringLiteral("b")}));
        QCOMPARE(model->pathOf(model->index(1, 0, item)), QStringLiteral("$.alpha.m[0].b"));
        QCOMPARE(model->index(1, 1, item).data().toString(), QStringLiteral("2"));
        // The Pretty tab too keeps the document's order.
        const QString pretty = view.prettyView()->pageText(0);
        QVERIFY2(pretty.indexOf(QStringLiteral("\"zeta\"")) < pretty.indexOf(QStringLiteral("\"alpha\"")),
                 qPrintable(pretty));
        QVERIFY(pretty.contains(
            QStringLiteral("\n    \"alpha\": {\n        \"z\": true,\n        \"a\": null,")));
        // The first level is open; deeper levels wait to be opened.
        QVERIFY(view.treeView()->isExpanded(alpha));
        QVERIFY(view.treeView()->isExpanded(model->index(2, 0)));
        QVERIFY(!view.treeView()->isExpanded(m));
    }

    void prettyTextIsIndentedInTheDocumentsOrder()
    {
        const gui::ParsedBody parsed = gui::ParsedBody::parse(
            "{\"b\":[1,{\"c\":\"x\\\"y, [z]\"}],\"a\":{ },\"e\":[],\"n\":-1.50e+3}", "application/json");
        QCOMPARE(parsed.kind, gui::ParsedBody::Kind::Json);
        QCOMPARE(parsed.pretty, QByteArray("{\n"
                                           "    \"b\": [\n"
                                           "        1,\n"
                                           "        {\n"
                                           "            \"c\": \"x\\\"y, [z]\"\n"
                                           "        }\n"
                                           "    ],\n"
                                           "    \"a\": {},\n"
                                           "    \"e\": [],\n"
                                           "    \"n\": -1.50e+3\n"
                                           "}\n"));
    }

    void theOrderHoldsAcrossBatchesAndRepeatedKeys()
    {
        // More members than one batch, in reverse alphabetical order.
        QByteArray body = "{";
        const int count = gui::JsonTreeModel::BatchSize * 2 + 7;
        for (int i = count - 1; i >= 0; --i)
            body += "\"k" + QByteArray::number(i).rightJustified(5, '0') + "\":" + QByteArray::number(i) +
                    (i ? "," : "");
        body += "}";
        gui::JsonTreeModel model;
        const QJsonDocument document = QJsonDocument::fromJson(body);
        QVERIFY(document.isObject());
        model.setDocument(document, gui::JsonTreeModel::scanSource(body));
        QCOMPARE(model.rowCount(), gui::JsonTreeModel::BatchSize); // still lazy
        const QStringList keys = keysUnder(&model, {});
        QCOMPARE(keys.size(), count);
        for (int row = 0; row < count; ++row)
            QCOMPARE(keys.at(row), QStringLiteral("k%1").arg(count - 1 - row, 5, 10, QLatin1Char('0')));

        // A repeated name is listed once; the tree still has as many rows as the object has members.
        const QByteArray repeated = R"({"b": 1, "a": 2, "b": 3, "c": {"y": 1, "x": 2}})";
        const QJsonDocument twice = QJsonDocument::fromJson(repeated);
        model.setDocument(twice, gui::JsonTreeModel::scanSource(repeated));
        const QStringList names = keysUnder(&model, {});
        QCOMPARE(names.size(), twice.object().size());
        QCOMPARE(names.first(), QStringLiteral("b"));
        QVERIFY(names.contains(QStringLiteral("a")) && names.contains(QStringLiteral("c")));
        QCOMPARE(keysUnder(&model, model.index(int(names.indexOf(QStringLiteral("c"))), 0)),
                 (QStringList{QStringLiteral("y"), QStringLiteral("x")}));

        // Without the bytes, QJsonObject's order as before.
        model.setDocument(QJsonDocument::fromJson(R"({"b": 1, "a": 2})"));
        QCOMPARE(keysUnder(&model, {}), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void findFindsAMatchAcrossAPageBoundary()
    {
        // One long line (minified JSON) is cut into pages between two characters.
        QByteArray text(gui::PagedTextView::PageBytes + gui::PagedTextView::LongLineBytes, 'a');
        const qsizetype cut = gui::PagedTextView::LongLineBytes;
        text.replace(cut - 3, 6, "NEEDLE");
        gui::PagedTextView view;
        view.resize(600, 400);
        view.show();
        view.setContent(text);
        QVERIFY(view.pageCount() >= 2);
        QCOMPARE(gui::PagedTextView::pageStartsOf(text).at(1), cut); // the needle straddles pages 1 and 2
        QVERIFY(view.find(QStringLiteral("needle")));
        QCOMPARE(view.currentPage(), 0);
        QCOMPARE(view.editor()->textCursor().selectedText(), QStringLiteral("NEEDLE"));
        // Backward from the last page finds it too.
        view.showPage(view.pageCount() - 1);
        QVERIFY(view.find(QStringLiteral("needle"), true));
        QCOMPARE(view.currentPage(), 0);
        QCOMPARE(view.editor()->textCursor().selectedText(), QStringLiteral("NEEDLE"));
        // Once only: the next search wraps around to the same match.
        QVERIFY(view.find(QStringLiteral("needle")));
        QCOMPARE(view.editor()->textCursor().selectedText(), QStringLiteral("NEEDLE"));
        QVERIFY(!view.find(QStringLiteral("needlf")));
    }

    void timingAndRequestTabsShowTheRealExchange()
    {
        createWindow();
        QVERIFY(waitSignedIn());
        QVERIFY(clickEndpoint("GET", QStringLiteral("/api/templates")));
        QVERIFY(sendWithKeyboard());
        QVERIFY2(statusText().startsWith(QStringLiteral("200")), qPrintable(statusText()));
        gui::ResponseView *view = page()->responseView();

        // Timing: what Qt reported is a time, the rest says "unavailable".
        view->tabs()->setCurrentIndex(gui::ResponseView::TimingTab);
        gui::ResponseTimingView *timing = view->timingView();
        QVERIFY(timing->dnsLabel()->text().contains(QStringLiteral("unavailable")));
        for (QLabel *label :
             {timing->requestSentLabel(), timing->firstByteLabel(), timing->downloadLabel()}) {
            QVERIFY2(label->text().contains(QStringLiteral(" ms")), qPrintable(label->text()));
            QVERIFY(!label->text().contains(QStringLiteral("unavailable")));
        }
        QVERIFY2(timing->connectLabel()->text().contains(QStringLiteral(" ms")) ||
                     timing->connectLabel()->text().contains(QStringLiteral("reused")),
                 qPrintable(timing->connectLabel()->text()));
        QCOMPARE(timing->tlsLabel()->text(), QStringLiteral("not used (plain HTTP)"));

        // Request: the request line, the token masked until revealed.
        view->tabs()->setCurrentIndex(gui::ResponseView::RequestTab);
        gui::SentRequestView *sent = view->sentRequestView();
        QVERIFY(sent->isVisible());
        QCOMPARE(sent->hopCount(), 1);
        const QByteArray token = session()->accessToken();
        QVERIFY(!token.isEmpty());
        QString text = sent->text();
        QVERIFY2(text.contains(QStringLiteral("GET /api/templates")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral(" HTTP/1.1")));
        QVERIFY2(text.contains(QStringLiteral("Authorization: Bearer [redacted]")), qPrintable(text));
        QVERIFY(!text.contains(QString::fromLatin1(token)));
        QVERIFY(text.contains(QStringLiteral("Host: 127.0.0.1:")));
        sent->revealBox()->click();
        QVERIFY(sent->revealBox()->isChecked());
        text = sent->text();
        QVERIFY(text.contains(QStringLiteral("Authorization: Bearer ") + QString::fromLatin1(token)));
        sent->setRevealSecrets(false);
        QVERIFY(!sent->text().contains(QString::fromLatin1(token)));

        // The next response replaces it; the tab is empty while a request runs.
        view->showRunning();
        QCOMPARE(sent->hopCount(), 0);
    }

    void theRequestTabListsEachRedirectHop()
    {
        FaultServer server;
        server.setRoute("/old", FaultServer::redirect(302, "/new?x=1"));
        server.setRoute("/new", FaultServer::ok(R"({"ok":true})"));
        ApiClient client;
        client.setBaseUrl(server.baseUrl());
        ApiRequest request;
        request.path = QStringLiteral("/old");
        request.authenticated = false;
        request.headers = {{"Authorization", "Bearer s3cret-value"}};
        ApiCall *call = client.send(request);
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(call->response().status, 200);

        gui::ResponseView view;
        view.resize(800, 600);
        view.show();
        view.showResponse(call->response(), false);
        // Built only when its tab is opened.
        QVERIFY(!view.findChild<gui::SentRequestView *>());
        view.tabs()->setCurrentIndex(gui::ResponseView::RequestTab);
        gui::SentRequestView *sent = view.findChild<gui::SentRequestView *>();
        QVERIFY(sent);
        QCOMPARE(sent->hopCount(), 2);
        const QString text = sent->text();
        const qsizetype first = text.indexOf(QStringLiteral("GET /old HTTP/1.1"));
        const qsizetype second = text.indexOf(QStringLiteral("GET /new?x=1 HTTP/1.1"));
        QVERIFY2(first >= 0 && second > first, qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("→ 302")));
        QVERIFY(text.contains(QStringLiteral("following a redirect")));
        QCOMPARE(text.count(QStringLiteral("Authorization: Bearer [redacted]")), 2);
        QVERIFY(!text.contains(QStringLiteral("s3cret-value")));
    }
};

QTEST_MAIN(TestResponseReading)
#include "tst_response_reading.moc"
