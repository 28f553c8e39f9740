// Account > Export Evidence… and File > Export History as HAR against the Demo simulator, offscreen:
// - a request sent in a tab (a 403 missing_scope) exported as HAR reads back with the server's headers
//   and words and decides missing_scope (history alone would have decided permission_denied);
// - the dialog runs a check-up, takes a customer's HAR and the latest history entries, writes the .zip
//   off the UI thread and says where; the archive passes Python's zipfile, names the decided cause in its
//   README and holds neither the client secret nor any token of the session;
// - after a restart (a new window) the archive's reproduction still carries the responses, read from the
//   history's sidecars, and a token in a stored response (a canary no redactor knows) is in no file;
//   so does Export History as HAR (on a worker from the menu, or called directly).
#include "ConnectSimulator.h"
#include "GuiTestBase.h"
#include "auth/Session.h"
#include "checkup/CheckupController.h"
#include "checkup/EvidenceDialog.h"
#include "errors/ApiError.h"
#include "errors/ErrorCatalog.h"
#include "errors/ErrorDecision.h"
#include "export/SecretSet.h"
#include "har/HarReader.h"
#include "history/HistoryStore.h"
#include "history/RequestWorkspace.h"
#include "request/RequestPage.h"

#include <QAction>
#include <QCheckBox>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>

using namespace cx;
using namespace cx::gui;

namespace {

// A token in a stored sign-in answer that no redactor knows (see evidenceAfterARestartHasTheKeptResponses).
constexpr char Canary[] = "CANARY-hist-5e2d91";

QString decided(const ApiResponse &response)
{
    const ErrorDecision decision = ErrorCatalog::decideLate(ApiError::fromResponse(response));
    return decision.isError() ? decision.shownCode() : QString();
}

QByteArray readAllOf(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestEvidenceGui : public test::GuiTestBase
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        setUpEnvironment();
        createWindow();
        QVERIFY(waitSignedIn());
        // This account lacks assets:read from its next token on.
        QStringList scopes = sim::allScopes();
        scopes.removeAll(QStringLiteral("assets:read"));
        simulator()->setScopes(scopes);
        QSignalSpy signedIn(session(), &Session::signedIn);
        session()->signIn();
        QVERIFY(signedIn.wait(10000));
    }
    void cleanupTestCase() { destroyWindow(); }

    void historyHarKeepsTheResponse()
    {
        QVERIFY(clickEndpoint("GET", QStringLiteral("/api/assets")));
        QVERIFY(sendWithKeyboard());
        QCOMPARE(page()->lastDecision().shownCode(), QStringLiteral("missing_scope"));

        auto *controller = window()->findChild<CheckupController *>();
        QVERIFY(controller);
        const QString file = QDir(m_home.path()).filePath(QStringLiteral("history.har"));
        QString error;
        QVERIFY2(controller->exportHistoryAsHar(file, &error), qPrintable(error));
        const auto log = HarReader::readFile(file, &error);
        QVERIFY2(log, qPrintable(error));
        QVERIFY(!log->entries.isEmpty());
        const HarEntry &entry = log->entries.last();
        QCOMPARE(entry.status, 403);
        QCOMPARE(decided(entry.toResponse()), QStringLiteral("missing_scope"));
        QVERIFY(!entry.responseHeaders.isEmpty());
        const QString said = ApiError::fromResponse(entry.toResponse()).message;
        QVERIFY2(!said.contains(QStringLiteral("HTTP 403")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("assets:read")), qPrintable(said));
    }

