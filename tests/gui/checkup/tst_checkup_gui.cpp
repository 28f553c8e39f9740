// The account check-up in the app, against the Demo profile's in-process simulator: the report card's
// rows (healthy, and a client without assets:read), a failed row reopened as a tab with its 403, the
// export without any secret (canary), a customer's HAR file listed masked and replayed with our token,
// and two reports compared with the difference highlighted.
#ifndef CX_GUI_TEST_SPEC
#define CX_GUI_TEST_SPEC QT_TESTCASE_SOURCEDIR "/test-api.json"
#endif
#include "ConnectSimulator.h"
#include "GuiTestBase.h"
#include "UntranslatedScan.h"
#include "checkup/CheckReportModel.h"
#include "checkup/CheckupController.h"
#include "checkup/CheckupDialog.h"
#include "checkup/CompareDialog.h"
#include "checkup/HarDialog.h"
#include "checkup/VerdictStyle.h"
#include "errorpanel/ErrorPanel.h"
#include "request/ErrorArea.h"
#include "request/RequestEditor.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

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
    void harFileListsCallsWithTheCustomersTokensMasked();
    void harReplaySendsOurTokenNotTheCustomers();
    void historyExportsAsRedactedHar();
    void compareTwoSavedReportsHighlightsTheDifference();
    void compareTwoProfilesRunsBoth();
    void openWindowsFollowALanguageSwitch();

private:
    // What `scan` finds still in the old language in `dialog` (every text UntranslatedScan reads) and in
    // the cells of `worded` (the columns the app words: verdicts, status), one line each.
    // Check names, diagnoses and URLs are the report's data, worded when the check-up ran.
    using WordedColumns = QList<std::pair<const QAbstractItemView *, QList<int>>>;
    static QStringList leftoversIn(QWidget *dialog, const test::UntranslatedScan &scan,
                                   const WordedColumns &worded);
    CheckupController *controller() const { return window()->findChild<CheckupController *>(); }
    // Runs the check-up from the Account menu's action and waits for the report.
    CheckupDialog *runCheckup();
    int rowsWith(Verdict verdict) const;
    static QStringList scopesWithout(const QString &scope);
    // With CX_CHECKUP_SCREENSHOTS=DIR, saves `widget` as DIR/checkup-NAME.png (for the user guide).
    static void snap(QWidget *widget, const char *name);

    // A small HAR as a browser saves it: the customer's sign-in, two API calls with the customer's token
    // and cookie, and a call to another host.
    QString writeHarFixture() const;
    static constexpr char CustomerToken[] = "cust-TOKEN-7f3a9b2c1d";
    static constexpr char CustomerCookie[] = "cust-COOKIE-55aa66bb";
    static constexpr char CustomerSecret[] = "cust-SECRET-0099";

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
    test::switchLanguageNow(QStringLiteral("en"));
}

QStringList TestCheckupGui::leftoversIn(QWidget *dialog, const test::UntranslatedScan &scan,
                                        const WordedColumns &worded)
{
    QStringList found = scan.findEnglishUnder(dialog);
    const auto check = [&](const QString &where, const QString &text) {
        if (scan.isEnglish(text))
            found << where + QStringLiteral(": ") + text;
    };
    for (const auto &[view, columns] : worded) {
        const QAbstractItemModel *model = view->model();
        for (int column : columns) {
            for (int row = 0; row < model->rowCount(); ++row)
                check(QStringLiteral("cell (%1)").arg(model->headerData(column, Qt::Horizontal).toString()),
                      model->index(row, column).data().toString());
        }
    }
    return found;
}

