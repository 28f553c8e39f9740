// The error panel as a user meets it: the Demo profile's simulator answers with every code of the
// catalogue and the panel shows the right action widget; the retry countdown, sign in again, fix the
// request, check the ID, the support report, the history and the Simulate menu each do what they say.
#include "ConnectSimulator.h"
#include "GuiTestBase.h"
#include "MockClock.h"
#include "UntranslatedScan.h"
#include "errorpanel/ErrorPanel.h"
#include "errorpanel/ErrorReport.h"
#include "errorpanel/FixRequestAction.h"
#include "errorpanel/NetworkAction.h"
#include "errorpanel/NotFoundAction.h"
#include "errorpanel/NoticeAction.h"
#include "errorpanel/PermissionAction.h"
#include "errorpanel/ReloginAction.h"
#include "errorpanel/ReportAction.h"
#include "errorpanel/RetryAction.h"
#include "errorpanel/SimulateMenu.h"
#include "errors/FaultLocator.h"
#include "profiles/ProfileController.h"
#include "profiles/SignInDialog.h"
#include "profiles/StatusPanel.h"
#include "request/BodyEditor.h"
#include "request/ErrorArea.h"
#include "request/ParamTable.h"
#include "request/PathParamsForm.h"
#include "request/RequestEditor.h"

#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>

using namespace cx;
using namespace cx::gui;

using cx::test::row;

class TestErrorPanel : public test::GuiTestBase
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void everyCatalogueCodeShowsItsActionWidget_data();
    void everyCatalogueCodeShowsItsActionWidget();
    void panelOpensOnAFailureAndShowsTheServersWords();
    void unknownCodeIsShownVerbatimAndMarked();
    void droppedConnectionSaysWhichFailureAndRetries();
    void everyNetworkCodeShowsItsFix_data();
    void everyNetworkCodeShowsItsFix();
    void htmlProxyPageIsRetried();
    void countdownTicksAndRetriesAGetAtZero();
    void postIsNotRetriedAutomatically();
    void attemptNumberGrowsWithEachRetry();
    void sendingSomethingElseStopsTheCountdown();
    void garbageAndDateRetryAfter();
    void reloginReplaysOnceAndDoesNotLoop();
    void refusedCredentialsAskForTheSignInFormWithoutLooping();
    void permissionNamesTheMissingScopeGrantedVsRequired();
    void fixRequestMarksTheQueryParameter();
    void fixRequestMarksThePathParameter();
    void fixRequestMarksTheBodyPositionAndHeader();
    void notFoundOpensTheListEndpoint();
    void reportHoldsNoSecret();
    void historyShowsEarlierErrorsAgain();
    void simulateMenuTriggersErrorsAndFaults();
    void languageSwitchRetranslatesTheShownEntryAndKeepsTheHistory();
    void languageSwitchKeepsTheRetryCountdownRunning();
    void languageSwitchRetranslatesTheSimulateMenu();
    void languageSwitchRetranslatesTheMarkedRequestField();
    // The shapes of the public docs, from the docs' own bodies through showFailure; the same shapes from
    // a live simulator in its documented dialect are in tst_dialect_gui.
    void validationFieldsAreAllMarked();
    void marksGoOnEditAndOnTheNextSend();
    void accountStatesGetTheirOwnNotice_data();
    void accountStatesGetTheirOwnNotice();
    void invalidClientFromTheTokenEndpointOffersOnlyTheForm();
    void statusBarSaysWhichTokenFormat();
    // Issue 16: German in presentation mode at 1024x700.
    void permissionFitsThePanelInPresentationMode();
    void validationFitsThePanelInPresentationMode();
    void errorAreaIsNotCutInANarrowPage();

private:
    // German, presentation mode (its larger font), a 1024x700 window; leave() puts everything back.
    void enterGermanPresentation();
    void leaveGermanPresentation(bool newToken);
    // Every wrapped label of `area` as tall as its text needs at its width.
    static QStringList cutLabels(const QWidget *area);
    // Switches the running app the way Preferences does, and lets every widget retranslate itself.
    void switchLanguage(const QString &code)
    {
        m_switched = code != QLatin1String("en");
        test::switchLanguageNow(code);
    }
    bool m_switched = false;
    test::UntranslatedScan m_german;
    ErrorPanel *panel() const { return window()->errorPanel(); }
    // Loads the request into the current tab, sends it, and waits until it has finished.
    bool send(const QByteArray &method, const QString &pathTemplate,
              const QMap<QString, QString> &pathValues = {}, const QList<ParamRow> &query = {},
              const QList<ParamRow> &headers = {}, const QString &body = {});
    bool waitForEntry(int previousCount, int timeoutMs = 10000) const;
    template<typename T> T *actionAs() const { return qobject_cast<T *>(panel()->actionWidget()); }
    void stopCountdown() const;
    // With CX_ERRORPANEL_SCREENSHOTS=DIR, saves the window as DIR/error-panel-NAME.png (for the docs).
    void snap(const char *name) const;
    bool grantedIs(QStringList scopes) const
    {
        bool known = false;
        QStringList granted = panel()->grantedScopes(&known);
        granted.sort();
        scopes.sort();
        return known && granted == scopes;
    }
};

void TestErrorPanel::initTestCase()
{
    setUpEnvironment();
    QVERIFY(m_german.load(QStringLiteral(CX_TS_DIR "/connect-explorer_de.ts")));
    createWindow();
    if (qEnvironmentVariableIsSet("CX_ERRORPANEL_SCREENSHOTS"))
        window()->resize(1400, 860);
    QVERIFY(waitSignedIn());
}

void TestErrorPanel::snap(const char *name) const
{
    const QString directory = qEnvironmentVariable("CX_ERRORPANEL_SCREENSHOTS");
    if (directory.isEmpty())
        return;
    QTest::qWait(100);
    const QString path =
        QDir(directory).filePath(QStringLiteral("error-panel-%1.png").arg(QLatin1String(name)));
    QVERIFY2(window()->grab().save(path), qPrintable(path));
}

void TestErrorPanel::cleanupTestCase()
{
    destroyWindow();
}

void TestErrorPanel::init()
{
    stopCountdown();
    simulator()->clearScenarios();
    simulator()->setRateLimit(0);
    QTRY_VERIFY(!page()->isBusy());
    if (session()->state() != Session::State::SignedIn) {
        QSignalSpy signedIn(session(), &Session::signedIn);
        session()->signIn();
        QVERIFY(signedIn.wait(10000));
    }
    panel()->clearHistory();
}

void TestErrorPanel::cleanup()
{
    if (m_switched)
        switchLanguage(QStringLiteral("en"));
}

void TestErrorPanel::stopCountdown() const
{
    if (auto *retry = actionAs<RetryAction>())
        retry->cancel();
}

bool TestErrorPanel::send(const QByteArray &method, const QString &pathTemplate,
                          const QMap<QString, QString> &pathValues, const QList<ParamRow> &query,
                          const QList<ParamRow> &headers, const QString &body)
{
    RequestDraft draft;
    draft.method = method;
    draft.pathTemplate = pathTemplate;
    draft.pathValues = pathValues;
    draft.query = query;
    draft.headers = headers;
    draft.body = body;
    page()->load(draft);
    QSignalSpy finished(page(), &RequestPage::requestFinished);
    page()->send();
    return finished.wait(10000) || finished.count() > 0;
}

bool TestErrorPanel::waitForEntry(int previousCount, int timeoutMs) const
{
    return QTest::qWaitFor([&] { return panel()->entryCount() > previousCount; }, timeoutMs);
}

void TestErrorPanel::everyCatalogueCodeShowsItsActionWidget_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("action");
    for (const ErrorInfo &info : ErrorCatalog::all())
        QTest::newRow(qPrintable(info.code)) << info.code << ErrorCatalog::actionName(info.action);
}

