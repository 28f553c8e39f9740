// The account check-up in the app, against the Demo profile's in-process simulator: the report card's
// rows (healthy, and a client without assets:read), a failed row reopened as a tab with its 403, the
// export without any secret (canary), a customer's HAR file listed masked and replayed with our token,
// and two reports compared with the difference highlighted.
#ifndef CX_GUI_TEST_SPEC
#define CX_GUI_TEST_SPEC QT_TESTCASE_SOURCEDIR "/test-api.json"
#endif
#include "ConnectSimulator.h"
#include "ErrorArea.h"
#include "GuiTestBase.h"
#include "checkup/CheckReportModel.h"
#include "checkup/CheckupController.h"
#include "checkup/CheckupDialog.h"
#include "errorpanel/ErrorPanel.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

using namespace cx;
using namespace cx::gui;

class TestCheckupGui : public test::GuiTestBase
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void healthyAccountHasNoFailRows();
    void missingScopeIsNamedInFailRows();
    void activatingAFailedRowOpensItsTabWith403();
    void exportHoldsNoSecret();

private:
    CheckupController *controller() const { return window()->findChild<CheckupController *>(); }
    // Runs the check-up from the Account menu's action and waits for the report.
    CheckupDialog *runCheckup();
    int rowsWith(Verdict verdict) const;
    static QStringList scopesWithout(const QString &scope);

    CheckReport m_healthy;
    CheckReport m_withoutAssets;
};

void TestCheckupGui::initTestCase()
{
    setUpEnvironment();
    createWindow();
    QVERIFY(waitSignedIn());
    QVERIFY(controller());
}

void TestCheckupGui::cleanupTestCase()
{
    destroyWindow();
}

void TestCheckupGui::cleanup()
{
    simulator()->setScopes(sim::allScopes());
}

QStringList TestCheckupGui::scopesWithout(const QString &scope)
{
    QStringList scopes = sim::allScopes();
    scopes.removeAll(scope);
    return scopes;
}

CheckupDialog *TestCheckupGui::runCheckup()
{
    QAction *check = controller()->checkAction();
    if (!check || check->shortcut() != QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K))
        return nullptr;
    QMenu *account = window()->findChild<QMenu *>(QStringLiteral("accountMenu"));
    if (!account || !account->actions().contains(check))
        return nullptr;
    check->trigger();
    CheckupDialog *dialog = controller()->checkupDialog();
    if (!dialog || !dialog->isVisible())
        return nullptr;
    if (!QTest::qWaitFor([dialog] { return dialog->hasReport(); }, 30000))
        return nullptr;
    return dialog;
}

int TestCheckupGui::rowsWith(Verdict verdict) const
{
    const CheckReportModel *model = controller()->checkupDialog()->model();
    int count = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(CheckReportModel::VerdictRole).toInt() == int(verdict))
            ++count;
    }
    return count;
}

void TestCheckupGui::healthyAccountHasNoFailRows()
{
    CheckupDialog *dialog = runCheckup();
    QVERIFY(dialog);
    m_healthy = dialog->report();
    const CheckReportModel *model = dialog->model();
    QVERIFY2(model->rowCount() >= 6, qPrintable(QString::number(model->rowCount())));
    QCOMPARE(model->rowCount(), int(m_healthy.checks.size()));
    QCOMPARE(rowsWith(Verdict::Fail), 0);
    QVERIFY(rowsWith(Verdict::Pass) > 0);
    QVERIFY2(dialog->summaryLabel()->text().contains(QStringLiteral("0 failed")),
             qPrintable(dialog->summaryLabel()->text()));
    // Each row: an icon and a colour for its verdict, the name, the code column, the diagnosis.
    const QModelIndex first = model->index(0, CheckReportModel::VerdictColumn);
    QVERIFY(!first.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(first.data(Qt::ForegroundRole).value<QColor>().isValid());
    QVERIFY(!model->index(0, CheckReportModel::NameColumn).data().toString().isEmpty());
    QVERIFY(!dialog->cancelButton()->isEnabled());
    QVERIFY(dialog->exportButton()->isEnabled());
}

void TestCheckupGui::missingScopeIsNamedInFailRows()
{
    simulator()->setScopes(scopesWithout(QStringLiteral("assets:read")));
    CheckupDialog *dialog = runCheckup();
    QVERIFY(dialog);
    m_withoutAssets = dialog->report();
    QVERIFY(rowsWith(Verdict::Fail) > 0);
    const CheckReportModel *model = dialog->model();
    bool scopeRow = false;
    bool assetsRow = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(CheckReportModel::VerdictRole).toInt() != int(Verdict::Fail))
            continue;
        const QString id = model->index(row, 0).data(CheckReportModel::CheckIdRole).toString();
        const QString diagnosis = model->index(row, CheckReportModel::DiagnosisColumn).data().toString();
        QVERIFY2(diagnosis.contains(QStringLiteral("assets:read")) ||
                     model->index(row, CheckReportModel::NameColumn)
                         .data()
                         .toString()
                         .contains(QStringLiteral("assets:read")),
                 qPrintable(id + QStringLiteral(": ") + diagnosis));
        scopeRow = scopeRow || id == QStringLiteral("scope:assets:read");
        assetsRow = assetsRow || id == QStringLiteral("GET /api/assets");
    }
    QVERIFY(scopeRow);
    QVERIFY(assetsRow);
    QVERIFY(!dialog->summaryLabel()->text().contains(QStringLiteral("0 failed")));
}