void TestCheckupGui::snap(QWidget *widget, const char *name)
{
    const QString directory = qEnvironmentVariable("CX_CHECKUP_SCREENSHOTS");
    if (directory.isEmpty())
        return;
    QTest::qWait(100);
    widget->grab().save(QDir(directory).filePath(QStringLiteral("checkup-%1.png").arg(QLatin1String(name))));
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
    snap(dialog, "report-card");
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

namespace {

QJsonObject harEntry(const QString &method, const QString &url, const QJsonArray &requestHeaders, int status,
                     const QByteArray &mimeType, const QByteArray &body, const QByteArray &postData = {})
{
    QJsonObject request{{QStringLiteral("method"), method},
                        {QStringLiteral("url"), url},
                        {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
                        {QStringLiteral("headers"), requestHeaders},
                        {QStringLiteral("queryString"), QJsonArray()},
                        {QStringLiteral("cookies"), QJsonArray()},
                        {QStringLiteral("headersSize"), -1},
                        {QStringLiteral("bodySize"), int(postData.size())}};
    if (!postData.isEmpty())
        request.insert(
            QStringLiteral("postData"),
            QJsonObject{{QStringLiteral("mimeType"), QStringLiteral("application/x-www-form-urlencoded")},
                        {QStringLiteral("text"), QString::fromUtf8(postData)}});
    const QJsonObject response{
        {QStringLiteral("status"), status},
        {QStringLiteral("statusText"), status == 200 ? QStringLiteral("OK") : QStringLiteral("Forbidden")},
        {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
        {QStringLiteral("headers"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Content-Type")},
                                {QStringLiteral("value"), QString::fromLatin1(mimeType)}}}},
        {QStringLiteral("cookies"), QJsonArray()},
        {QStringLiteral("content"), QJsonObject{{QStringLiteral("size"), int(body.size())},
                                                {QStringLiteral("mimeType"), QString::fromLatin1(mimeType)},
                                                {QStringLiteral("text"), QString::fromUtf8(body)}}},
        {QStringLiteral("redirectURL"), QString()},
        {QStringLiteral("headersSize"), -1},
        {QStringLiteral("bodySize"), int(body.size())}};
    return QJsonObject{{QStringLiteral("startedDateTime"), QStringLiteral("2026-11-26T07:00:00.000Z")},
                       {QStringLiteral("time"), 12},
                       {QStringLiteral("request"), request},
                       {QStringLiteral("response"), response},
                       {QStringLiteral("cache"), QJsonObject()},
                       {QStringLiteral("timings"), QJsonObject{{QStringLiteral("send"), 1},
                                                               {QStringLiteral("wait"), 10},
                                                               {QStringLiteral("receive"), 1}}}};
}

QJsonObject header(const QString &name, const QString &value)
{
    return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}};
}

} // namespace

QString TestCheckupGui::writeHarFixture() const
{
    const QString base = m_connection->baseUrl().toString();
    const QString token = QString::fromLatin1(CustomerToken);
    const QJsonArray customer{
        header(QStringLiteral("Authorization"), QStringLiteral("Bearer ") + token),
        header(QStringLiteral("Cookie"), QStringLiteral("sid=") + QLatin1String(CustomerCookie)),
        header(QStringLiteral("Accept"), QStringLiteral("application/json"))};
    QJsonArray entries;
    entries.append(harEntry(
        QStringLiteral("POST"), base + QStringLiteral("/oauth/token"),
        {header(QStringLiteral("Content-Type"), QStringLiteral("application/x-www-form-urlencoded"))}, 200,
        "application/json",
        QByteArray("{\"access_token\":\"") + CustomerToken +
            "\",\"token_type\":\"Bearer\",\"expires_in\":3600}",
        QByteArray("grant_type=client_credentials&client_id=customer&client_secret=") + CustomerSecret));
    entries.append(harEntry(QStringLiteral("GET"), base + QStringLiteral("/api/templates"), customer, 200,
                            "application/json", "{\"data\":[]}"));
    entries.append(harEntry(QStringLiteral("GET"), base + QStringLiteral("/api/assets"), customer, 403,
                            "application/json",
                            QByteArray("{\"code\":\"missing_scope\",\"message\":\"The token ") +
                                CustomerToken + " lacks assets:read\"}"));
    entries.append(harEntry(QStringLiteral("GET"), QStringLiteral("https://cdn.example.com/app.js"), {}, 200,
                            "text/javascript", "console.log(1)"));
    const QJsonObject log{{QStringLiteral("log"),
                           QJsonObject{{QStringLiteral("version"), QStringLiteral("1.2")},
                                       {QStringLiteral("creator"),
                                        QJsonObject{{QStringLiteral("name"), QStringLiteral("WebInspector")},
                                                    {QStringLiteral("version"), QStringLiteral("537.36")}}},
                                       {QStringLiteral("pages"), QJsonArray()},
                                       {QStringLiteral("entries"), entries}}}};
    const QString fileName = QDir(m_home.path()).filePath(QStringLiteral("customer.har"));
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(log).toJson()) < 0)
        return {};
    return fileName;
}