void TestErrorPanel::everyCatalogueCodeShowsItsActionWidget()
{
    QFETCH(QString, code);
    QFETCH(QString, action);
    // Until cleared: a 401 is renewed and replayed once by the client, and must still fail then.
    simulator()->setScenario({code, QStringLiteral("/api/templates"), 0, -1});
    QVERIFY(send("GET", QStringLiteral("/api/templates")));
    QTRY_VERIFY(panel()->current());
    QCOMPARE(panel()->current()->decision.code(), code);
    QVERIFY(panel()->actionWidget());
    QCOMPARE(panel()->actionWidget()->objectName(), QStringLiteral("action_") + action);
    QCOMPARE(ErrorCatalog::actionName(panel()->actionWidget()->action()), action);
    QVERIFY(panel()->isVisible());
    QVERIFY(panel()->titleLabel()->text().contains(code));
    QVERIFY(!panel()->meaningLabel()->text().isEmpty());
    QVERIFY(!panel()->hintLabel()->text().isEmpty());
    QVERIFY(!panel()->unknownLabel()->isVisible());
    // The tab's own error area agrees.
    QCOMPARE(page()->errorArea()->actionName(), action);
    stopCountdown();
    simulator()->clearScenarios();
}

void TestErrorPanel::panelOpensOnAFailureAndShowsTheServersWords()
{
    panel()->hide();
    QVERIFY(send("GET", QStringLiteral("/api/templates/{id}"),
                 {{QStringLiteral("id"), QStringLiteral("987654")}}));
    QTRY_VERIFY(panel()->isVisible());
    QVERIFY(panel()->titleLabel()->text().contains(QStringLiteral("404")));
    QVERIFY(panel()->messageLabel()->text().contains(QStringLiteral("987654")));
    QCOMPARE(panel()->messageLabel()->textFormat(), Qt::PlainText);
    QCOMPARE(panel()->historyList()->count(), 1);
}

void TestErrorPanel::unknownCodeIsShownVerbatimAndMarked()
{
    simulator()->setScenario({QStringLiteral("brand_new_code"), QStringLiteral("/api/templates"), 0, 1});
    QVERIFY(send("GET", QStringLiteral("/api/templates")));
    QTRY_VERIFY(panel()->current());
    QCOMPARE(panel()->current()->decision.code(), QStringLiteral("brand_new_code"));
    QCOMPARE(panel()->actionWidget()->objectName(), QStringLiteral("action_notice"));
    QVERIFY(panel()->unknownLabel()->isVisible());
    QVERIFY(panel()->titleLabel()->text().contains(QStringLiteral("brand_new_code")));
}

