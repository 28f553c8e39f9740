// Comparing responses in the app (issue 17, items 1 and 4): Request > Send on Another Profile… against a
// second simulator seeded differently, the diff view's list, summary, next/previous difference and
// ignored paths (remembered per endpoint), View > This Tab's Sends comparing two sends of one tab, and
// the History panel's Compare on two entries read back from disk by a new window.
#include "ConnectSimulator.h"
#include "GuiTestBase.h"
#include "SimFixture.h"
#include "compare/CompareController.h"
#include "compare/ResponseDiffDialog.h"
#include "compare/SendOnProfileDialog.h"
#include "compare/TabSendsPanel.h"
#include "diff/JsonDiff.h"
#include "history/HistoryListModel.h"
#include "history/HistoryPanel.h"
#include "history/RequestWorkspace.h"
#include "profiles/ProfileStore.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPushButton>
#include <QStatusBar>
#include <QTreeView>
#include <QTreeWidget>

using namespace cx;
using namespace cx::gui;

class TestCompareGui : public cx::test::GuiTestBase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sendOnAnotherProfileListsTheDifferences();
    void ignoredPathIsRememberedForTheEndpoint();
    void twoSendsOfATabCanBeCompared();
    void twoTabsCanBeCompared();
    void twoHistoryEntriesCanBeComparedAfterARestart();
    void largeBodiesShowTheirFirstDifferenceSoon();

private:
    CompareController *controller() const { return window()->findChild<CompareController *>(); }
    QAction *menuAction(const char *menu, const char *action) const;
    // Request > Send on Another Profile…, "Other" chosen and its secret typed, then Send on Both; waits for
    // the comparison.
    ResponseDiffDialog *sendOnOther();
    void openTemplates(const QString &perPage = {});
    static int currentRow(ResponseDiffDialog *dialog);

    std::unique_ptr<sim::ConnectSimulator> m_other;
};

void TestCompareGui::initTestCase()
{
    setUpEnvironment();
    qputenv("CONNECT_EXPLORER_NO_KEYCHAIN", "1");
    sim::SimConfig config;
    config.seed = 4242; // other data than the Demo simulator's
    m_other = cx::test::startSimulator(config);
    QVERIFY(m_other);
}

void TestCompareGui::init()
{
    createWindow();
    QVERIFY(waitSignedIn());
    QVERIFY(controller());
    Profile other;
    other.name = QStringLiteral("Other");
    other.baseUrl = m_other->baseUrl().toString();
    other.clientId = ProfileStore::demoClientId();
    QString error;
    QVERIFY2(window()->profileStore()->add(other, &error), qPrintable(error));
}

void TestCompareGui::cleanup()
{
    destroyWindow();
    ProfileStore store;
    for (const Profile &profile : store.profiles()) {
        if (!profile.isDemo())
            store.remove(profile.id);
    }
}

QAction *TestCompareGui::menuAction(const char *menu, const char *action) const
{
    auto *found = window()->menuBar()->findChild<QMenu *>(QString::fromLatin1(menu));
    if (!found)
        return nullptr;
    for (QAction *entry : found->actions()) {
        if (entry->objectName() == QLatin1String(action))
            return entry;
    }
    return nullptr;
}

void TestCompareGui::openTemplates(const QString &perPage)
{
    RequestDraft draft;
    draft.pathTemplate = QStringLiteral("/api/templates");
    if (!perPage.isEmpty())
        draft.query = {cx::test::row(QStringLiteral("per_page"), perPage)};
    page()->load(draft);
}

ResponseDiffDialog *TestCompareGui::sendOnOther()
{
    QAction *send = menuAction("requestMenu", "sendOnProfileAction");
    if (!send) {
        qWarning("no Send on Another Profile… in the Request menu");
        return nullptr;
    }
    send->trigger();
    SendOnProfileDialog *ask = controller()->sendOnProfileDialog();
    if (!ask || !ask->isVisible())
        return nullptr;
    // The current profile (Demo) is not offered: only the other one.
    if (ask->profileCombo()->count() != 1 || ask->profileCombo()->itemText(0) != QLatin1String("Other"))
        return nullptr;
    QPushButton *ok = ask->buttons()->button(QDialogButtonBox::Ok);
    if (ok->isEnabled()) // a secret is needed first
        return nullptr;
    QTest::keyClicks(ask->secretEdit(), ProfileStore::demoClientSecret());
    if (!ok->isEnabled())
        return nullptr;
    ok->click();
    ResponseDiffDialog *dialog = controller()->diffDialog();
    if (!dialog)
        return nullptr;
    QSignalSpy compared(dialog, &ResponseDiffDialog::compared);
    if (!compared.wait(15000))
        return nullptr;
    return dialog;
}

