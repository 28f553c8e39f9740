// Issue 18 in the app: a header whose value holds a line break (the request-smuggling attack) is
// marked in the header table with the reason, Send is refused with the fault line saying why, and a
// real loopback server receives nothing — whether the value came from a restored draft or was typed.
// A pasted cURL command carrying such a header opens no tab at all and says why.
#include "../hygiene/RawLogServer.h"
#include "GuiTestBase.h"
#include "history/CollectionStore.h"
#include "history/RequestWorkspace.h"
#include "net/ApiClient.h"
#include "request/ParamTable.h"
#include "request/ParamTableModel.h"
#include "request/RequestEditor.h"

#include <QBrush>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>

using namespace cx;
using namespace cx::gui;

namespace {
constexpr char Smuggle[] = "a\r\n\r\nGET /smuggled HTTP/1.1\r\nHost: evil.example";

int rowNamed(const ParamTableModel *model, const QString &name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->rows().at(row).name == name)
            return row;
    }
    return -1;
}
} // namespace

class TestHygieneGui : public cx::test::GuiTestBase
{
    Q_OBJECT

    RequestWorkspace *workspace() const { return window()->workspace(); }
    ParamTableModel *headers() const { return page()->editor()->headerTable()->model(); }
    QLabel *issue() const { return page()->editor()->issueLabel(); }
    // Every later send goes to `server` (the session keeps the token it already has).
    void sendTo(const test::RawLogServer &server) { m_connection->client()->setBaseUrl(server.baseUrl()); }

    void verifyMarked(int row)
    {
        QVERIFY(row >= 0);
        for (int column : {int(ParamTableModel::NameColumn), int(ParamTableModel::ValueColumn)}) {
            const QModelIndex index = headers()->index(row, column);
            QVERIFY(index.data(Qt::BackgroundRole).value<QBrush>().style() != Qt::NoBrush);
            QVERIFY(index.data(Qt::ForegroundRole).value<QBrush>().style() != Qt::NoBrush);
            const QString tip = index.data(Qt::ToolTipRole).toString();
            QVERIFY2(tip.contains(QStringLiteral("X-Inj")) && tip.contains(QStringLiteral("line break")),
                     qPrintable(tip));
        }
    }

    // Clicks Send and gives anything that was sent time to arrive.
    void clickSend()
    {
        QTest::mouseClick(page()->editor()->sendButton(), Qt::LeftButton);
        QTest::qWait(300);
    }

private slots:
    void initTestCase() { setUpEnvironment(); }
    void cleanup()
    {
        destroyWindow();
        m_keepDrafts = false;
        QDir(DraftStore::defaultDirectory()).removeRecursively();
    }

    void savedRequestWithALineBreakIsNamedAtStart()
    {
        const QString file = CollectionStore::defaultFilePath();
        QFile::remove(file);
        {
            CollectionStore store(file);
            ApiRequest request;
            request.path = QStringLiteral("/api/templates");
            request.headers = {{"X-Inj", Smuggle}};
            store.save(QStringLiteral("Smuggler"), QString(), request);
            QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
        }
        createWindow();
        const QString message = window()->statusBar()->currentMessage();
        QFile::remove(file);
        QVERIFY2(message.contains(QStringLiteral("Smuggler")) && message.contains(QStringLiteral("X-Inj")),
                 qPrintable(message));
    }