void TestErrorPanel::droppedConnectionSaysWhichFailureAndRetries()
{
    // Until cleared: Qt itself resends a GET once when the connection closes before any answer.
    simulator()->setScenario({QStringLiteral("drop"), QStringLiteral("/api/templates"), 0, -1});
    QVERIFY(send("GET", QStringLiteral("/api/templates")));
    QTRY_VERIFY(actionAs<NetworkAction>());
    simulator()->clearScenarios();
    auto *network = actionAs<NetworkAction>();
    QVERIFY(!network->failureLabel()->text().isEmpty());
    QVERIFY(panel()->titleLabel()->text().contains(networkFailureName(panel()->current()->error.failure)));
    const int before = simulator()->requestCount();
    QSignalSpy finished(page(), &RequestPage::requestFinished);
    QTest::mouseClick(network->retryButton(), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QCOMPARE(simulator()->requestCount(), before + 1);
    QVERIFY(panel()->statusLabel()->text().contains(QStringLiteral("200")));
}

// Every finer network code (NetworkDiagnosis; reached against real servers in tst_networks and
// tst_networks_gui) is shown with its own meaning and fix, the certificate where there is one, and the
// button that acts on it.
void TestErrorPanel::everyNetworkCodeShowsItsFix_data()
{
    QTest::addColumn<QString>("code");
    for (const QString &code : ErrorCatalog::networkDetailCodes())
        QTest::newRow(qPrintable(code)) << code;
}

void TestErrorPanel::everyNetworkCodeShowsItsFix()
{
    QFETCH(QString, code);
    ApiRequest request;
    request.path = QStringLiteral("/api/templates");
    ApiResponse response;
    response.url = QUrl(QStringLiteral("https://api.example.com/api/templates"));
    const bool tls = code.startsWith(QLatin1String("tls_"));
    response.failure = tls ? NetworkFailure::Tls : NetworkFailure::Other;
    response.failureDetail = QStringLiteral("as Qt said it");
    response.failureDetailCode = code;
    const bool certificateAtFault =
        code == QLatin1String("tls_untrusted") || code == QLatin1String("tls_self_signed") ||
        code == QLatin1String("tls_hostname_mismatch") || code == QLatin1String("tls_expired");
    if (certificateAtFault) {
        response.certificate.subject = QStringLiteral("api.example.com");
        response.certificate.issuer = QStringLiteral("Example CA");
        response.certificate.names = {QStringLiteral("api.example.com")};
        response.certificate.notBefore = QStringLiteral("2026-01-01T00:00:00Z");
        response.certificate.notAfter = QStringLiteral("2027-01-01T00:00:00Z");
        response.certificate.sha256 = QStringLiteral("AB:CD:EF");
        response.certificate.pin = QStringLiteral("sha256/q83v");
    }
    panel()->showFailure(page(), request, response);
    QTRY_VERIFY(actionAs<NetworkAction>());
    auto *network = actionAs<NetworkAction>();
    QCOMPARE(panel()->current()->error.code, code);
    const ErrorInfo info = ErrorCatalog::network(code, response.failure);
    QCOMPARE(network->failureLabel()->text(), info.meaning);
    auto *fix = network->findChild<QLabel *>(QStringLiteral("networkFix"));
    QVERIFY(fix);
    QCOMPARE(fix->text(), info.hint);
    QCOMPARE(network->certificateLabel() != nullptr, certificateAtFault);
    if (certificateAtFault)
        QVERIFY(network->certificateLabel()->text().contains(QStringLiteral("AB:CD:EF")));
    const bool trustable = certificateAtFault && code != QLatin1String("tls_expired");
    QCOMPARE(network->trustButton() != nullptr, trustable);
    QCOMPARE(network->proxyButton() != nullptr, code == QLatin1String("proxy_auth_required"));
}

void TestErrorPanel::htmlProxyPageIsRetried()
{
    simulator()->setScenario({QStringLiteral("html_502"), QStringLiteral("/api/templates"), 0, 1});
    QVERIFY(send("GET", QStringLiteral("/api/templates")));
    QTRY_VERIFY(actionAs<RetryAction>());
    QCOMPARE(panel()->current()->error.shape, ApiError::Shape::Html);
    QCOMPARE(panel()->current()->decision.code(), QStringLiteral("bad_gateway"));
    QVERIFY(actionAs<RetryAction>()->isCounting());
}

void TestErrorPanel::countdownTicksAndRetriesAGetAtZero()
{
    // The countdown reads cx::Clock: this one only moves when the test moves it.
    test::MockClock clock;
    // internal_error carries Retry-After: 1.
    simulator()->setScenario({QStringLiteral("internal_error"), QStringLiteral("/api/templates"), 0, 1});
    QVERIFY(send("GET", QStringLiteral("/api/templates")));
    QTRY_VERIFY(actionAs<RetryAction>());
    auto *retry = actionAs<RetryAction>();
    snap("retry");
    QVERIFY(retry->willRetryAutomatically());
    QCOMPARE(retry->delayMs(), 1000);
    QVERIFY(retry->countdownLabel()->text().contains(QStringLiteral("1")));
    QSignalSpy ticks(retry, &RetryAction::tick);
    const int before = simulator()->requestCount();
    QSignalSpy finished(page(), &RequestPage::requestFinished);
    // The clock stands still: the timer ticks, but the second does not run out.
    QVERIFY(ticks.wait(500));
    QCOMPARE(ticks.last().at(0).toInt(), 1);
    QCOMPARE(retry->remainingMs(), 1000);
    QCOMPARE(simulator()->requestCount(), before);
    clock.advanceMSecs(600);
    QCOMPARE(retry->remainingMs(), 400);
    QVERIFY(ticks.wait(500)); // the next tick still says 1 s
    QCOMPARE(ticks.last().at(0).toInt(), 1);
    clock.advanceMSecs(400);
    QVERIFY(finished.wait(5000)); // at zero it retried by itself: only the round trip is waited for
    QVERIFY2(ticks.count() >= 3, qPrintable(QString::number(ticks.count())));
    QCOMPARE(ticks.last().at(0).toInt(), 0);
    QCOMPARE(simulator()->requestCount(), before + 1);
    QVERIFY(page()->responseView()->statusLabel()->text().startsWith(QStringLiteral("200")));
    QVERIFY(panel()->statusLabel()->text().contains(QStringLiteral("attempt 2")));
}

void TestErrorPanel::postIsNotRetriedAutomatically()
{
    test::MockClock clock;
    simulator()->setScenario({QStringLiteral("internal_error"), QStringLiteral("/api/templates"), 0, 1});
    QVERIFY(send("POST", QStringLiteral("/api/templates"), {}, {}, {}, QStringLiteral(R"({"name":"x"})")));
    QTRY_VERIFY(actionAs<RetryAction>());
    auto *retry = actionAs<RetryAction>();
    QVERIFY(!retry->willRetryAutomatically());
    const int before = simulator()->requestCount();
    clock.advanceMSecs(1600); // past the Retry-After of 1 s
    QTRY_VERIFY_WITH_TIMEOUT(!retry->isCounting(), 500);
    QTest::qWait(300); // a retry would be under way by now
    QCOMPARE(simulator()->requestCount(), before);
    QVERIFY(!retry->isCounting());
    QVERIFY(retry->countdownLabel()->text().contains(QStringLiteral("POST")));
    QVERIFY(retry->retryNowButton()->isEnabled());
    // Only the user sends it again.
    QSignalSpy finished(page(), &RequestPage::requestFinished);
    QTest::mouseClick(retry->retryNowButton(), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QCOMPARE(simulator()->requestCount(), before + 1);
}

void TestErrorPanel::attemptNumberGrowsWithEachRetry()
{
    test::MockClock clock;
    simulator()->setScenario({QStringLiteral("internal_error"), QStringLiteral("/api/templates"), 0, -1});
    QVERIFY(send("GET", QStringLiteral("/api/templates")));
    QTRY_VERIFY(actionAs<RetryAction>());
    QCOMPARE(panel()->current()->attempt, 1);
    QVERIFY(actionAs<RetryAction>()->attemptLabel()->text().contains(QStringLiteral("1")));
    clock.advanceMSecs(1000);       // the Retry-After of 1 s is over
    QVERIFY(waitForEntry(1, 5000)); // the countdown retried by itself, and it failed again
    QCOMPARE(panel()->current()->attempt, 2);
    QCOMPARE(panel()->current()->origin, ErrorEntry::Origin::Retry);
    QVERIFY(actionAs<RetryAction>()->attemptLabel()->text().contains(QStringLiteral("2")));
    QVERIFY(panel()->titleLabel()->text().contains(QStringLiteral("500")));
    actionAs<RetryAction>()->cancel();
    QVERIFY(!actionAs<RetryAction>()->isCounting());
}

void TestErrorPanel::sendingSomethingElseStopsTheCountdown()
{
    test::MockClock clock;
    simulator()->setScenario({QStringLiteral("too_many_requests"), QStringLiteral("/api/templates"), 0, 1});
    QVERIFY(send("GET", QStringLiteral("/api/templates")));
    QTRY_VERIFY(actionAs<RetryAction>());
    const QPointer<RetryAction> retry = actionAs<RetryAction>();
    QVERIFY(retry->isCounting());
    QVERIFY(send("GET", QStringLiteral("/api/assets")));
    QVERIFY(page()->responseView()->statusLabel()->text().startsWith(QStringLiteral("200")));
    // The tab's latest answer is a success: the countdown and its action box are gone (issue 16: no
    // stale "Sending retry…" under a success), and the panel says the error came before it.
    QVERIFY(!retry || !retry->isCounting());
    QTRY_VERIFY(!retry);
    QVERIFY(!panel()->findChild<QGroupBox *>(QStringLiteral("errorPanelActionGroup"))->isVisible());
    QVERIFY2(panel()->statusLabel()->text().contains(QStringLiteral("200")),
             qPrintable(panel()->statusLabel()->text()));
    const int requests = simulator()->requestCount();
    clock.advanceMSecs(2300); // past the Retry-After of 2 s
    QTest::qWait(300);        // a tick would have fired the retry by now
    QCOMPARE(simulator()->requestCount(), requests);
}

void TestErrorPanel::garbageAndDateRetryAfter()
{
    ApiResponse response;
    response.status = 503;
    response.headers = {{"Content-Type", "text/plain"}, {"Retry-After", "whenever you like"}};
    response.body = "Service Unavailable";
    ApiRequest request;
    request.path = QStringLiteral("/api/templates");
    panel()->showFailure(page(), request, response);
    auto *retry = actionAs<RetryAction>();
    QVERIFY(retry);
    QVERIFY(retry->sourceLabel()->text().contains(QStringLiteral("whenever you like")));
    QVERIFY2(retry->delayMs() >= 500 && retry->delayMs() <= 1000,
             qPrintable(QString::number(retry->delayMs())));
    retry->cancel();

    const QString date = QLocale::c().toString(QDateTime::currentDateTimeUtc().addSecs(30),
                                               QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    response.headers = {{"Retry-After", date.toLatin1()}};
    panel()->showFailure(page(), request, response);
    retry = actionAs<RetryAction>();
    QVERIFY2(retry->delayMs() > 25000 && retry->delayMs() <= 30000,
             qPrintable(QString::number(retry->delayMs())));
    QVERIFY(retry->sourceLabel()->text().contains(date));
    retry->cancel();
}

void TestErrorPanel::reloginReplaysOnceAndDoesNotLoop()
{
    simulator()->setScenario(
        {QStringLiteral("invalid_access_token"), QStringLiteral("/api/templates"), 0, -1});
    QVERIFY(send("GET", QStringLiteral("/api/templates")));
    QTRY_VERIFY(actionAs<ReloginAction>());
    snap("relogin");
    const int requests = simulator()->requestCount();
    const int tokens = simulator()->tokenRequestCount();
    QSignalSpy signedIn(session(), &Session::signedIn);
    QTest::mouseClick(actionAs<ReloginAction>()->signInButton(), Qt::LeftButton);
    QVERIFY(signedIn.wait(10000));
    QVERIFY(waitForEntry(1)); // the one replay failed again
    QCOMPARE(panel()->current()->origin, ErrorEntry::Origin::Relogin);
    QVERIFY(actionAs<ReloginAction>()->stateLabel()->text().contains(QStringLiteral("still")));
    QTest::qWait(1500);
    // One replay (the client renews once more on its 401), then nothing by itself.
    QVERIFY2(simulator()->requestCount() - requests <= 2,
             qPrintable(QString::number(simulator()->requestCount() - requests)));
    QVERIFY(simulator()->tokenRequestCount() - tokens <= 2);
    QCOMPARE(panel()->entryCount(), 2);
}

void TestErrorPanel::refusedCredentialsAskForTheSignInFormWithoutLooping()
{
    simulator()->setScenario(
        {QStringLiteral("invalid_access_token"), QStringLiteral("/api/templates"), 0, -1});
    QVERIFY(send("GET", QStringLiteral("/api/templates")));
    QTRY_VERIFY(actionAs<ReloginAction>());
    simulator()->setScenario(
        {QStringLiteral("invalid_client"), QStringLiteral("/oauth/access-token"), 0, -1});
    const int requests = simulator()->requestCount();
    const int tokens = simulator()->tokenRequestCount();
    QSignalSpy asked(panel(), &ErrorPanel::signInRequested);
    QTest::mouseClick(actionAs<ReloginAction>()->signInButton(), Qt::LeftButton);
    QVERIFY(asked.wait(10000));
    QCOMPARE(asked.first().at(0).toString(), QStringLiteral("client_secret"));
    // The sign-in dialog opens with the secret marked and the server's words under it.
    QTRY_VERIFY(window()->profileController()->signInDialog());
    SignInDialog *dialog = window()->profileController()->signInDialog();
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!dialog->fieldMessage(SignInDialog::Field::ClientSecret).isEmpty());
    dialog->reject();
    QVERIFY(!asked.first().at(1).toString().isEmpty());
    QTest::qWait(1000);
    QCOMPARE(asked.count(), 1);
    QCOMPARE(simulator()->tokenRequestCount(), tokens + 1);
    QCOMPARE(simulator()->requestCount(), requests); // no replay without a token
    QCOMPARE(panel()->entryCount(), 1);
    QVERIFY(actionAs<ReloginAction>()->stateLabel()->text().contains(QStringLiteral("invalid_client")));
    QVERIFY(actionAs<ReloginAction>()->signInButton()->isEnabled());

    // An invalid_client answer from the API itself offers the form at once.
    simulator()->clearScenarios();
    simulator()->setScenario({QStringLiteral("invalid_client"), QStringLiteral("/api/templates"), 0, -1});
    session()->signIn();
    QTRY_VERIFY(session()->state() == Session::State::SignedIn);
    QVERIFY(send("GET", QStringLiteral("/api/templates")));
    QTRY_VERIFY(actionAs<ReloginAction>() &&
                panel()->current()->decision.code() == QLatin1String("invalid_client"));
    auto *form = actionAs<ReloginAction>()->findChild<QPushButton *>(QStringLiteral("reloginCredentials"));
    QVERIFY(form);
    asked.clear();
    QTest::mouseClick(form, Qt::LeftButton);
    QCOMPARE(asked.count(), 1);
    QTRY_VERIFY(window()->profileController()->signInDialog()->isVisible());
    window()->profileController()->signInDialog()->reject();
}

void TestErrorPanel::permissionNamesTheMissingScopeGrantedVsRequired()
{
    simulator()->setScopes({QStringLiteral("profile:read"), QStringLiteral("templates:read")});
    session()->signIn();
    QTRY_VERIFY_WITH_TIMEOUT(grantedIs({QStringLiteral("profile:read"), QStringLiteral("templates:read")}),
                             10000);
    QVERIFY(send("GET", QStringLiteral("/api/assets")));
    QTRY_VERIFY(actionAs<PermissionAction>());
    auto *permission = actionAs<PermissionAction>();
    snap("permission");
    QCOMPARE(permission->missingScopes(), QStringList{QStringLiteral("assets:read")});
    QVERIFY(permission->missingLabel()->text().contains(QStringLiteral("assets:read")));
    QVERIFY(
        !permission->grantedList()->findItems(QStringLiteral("templates:read"), Qt::MatchExactly).isEmpty());
    QVERIFY(permission->grantedList()->findItems(QStringLiteral("assets:read"), Qt::MatchExactly).isEmpty());
    QVERIFY(
        !permission->requiredList()->findItems(QStringLiteral("assets:read"), Qt::MatchExactly).isEmpty());
    QVERIFY(permission->findChild<QLabel *>(QStringLiteral("permissionWho"))
                ->text()
                .contains(QStringLiteral("owner")));

    // Without a scope in the message, the catalog's required scopes minus the granted ones decide.
    ApiError bare;
    bare.message = QStringLiteral("Forbidden.");
    QCOMPARE(PermissionAction::missing(bare, {QStringLiteral("a:read"), QStringLiteral("b:read")},
                                       {QStringLiteral("a:read")}),
             QStringList{QStringLiteral("b:read")});
    simulator()->setScopes(sim::allScopes());
    session()->signIn();
    QTRY_VERIFY_WITH_TIMEOUT(grantedIs(sim::allScopes()), 10000);
}

void TestErrorPanel::fixRequestMarksTheQueryParameter()
{
    QVERIFY(send("GET", QStringLiteral("/api/templates"), {},
                 {row(QStringLiteral("page"), QStringLiteral("1")),
                  row(QStringLiteral("per_page"), QStringLiteral("500"))}));
    QTRY_VERIFY(actionAs<FixRequestAction>());
    QCOMPARE(panel()->current()->decision.code(), QStringLiteral("bad_query_params"));
    RequestEditor *editor = page()->editor();
    QCOMPARE(editor->highlightedField(), QStringLiteral("query:per_page"));
    snap("fix-request");
    QVERIFY(editor->issueLabel()->isVisible());
    QVERIFY(editor->issueLabel()->text().contains(panel()->current()->error.message));
    QCOMPARE(editor->queryTable()->view()->currentIndex().row(), 1);
}

void TestErrorPanel::fixRequestMarksThePathParameter()
{
    QVERIFY(
        send("GET", QStringLiteral("/api/templates/{id}"), {{QStringLiteral("id"), QStringLiteral("abc")}}));
    QTRY_VERIFY(actionAs<FixRequestAction>());
    QCOMPARE(panel()->current()->decision.code(), QStringLiteral("bad_request_params"));
    RequestEditor *editor = page()->editor();
    QCOMPARE(editor->highlightedField(), QStringLiteral("path:id"));
    QVERIFY(!editor->pathParams()->editFor(QStringLiteral("id"))->styleSheet().isEmpty());
    QVERIFY(editor->issueLabel()->text().contains(QStringLiteral("'abc'")));
    // Loading another request clears the mark.
    page()->load(RequestDraft{});
    QVERIFY(editor->highlightedField().isEmpty());
}

void TestErrorPanel::fixRequestMarksTheBodyPositionAndHeader()
{
    const QString body = QStringLiteral("{\n  \"name\": \"x\",\n  oops\n}");
    simulator()->setScenario({QStringLiteral("bad_request_body"), QStringLiteral("/api/templates"), 0, 1});
    QVERIFY(send("POST", QStringLiteral("/api/templates"), {}, {}, {}, body));
    QTRY_VERIFY(actionAs<FixRequestAction>());
    const qsizetype offset = FaultLocator::jsonErrorOffset(body.toUtf8());
    QVERIFY(offset > 0);
    RequestEditor *editor = page()->editor();
    QCOMPARE(editor->highlightedField(), QStringLiteral("body:%1").arg(offset));
    QCOMPARE(editor->bodyEditor()->editor()->extraSelections().size(), 1);
    QCOMPARE(editor->bodyEditor()->editor()->textCursor().position(), int(offset));

    simulator()->setScenario(
        {QStringLiteral("invalid_header_value"), QStringLiteral("/api/templates"), 0, 1});
    QVERIFY(send("GET", QStringLiteral("/api/templates"), {}, {},
                 {row(QStringLiteral("Accept"), QStringLiteral("nonsense"))}));
    QTRY_VERIFY(panel()->current() &&
                panel()->current()->decision.code() == QLatin1String("invalid_header_value"));
    QCOMPARE(editor->highlightedField(), QStringLiteral("header:Accept"));
    QCOMPARE(editor->headerTable()->view()->currentIndex().row(), 0);
    QVERIFY(editor->bodyEditor()->editor()->extraSelections().isEmpty());
}

void TestErrorPanel::notFoundOpensTheListEndpoint()
{
    QVERIFY(
        send("GET", QStringLiteral("/api/assets/{id}"), {{QStringLiteral("id"), QStringLiteral("424242")}}));
    QTRY_VERIFY(actionAs<NotFoundAction>());
    auto *notFound = actionAs<NotFoundAction>();
    QCOMPARE(notFound->listPath(), QStringLiteral("/api/assets"));
    QVERIFY(notFound->findChild<QLabel *>(QStringLiteral("notFoundText"))
                ->text()
                .contains(QStringLiteral("424242")));
    const int tabs = window()->requestTabs()->count();
    QTest::mouseClick(notFound->listButton(), Qt::LeftButton);
    QCOMPARE(window()->requestTabs()->count(), tabs + 1);
    QSignalSpy shown(page(), &RequestPage::requestFinished);
    QVERIFY(shown.wait(10000));
    QVERIFY(page()->responseView()->statusLabel()->text().startsWith(QStringLiteral("200")));
    QCOMPARE(page()->editor()->pathEdit()->text(), QStringLiteral("/api/assets"));
    window()->closeTab(window()->requestTabs()->currentIndex());
}

void TestErrorPanel::reportHoldsNoSecret()
{
    const QByteArray token = session()->accessToken();
    const QString secret = m_connection->profile().clientSecret;
    QVERIFY(!token.isEmpty());
    QVERIFY(!secret.isEmpty());
    simulator()->setScenario({QStringLiteral("bad_http_method"), QStringLiteral("/api/templates"), 0, 1});
    QVERIFY(
        send("POST", QStringLiteral("/api/templates"), {}, {row(QStringLiteral("note"), secret)},
             {row(QStringLiteral("Authorization"), QStringLiteral("Bearer ") + QString::fromLatin1(token)),
              row(QStringLiteral("X-Trace"), QStringLiteral("token ") + QString::fromLatin1(token))},
             QStringLiteral(R"({"client_secret":"%1","comment":"%1"})").arg(secret)));
    QTRY_VERIFY(actionAs<ReportAction>());
    auto *report = actionAs<ReportAction>();
    snap("report");
    const QString markdown = report->markdown();
    const QByteArray json = report->json();
    QVERIFY(QJsonDocument::fromJson(json).isObject());

    QTemporaryDir dir;
    const QString mdFile = dir.filePath(QStringLiteral("report.md"));
    const QString jsonFile = dir.filePath(QStringLiteral("report.json"));
    QVERIFY(report->saveTo(mdFile, false));
    QVERIFY(report->saveTo(jsonFile, true));
    QFile md(mdFile), js(jsonFile);
    QVERIFY(md.open(QIODevice::ReadOnly) && js.open(QIODevice::ReadOnly));
    const QByteArray savedMd = md.readAll(), savedJson = js.readAll();
    for (const QByteArray &text :
         {markdown.toUtf8(), json, savedMd, savedJson, report->preview()->toPlainText().toUtf8()}) {
        QVERIFY2(!text.contains(token), "the access token leaked into the report");
        QVERIFY2(!text.contains(secret.toUtf8()), "the client secret leaked into the report");
        QVERIFY(text.contains("/api/templates"));
        QVERIFY(text.contains("405"));
        QVERIFY(text.contains("bad_http_method"));
        QVERIFY(text.contains("0.0.0-test"));
        QVERIFY(text.contains("[redacted]"));
    }
    const QJsonObject object = QJsonDocument::fromJson(savedJson).object();
    QCOMPARE(object.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("bad_http_method"));
    QCOMPARE(object.value(QStringLiteral("api_version")).toString(),
             window()->errorPanel()->catalog().version());
    QCOMPARE(object.value(QStringLiteral("response")).toObject().value(QStringLiteral("status")).toInt(),
             405);
}

void TestErrorPanel::historyShowsEarlierErrorsAgain()
{
    QVERIFY(
        send("GET", QStringLiteral("/api/assets/{id}"), {{QStringLiteral("id"), QStringLiteral("424242")}}));
    QTRY_COMPARE(panel()->entryCount(), 1);
    simulator()->setScenario({QStringLiteral("too_many_requests"), QStringLiteral("/api/templates"), 0, 1});
    QVERIFY(send("GET", QStringLiteral("/api/templates")));
    QTRY_COMPARE(panel()->entryCount(), 2);
    QVERIFY(actionAs<RetryAction>());
    QCOMPARE(panel()->historyList()->count(), 2);
    QVERIFY(panel()->historyList()->item(0)->text().contains(QStringLiteral("too_many_requests")));
    QVERIFY(panel()->historyList()->item(1)->text().contains(QStringLiteral("asset_not_found")));

    const QRect rect = panel()->historyList()->visualItemRect(panel()->historyList()->item(1));
    QTest::mouseClick(panel()->historyList()->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_VERIFY(actionAs<NotFoundAction>());
    QCOMPARE(panel()->current()->decision.code(), QStringLiteral("asset_not_found"));

    // Shown again from the history, a retry never counts down by itself.
    panel()->showHistoryEntry(0);
    QVERIFY(actionAs<RetryAction>());
    QVERIFY(!actionAs<RetryAction>()->isCounting());
    QVERIFY(!actionAs<RetryAction>()->willRetryAutomatically());

    // The tab's error area brings its newest failure back into the panel.
    panel()->showHistoryEntry(1);
    panel()->hide();
    QTest::mouseClick(page()->errorArea()->detailsButton(), Qt::LeftButton);
    QTRY_VERIFY(panel()->isVisible());
    QCOMPARE(panel()->current()->decision.code(), QStringLiteral("too_many_requests"));
}

void TestErrorPanel::simulateMenuTriggersErrorsAndFaults()
{
    SimulateMenu *menu = window()->simulateMenu();
    QVERIFY(menu->isEnabled());
    for (const ErrorInfo &info : ErrorCatalog::all())
        QVERIFY2(menu->actionFor(info.code), qPrintable(info.code));
    for (const char *fault : {"delay", "stall", "drop", "html_502", "burst"})
        QVERIFY2(menu->actionFor(QString::fromLatin1(fault)), fault);

    // Once: the next request fails, the one after succeeds. A 401 code covers the client's own replay.
    menu->actionFor(QStringLiteral("expired_access_token"))->trigger();
    QVERIFY(send("GET", QStringLiteral("/api/templates")));
    QTRY_VERIFY(actionAs<ReloginAction>());
    QVERIFY(send("GET", QStringLiteral("/api/templates")));
    QVERIFY(page()->responseView()->statusLabel()->text().startsWith(QStringLiteral("200")));

    menu->actionFor(QStringLiteral("html_502"))->trigger();
    QVERIFY(send("GET", QStringLiteral("/api/templates")));
    QTRY_VERIFY(actionAs<RetryAction>());
    actionAs<RetryAction>()->cancel();

    // Until cleared.
    menu->untilClearedAction()->trigger();
    QCOMPARE(menu->count(), -1);
    menu->actionFor(QStringLiteral("max_limit_reached"))->trigger();
    for (int i = 0; i < 2; ++i) {
        const int entries = panel()->entryCount();
        QVERIFY(send("GET", QStringLiteral("/api/templates")));
        QVERIFY(waitForEntry(entries));
        QCOMPARE(panel()->current()->decision.code(), QStringLiteral("max_limit_reached"));
    }
    menu->clearAction()->trigger();
    QVERIFY(send("GET", QStringLiteral("/api/templates")));
    QVERIFY(page()->responseView()->statusLabel()->text().startsWith(QStringLiteral("200")));

    // A rate-limit burst: quick requests hit the limit and get the retry countdown.
    menu->actionFor(QStringLiteral("burst"))->trigger();
    for (int i = 0; i < 3 && !actionAs<RetryAction>(); ++i)
        QVERIFY(send("GET", QStringLiteral("/api/templates")));
    QTRY_VERIFY(actionAs<RetryAction>());
    QCOMPARE(panel()->current()->decision.code(), QStringLiteral("too_many_requests"));
    actionAs<RetryAction>()->cancel();
    menu->clearAction()->trigger();
    menu->actionFor(QStringLiteral("drop"))->setEnabled(true);
    menu->findChild<QAction *>(QStringLiteral("simulate_once"))->trigger();
}

void TestErrorPanel::languageSwitchRetranslatesTheShownEntryAndKeepsTheHistory()
{
    simulator()->setScenario({QStringLiteral("missing_scope"), QStringLiteral("/api/templates"), 0, 1});
    QVERIFY(send("GET", QStringLiteral("/api/templates")));
    QTRY_VERIFY(actionAs<PermissionAction>());
    QVERIFY(
        send("GET", QStringLiteral("/api/assets/{id}"), {{QStringLiteral("id"), QStringLiteral("424242")}}));
    QTRY_VERIFY(actionAs<NotFoundAction>());
    const QPointer<NotFoundAction> notFound = actionAs<NotFoundAction>();
    const int shownId = panel()->current()->id;
    const QString firstHistoryText = panel()->historyList()->item(1)->text();
    auto *notFoundText = notFound->findChild<QLabel *>(QStringLiteral("notFoundText"));
    auto *actionGroup = panel()->findChild<QGroupBox *>(QStringLiteral("errorPanelActionGroup"));
    QVERIFY(actionGroup);

    switchLanguage(QStringLiteral("de"));
    // The same entry, the same widget (nothing was rebuilt), now in German.
    QCOMPARE(panel()->entryCount(), 2);
    QCOMPARE(panel()->historyList()->count(), 2);
    QCOMPARE(panel()->current()->id, shownId);
    QCOMPARE(actionAs<NotFoundAction>(), notFound.data());
    QCOMPARE(panel()->windowTitle(), QStringLiteral("Fehlerbereich"));
    QCOMPARE(panel()->toggleViewAction()->text(), QStringLiteral("&Fehlerbereich"));
    QCOMPARE(actionGroup->title(), QStringLiteral("Was Sie tun können (not_found)"));
    QCOMPARE(panel()->titleLabel()->text(), QStringLiteral("HTTP 404 · asset_not_found"));
    // The catalog's words are looked up again; the server's stay as it sent them.
    QCOMPARE(panel()->meaningLabel()->text(), QStringLiteral("Bedeutung: Das Asset existiert nicht."));
    QVERIFY(panel()->messageLabel()->text().contains(QStringLiteral("424242")));
    QCOMPARE(notFoundText->text(),
             QStringLiteral("Prüfen Sie die ID „424242“; die Ressource wurde möglicherweise gelöscht, oder "
                            "dieser Client sieht sie nicht."));
    QCOMPARE(notFound->listButton()->text(), QStringLiteral("Gültige IDs &auflisten: GET /api/assets"));
    QCOMPARE(panel()->historyList()->item(1)->text(), firstHistoryText);
    const QStringList leftovers = m_german.findEnglishUnder(panel());
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char('\n'))));

    // The other entry, shown from the history, speaks German too; so does its list of scopes.
    panel()->showHistoryEntry(1);
    auto *permission = actionAs<PermissionAction>();
    QVERIFY(permission);
    QCOMPARE(permission->missingLabel()->text(), QStringLiteral("Fehlender Scope: templates:read"));
    QVERIFY(m_german.findEnglishUnder(panel()).isEmpty());

    switchLanguage(QStringLiteral("en"));
    QCOMPARE(actionAs<PermissionAction>(), permission);
    QCOMPARE(permission->missingLabel()->text(), QStringLiteral("Missing scope: templates:read"));
    QCOMPARE(actionGroup->title(), QStringLiteral("What you can do (permission)"));
    QCOMPARE(panel()->windowTitle(), QStringLiteral("Error Panel"));
    panel()->showHistoryEntry(0);
    QCOMPARE(actionAs<NotFoundAction>()->findChild<QLabel *>(QStringLiteral("notFoundText"))->text(),
             QStringLiteral("Check the ID “424242”; the resource may have been deleted, or this client may "
                            "not see it."));
    QCOMPARE(panel()->historyList()->count(), 2);

    // Cleared, the panel's placeholder follows the language too.
    panel()->clearHistory();
    switchLanguage(QStringLiteral("de"));
    QCOMPARE(panel()->findChild<QLabel *>(QStringLiteral("errorPanelPlaceholder"))->text(),
             QStringLiteral("Noch keine fehlgeschlagenen Anfragen."));
    QCOMPARE(panel()->findChild<QPushButton *>(QStringLiteral("clearErrorHistory"))->text(),
             QStringLiteral("Leeren"));
}