void TestCheckupGui::harFileListsCallsWithTheCustomersTokensMasked()
{
    const QString fileName = writeHarFixture();
    QVERIFY(!fileName.isEmpty());
    QAction *open = controller()->openHarAction();
    QVERIFY(open);
    QMenu *file = window()->menuBar()->actions().first()->menu();
    QVERIFY(file && file->actions().contains(open) &&
            file->actions().contains(controller()->exportHarAction()));
    HarDialog *har = controller()->openHarFile(fileName);
    QVERIFY(har && har->isVisible());
    QCOMPARE(har->callCount(), 3); // the CDN call is not a Connect API call: listed, greyed
    const QStandardItemModel *model = har->model();
    QCOMPARE(model->rowCount(), 4);
    QString everything;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            everything += model->index(row, column).data().toString() + QLatin1Char('\t');
            everything += model->index(row, column).data(Qt::ToolTipRole).toString() + QLatin1Char('\n');
        }
    }
    QCOMPARE(model->index(1, HarDialog::MethodColumn).data().toString(), QStringLiteral("GET"));
    QVERIFY(
        model->index(1, HarDialog::UrlColumn).data().toString().endsWith(QStringLiteral("/api/templates")));
    QCOMPARE(model->index(2, HarDialog::StatusColumn).data().toString(), QStringLiteral("403"));
    QCOMPARE(model->index(2, HarDialog::CodeColumn).data().toString(), QStringLiteral("missing_scope"));
    QCOMPARE(model->index(2, HarDialog::ActionColumn).data().toString(), QStringLiteral("permission"));
    QVERIFY(model->index(1, HarDialog::CodeColumn).data().toString().isEmpty());
    // Selecting each call shows its details, masked; the failed one decided.
    for (int row = 0; row < model->rowCount(); ++row) {
        har->view()->setCurrentIndex(model->index(row, 0));
        everything += har->details()->toPlainText() + QLatin1Char('\n');
    }
    har->view()->setCurrentIndex(model->index(2, 0)); // the failed call (the greyed CDN row is last)
    QVERIFY(har->details()->toPlainText().contains(QStringLiteral("missing_scope")));
    everything += har->summaryLabel()->text();
    QVERIFY2(!everything.contains(QLatin1String(CustomerToken)), qPrintable(everything));
    QVERIFY2(!everything.contains(QLatin1String(CustomerCookie)), qPrintable(everything));
    QVERIFY2(!everything.contains(QLatin1String(CustomerSecret)), qPrintable(everything));
    // The failed call in the error panel: decided, and masked there too.
    QVERIFY(har->showInErrorPanel(2));
    const ErrorEntry *shown = window()->errorPanel()->current();
    QVERIFY(shown);
    QCOMPARE(shown->response.status, 403);
    QCOMPARE(shown->decision.code(), QStringLiteral("missing_scope"));
    QVERIFY(!window()->errorPanel()->messageLabel()->text().contains(QLatin1String(CustomerToken)));
    QVERIFY(!har->showInErrorPanel(1)); // a success is not an error
    har->view()->setCurrentIndex(model->index(2, 0));
    snap(har, "har");
}

void TestCheckupGui::harReplaySendsOurTokenNotTheCustomers()
{
    HarDialog *har = controller()->harDialog();
    QVERIFY(har && har->callCount() == 3);
    const int tabs = window()->requestTabs()->count();
    const int served = simulator()->requestCount();
    RequestPage *replayed = har->replay(1);
    QVERIFY(replayed);
    QCOMPARE(window()->requestTabs()->count(), tabs + 1);
    QSignalSpy shown(replayed, &RequestPage::responseShown);
    QVERIFY(shown.wait(10000) || shown.count() > 0);
    // The simulator knows only our token: a 200 means ours went, not the customer's.
    QVERIFY2(replayed->responseView()->statusLabel()->text().contains(QStringLiteral("200")),
             qPrintable(replayed->responseView()->statusLabel()->text()));
    QVERIFY(simulator()->requestCount() > served);
    const RequestDraft draft = replayed->editor()->draft();
    for (const ParamRow &row : draft.headers) {
        QVERIFY(!row.value.contains(QLatin1String(CustomerToken)));
        QVERIFY(!row.value.contains(QLatin1String(CustomerCookie)));
    }
    QVERIFY(draft.resolvedPath().endsWith(QStringLiteral("/api/templates")));
}