    void exportEvidenceFromTheAccountMenu()
    {
        auto *controller = window()->findChild<CheckupController *>();
        QVERIFY(controller);
        QVERIFY(controller->accountMenu()->actions().contains(controller->exportEvidenceAction()));
        controller->exportEvidenceAction()->trigger();
        EvidenceDialog *dialog = controller->evidenceDialog();
        QVERIFY(dialog && dialog->isVisible());

        // A wrong choice is said, nothing is written.
        dialog->outputEdit()->clear();
        QVERIFY(!dialog->startExport());
        QVERIFY(!dialog->statusLabel()->text().isEmpty());

        // A customer's HAR: the file's own token is masked in the archive too.
        const QString har = QDir(m_home.path()).filePath(QStringLiteral("customer.har"));
        {
            const QJsonObject request{
                {QStringLiteral("method"), QStringLiteral("GET")},
                {QStringLiteral("url"),
                 window()->connection()->baseUrl().toString() + QStringLiteral("/api/assets")},
                {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
                {QStringLiteral("headers"),
                 QJsonArray{
                     QJsonObject{{QStringLiteral("name"), QStringLiteral("Authorization")},
                                 {QStringLiteral("value"), QStringLiteral("Bearer cust-TOKEN-77aa11")}}}},
                {QStringLiteral("queryString"), QJsonArray()}};
            const QJsonObject body{
                {QStringLiteral("code"), QStringLiteral("missing_scope")},
                {QStringLiteral("message"), QStringLiteral("cust-TOKEN-77aa11 lacks assets:read")}};
            const QJsonObject response{
                {QStringLiteral("status"), 403},
                {QStringLiteral("headers"), QJsonArray()},
                {QStringLiteral("content"),
                 QJsonObject{{QStringLiteral("mimeType"), QStringLiteral("application/json")},
                             {QStringLiteral("text"), QString::fromUtf8(QJsonDocument(body).toJson())}}}};
            const QJsonObject entry{
                {QStringLiteral("startedDateTime"), QStringLiteral("2026-12-01T09:00:00.000Z")},
                {QStringLiteral("time"), 5},
                {QStringLiteral("request"), request},
                {QStringLiteral("response"), response}};
            const QByteArray text =
                QJsonDocument(QJsonObject{{QStringLiteral("log"),
                                           QJsonObject{{QStringLiteral("version"), QStringLiteral("1.2")},
                                                       {QStringLiteral("entries"), QJsonArray{entry}}}}})
                    .toJson();
            QFile file(har);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        }
        const QString zip = QDir(m_home.path()).filePath(QStringLiteral("case.zip"));
        dialog->harEdit()->setText(har);
        dialog->checkupBox()->setChecked(true);
        dialog->historySpin()->setValue(5);
        dialog->outputEdit()->setText(zip);
        QSignalSpy finished(dialog, &EvidenceDialog::finished);
        dialog->exportButton()->click();
        QVERIFY(dialog->isBusy());
        QVERIFY(!dialog->exportButton()->isEnabled());
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(dialog->savedFile(), zip);
        QVERIFY(dialog->statusLabel()->text().contains(zip));
        QVERIFY(dialog->exportButton()->isEnabled());

        // Python's zipfile checks and unpacks it.
        const QString into = QDir(m_home.path()).filePath(QStringLiteral("case"));
        QProcess python;
        python.setProcessChannelMode(QProcess::MergedChannels);
        python.start(QStringLiteral("python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\n"
                                     "assert z.testzip() is None\nz.extractall(sys.argv[2])"),
                      zip, into});
        QVERIFY(python.waitForFinished(60000));
        QVERIFY2(python.exitCode() == 0, python.readAll().constData());

        QList<QByteArray> secrets;
        for (const QString &value : session()->secrets()->values())
            secrets << value.toUtf8();
        secrets << QByteArray("cust-TOKEN-77aa11");
        QVERIFY(secrets.size() >= 3); // the client secret, the tokens of the session, the customer's
        QByteArray readme;
        int files = 0;
        QDirIterator it(into, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            ++files;
            for (const QByteArray &secret : std::as_const(secrets))
                QVERIFY2(!bytes.contains(secret), qPrintable(path + QStringLiteral(" holds a secret")));
            if (path.endsWith(QStringLiteral("README.md")))
                readme = bytes;
        }
        QVERIFY(files >= 6); // README, customer HAR and calls, reproduction, check-up JSON and Markdown
        QVERIFY2(readme.contains("**missing_scope**"), readme.constData());
        QVERIFY(readme.contains(window()->connection()->profile().name.toUtf8()));
        QVERIFY(QFile::exists(into + QStringLiteral("/reproduction/history.har")));
        QVERIFY(QFile::exists(into + QStringLiteral("/checkup/report.md")));
    }

