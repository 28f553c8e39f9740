// The error panel against the Demo server in the documented dialect (the shapes of "Errors and
// troubleshooting", developer.cliquify.me/errors-2072699m0): every action is reached with the same
// decision as in the default {"code","message"} dialect, validation answers mark their fields in the
// editor, the account states get their notice, and the Simulate menu switches the dialect.
#include "ConnectSimulator.h"
#include "GuiTestBase.h"
#include "checkup/CheckupController.h"
#include "checkup/CheckupDialog.h"
#include "checkup/ContractView.h"
#include "errorpanel/ErrorPanel.h"
#include "errorpanel/FixRequestAction.h"
#include "errorpanel/RetryAction.h"
#include "errorpanel/SimulateMenu.h"
#include "request/ParamTable.h"
#include "request/PathParamsForm.h"
#include "request/RequestEditor.h"

#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTableView>

using namespace cx;
using namespace cx::gui;

using cx::test::row;

class TestDialectGui : public test::GuiTestBase
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { destroyWindow(); }
    void init();

    void simulateMenuSwitchesTheDialect();
    void everyActionAsInTheDefaultDialect_data();
    void everyActionAsInTheDefaultDialect();
    void queryFieldIsMarked();
    void pathFieldIsMarked();
    void reportCardShowsTheContract();

private:
    ErrorPanel *panel() const { return window()->errorPanel(); }
    // Sends the request in the current tab and returns the action widget's name the panel shows.
    QString actionFor(const QString &scenario, const QByteArray &method, const QString &pathTemplate,
                      const QMap<QString, QString> &pathValues, const QList<ParamRow> &query);
    bool send(const QByteArray &method, const QString &pathTemplate,
              const QMap<QString, QString> &pathValues = {}, const QList<ParamRow> &query = {});
    void stopCountdown() const
    {
        if (auto *retry = qobject_cast<RetryAction *>(panel()->actionWidget()))
            retry->cancel();
    }
    void setDialect(sim::Dialect dialect) const
    {
        SimulateMenu *menu = window()->simulateMenu();
        (dialect == sim::Dialect::Documented ? menu->documentedDialectAction()
                                             : menu->codeMessageDialectAction())
            ->trigger();
    }
};

void TestDialectGui::initTestCase()
{
    setUpEnvironment();
    createWindow();
    QVERIFY(waitSignedIn());
}

void TestDialectGui::init()
{
    stopCountdown();
    simulator()->clearScenarios();
    QTRY_VERIFY(!page()->isBusy());
    if (session()->state() != Session::State::SignedIn) {
        QSignalSpy signedIn(session(), &Session::signedIn);
        session()->signIn();
        QVERIFY(signedIn.wait(10000));
    }
    panel()->clearHistory();
}

bool TestDialectGui::send(const QByteArray &method, const QString &pathTemplate,
                          const QMap<QString, QString> &pathValues, const QList<ParamRow> &query)
{
    RequestDraft draft;
    draft.method = method;
    draft.pathTemplate = pathTemplate;
    draft.pathValues = pathValues;
    draft.query = query;
    page()->load(draft);
    QSignalSpy finished(page(), &RequestPage::requestFinished);
    page()->send();
    return finished.wait(10000) || finished.count() > 0;
}

QString TestDialectGui::actionFor(const QString &scenario, const QByteArray &method,
                                  const QString &pathTemplate, const QMap<QString, QString> &pathValues,
                                  const QList<ParamRow> &query)
{
    stopCountdown();
    simulator()->clearScenarios();
    if (!scenario.isEmpty())
        simulator()->setScenario({scenario, QStringLiteral("/api/templates"), 0, -1}); // until cleared
    const int entries = panel()->entryCount();
    if (!send(method, pathTemplate, pathValues, query))
        return QStringLiteral("(no answer)");
    if (!QTest::qWaitFor([&] { return panel()->entryCount() > entries && panel()->actionWidget(); }, 10000))
        return QStringLiteral("(no entry)");
    const QString name = panel()->actionWidget()->objectName();
    stopCountdown();
    simulator()->clearScenarios();
    return name;
}