void TestErrorPanel::languageSwitchKeepsTheRetryCountdownRunning()
{
    // The countdown reads cx::Clock; standing still, it cannot run out while the language switches.
    test::MockClock clock;
    // too_many_requests carries Retry-After: 2, time enough to switch twice while it counts down.
    simulator()->setScenario({QStringLiteral("too_many_requests"), QStringLiteral("/api/templates"), 0, 1});
    QVERIFY(send("GET", QStringLiteral("/api/templates")));
    QTRY_VERIFY(actionAs<RetryAction>());
    const QPointer<RetryAction> retry = actionAs<RetryAction>();
    QVERIFY(retry->isCounting());
    const qint64 delay = retry->delayMs();

    switchLanguage(QStringLiteral("de"));
    QCOMPARE(actionAs<RetryAction>(), retry.data());
    QVERIFY(retry->isCounting());
    QCOMPARE(retry->delayMs(), delay);
    QVERIFY2(retry->countdownLabel()->text().startsWith(QStringLiteral("Erneuter Versuch in ")),
             qPrintable(retry->countdownLabel()->text()));
    QCOMPARE(retry->retryNowButton()->text(), QStringLiteral("&Jetzt erneut versuchen"));
    QVERIFY(retry->attemptLabel()->text().startsWith(QStringLiteral("Versuch 1 fehlgeschlagen")));
    // The next tick says it in German too.
    QSignalSpy ticks(retry.data(), &RetryAction::tick);
    QVERIFY(ticks.wait(1000));
    QVERIFY(retry->countdownLabel()->text().startsWith(QStringLiteral("Erneuter Versuch in ")));
    const QStringList leftovers = m_german.findEnglishUnder(panel());
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char('\n'))));

    switchLanguage(QStringLiteral("en"));
    QVERIFY(retry->isCounting());
    QVERIFY(retry->countdownLabel()->text().startsWith(QStringLiteral("Retrying in ")));
    retry->cancel();
    switchLanguage(QStringLiteral("de"));
    QCOMPARE(retry->countdownLabel()->text(),
             QStringLiteral("Abgebrochen: Klicken Sie auf „Jetzt erneut versuchen“, wenn Sie bereit sind."));
    QVERIFY(!retry->isCounting());
}