    // A response the history is still writing when Export is clicked: the window does not wait for it,
    // and the archive has it once written.
    void evidenceWaitsForAResponseStillBeingWrittenOffTheUiThread()
    {
        auto *workspace = window()->findChild<RequestWorkspace *>();
        QVERIFY(workspace);
        HistoryStore *history = workspace->historyStore();
        QSemaphore entered, release;
        history->setWriterGate([&] {
            entered.release();
            release.tryAcquire(1, 10000); // bounded: a UI thread waiting here fails the test below
        });
        ApiRequest request;
        request.method = "GET";
        request.path = QStringLiteral("/api/brandkit/colors");
        ApiResponse answer;
        answer.status = 200;
        answer.headers = {{"Content-Type", "application/json"}};
        answer.body = R"({"colors":["held-write-marker"]})";
        const HistoryEntry entry =
            history->record(request, window()->connection()->baseUrl().toString(), answer);
        QVERIFY(entered.tryAcquire(1, 10000));
        QVERIFY(history->isResponsePending(entry.id));

        auto *controller = window()->findChild<CheckupController *>();
        QVERIFY(controller);
        controller->exportEvidenceAction()->trigger();
        EvidenceDialog *dialog = controller->evidenceDialog();
        QVERIFY(dialog);
        dialog->harEdit()->clear();
        dialog->checkupBox()->setChecked(false);
        dialog->historySpin()->setValue(1);
        const QString zip = QDir(m_home.path()).filePath(QStringLiteral("held.zip"));
        dialog->outputEdit()->setText(zip);
        QSignalSpy finished(dialog, &EvidenceDialog::finished);
        QElapsedTimer clicked;
        clicked.start();
        QVERIFY(dialog->startExport());
        QVERIFY2(clicked.elapsed() < 2000, "the UI thread waited for the history's write");
        QVERIFY(dialog->isBusy());
        // File > Export History as HAR waits the same way.
        const QString har = QDir(m_home.path()).filePath(QStringLiteral("held.har"));
        QSignalSpy written(controller, &CheckupController::historyHarWritten);
        clicked.restart();
        controller->exportHistoryAsHarInBackground(har);
        QVERIFY2(clicked.elapsed() < 2000, "the UI thread waited for the history's write");
        QTest::qWait(100);
        QCOMPARE(finished.count(), 0); // the archive waits for the write, off this thread
        QCOMPARE(written.count(), 0);
        release.release();
        QVERIFY(finished.wait(60000));
        QVERIFY(written.count() > 0 || written.wait(60000));
        history->setWriterGate({});
        QVERIFY2(written.first().at(0).toBool(), qPrintable(written.first().at(2).toString()));
        QVERIFY(readAllOf(har).contains("held-write-marker"));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));

        const QString into = QDir(m_home.path()).filePath(QStringLiteral("held"));
        QProcess python;
        python.setProcessChannelMode(QProcess::MergedChannels);
        python.start(
            QStringLiteral("python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import sys, zipfile\nzipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])"), zip,
             into});
        QVERIFY(python.waitForFinished(60000));
        QVERIFY2(python.exitCode() == 0, python.readAll().constData());
        QString error;
        const auto log = HarReader::readFile(into + QStringLiteral("/reproduction/history.har"), &error);
        QVERIFY2(log, qPrintable(error));
        QVERIFY(std::any_of(log->entries.cbegin(), log->entries.cend(), [](const HarEntry &har) {
            return har.toResponse().body.contains("held-write-marker");
        }));
    }

    void evidenceAfterARestartHasTheKeptResponses()
    {
        // A sign-in answer in the history whose token no redactor knows: only the field's name keeps it
        // out of the sidecar, and so out of the archive.
        const QByteArray canary(Canary);
        {
            auto *workspace = window()->findChild<RequestWorkspace *>();
            QVERIFY(workspace);
            ApiRequest token;
            token.method = "POST";
            token.path = QStringLiteral("/oauth/access-token");
            token.authenticated = false;
            ApiResponse issued;
            issued.status = 200;
            issued.headers = {{"Content-Type", "application/json"}};
            issued.body =
                "{\"access_token\":\"" + canary + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}";
            const HistoryEntry entry = workspace->historyStore()->record(
                token, window()->connection()->baseUrl().toString(), issued);
            QVERIFY(workspace->historyStore()->hasResponse(entry.id));
        }
        // A restart: the responses kept in memory are gone, the history's are on disk.
        destroyWindow();
        createWindow();
        QVERIFY(waitSignedIn());
        auto *controller = window()->findChild<CheckupController *>();
        QVERIFY(controller);
        controller->exportEvidenceAction()->trigger();
        EvidenceDialog *dialog = controller->evidenceDialog();
        QVERIFY(dialog && dialog->isVisible());
        dialog->harEdit()->clear();
        dialog->checkupBox()->setChecked(false);
        dialog->historySpin()->setValue(5);

        // With CX_COMPARE_SCREENSHOTS=DIR (run under Xvfb), the support desk page's picture of the dialog.
        if (const QString dir = qEnvironmentVariable("CX_COMPARE_SCREENSHOTS"); !dir.isEmpty()) {
            dialog->harEdit()->setText(QStringLiteral("/home/sam/Downloads/customer-4711.har"));
            dialog->checkupBox()->setChecked(true);
            dialog->outputEdit()->setText(QStringLiteral("/home/sam/Desktop/ticket-4711-evidence.zip"));
            dialog->resize(640, dialog->sizeHint().height());
            dialog->harEdit()->setCursorPosition(0);
            dialog->outputEdit()->setCursorPosition(0);
            QTest::qWait(300);
            QVERIFY(dialog->grab().save(dir + QStringLiteral("/evidence-dialog.png")));
            dialog->harEdit()->clear();
            dialog->checkupBox()->setChecked(false);
        }

        const QString zip = QDir(m_home.path()).filePath(QStringLiteral("restart.zip"));
        dialog->outputEdit()->setText(zip);
        QSignalSpy finished(dialog, &EvidenceDialog::finished);
        QVERIFY(dialog->startExport());
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));

        const QString into = QDir(m_home.path()).filePath(QStringLiteral("restart"));
        QProcess python;
        python.setProcessChannelMode(QProcess::MergedChannels);
        python.start(QStringLiteral("python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\n"
                                     "assert z.testzip() is None\nz.extractall(sys.argv[2])"),
                      zip, into});
        QVERIFY(python.waitForFinished(60000));
        QVERIFY2(python.exitCode() == 0, python.readAll().constData());
        QDirIterator it(into, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(canary),
                     qPrintable(path + QStringLiteral(" holds the canary")));
        }
        // The 403 of the first test, sent by the window before the restart: its body and headers.
        QString error;
        const auto log = HarReader::readFile(into + QStringLiteral("/reproduction/history.har"), &error);
        QVERIFY2(log, qPrintable(error));
        const auto denied = std::find_if(log->entries.cbegin(), log->entries.cend(),
                                         [](const HarEntry &entry) { return entry.status == 403; });
        QVERIFY(denied != log->entries.cend());
        QVERIFY(!denied->responseHeaders.isEmpty());
        QCOMPARE(decided(denied->toResponse()), QStringLiteral("missing_scope"));
        QVERIFY(ApiError::fromResponse(denied->toResponse()).message.contains(QStringLiteral("assets:read")));
        const auto signIn =
            std::find_if(log->entries.cbegin(), log->entries.cend(), [](const HarEntry &entry) {
                return entry.url.path() == QLatin1String("/oauth/access-token");
            });
        QVERIFY(signIn != log->entries.cend());
        QVERIFY2(signIn->toResponse().body.contains("[redacted]"), signIn->toResponse().body.constData());
    }

    // File > Export History as HAR after the restart: the responses from before it come from the
    // history's sidecars (this window's controller kept none of them in memory), still redacted. Both
    // the menu's way (on a worker) and the direct call.
    void historyHarAfterARestartHasTheKeptResponses()
    {
        auto *controller = window()->findChild<CheckupController *>();
        QVERIFY(controller);
        auto *workspace = window()->findChild<RequestWorkspace *>();
        QVERIFY(workspace);
        const QList<HistoryEntry> entries = workspace->historyStore()->entries();
        const auto old403 = std::find_if(entries.cbegin(), entries.cend(),
                                         [](const HistoryEntry &entry) { return entry.status == 403; });
        QVERIFY(old403 != entries.cend());
        QVERIFY(workspace->historyStore()->hasResponse(old403->id));
        QVERIFY(!controller->keptResponse(old403->id)); // sent by the window before the restart

        const QString inBackground = QDir(m_home.path()).filePath(QStringLiteral("restart-menu.har"));
        QSignalSpy written(controller, &CheckupController::historyHarWritten);
        controller->exportHistoryAsHarInBackground(inBackground);
        QVERIFY(!controller->exportHarAction()->isEnabled()); // until the worker has written it
        QVERIFY(written.wait(60000) || written.count() > 0);
        QVERIFY2(written.first().at(0).toBool(), qPrintable(written.first().at(2).toString()));
        QCOMPARE(written.first().at(1).toString(), inBackground);
        QVERIFY(controller->exportHarAction()->isEnabled());
        QVERIFY2(window()->statusBar()->currentMessage().contains(inBackground),
                 qPrintable(window()->statusBar()->currentMessage()));
        const QString direct = QDir(m_home.path()).filePath(QStringLiteral("restart-direct.har"));
        QString error;
        QVERIFY2(controller->exportHistoryAsHar(direct, &error), qPrintable(error));

        const QByteArray token = session()->accessToken();
        const QByteArray secret = window()->connection()->profile().clientSecret.toUtf8();
        QVERIFY(!token.isEmpty() && !secret.isEmpty());
        for (const QString &fileName : {inBackground, direct}) {
            QFile file(fileName);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(Canary), qPrintable(fileName));
            QVERIFY2(!bytes.contains(token), qPrintable(fileName));
            QVERIFY2(!bytes.contains(secret), qPrintable(fileName));
            const auto log = HarReader::read(bytes, &error);
            QVERIFY2(log, qPrintable(error));
            const auto denied = std::find_if(log->entries.cbegin(), log->entries.cend(),
                                             [](const HarEntry &entry) { return entry.status == 403; });
            QVERIFY(denied != log->entries.cend());
            QVERIFY2(!denied->responseHeaders.isEmpty(), qPrintable(fileName));
            QCOMPARE(decided(denied->toResponse()), QStringLiteral("missing_scope"));
            QVERIFY(
                ApiError::fromResponse(denied->toResponse()).message.contains(QStringLiteral("assets:read")));
            const auto signIn =
                std::find_if(log->entries.cbegin(), log->entries.cend(), [](const HarEntry &entry) {
                    return entry.url.path() == QLatin1String("/oauth/access-token");
                });
            QVERIFY(signIn != log->entries.cend());
            QVERIFY2(signIn->toResponse().body.contains("[redacted]"), signIn->toResponse().body.constData());
        }
    }
};

QTEST_MAIN(TestEvidenceGui)
#include "tst_evidence_gui.moc"