    void draftWithALineBreakLoadsMarkedAndIsNeverSent()
    {
        QDir(DraftStore::defaultDirectory()).removeRecursively();
        {
            DraftStore store;
            Draft draft;
            draft.tabId = QStringLiteral("hygiene-tab");
            draft.title = QStringLiteral("GET /api/templates");
            draft.request.path = QStringLiteral("/api/templates");
            draft.request.headers = {{"Accept", "application/json"}, {"X-Inj", Smuggle}};
            QVERIFY2(store.save(draft), qPrintable(store.lastError()));
        }
        m_keepDrafts = true;
        createWindow();
        QVERIFY(waitSignedIn());
        QCOMPARE(page()->editor()->pathEdit()->text(), QStringLiteral("/api/templates"));

        const int row = rowNamed(headers(), QStringLiteral("X-Inj"));
        verifyMarked(row);
        QCOMPARE(headers()->rows().at(row).value, QString::fromLatin1(Smuggle)); // loaded as written
        QVERIFY(headers()->rowProblem(rowNamed(headers(), QStringLiteral("Accept"))).isEmpty());
        QVERIFY(issue() && issue()->isVisible());
        QVERIFY2(issue()->text().contains(QStringLiteral("Header 'X-Inj'")), qPrintable(issue()->text()));

        test::RawLogServer server;
        sendTo(server);
        clickSend();
        QVERIFY(page()->editor()->sendButton()->isEnabled()); // no call was started
        QVERIFY(issue()->isVisible());
        QVERIFY2(issue()->text().contains(QStringLiteral("line break")), qPrintable(issue()->text()));
        // Ctrl+Enter is refused the same way: no call started, nothing shown as a response.
        QVERIFY(!sendWithKeyboard(1000));
        QVERIFY(page()->editor()->sendButton()->isEnabled());
        QVERIFY(issue()->isVisible());
        QCOMPARE(server.connections(), 0);
        QCOMPARE(server.received(), QByteArray());

        // Corrected, it is sent — the server was listening all along.
        QVERIFY(
            headers()->setData(headers()->index(row, ParamTableModel::ValueColumn), QStringLiteral("fine")));
        QVERIFY(!issue()->isVisible());
        QVERIFY(headers()->index(row, ParamTableModel::ValueColumn).data(Qt::BackgroundRole).isNull());
        QSignalSpy shown(page(), &RequestPage::responseShown);
        QTest::mouseClick(page()->editor()->sendButton(), Qt::LeftButton);
        QVERIFY(shown.wait(10000));
        QVERIFY(server.requestLines().contains(QByteArray("GET /api/templates HTTP/1.1")));
        QVERIFY(server.received().contains("X-Inj: fine\r\n"));
        QVERIFY(!server.received().contains("/smuggled"));
    }

    void typedBadHeaderIsMarkedAndNotSent()
    {
        createWindow();
        QVERIFY(waitSignedIn());
        test::RawLogServer server;
        sendTo(server);
        page()->editor()->pathEdit()->setText(QStringLiteral("/api/templates"));
        const int row = headers()->addRow(QStringLiteral("X Inj"), QStringLiteral("a"));
        const QString tip =
            headers()->index(row, ParamTableModel::NameColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("not a valid header name")), qPrintable(tip));
        clickSend();
        QVERIFY(issue() && issue()->isVisible());
        QVERIFY2(issue()->text().contains(QStringLiteral("Header 'X Inj'")), qPrintable(issue()->text()));
        QCOMPARE(page()->editor()->highlightedField(), QStringLiteral("header:X Inj"));
        QCOMPARE(server.received(), QByteArray());
    }

    void pastedCurlWithALineBreakIsRefused()
    {
        createWindow();
        const int before = window()->requestTabs()->count();
        const QString command = QStringLiteral(
            "curl https://x.example/api/templates -H $'X-Inj: a\\r\\n\\r\\nGET /smuggled HTTP/1.1'");
        QVERIFY(!workspace()->pasteCurlCommand(command));
        QMessageBox *message = workspace()->lastMessage();
        QVERIFY(message);
        QTRY_VERIFY(message->isVisible());
        QCOMPARE(message->icon(), QMessageBox::Warning);
        QVERIFY2(message->text().contains(QStringLiteral("-H")) &&
                     message->text().contains(QStringLiteral("X-Inj")),
                 qPrintable(message->text()));
        QCOMPARE(window()->requestTabs()->count(), before); // nothing opened, so no draft holds it
        message->close();
    }
};

QTEST_MAIN(TestHygieneGui)
#include "tst_hygiene_gui.moc"