void TestErrorPanel::languageSwitchRetranslatesTheSimulateMenu()
{
    SimulateMenu *menu = window()->simulateMenu();
    switchLanguage(QStringLiteral("de"));
    QCOMPARE(menu->title(), QStringLiteral("Si&mulieren"));
    QCOMPARE(menu->actionFor(QStringLiteral("delay"))->text(), QStringLiteral("Langsame Antwort (3 s)"));
    QCOMPARE(menu->findChild<QAction *>(QStringLiteral("simulate_once"))->text(),
             QStringLiteral("Nur die &nächste Anfrage"));
    // The catalogue's codes are the API's names, in every language.
    QCOMPARE(menu->actionFor(QStringLiteral("missing_scope"))->text(), QStringLiteral("missing_scope"));
    const QStringList leftovers = m_german.findEnglishUnder(menu);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char('\n'))));

    // What it reports is said in the language of the moment.
    QSignalSpy simulated(menu, &SimulateMenu::simulated);
    menu->actionFor(QStringLiteral("delay"))->trigger();
    QCOMPARE(simulated.count(), 1);
    QVERIFY(simulated.first().at(0).toString().contains(QStringLiteral("Langsame Antwort (3 s)")));
    menu->clearAction()->trigger();

    switchLanguage(QStringLiteral("en"));
    QCOMPARE(menu->title(), QStringLiteral("Si&mulate"));
    QCOMPARE(menu->actionFor(QStringLiteral("delay"))->text(), QStringLiteral("Slow response (3 s)"));
}