void TestCheckupGui::activatingAFailedRowOpensItsTabWith403()
{
    CheckupDialog *dialog = controller()->checkupDialog();
    QVERIFY(dialog && dialog->hasReport());
    int failedRow = -1;
    for (int row = 0; row < dialog->model()->rowCount(); ++row) {
        if (dialog->model()->index(row, 0).data(CheckReportModel::CheckIdRole).toString() ==
            QStringLiteral("GET /api/assets"))
            failedRow = row;
    }
    QVERIFY(failedRow >= 0);
    const int tabs = window()->requestTabs()->count();
    const int errors = window()->errorPanel()->entryCount();
    QTableView *view = dialog->view();
    view->setFocus();
    view->setCurrentIndex(dialog->model()->index(failedRow, CheckReportModel::NameColumn));
    QTest::keyClick(view, Qt::Key_Return); // activates the row like a double-click
    QCOMPARE(window()->requestTabs()->count(), tabs + 1);
    RequestPage *opened = page();
    QVERIFY(opened);
    QVERIFY2(opened->responseView()->statusLabel()->text().contains(QStringLiteral("403")),
             qPrintable(opened->responseView()->statusLabel()->text()));
    QCOMPARE(opened->errorArea()->status(), 403);
    QCOMPARE(opened->errorArea()->code(), QStringLiteral("missing_scope"));
    QVERIFY(opened->title().contains(QStringLiteral("/api/assets")));
    QCOMPARE(window()->errorPanel()->entryCount(), errors + 1);
    QVERIFY(window()->errorPanel()->isVisible());
    QCOMPARE(window()->errorPanel()->current()->response.status, 403);
}

void TestCheckupGui::exportHoldsNoSecret()
{
    CheckupDialog *dialog = controller()->checkupDialog();
    QVERIFY(dialog && dialog->hasReport());
    const QByteArray token = session()->accessToken();
    QVERIFY(token.size() >= 8);
    const QByteArray secret = m_connection->profile().clientSecret.toUtf8();
    QVERIFY(!secret.isEmpty());
    const struct
    {
        CheckupDialog::Format format;
        const char *name;
        const char *marker;
    } formats[] = {{CheckupDialog::Format::Markdown, "report.md", "assets:read"},
                   {CheckupDialog::Format::Html, "report.html", "<"},
                   {CheckupDialog::Format::Json, "report.json", "\"schema_version\""}};
    for (const auto &format : formats) {
        const QString fileName = QDir(m_home.path()).filePath(QLatin1String(format.name));
        QString error;
        QVERIFY2(dialog->exportTo(fileName, format.format, &error), qPrintable(error));
        QFile file(fileName);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY2(written.contains(format.marker), format.name);
        QVERIFY2(!written.contains(token), format.name);
        QVERIFY2(!written.contains(secret), format.name);
    }
    // The JSON export reads back as the same report.
    QFile json(QDir(m_home.path()).filePath(QStringLiteral("report.json")));
    QVERIFY(json.open(QIODevice::ReadOnly));
    QString error;
    const auto back = CheckReport::fromJsonBytes(json.readAll(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->checks.size(), dialog->report().checks.size());
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestCheckupGui test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_checkup_gui.moc"
