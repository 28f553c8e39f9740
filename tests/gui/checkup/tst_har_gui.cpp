// The HAR window lists every entry of a customer's HAR: the Connect API calls (on the current profile's
// origin) as before, every other entry greyed with why in its tooltip and details. A greyed entry is
// never replayed with the profile's token: "Replay to Its Own Origin" (an explicit button, not a double
// click) sends it to the host it went to — here a loopback server that records the raw request — with no
// credential at all, the query as the file wrote it.
#include "FaultServer.h"
#include "GuiTestBase.h"
#include "checkup/CheckupController.h"
#include "checkup/HarDialog.h"
#include "request/RequestPage.h"
#include "response/ResponseView.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace cx;
using namespace cx::gui;
using cx::test::FaultServer;

namespace {

const char CustomerToken[] = "cust-HAR-TOKEN-31c9e0";
const char CustomerCookie[] = "cust-HAR-COOKIE-8d2b";

QJsonObject header(const char *name, const QString &value)
{
    return QJsonObject{{QStringLiteral("name"), QLatin1String(name)}, {QStringLiteral("value"), value}};
}

QJsonObject entry(const char *method, const QString &url)
{
    const QJsonArray headers{
        header("Authorization", QStringLiteral("Bearer ") + QLatin1String(CustomerToken)),
        header("Cookie", QStringLiteral("sid=") + QLatin1String(CustomerCookie)),
        header("Accept", QStringLiteral("application/json"))};
    return QJsonObject{
        {QStringLiteral("startedDateTime"), QStringLiteral("2026-12-01T09:00:00.000Z")},
        {QStringLiteral("time"), 10},
        {QStringLiteral("request"), QJsonObject{{QStringLiteral("method"), QLatin1String(method)},
                                                {QStringLiteral("url"), url},
                                                {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
                                                {QStringLiteral("headers"), headers},
                                                {QStringLiteral("queryString"), QJsonArray()}}},
        {QStringLiteral("response"),
         QJsonObject{
             {QStringLiteral("status"), 200},
             {QStringLiteral("content"), QJsonObject{{QStringLiteral("text"), QStringLiteral("{}")}}}}}};
}

} // namespace

class TestHarGui : public test::GuiTestBase
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        setUpEnvironment();
        createWindow();
        QVERIFY(waitSignedIn());
    }
    void cleanupTestCase() { destroyWindow(); }

    void greyedEntriesAreListedAndReplayedOnlyOnPurpose()
    {
        FaultServer tracker;
        const QString base = window()->connection()->baseUrl().toString();
        const QString other = tracker.baseUrl().toString();
        QJsonArray entries{entry("GET", base + QStringLiteral("/api/templates")),
                           entry("GET", base + QStringLiteral("/api/templates?per_page=2&q=a%20b")),
                           entry("GET", other + QStringLiteral("/a/api/track?x=%7Cy&z=1")),
                           entry("OPTIONS", other + QStringLiteral("/a/api/track"))};
        const QJsonObject har{
            {QStringLiteral("log"), QJsonObject{{QStringLiteral("version"), QStringLiteral("1.2")},
                                                {QStringLiteral("entries"), entries}}}};
        const QString fileName = QDir(m_home.path()).filePath(QStringLiteral("tracker.har"));
        QFile file(fileName);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(har).toJson());
        file.close();

        auto *controller = window()->findChild<CheckupController *>();
        QVERIFY(controller);
        HarDialog *dialog = controller->openHarFile(fileName);
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->rowCount(), 4);
        QCOMPARE(dialog->model()->rowCount(), 4);
        QCOMPARE(dialog->callCount(), 2);
        const QColor grey = dialog->palette().color(QPalette::Disabled, QPalette::Text);
        for (int row = 0; row < 4; ++row) {
            const bool connect = row < 2;
            QCOMPARE(dialog->isConnectCall(row), connect);
            const QModelIndex url = dialog->model()->index(row, HarDialog::UrlColumn);
            const QString tip = url.data(Qt::ToolTipRole).toString();
            QCOMPARE(tip.contains(QStringLiteral("Not a Connect API call")), !connect);
            if (!connect) {
                QVERIFY2(tip.contains(tracker.baseUrl().toString()), qPrintable(tip));
                QCOMPARE(url.data(Qt::ForegroundRole).value<QBrush>().color(), grey);
                QVERIFY(!dialog->replay(row)); // never with the profile's token
            } else {
                QVERIFY(url.data(Qt::ForegroundRole).value<QBrush>().color() != grey);
                QVERIFY(!dialog->replayToOrigin(row));
            }
            dialog->view()->setCurrentIndex(dialog->model()->index(row, 0));
            QCOMPARE(dialog->replayButton()->isEnabled(), connect);
            QCOMPARE(dialog->replayToOriginButton()->isEnabled(), !connect);
            QCOMPARE(dialog->details()->toPlainText().contains(QStringLiteral("Not a Connect API call")),
                     !connect);
            QVERIFY(!dialog->details()->toPlainText().contains(QLatin1String(CustomerToken)));
        }
        QVERIFY(dialog->summaryLabel()->text().contains(QStringLiteral("greyed")));

        // A double click on a greyed row sends nothing.
        const QRect cell = dialog->view()->visualRect(dialog->model()->index(2, HarDialog::MethodColumn));
        QTest::mouseDClick(dialog->view()->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::qWait(200);
        QCOMPARE(int(tracker.requests().size()), 0);

        // On purpose: to its own origin, the query as written, no credential of anyone.
        dialog->view()->setCurrentIndex(dialog->model()->index(2, 0));
        QSignalSpy finished(dialog, &HarDialog::originReplayFinished);
        const int tabs = window()->requestTabs()->count();
        dialog->replayToOriginButton()->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(window()->requestTabs()->count(), tabs);
        QCOMPARE(int(tracker.requests().size()), 1);
        const auto &seen = tracker.requests().first();
        QCOMPARE(seen.method, QByteArray("GET"));
        QCOMPARE(seen.target, QByteArray("/a/api/track?x=%7Cy&z=1"));
        QVERIFY(!seen.hasHeader("Authorization"));
        QVERIFY(!seen.hasHeader("Cookie"));
        QVERIFY2(dialog->details()->toPlainText().contains(QStringLiteral("HTTP 200")),
                 qPrintable(dialog->details()->toPlainText()));

        // A Connect call still replays with the current profile in a new tab.
        RequestPage *page = dialog->replay(1);
        QVERIFY(page);
        QSignalSpy shown(page, &RequestPage::responseShown);
        QVERIFY(shown.wait(10000) || shown.count() > 0);
        QVERIFY2(page->responseView()->statusLabel()->text().contains(QStringLiteral("200")),
                 qPrintable(page->responseView()->statusLabel()->text()));
        QCOMPARE(int(tracker.requests().size()), 1);
        dialog->close();
    }
};

QTEST_MAIN(TestHarGui)
#include "tst_har_gui.moc"