void TestDialectGui::simulateMenuSwitchesTheDialect()
{
    SimulateMenu *menu = window()->simulateMenu();
    QVERIFY(menu->codeMessageDialectAction()->isChecked());
    QCOMPARE(menu->findChild<QMenu *>(QStringLiteral("simulate_dialect"))->actions().size(), 2);
    QSignalSpy simulated(menu, &SimulateMenu::simulated);
    menu->documentedDialectAction()->trigger();
    QCOMPARE(simulator()->config().dialect, sim::Dialect::Documented);
    QCOMPARE(simulated.count(), 1);
    QVERIFY(menu->documentedDialectAction()->isChecked());

    // The server really answers in the docs' shapes now: a 404 is {"message"} alone.
    QVERIFY(send("GET", QStringLiteral("/api/templates/{id}"),
                 {{QStringLiteral("id"), QStringLiteral("987654")}}));
    QTRY_VERIFY(panel()->current());
    QCOMPARE(panel()->current()->error.shape, ApiError::Shape::Message);

    // Clearing simulated errors leaves the dialect; the other entry switches back.
    menu->clearAction()->trigger();
    QCOMPARE(simulator()->config().dialect, sim::Dialect::Documented);
    menu->codeMessageDialectAction()->trigger();
    QCOMPARE(simulator()->config().dialect, sim::Dialect::CodeMessage);
    // The menu shows what the server does, also when it was changed elsewhere (/_sim/config).
    simulator()->setDialect(sim::Dialect::Documented);
    emit menu->aboutToShow();
    QVERIFY(menu->documentedDialectAction()->isChecked());
    setDialect(sim::Dialect::CodeMessage);
}

void TestDialectGui::everyActionAsInTheDefaultDialect_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("action");
    const QString list = QStringLiteral("/api/templates");
    const QString item = QStringLiteral("/api/templates/{id}");
    QTest::newRow("relogin") << QStringLiteral("revoked_access_token") << QByteArray("GET") << list
                             << QString() << QString() << QStringLiteral("action_relogin");
    QTest::newRow("permission") << QStringLiteral("missing_scope") << QByteArray("GET") << list << QString()
                                << QString() << QStringLiteral("action_permission");
    QTest::newRow("retry") << QStringLiteral("internal_error") << QByteArray("GET") << list << QString()
                           << QString() << QStringLiteral("action_retry");
    QTest::newRow("fix_request (query)") << QString() << QByteArray("GET") << list << QString()
                                         << QStringLiteral("0") << QStringLiteral("action_fix_request");
    QTest::newRow("fix_request (path)") << QString() << QByteArray("GET") << item << QStringLiteral("abc")
                                        << QString() << QStringLiteral("action_fix_request");
    QTest::newRow("not_found") << QString() << QByteArray("GET") << item << QStringLiteral("987654")
                               << QString() << QStringLiteral("action_not_found");
    QTest::newRow("report") << QString() << QByteArray("DELETE") << list << QString() << QString()
                            << QStringLiteral("action_report");
    QTest::newRow("notice (company_not_found)")
        << QStringLiteral("company_not_found") << QByteArray("GET") << list << QString() << QString()
        << QStringLiteral("action_notice");
    QTest::newRow("notice (inactive_enterprise)")
        << QStringLiteral("inactive_enterprise") << QByteArray("GET") << list << QString() << QString()
        << QStringLiteral("action_notice");
    QTest::newRow("network") << QStringLiteral("drop") << QByteArray("GET") << list << QString() << QString()
                             << QStringLiteral("action_network");
}

void TestDialectGui::everyActionAsInTheDefaultDialect()
{
    QFETCH(QString, scenario);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, id);
    QFETCH(QString, page);
    QFETCH(QString, action);
    const QMap<QString, QString> pathValues =
        id.isEmpty() ? QMap<QString, QString>{} : QMap<QString, QString>{{QStringLiteral("id"), id}};
    const QList<ParamRow> query =
        page.isEmpty() ? QList<ParamRow>{} : QList<ParamRow>{row(QStringLiteral("page"), page)};

    setDialect(sim::Dialect::CodeMessage);
    QCOMPARE(actionFor(scenario, method, path, pathValues, query), action);
    const QString plainCode = panel()->current()->decision.code();
    setDialect(sim::Dialect::Documented);
    QCOMPARE(actionFor(scenario, method, path, pathValues, query), action);
    // The account states: named by the server in one dialect, derived from the docs' words in the other.
    if (scenario == QLatin1String("company_not_found") || scenario == QLatin1String("inactive_enterprise")) {
        QCOMPARE(panel()->current()->decision.code(), scenario);
        QCOMPARE(plainCode, scenario);
        QVERIFY(!panel()->current()->error.codeFromServer);
    }
    setDialect(sim::Dialect::CodeMessage);
}