int TestCompareGui::currentRow(ResponseDiffDialog *dialog)
{
    QTreeWidget *list = dialog->changeList();
    return list->indexOfTopLevelItem(list->currentItem());
}

void TestCompareGui::sendOnAnotherProfileListsTheDifferences()
{
    openTemplates();
    const int demoRequests = simulator()->requestCount();
    ResponseDiffDialog *dialog = sendOnOther();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isBusy());
    // Each side answered with its own token, on its own server.
    QCOMPARE(simulator()->requestCount(), demoRequests + 1);
    QCOMPARE(m_other->tokenRequestCount(), 1);
    QCOMPARE(m_other->requestCount(), 1);

    QVERIFY(dialog->labelA()->text().contains(QLatin1String("Demo")));
    QVERIFY(dialog->labelA()->text().contains(QLatin1String("HTTP 200")));
    QVERIFY(dialog->labelB()->text().contains(QLatin1String("Other")));
    QVERIFY(dialog->labelB()->text().contains(QLatin1String("HTTP 200")));

    const QList<JsonChange> changes = dialog->changes();
    QVERIFY2(changes.size() >= 3, qPrintable(dialog->summary()));
    QCOMPARE(dialog->summary(), JsonDiff::summary(changes));
    QVERIFY(dialog->summary() != JsonDiff::summary({}));
    // The same status; the bodies (and so their lengths) differ, but not the headers that change with
    // every response (Date, request ids).
    bool bodyDiffers = false;
    for (const JsonChange &change : changes) {
        const QString path = change.path();
        QVERIFY2(path != QLatin1String("status"), qPrintable(path));
        if (path.startsWith(QLatin1String("headers.")))
            QVERIFY2(!JsonDiff::volatileHeaders().contains(path.mid(8)), qPrintable(path));
        bodyDiffers = bodyDiffers || path.startsWith(QLatin1String("body"));
    }
    QVERIFY(bodyDiffers);

    QTreeWidget *list = dialog->changeList();
    QCOMPARE(list->topLevelItemCount(), changes.size());
    for (int row = 0; row < changes.size(); ++row) {
        const QTreeWidgetItem *item = list->topLevelItem(row);
        QCOMPARE(item->text(ResponseDiffDialog::PathColumn), changes.at(row).path());
        // Not colour alone: the kind is written out, with a sign.
        const QString kind = item->text(ResponseDiffDialog::KindColumn);
        QVERIFY(!kind.isEmpty());
        QVERIFY(QStringLiteral("+−~≠").contains(kind.at(0)));
        if (changes.at(row).kind == JsonChange::Kind::Changed) {
            QVERIFY(!item->text(ResponseDiffDialog::AColumn).isEmpty());
            QVERIFY(!item->text(ResponseDiffDialog::BColumn).isEmpty());
        }
    }

    // Next and previous difference, by button and by F8 / Shift+F8; round the list at its ends.
    const int count = int(changes.size());
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    list->setCurrentItem(list->topLevelItem(0));
    dialog->nextButton()->click();
    QCOMPARE(currentRow(dialog), 1);
    QTest::keyClick(dialog, Qt::Key_F8);
    QCOMPARE(currentRow(dialog), 2);
    QTest::keyClick(dialog, Qt::Key_F8, Qt::ShiftModifier);
    QCOMPARE(currentRow(dialog), 1);
    dialog->previousButton()->click();
    QCOMPARE(currentRow(dialog), 0);
    dialog->previousButton()->click();
    QCOMPARE(currentRow(dialog), count - 1);
    QVERIFY(list->currentItem()->isSelected());

    QVERIFY(!dialog->nextButton()->accessibleName().isEmpty());
    QVERIFY(!dialog->ignoreEdit()->accessibleName().isEmpty());
    QVERIFY(!list->accessibleName().isEmpty());

    // With CX_COMPARE_SCREENSHOTS=DIR (run under Xvfb), the user guide's picture of this comparison.
    if (const QString dir = qEnvironmentVariable("CX_COMPARE_SCREENSHOTS"); !dir.isEmpty()) {
        list->setCurrentItem(list->topLevelItem(0));
        dialog->resize(900, 520);
        QTest::qWait(300);
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/compare-profiles.png")));
    }
}