void TestErrorPanel::languageSwitchRetranslatesTheMarkedRequestField()
{
    QVERIFY(send("GET", QStringLiteral("/api/templates"), {},
                 {row(QStringLiteral("page"), QStringLiteral("1")),
                  row(QStringLiteral("per_page"), QStringLiteral("500"))}));
    QTRY_VERIFY(actionAs<FixRequestAction>());
    auto *fix = actionAs<FixRequestAction>();
    RequestEditor *editor = page()->editor();
    const QString message = panel()->current()->error.message;
    const QString english = QStringLiteral("Query parameter “per_page” — server says: ") + message;
    QCOMPARE(editor->issueLabel()->text(), english);

    switchLanguage(QStringLiteral("de"));
    QCOMPARE(fix->targetLabel()->text(), QStringLiteral("Fehlerhaft: Query-Parameter „per_page“."));
    QCOMPARE(fix->showButton()->text(), QStringLiteral("In der Anfrage &zeigen"));
    QCOMPARE(editor->highlightedField(), QStringLiteral("query:per_page"));
    // The editor's line names the place in German; the server's words stay as it sent them.
    QCOMPARE(editor->issueLabel()->text(),
             QStringLiteral("Query-Parameter „per_page“ — Server meldet: ") + message);
    switchLanguage(QStringLiteral("en"));
    QCOMPARE(editor->issueLabel()->text(), english);

    // Once cleared, the mark stays gone whatever the language does.
    editor->clearHighlights();
    switchLanguage(QStringLiteral("de"));
    QVERIFY(!editor->issueLabel()->isVisible());
    QCOMPARE(editor->issueLabel()->text(), english);
}