void TestDialectGui::queryFieldIsMarked()
{
    setDialect(sim::Dialect::Documented);
    QVERIFY(send("GET", QStringLiteral("/api/templates"), {},
                 {row(QStringLiteral("search"), QStringLiteral("x")),
                  row(QStringLiteral("per_page"), QStringLiteral("500"))}));
    QTRY_VERIFY(qobject_cast<FixRequestAction *>(panel()->actionWidget()));
    QCOMPARE(panel()->current()->error.shape, ApiError::Shape::Validation);
    QCOMPARE(panel()->current()->error.status, 422);
    RequestEditor *editor = page()->editor();
    QVERIFY2(editor->highlightedField().contains(QStringLiteral("per_page")),
             qPrintable(editor->highlightedField()));
    QVERIFY(editor->queryTable()->view()->selectionModel()->isRowSelected(1, {}));
    QVERIFY(editor->issueLabel()->text().contains(QStringLiteral("per_page")));
    setDialect(sim::Dialect::CodeMessage);
}

void TestDialectGui::pathFieldIsMarked()
{
    setDialect(sim::Dialect::Documented);
    QVERIFY(send("GET", QStringLiteral("/api/assets/{id}"), {{QStringLiteral("id"), QStringLiteral("abc")}}));
    QTRY_VERIFY(qobject_cast<FixRequestAction *>(panel()->actionWidget()));
    RequestEditor *editor = page()->editor();
    QVERIFY2(editor->highlightedField().contains(QStringLiteral("id")),
             qPrintable(editor->highlightedField()));
    QLineEdit *id = editor->pathParams()->editFor(QStringLiteral("id"));
    QVERIFY(!id->styleSheet().isEmpty());
    QVERIFY(id->toolTip().contains(QStringLiteral("abc")));
    setDialect(sim::Dialect::CodeMessage);
}

void TestDialectGui::reportCardShowsTheContract()
{
    // Account > Check This Account against each dialect: the error-shape assumption holds for one only.
    for (const sim::Dialect dialect : {sim::Dialect::CodeMessage, sim::Dialect::Documented}) {
        setDialect(dialect);
        auto *controller = window()->findChild<CheckupController *>();
        QVERIFY(controller && controller->checkAction());
        controller->checkAction()->trigger();
        CheckupDialog *dialog = controller->checkupDialog();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->hasReport() && !dialog->isRunning(), 30000);
        ContractView *contract = dialog->contractView();
        QVERIFY(contract->isVisible());
        QCOMPARE(contract->topLevelItemCount(), int(dialog->report().contract.size()));
        QVERIFY(contract->topLevelItemCount() >= 20);
        QString errorShape;
        for (int i = 0; i < contract->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = contract->topLevelItem(i);
            if (item->text(ContractView::AssumptionColumn) == QLatin1String("/components/schemas/Error"))
                errorShape = item->data(ContractView::StatusColumn, Qt::UserRole).toString();
        }
        QCOMPARE(errorShape,
                 dialect == sim::Dialect::Documented ? QStringLiteral("differed") : QStringLiteral("held"));
        // Differed entries come first.
        if (contract->count(QStringLiteral("differed")) > 0)
            QCOMPARE(contract->topLevelItem(0)->data(ContractView::StatusColumn, Qt::UserRole).toString(),
                     QStringLiteral("differed"));
        dialog->close();
    }
    setDialect(sim::Dialect::CodeMessage);
}

QTEST_MAIN(TestDialectGui)
#include "tst_dialect_gui.moc"