void TestCompareGui::ignoredPathIsRememberedForTheEndpoint()
{
    openTemplates();
    ResponseDiffDialog *dialog = sendOnOther();
    QVERIFY(dialog);
    const QList<JsonChange> before = dialog->changes();
    QVERIFY(before.size() >= 2);
    QVERIFY(dialog->ignoreEdit()->text().isEmpty());
    const QString ignored = before.constLast().path();

    QSignalSpy compared(dialog, &ResponseDiffDialog::compared);
    dialog->ignoreEdit()->setText(ignored + QStringLiteral(", not a [path"));
    dialog->applyIgnoreButton()->click();
    QVERIFY(compared.wait(10000));
    const QList<JsonChange> after = dialog->changes();
    QCOMPARE(after.size(), before.size() - 1);
    for (const JsonChange &change : after)
        QVERIFY(change.path() != ignored);
    QCOMPARE(dialog->summary(), JsonDiff::summary(after));
    // The pattern that is not a path is said so, and not remembered.
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("diffIgnoreNote"))->isVisibleTo(dialog));
    QCOMPARE(ResponseDiffDialog::rememberedIgnore(QStringLiteral("GET /api/templates")),
             QStringList{ignored});
    QVERIFY(ResponseDiffDialog::rememberedIgnore(QStringLiteral("GET /api/assets")).isEmpty());

    // The next comparison of the same endpoint ignores it from the start.
    dialog->close();
    ResponseDiffDialog *again = sendOnOther();
    QVERIFY(again);
    QCOMPARE(again->ignoreEdit()->text(), ignored);
    QCOMPARE(again->changes().size(), before.size() - 1);
}

void TestCompareGui::twoSendsOfATabCanBeCompared()
{
    window()->newTab();
    openTemplates(QStringLiteral("1"));
    QVERIFY(sendWithKeyboard());
    openTemplates(QStringLiteral("2"));
    QVERIFY(sendWithKeyboard());
    QCOMPARE(controller()->sends(page()).size(), 2);

    // View > This Tab's Sends builds the dock on first use.
    QVERIFY(!window()->findChild<QDockWidget *>(QStringLiteral("tabSendsDock")));
    QAction *toggle = menuAction("viewMenu", "tabSendsAction");
    QVERIFY(toggle);
    toggle->trigger();
    auto *dock = window()->findChild<QDockWidget *>(QStringLiteral("tabSendsDock"));
    QVERIFY(dock);
    QVERIFY(dock->isVisible());
    TabSendsPanel *panel = controller()->tabSendsPanel();
    QTreeWidget *list = panel->list();
    QCOMPARE(list->topLevelItemCount(), 2);
    for (int row = 0; row < 2; ++row) {
        QCOMPARE(list->topLevelItem(row)->text(TabSendsPanel::StatusColumn), QStringLiteral("HTTP 200 OK"));
        QVERIFY(!list->topLevelItem(row)->text(TabSendsPanel::TimeColumn).isEmpty());
        QVERIFY(!list->topLevelItem(row)->text(TabSendsPanel::SizeColumn).isEmpty());
    }

    // One row selected is not enough; two are.
    QVERIFY(!panel->compareButton()->isEnabled());
    list->topLevelItem(0)->setSelected(true);
    QVERIFY(!panel->compareButton()->isEnabled());
    list->topLevelItem(1)->setSelected(true);
    QVERIFY(panel->compareButton()->isEnabled());
    panel->compareButton()->click();
    ResponseDiffDialog *dialog = controller()->diffDialog();
    QVERIFY(dialog);
    QSignalSpy compared(dialog, &ResponseDiffDialog::compared);
    QVERIFY(compared.wait(10000));
    QVERIFY(dialog->labelA()->text().contains(QLatin1String("send 1")));
    QVERIFY(dialog->labelB()->text().contains(QLatin1String("send 2")));
    // One template in the first page, two in the second: the second one is only in B.
    const QList<JsonChange> changes = dialog->changes();
    QVERIFY2(!changes.isEmpty(), qPrintable(dialog->summary()));
    QVERIFY(std::any_of(changes.begin(), changes.end(),
                        [](const JsonChange &change) { return change.kind == JsonChange::Kind::Added; }));
    QCOMPARE(dialog->summary(), JsonDiff::summary(changes));

    // Another tab has its own (empty) list.
    window()->newTab();
    QCOMPARE(list->topLevelItemCount(), 0);
}