namespace {

ApiResponse documentedAnswer(int status, const QByteArray &body, const QString &path)
{
    ApiResponse response;
    response.status = status;
    response.headers = {{"Content-Type", "application/json"}};
    response.body = body;
    response.url = QUrl(QStringLiteral("http://127.0.0.1:1") + path);
    return response;
}

} // namespace

void TestErrorPanel::marksGoOnEditAndOnTheNextSend()
{
    // Issue 16: a fix-the-request mark belongs to the answer that asked for it.
    QVERIFY(waitSignedIn());
    RequestDraft draft;
    draft.method = "GET";
    draft.pathTemplate = QStringLiteral("/api/templates");
    draft.query = {row(QStringLiteral("per_page"), QStringLiteral("50"))};
    page()->load(draft);
    const QByteArray body = R"({"per_page":["The per page must not be greater than 100."]})";
    const auto fail = [&] {
        panel()->showFailure(page(), draft.toApiRequest(),
                             documentedAnswer(422, body, QStringLiteral("/api/templates")));
    };
    RequestEditor *editor = page()->editor();
    fail();
    QVERIFY(!editor->highlightedField().isEmpty());
    QVERIFY(editor->issueLabel()->isVisible());
    // The user edits the request: the mark and its fault line go.
    QTest::keyClicks(editor->pathEdit(), QStringLiteral("/"));
    QCOMPARE(editor->highlightedField(), QString());
    QVERIFY(!editor->issueLabel()->isVisible());
    QVERIFY(editor->queryTable()->view()->toolTip().isEmpty());

    // Marked again, then sent as it is: the next answer (the server takes per_page=50: a 200) leaves
    // no mark behind.
    page()->load(draft);
    fail();
    QVERIFY(!editor->highlightedField().isEmpty());
    QSignalSpy shown(page(), &RequestPage::responseShown);
    page()->send();
    QVERIFY(shown.wait(10000) || shown.count() > 0);
    QCOMPARE(editor->highlightedField(), QString());
    QVERIFY(!editor->issueLabel()->isVisible());
}

void TestErrorPanel::validationFieldsAreAllMarked()
{
    RequestDraft draft;
    draft.method = "POST";
    draft.pathTemplate = QStringLiteral("/api/folders/{id}");
    draft.pathValues = {{QStringLiteral("id"), QStringLiteral("0")}};
    draft.query = {row(QStringLiteral("per_page"), QStringLiteral("500"))};
    draft.body = QStringLiteral("{\n  \"title\": \"\"\n}");
    page()->load(draft);
    // "Errors and troubleshooting" (developer.cliquify.me/errors-2072699m0): request validation answers
    // 422 {"field": ["message"]}; here four fields: a path parameter, a query parameter, a body key the
    // request has and one it lacks.
    const QByteArray body = R"({"id":["The id must be at least 1."],"per_page":["The per page must not be )"
                            R"(greater than 100."],"title":["The title field is required."],)"
                            R"("name":["The name field is required."]})";
    panel()->showFailure(page(), draft.toApiRequest(),
                         documentedAnswer(422, body, QStringLiteral("/api/folders/0")));
    auto *fix = actionAs<FixRequestAction>();
    QVERIFY(fix);
    QCOMPARE(panel()->current()->decision.code(), QStringLiteral("invalid_field"));
    QCOMPARE(fix->fieldTargets().size(), 4);
    RequestEditor *editor = page()->editor();
    QCOMPARE(editor->highlightedField(), QStringLiteral("fields:id,name,per_page,title"));

    // Each one where it belongs, with its own words.
    QLineEdit *id = editor->pathParams()->editFor(QStringLiteral("id"));
    QVERIFY(!id->styleSheet().isEmpty());
    QCOMPARE(id->toolTip(), QStringLiteral("The id must be at least 1."));
    QVERIFY(editor->queryTable()->view()->selectionModel()->isRowSelected(0, {}));
    QVERIFY(editor->queryTable()->view()->toolTip().contains(QStringLiteral("The per page must not be")));
    const QList<QTextEdit::ExtraSelection> marks = editor->bodyEditor()->editor()->extraSelections();
    QCOMPARE(marks.size(), 2);
    QMap<QString, QString> markedText; // tool tip -> the text it marks
    for (const QTextEdit::ExtraSelection &mark : marks)
        markedText.insert(mark.format.toolTip(), mark.cursor.selectedText());
    QCOMPARE(markedText.value(QStringLiteral("The title field is required.")),
             QStringLiteral("\"title\": \"\""));
    QVERIFY(markedText.contains(QStringLiteral("The name field is required."))); // where it belongs

    // The fault line names all four, the missing body key as one to add.
    const QString issue = editor->issueLabel()->text();
    for (const char *name : {"{id}", "“per_page”", "“title”", "“name” (missing: add it here)"})
        QVERIFY2(issue.contains(QString::fromUtf8(name)), qPrintable(issue));
    QVERIFY(fix->targetLabel()->text().contains(QStringLiteral("The name field is required.")));
    snap("fix-request-fields");

    // Another request clears every mark, the path edit's included.
    page()->load(RequestDraft{});
    QVERIFY(editor->highlightedField().isEmpty());
    QVERIFY(editor->bodyEditor()->editor()->extraSelections().isEmpty());
}

void TestErrorPanel::accountStatesGetTheirOwnNotice_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("code");
    // "Get an access token" (developer.cliquify.me/get-an-access-token-32941867e0): 403 Inactive enterprise.
    QTest::newRow("inactive enterprise")
        << 403 << QByteArray(R"({"success":false,"message":"Inactive enterprise","details":[]})")
        << QStringLiteral("/oauth/access-token") << "inactive_enterprise";
    // "Errors and troubleshooting": 404 on /api/* = the company linked to this client could not be found.
    QTest::newRow("company not found") << 404 << QByteArray(R"({"message":"Company not found"})")
                                       << QStringLiteral("/api/templates") << "company_not_found";
}

void TestErrorPanel::accountStatesGetTheirOwnNotice()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, path);
    QFETCH(QString, code);
    ApiRequest request;
    request.path = QStringLiteral("/api/templates");
    panel()->showFailure(page(), request, documentedAnswer(status, body, path));
    QVERIFY(actionAs<NoticeAction>());
    QCOMPARE(panel()->current()->decision.code(), code);
    QVERIFY(!panel()->current()->error.codeFromServer);
    QVERIFY(panel()->hintLabel()->text().contains(ErrorCatalog::lookup(code).hint));
}

void TestErrorPanel::invalidClientFromTheTokenEndpointOffersOnlyTheForm()
{
    // "Get an access token": 401 Client authentication failed. Signing in again with the same
    // credentials could only fail again: the one button opens the form with the secret marked.
    ApiRequest request;
    request.path = QStringLiteral("/api/templates");
    const int tokens = simulator()->tokenRequestCount();
    panel()->showFailure(page(), request,
                         documentedAnswer(401,
                                          R"({"success":false,"message":"Client authentication failed"})",
                                          QStringLiteral("/oauth/access-token")));
    auto *relogin = actionAs<ReloginAction>();
    QVERIFY(relogin);
    QCOMPARE(panel()->current()->decision.code(), QStringLiteral("invalid_client"));
    QVERIFY(!relogin->signInButton()->isVisibleTo(relogin));
    auto *form = relogin->findChild<QPushButton *>(QStringLiteral("reloginCredentials"));
    QVERIFY(form && form->isVisibleTo(relogin));
    QSignalSpy asked(panel(), &ErrorPanel::signInRequested);
    QTest::mouseClick(form, Qt::LeftButton);
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.first().at(0).toString(), QStringLiteral("client_secret"));
    QTRY_VERIFY(window()->profileController()->signInDialog() &&
                window()->profileController()->signInDialog()->isVisible());
    window()->profileController()->signInDialog()->reject();
    QCOMPARE(simulator()->tokenRequestCount(), tokens); // no silent re-login
}