void TestCheckupGui::historyExportsAsRedactedHar()
{
    const QString fileName = QDir(m_home.path()).filePath(QStringLiteral("history.har"));
    QString error;
    QVERIFY2(controller()->exportHistoryAsHar(fileName, &error), qPrintable(error));
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(written.contains("/api/templates"));
    QVERIFY(!written.contains(session()->accessToken()));
    QVERIFY(!written.contains(m_connection->profile().clientSecret.toUtf8()));
    QString why;
    const auto log = HarReader::read(written, &why);
    QVERIFY2(log, qPrintable(why));
    QVERIFY(!log->entries.isEmpty());
}

void TestCheckupGui::compareTwoSavedReportsHighlightsTheDifference()
{
    QVERIFY(!m_healthy.checks.isEmpty() && !m_withoutAssets.checks.isEmpty());
    const QString fileA = QDir(m_home.path()).filePath(QStringLiteral("healthy.json"));
    const QString fileB = QDir(m_home.path()).filePath(QStringLiteral("without-assets.json"));
    for (const auto &[name, report] : {std::pair{fileA, &m_healthy}, std::pair{fileB, &m_withoutAssets}}) {
        QFile file(name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(report->toJsonBytes()) > 0);
    }
    QAction *compare = controller()->compareAction();
    QVERIFY(compare);
    QVERIFY(window()->findChild<QMenu *>(QStringLiteral("accountMenu"))->actions().contains(compare));
    compare->trigger();
    CompareDialog *dialog = controller()->compareDialog();
    QVERIFY(dialog && dialog->isVisible());
    QString error;
    QVERIFY2(dialog->loadReports(fileA, fileB, &error), qPrintable(error));
    QVERIFY(dialog->hasComparison());
    QVERIFY(!dialog->comparison().identical());
    const QColor highlight = differenceBackground(dialog->palette());

    // Scopes: assets:read granted to A, missing for B, highlighted; a shared scope is not.
    QTableWidget *scopes = dialog->scopesTable();
    int assetsScope = -1;
    int sameScope = -1;
    for (int row = 0; row < scopes->rowCount(); ++row) {
        const QString scope = scopes->item(row, CompareDialog::ScopeNameColumn)->text();
        if (scope == QStringLiteral("assets:read"))
            assetsScope = row;
        else if (scope == QStringLiteral("templates:read"))
            sameScope = row;
    }
    QVERIFY(assetsScope >= 0);
    QCOMPARE(scopes->item(assetsScope, 0)->background().color(), highlight);
    if (sameScope >= 0)
        QVERIFY(scopes->item(sameScope, 0)->background().color() != highlight);

    // Checks: GET /api/assets passes for A, fails for B, highlighted and explained.
    QTableWidget *checks = dialog->checksTable();
    int assets = -1;
    int templates = -1;
    for (int row = 0; row < checks->rowCount(); ++row) {
        const QString name = checks->item(row, CompareDialog::CheckNameColumn)->text();
        if (name == QStringLiteral("GET /api/assets"))
            assets = row;
        else if (name == QStringLiteral("GET /api/templates"))
            templates = row;
    }
    QVERIFY(assets >= 0 && templates >= 0);
    QCOMPARE(checks->item(assets, CompareDialog::CheckNameColumn)->background().color(), highlight);
    const QString why = checks->item(assets, CompareDialog::ExplanationColumn)->text();
    QVERIFY2(why.contains(QStringLiteral("assets:read")) || why.contains(QStringLiteral("missing_scope")),
             qPrintable(why));
    QVERIFY2(why.contains(QStringLiteral("for A")) && why.contains(QStringLiteral("for B")), qPrintable(why));
    QVERIFY(checks->item(templates, CompareDialog::CheckNameColumn)->background().color() != highlight);
    QVERIFY(checks->item(templates, CompareDialog::ExplanationColumn)->text().isEmpty());
    QVERIFY(
        checks->item(assets, CompareDialog::CheckBColumn)->text().contains(QStringLiteral("missing_scope")));
    QVERIFY(dialog->explanation()->toPlainText().contains(QStringLiteral("assets:read")));
    QVERIFY(checks->horizontalHeaderItem(CompareDialog::CheckAColumn)
                ->text()
                .contains(QStringLiteral("healthy")));
    snap(dialog, "compare");
}