void TestCompareGui::twoTabsCanBeCompared()
{
    openTemplates(QStringLiteral("1"));
    QVERIFY(sendWithKeyboard());
    RequestPage *first = page();
    window()->newTab();
    openTemplates(QStringLiteral("1"));
    QVERIFY(sendWithKeyboard());
    QVERIFY(controller()->compareTabs(page(), first));
    ResponseDiffDialog *dialog = controller()->diffDialog();
    QSignalSpy compared(dialog, &ResponseDiffDialog::compared);
    QVERIFY(compared.wait(10000));
    // The same page of the same data: nothing differs but what changes with every response.
    QCOMPARE(dialog->changes().size(), 0);
    QCOMPARE(dialog->summary(), JsonDiff::summary({}));
    QVERIFY(!dialog->nextButton()->isEnabled());
}

void TestCompareGui::largeBodiesShowTheirFirstDifferenceSoon()
{
    // Two ~5 MB template lists, matched by id, that differ only near the end.
    const auto body = [](const QString &lastName) {
        QJsonArray data;
        for (int i = 0; i < 24000; ++i) {
            data.append(QJsonObject{
                {QStringLiteral("id"), QStringLiteral("tpl_%1").arg(i)},
                {QStringLiteral("name"), i == 23990 ? lastName : QStringLiteral("Template %1").arg(i)},
                {QStringLiteral("description"), QString(120, QLatin1Char('x'))},
                {QStringLiteral("tags"), QJsonArray{QStringLiteral("brand"), QStringLiteral("social")}},
                {QStringLiteral("updated_at"), QStringLiteral("2026-11-26T10:00:00Z")},
            });
        }
        return QJsonDocument(QJsonObject{{QStringLiteral("data"), data}}).toJson(QJsonDocument::Compact);
    };
    ResponseSnapshot a;
    a.label = QStringLiteral("big A");
    a.time = QDateTime::currentDateTimeUtc();
    a.response.status = 200;
    a.response.reason = "OK";
    a.response.headers = {{"Content-Type", "application/json"}};
    a.response.body = body(QStringLiteral("Template 23990"));
    a.size = a.response.body.size();
    ResponseSnapshot b = a;
    b.label = QStringLiteral("big B");
    b.response.body = body(QStringLiteral("Renamed"));
    b.size = b.response.body.size();
    QVERIFY(a.size > 5 * 1000 * 1000);

    controller()->compare(a, b);
    ResponseDiffDialog *dialog = controller()->diffDialog();
    QVERIFY(dialog);
    QElapsedTimer clock;
    clock.start();
    QSignalSpy compared(dialog, &ResponseDiffDialog::compared);
    // The UI thread stays free while it works: the first difference is listed before the rest.
    QVERIFY(QTest::qWaitFor([dialog] { return dialog->changeList()->topLevelItemCount() > 0; }, 5000));
    const qint64 firstMs = clock.elapsed();
    qInfo("first difference after %lld ms", firstMs);
    QVERIFY2(firstMs < 1000, qPrintable(QString::number(firstMs)));
    QCOMPARE(dialog->changeList()->topLevelItem(0)->text(ResponseDiffDialog::PathColumn),
             QStringLiteral("body.data[id=tpl_23990].name"));
    QVERIFY(compared.wait(10000) || compared.count() > 0);
    QCOMPARE(dialog->changes().size(), 1);
    QVERIFY(dialog->summary().contains(QLatin1String("data[id=tpl_23990].name")));
}

QTEST_MAIN(TestCompareGui)
#include "tst_compare_gui.moc"