void TestErrorPanel::statusBarSaysWhichTokenFormat()
{
    // The simulator takes the JSON body "Get an access token" (developer.cliquify.me) shows; a server
    // that only takes form-urlencoded is covered by tst_session's raw token endpoint.
    session()->signIn();
    QTRY_VERIFY(session()->state() == Session::State::SignedIn);
    QLabel *client = window()->statusPanel()->clientLabel();
    // The documented format is named in the tooltip; the text keeps its room for the fallback.
    QTRY_VERIFY2(client->toolTip().contains(QStringLiteral("JSON body")), qPrintable(client->toolTip()));
    QVERIFY2(!client->text().contains(QStringLiteral("token request")), qPrintable(client->text()));
}

void TestErrorPanel::enterGermanPresentation()
{
    window()->resize(1024, 700);
    switchLanguage(QStringLiteral("de"));
    QAction *presentation = window()->findChild<QAction *>(QStringLiteral("presentationModeAction"));
    QVERIFY(presentation);
    if (!presentation->isChecked())
        presentation->trigger();
    QTRY_VERIFY(presentation->isChecked());
    QTest::qWait(200);
}

void TestErrorPanel::leaveGermanPresentation(bool newToken)
{
    QAction *presentation = window()->findChild<QAction *>(QStringLiteral("presentationModeAction"));
    if (presentation && presentation->isChecked())
        presentation->trigger();
    switchLanguage(QStringLiteral("en"));
    if (!newToken)
        return;
    // A simulated missing_scope withholds the scope from the token for good: a new one for the next test.
    const int tokens = simulator()->tokenRequestCount();
    session()->signIn();
    QTRY_VERIFY_WITH_TIMEOUT(
        simulator()->tokenRequestCount() > tokens && session()->state() == Session::State::SignedIn, 10000);
}

QStringList TestErrorPanel::cutLabels(const QWidget *area)
{
    QStringList cut;
    for (const QLabel *label : area->findChildren<QLabel *>()) {
        if (!label->isVisible() || !label->wordWrap() || label->text().isEmpty())
            continue;
        const int needed = label->heightForWidth(label->width());
        if (needed > label->height() + 1)
            cut << QStringLiteral("%1 \"%2\": needs %3 px high at %4 px, has %5")
                       .arg(label->objectName(), label->text())
                       .arg(needed)
                       .arg(label->width())
                       .arg(label->height());
    }
    return cut;
}

void TestErrorPanel::permissionFitsThePanelInPresentationMode()
{
    enterGermanPresentation();
    auto cleanup = qScopeGuard([this] { leaveGermanPresentation(true); });
    simulator()->setScenario({QStringLiteral("missing_scope"), QStringLiteral("/api/templates"), 0, 1});
    QVERIFY(send("GET", QStringLiteral("/api/templates")));
    QTRY_VERIFY(actionAs<PermissionAction>());
    auto *permission = actionAs<PermissionAction>();
    // The granted scopes come from introspection, asked again on the 403.
    QTRY_VERIFY_WITH_TIMEOUT(permission->grantedList()->count() >= 2, 10000);
    QTest::qWait(300);

    // At most 45% of the window, and nothing in it scrolls sideways.
    QVERIFY2(
        panel()->width() <= window()->width() * 45 / 100 + 1,
        qPrintable(
            QStringLiteral("panel %1 px in a window of %2").arg(panel()->width()).arg(window()->width())));
    auto *scroll = panel()->findChild<QScrollArea *>();
    QVERIFY(scroll);
    QTRY_COMPARE(scroll->horizontalScrollBar()->maximum(), 0);

    // The button's text fits; the whole sentence is its tooltip.
    QPushButton *renew = permission->renewButton();
    QCOMPARE(renew->text(), QStringLiteral("Erneut &anmelden"));
    QVERIFY2(renew->sizeHint().width() <= renew->width() + 1, qPrintable(renew->text()));
    QCOMPARE(renew->toolTip(), QStringLiteral("Erneut anmelden, um neue Scopes zu übernehmen"));

    // Each list shows every scope whole: not cut at the side, not squeezed to a sliver.
    for (QListWidget *list : {permission->grantedList(), permission->requiredList()}) {
        for (int row = 0; row < list->count(); ++row) {
            QListWidgetItem *item = list->item(row);
            const QFont font = item->data(Qt::FontRole).isValid() ? item->font() : list->font();
            QVERIFY2(QFontMetrics(font).horizontalAdvance(item->text()) <= list->viewport()->width(),
                     qPrintable(item->text()));
            QVERIFY2(list->visualItemRect(item).bottom() <= list->viewport()->height(),
                     qPrintable(QStringLiteral("%1 row %2 below the list's %3 px")
                                    .arg(list->objectName())
                                    .arg(row)
                                    .arg(list->viewport()->height())));
        }
    }
    // Too narrow for both side by side at this size: one above the other.
    QVERIFY(!permission->listsSideBySide());
    QVERIFY(permission->requiredList()->y() > permission->grantedList()->y());
}

void TestErrorPanel::validationFitsThePanelInPresentationMode()
{
    enterGermanPresentation();
    auto cleanup = qScopeGuard([this] {
        simulator()->setDialect(sim::Dialect::CodeMessage);
        leaveGermanPresentation(true);
    });
    // As on a 700-pixel screen once the window has its frame: the panel's texts scroll up and down.
    window()->resize(1024, 600);
    // A 403 first, so that the panel was measured for another action (its group's title changes).
    simulator()->setScenario({QStringLiteral("missing_scope"), QStringLiteral("/api/templates"), 0, 1});
    QVERIFY(send("GET", QStringLiteral("/api/templates")));
    QTRY_VERIFY(actionAs<PermissionAction>());
    simulator()->clearScenarios();
    // Then a 422 of the documented dialect (Laravel validation) naming its query parameter.
    simulator()->setDialect(sim::Dialect::Documented);
    QVERIFY(send("GET", QStringLiteral("/api/templates"), {},
                 {row(QStringLiteral("page"), QStringLiteral("0"))}));
    QTRY_VERIFY(actionAs<FixRequestAction>());
    auto *fix = actionAs<FixRequestAction>();
    QCOMPARE(panel()->current()->error.status, 422);
    QVERIFY(!fix->targetLabel()->text().isEmpty());
    QCOMPARE(page()->editor()->highlightedField(), QStringLiteral("fields:page"));
    QTest::qWait(300);

    // At most 45% of the window, and nothing in it scrolls sideways.
    QVERIFY2(
        panel()->width() <= window()->width() * 45 / 100 + 1,
        qPrintable(
            QStringLiteral("panel %1 px in a window of %2").arg(panel()->width()).arg(window()->width())));
    auto *scroll = panel()->findChild<QScrollArea *>();
    QVERIFY(scroll);
    QVERIFY(scroll->verticalScrollBar()->isVisible()); // else this does not test what it means to
    QVERIFY2(scroll->horizontalScrollBar()->maximum() == 0,
             qPrintable(QStringLiteral("scrolls %1 px sideways in a panel of %2 px")
                            .arg(scroll->horizontalScrollBar()->maximum())
                            .arg(panel()->width())));
}

void TestErrorPanel::errorAreaIsNotCutInANarrowPage()
{
    enterGermanPresentation();
    auto cleanup = qScopeGuard([this] { leaveGermanPresentation(false); });
    // The longest action text of the catalogue's common failures, at the narrowest the page gets: the
    // error panel at its widest (45% of the window).
    const cx::test::MockClock clock;
    simulator()->setScenario({QStringLiteral("too_many_requests"), QStringLiteral("/api/templates"), 0, 1});
    QVERIFY(send("GET", QStringLiteral("/api/templates")));
    QTRY_VERIFY(actionAs<RetryAction>());
    stopCountdown();
    window()->resizeDocks({panel()}, {window()->width() * 45 / 100}, Qt::Horizontal);
    ErrorArea *area = page()->errorArea();
    QTRY_VERIFY(area->isVisible());
    QTest::qWait(300);
    QVERIFY2(area->width() < window()->width() * 6 / 10, qPrintable(QString::number(area->width())));
    QStringList cut = cutLabels(area);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));

    // Narrower still (the window made smaller): the area grows with its texts, nothing is cut.
    window()->resize(800, 700);
    QTest::qWait(300);
    cut = cutLabels(area);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestErrorPanel)
#include "tst_errorpanel.moc"