void TestCheckupGui::compareTwoProfilesRunsBoth()
{
    CompareDialog *dialog = controller()->compareAccounts();
    QVERIFY(dialog);
    QSignalSpy compared(dialog, &CompareDialog::compared);
    dialog->runOnProfiles(QStringLiteral("demo"), QStringLiteral("demo"));
    QVERIFY(compared.wait(30000) || compared.count() > 0);
    // The same account twice: nothing differs, nothing highlighted.
    QVERIFY2(dialog->comparison().identical(), qPrintable(dialog->comparison().toText()));
    QVERIFY(dialog->checksTable()->rowCount() > 0);
    QVERIFY(dialog->summaryLabel()->text().contains(QStringLiteral("agree")));
}

void TestCheckupGui::openWindowsFollowALanguageSwitch()
{
    // The three windows are not modal: all open at once, each holding a result, while the user switches.
    CheckupDialog *card = runCheckup();
    QVERIFY(card);
    const int rows = card->model()->rowCount();
    const QString fileName = writeHarFixture();
    HarDialog *har = controller()->openHarFile(fileName);
    QVERIFY(har && har->callCount() == 3);
    har->view()->setCurrentIndex(har->model()->index(2, 0));
    CompareDialog *compare = controller()->compareAccounts();
    compare->setReports(m_healthy, m_withoutAssets, QStringLiteral("healthy"), QStringLiteral("lacking"));
    QVERIFY(compare->hasComparison());
    QVERIFY(card->isVisible() && har->isVisible() && compare->isVisible());

    test::UntranslatedScan german;
    QVERIFY(german.load(QStringLiteral(CX_TS_DIR "/connect-explorer_de.ts")));
    test::switchLanguageNow(QStringLiteral("de"));
    QCOMPARE(card->windowTitle(), QStringLiteral("Konto-Check"));
    QCOMPARE(card->model()->headerData(CheckReportModel::VerdictColumn, Qt::Horizontal).toString(),
             QStringLiteral("Urteil"));
    QCOMPARE(card->model()->rowCount(), rows);
    QVERIFY(card->hasReport());
    QVERIFY2(card->summaryLabel()->text().contains(QStringLiteral("bestanden")),
             qPrintable(card->summaryLabel()->text()));
    QCOMPARE(controller()->accountMenu()->title(), QStringLiteral("&Konto"));
    QCOMPARE(har->callCount(), 3);
    QCOMPARE(har->view()->currentIndex().row(), 2);
    QVERIFY(har->windowTitle().startsWith(QStringLiteral("HAR-Datei")));
    QVERIFY(compare->hasComparison());
    QCOMPARE(compare->windowTitle(), QStringLiteral("Konten vergleichen"));
    QCOMPARE(compare->checksTable()->horizontalHeaderItem(CompareDialog::ExplanationColumn)->text(),
             QStringLiteral("Warum sie sich unterscheiden"));
    const std::pair<QWidget *, WordedColumns> dialogs[] = {
        {card, {{card->view(), {CheckReportModel::VerdictColumn, CheckReportModel::LatencyColumn}}}},
        {har, {{har->view(), {HarDialog::StatusColumn}}}},
        {compare,
         {{compare->checksTable(),
           {CompareDialog::CheckAColumn, CompareDialog::CheckBColumn, CompareDialog::ExplanationColumn}},
          {compare->scopesTable(), {CompareDialog::ScopeAColumn, CompareDialog::ScopeBColumn}}}}};
    for (const auto &[dialog, worded] : dialogs) {
        const QStringList left = leftoversIn(dialog, german, worded);
        for (const QString &line : left)
            qInfo("English left in %s: %s", qPrintable(dialog->objectName()), qPrintable(line));
        QVERIFY2(left.isEmpty(), qPrintable(dialog->objectName()));
    }

    // And back: the same results, in English again.
    test::switchLanguageNow(QStringLiteral("en"));
    QCOMPARE(card->windowTitle(), QStringLiteral("Account Check-up"));
    QCOMPARE(card->model()->index(0, CheckReportModel::VerdictColumn).data().toString(),
             verdictText(card->model()->check(0).verdict));
    QVERIFY(card->summaryLabel()->text().contains(QStringLiteral("passed")));
    QCOMPARE(compare->windowTitle(), QStringLiteral("Compare Accounts"));
    QVERIFY(compare->summaryLabel()->text().contains(QStringLiteral("difference")));
    QCOMPARE(har->callCount(), 3);
    QVERIFY(har->details()->toPlainText().contains(QStringLiteral("missing_scope")));
    card->close();
    har->close();
    compare->close();
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