void TestCompareGui::twoHistoryEntriesCanBeComparedAfterARestart()
{
    window()->newTab();
    openTemplates(QStringLiteral("1"));
    QVERIFY(sendWithKeyboard());
    openTemplates(QStringLiteral("2"));
    QVERIFY(sendWithKeyboard());

    // A new window reads the history (and the kept responses) back from disk.
    destroyWindow();
    createWindow();
    QVERIFY(waitSignedIn());
    auto *workspace = window()->findChild<RequestWorkspace *>();
    QVERIFY(workspace);
    QVERIFY(!workspace->hasHistoryDock());
    workspace->historyAction()->trigger();
    HistoryPanel *panel = workspace->historyPanel();
    QVERIFY(panel);
    QVERIFY(panel->isVisible());
    QTreeView *view = panel->view();
    QVERIFY(view->model()->rowCount() >= 2);
    const QString newest = view->model()->index(0, 0).data(HistoryListModel::EntryIdRole).toString();
    const QString older = view->model()->index(1, 0).data(HistoryListModel::EntryIdRole).toString();
    const HistoryStore *history = window()->historyStore();
    QVERIFY(history->hasResponse(newest));
    QVERIFY(history->hasResponse(older));

    // By keyboard: the first row, Shift+Down adds the second; Compare (also in the context menu) is
    // enabled only with two.
    QVERIFY(!panel->compareButton()->accessibleName().isEmpty());
    QVERIFY(view->actions().contains(panel->compareAction()));
    QCOMPARE(view->contextMenuPolicy(), Qt::ActionsContextMenu);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QCOMPARE(panel->selectedIds(), QStringList{newest});
    QVERIFY(!panel->compareButton()->isEnabled());
    QVERIFY(!panel->compareAction()->isEnabled());
    QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(panel->selectedIds(), (QStringList{newest, older}));
    QVERIFY(panel->compareButton()->isEnabled());
    QVERIFY(panel->compareAction()->isEnabled());
    QVERIFY(view->hasFocus());
    QSignalSpy asked(panel, &HistoryPanel::compareRequested);
    QTest::keyClick(view, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(asked.count(), 1);
    // The kept responses are read on the history's writer thread; the comparison follows.
    QTRY_VERIFY_WITH_TIMEOUT(controller()->diffDialog() && !controller()->diffDialog()->changes().isEmpty(),
                             10000);
    ResponseDiffDialog *dialog = controller()->diffDialog();
    QVERIFY2(dialog, qPrintable(window()->statusBar()->currentMessage()));
    // The older entry is A: per_page=1 against per_page=2, the second template only in B.
    QVERIFY2(dialog->labelA()->text().contains(QLatin1String("History: GET /api/templates")),
             qPrintable(dialog->labelA()->text()));
    QVERIFY(dialog->labelA()->text().contains(QLatin1String("HTTP 200")));
    QVERIFY(dialog->labelB()->text().contains(QLatin1String("History: GET /api/templates")));
    const QList<JsonChange> changes = dialog->changes();
    QVERIFY2(!changes.isEmpty(), qPrintable(dialog->summary()));
    QVERIFY(std::any_of(changes.begin(), changes.end(), [](const JsonChange &change) {
        return change.kind == JsonChange::Kind::Added && change.path().startsWith(QLatin1String("body"));
    }));
    QCOMPARE(dialog->summary(), JsonDiff::summary(changes));
    QVERIFY(dialog->summaryLabel()->text().contains(QLatin1String("only in B")));

    // With CX_COMPARE_SCREENSHOTS=DIR (run under Xvfb), the user guide's picture: the History panel with
    // the two entries selected, and their comparison.
    if (const QString dir = qEnvironmentVariable("CX_COMPARE_SCREENSHOTS"); !dir.isEmpty()) {
        dialog->changeList()->setCurrentItem(dialog->changeList()->topLevelItem(0));
        dialog->resize(900, 420);
        auto *dock = window()->findChild<QDockWidget *>(QStringLiteral("historyDock"));
        QVERIFY(dock);
        dock->setFloating(true);
        dock->resize(900, 260);
        QTest::qWait(300);
        const QPixmap top = dock->grab();
        const QPixmap bottom = dialog->grab();
        QPixmap both(std::max(top.width(), bottom.width()), top.height() + bottom.height() + 8);
        both.fill(Qt::white);
        QPainter painter(&both);
        painter.drawPixmap(0, 0, top);
        painter.drawPixmap(0, top.height() + 8, bottom);
        painter.end();
        QVERIFY(both.save(dir + QStringLiteral("/history-compare.png")));
        dock->setFloating(false);
    }

    // An entry whose response was not kept (history written before responses were) cannot be compared.
    QVERIFY(QFile::remove(history->responseFilePath(older)));
    QVERIFY(!history->hasResponse(older));
    view->setFocus();
    view->clearSelection();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(panel->selectedIds(), (QStringList{newest, older}));
    QVERIFY(!panel->compareButton()->isEnabled());
    QVERIFY(!panel->compareSelected());
    QVERIFY(!controller()->compareHistory(older, newest));
}
