// Secrets canary: run a full session with a canary client secret and the token the simulator issues for
// it (sign-in, calls, 403/404/429, history, drafts, profiles, copy as code, connect-cli at debug log
// level, the main window), then search every file written under a temporary HOME/XDG/TMPDIR and every
// byte printed (stdout, stderr, Qt log messages, the clipboard) for the secret and the token, raw and in
// their base64, base64url, percent-encoded and JSON-escaped forms. Expected: 0 occurrences.
#include "FaultServer.h"
#include "SimFixture.h"
#include "auth/Session.h"
#include "connection/Connection.h"
#include "endpoints/CatalogSource.h"
#include "errors/ApiError.h"
#include "export/CodeExporter.h"
#include "export/Redactor.h"
#include "history/DraftStore.h"
#include "history/HistoryStore.h"
#include "net/ApiClient.h"
#include "profiles/CredentialStore.h"
#include "profiles/ProfileStore.h"
#include "request/RequestEditor.h"
#include "request/RequestPage.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QClipboard>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace cx;

namespace {

// Characters that change under percent-encoding and JSON escaping, so those forms differ from the raw.
const char CanaryClientId[] = "canary-client";
const char CanarySecret[] = "cnry-S3cr3t+k/9Q=Zx7~Wp";
// Outputs of a token the user pasted into the request (a free-text body field, a query value): checked
// apart, see pastedTokenIsNotEchoed().
const char Pasted[] = "[token pasted by the user] ";

QMutex logMutex;
QByteArray capturedLog; // every Qt message this process emitted (debug included)
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        capturedLog += message.toUtf8() + '\n';
    }
    // Keep the test's own output (QTest's messages) visible; debug chatter from Qt is only captured.
    if (type != QtDebugMsg && previousHandler)
        previousHandler(type, context, message);
}

// Every form a secret could take in a file or output: raw, percent-encoded, JSON-escaped, and base64 /
// base64url at each of the three byte alignments (any base64 text that encodes the value contains one).
QList<QByteArray> formsOf(const QByteArray &value)
{
    QList<QByteArray> forms{value, QUrl::toPercentEncoding(QString::fromUtf8(value)),
                            QUrl::toPercentEncoding(QString::fromUtf8(value), "", "~")};
    QByteArray jsonEscaped =
        QJsonDocument(QJsonObject{{"v", QString::fromUtf8(value)}}).toJson(QJsonDocument::Compact);
    jsonEscaped = jsonEscaped.mid(6, jsonEscaped.size() - 8); // {"v":"...."}
    forms << jsonEscaped << QByteArray(value).replace("/", "\\/");
    for (int skip = 0; skip < 3; ++skip) {
        const QByteArray aligned = value.mid(skip, (value.size() - skip) / 3 * 3);
        if (aligned.size() < 6)
            continue;
        forms << aligned.toBase64() << aligned.toBase64(QByteArray::Base64UrlEncoding);
    }
    forms.removeAll(QByteArray());
    std::sort(forms.begin(), forms.end());
    forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
    return forms;
}

} // namespace

class TestSecretsCanary : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    std::unique_ptr<sim::ConnectSimulator> m_sim;
    QByteArray m_token;       // the token the in-process Session got
    QByteArray m_tokenHeader; // "<JWT header>." : the start of every token this simulator issues
    QList<QPair<QString, QByteArray>> m_printed; // (what, bytes) for everything printed or copied
    QList<QByteArray> m_otherTokens; // tokens of other in-process sessions (narrow scopes, the window)

    QString homePath(const QString &relative) const { return m_home.path() + QLatin1Char('/') + relative; }

    void printed(const QString &what, const QByteArray &bytes) { m_printed.append({what, bytes}); }

    // Runs connect-cli against the simulator with debug logging on, spinning our event loop meanwhile.
    int runCli(const QStringList &arguments, const QString &tag = {})
    {
        QProcess process;
        process.setProgram(qEnvironmentVariable("CONNECT_CLI"));
        process.setArguments(arguments);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment(); // HOME etc. set below
        environment.insert(QStringLiteral("CANARY_SECRET"), QString::fromLatin1(CanarySecret));
        environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        environment.remove(QStringLiteral("CONNECT_CLIENT_SECRET"));
        process.setProcessEnvironment(environment);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start();
        if (!process.waitForStarted(10000) || !finished.wait(60000)) {
            process.kill();
            process.waitForFinished(1000);
            return -1;
        }
        const QString what = tag + QStringLiteral("connect-cli ") +
                             arguments.join(QLatin1Char(' '))
                                 .replace(QString::fromLatin1(m_token), QStringLiteral("<token>"))
                                 .replace(m_sim->baseUrl().toString(), QStringLiteral("<sim>"));
        printed(what + QStringLiteral(" (stdout)"), process.readAllStandardOutput());
        printed(what + QStringLiteral(" (stderr)"), process.readAllStandardError());
        return process.exitCode();
    }

    QStringList cli(const QString &method, const QString &path, const QStringList &extra = {}) const
    {
        return QStringList{QStringLiteral("call"),
                           method,
                           path,
                           QStringLiteral("--base-url"),
                           m_sim->baseUrl().toString(),
                           QStringLiteral("--client-id"),
                           QString::fromLatin1(CanaryClientId),
                           QStringLiteral("--client-secret-env"),
                           QStringLiteral("CANARY_SECRET")} +
               extra;
    }

    // Sends `request` through `client` and waits for the answer.
    ApiResponse send(ApiClient *client, const ApiRequest &request)
    {
        ApiCall *call = client->send(request);
        QSignalSpy finished(call, &ApiCall::finished);
        if (!call->isFinished())
            finished.wait(20000);
        const ApiResponse response = call->response();
        call->deleteLater();
        return response;
    }

    // What to look for: the secret, the exact token, any token of this simulator (its JWT header), and
    // the Basic credentials "id:secret" — each in every encoded form.
    QList<QPair<QString, QList<QByteArray>>> needles() const
    {
        return {{QStringLiteral("client secret"), formsOf(CanarySecret)},
                {QStringLiteral("access token"), formsOf(m_token)},
                {QStringLiteral("a token of this simulator"), {m_tokenHeader}},
                {QStringLiteral("another session's token"), otherTokenForms()},
                {QStringLiteral("id:secret"), formsOf(QByteArray(CanaryClientId) + ':' + CanarySecret)}};
    }

    QList<QByteArray> otherTokenForms() const
    {
        QList<QByteArray> forms;
        for (const QByteArray &token : m_otherTokens)
            forms << formsOf(token);
        return forms;
    }

    // "where: what (form)" for every needle found in `bytes`.
    QStringList findIn(const QString &where, const QByteArray &bytes) const
    {
        QStringList found;
        for (const auto &[what, forms] : needles()) {
            for (const QByteArray &form : forms) {
                if (bytes.contains(form)) {
                    found << QStringLiteral("%1: %2 (as %3...)")
                                 .arg(where, what, QString::fromUtf8(form.left(12)));
                    break;
                }
            }
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(QFile::exists(qEnvironmentVariable("CONNECT_CLI")), "CONNECT_CLI must name connect-cli");
        // Everything this process and its children write goes below the temporary home.
        for (const char *dir : {"config", "data", "cache", "runtime", "tmp"})
            QVERIFY(QDir().mkpath(homePath(QString::fromLatin1(dir))));
        QFile::setPermissions(homePath(QStringLiteral("runtime")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("HOME", m_home.path().toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", homePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", homePath(QStringLiteral("data")).toLocal8Bit());
        qputenv("XDG_CACHE_HOME", homePath(QStringLiteral("cache")).toLocal8Bit());
        qputenv("XDG_RUNTIME_DIR", homePath(QStringLiteral("runtime")).toLocal8Bit());
        qputenv("TMPDIR", homePath(QStringLiteral("tmp")).toLocal8Bit());
        qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no keychain: the memory-only fallback is what is left
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Cliquify"));
        QCoreApplication::setApplicationName(QStringLiteral("Connect Explorer"));
        // Debug logging on in this process too, and every message captured.
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.*.debug=false"));
        previousHandler = qInstallMessageHandler(captureMessage);

        sim::SimConfig config;
        config.clientId = QString::fromLatin1(CanaryClientId);
        config.clientSecret = QString::fromLatin1(CanarySecret);
        m_sim = test::startSimulator(config);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(previousHandler);
        m_sim.reset();
    }

    // Sign-in, calls, errors and sign-out through core, recorded in history and drafts as the app does.
    void coreSession()
    {
        ApiClient client;
        client.setBaseUrl(m_sim->baseUrl());
        client.setTransferTimeout(std::chrono::seconds(10));
        Session session(&client);
        session.setCredentials(QString::fromLatin1(CanaryClientId), QString::fromLatin1(CanarySecret));
        client.setSession(&session);
        QSignalSpy signedIn(&session, &Session::signedIn);
        session.signIn();
        QVERIFY(signedIn.wait(10000));
        m_token = session.accessToken();
        QVERIFY2(m_token.count('.') == 2 && m_token.startsWith("eyJ"), m_token.constData()); // a JWT
        m_tokenHeader = m_token.left(m_token.indexOf('.') + 1);

        HistoryStore history;
        history.redactor().addSecret(QString::fromLatin1(CanarySecret));
        history.redactor().addSecret(QString::fromLatin1(m_token));
        DraftStore drafts;
        drafts.redactor().addSecret(QString::fromLatin1(CanarySecret));
        drafts.redactor().addSecret(QString::fromLatin1(m_token));
        const QString baseUrl = m_sim->baseUrl().toString();
        const QByteArray bearer = "Bearer " + m_token;

        auto call = [&](ApiRequest request, int expectedStatus) {
            const ApiResponse response = send(&client, request);
            QVERIFY2(response.status == expectedStatus,
                     qPrintable(QStringLiteral("%1 %2: %3 (%4 %5), expected %6")
                                    .arg(QString::fromLatin1(request.method), request.path)
                                    .arg(response.status)
                                    .arg(networkFailureName(response.failure), response.failureDetail)
                                    .arg(expectedStatus)));
            // Record it as sent: with the bearer the client added.
            request.headers.append({"Authorization", bearer});
            const ApiError error = ApiError::fromResponse(response);
            history.record(request, baseUrl, response, error.code);
            qDebug() << "canary: sent" << request.method << request.path << "->" << response.status;
        };

        ApiRequest templates;
        templates.path = QStringLiteral("/api/templates");
        templates.query = {{QStringLiteral("per_page"), QStringLiteral("2")}};
        call(templates, 200);
        ApiRequest assets;
        assets.path = QStringLiteral("/api/assets");
        call(assets, 200);
        ApiRequest missing;
        missing.path = QStringLiteral("/api/assets/99999999");
        call(missing, 404);
        // A request that carries secrets itself: a token in the query, the secret in a JSON body.
        ApiRequest carrying;
        carrying.method = "POST";
        carrying.path = QStringLiteral("/api/templates");
        carrying.query = {{QStringLiteral("access_token"), QString::fromLatin1(m_token)}};
        carrying.headers = {{"Content-Type", "application/json"}, {"X-Api-Key", CanarySecret}};
        carrying.body = QByteArray("{\"name\":\"x\",\"client_secret\":\"") + CanarySecret +
                        "\",\"note\":\"token " + m_token + "\"}";
        call(carrying, 405);
        {
            // Scopes are fixed when a token is issued: a second session, signed in after the change,
            // gets a narrower token (a second canary) and a 403 for assets.
            m_sim->setScopes({QStringLiteral("profile:read"), QStringLiteral("templates:read")});
            ApiClient narrowClient;
            narrowClient.setBaseUrl(m_sim->baseUrl());
            Session narrow(&narrowClient);
            narrow.setCredentials(QString::fromLatin1(CanaryClientId), QString::fromLatin1(CanarySecret));
            narrowClient.setSession(&narrow);
            const ApiResponse response = send(&narrowClient, assets);
            QCOMPARE(response.status, 403);
            m_otherTokens << narrow.accessToken();
            history.redactor().addSecret(QString::fromLatin1(narrow.accessToken()));
            ApiRequest sent = assets;
            sent.headers.append({"Authorization", "Bearer " + narrow.accessToken()});
            history.record(sent, baseUrl, response, ApiError::fromResponse(response).code);
            m_sim->setScopes(sim::allScopes());
        }
        sim::Scenario rateLimited;
        rateLimited.code = QStringLiteral("too_many_requests");
        rateLimited.remaining = 1;
        m_sim->setScenario(rateLimited);
        call(templates, 429);
        // The token request itself, as history would see it if a user sent it by hand.
        ApiRequest tokenRequest;
        tokenRequest.method = "POST";
        tokenRequest.path = QStringLiteral("/oauth/access-token");
        tokenRequest.authenticated = false;
        tokenRequest.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
        tokenRequest.body = "grant_type=client_credentials&client_id=" + QByteArray(CanaryClientId) +
                            "&client_secret=" + QUrl::toPercentEncoding(QString::fromLatin1(CanarySecret));
        call(tokenRequest, 200);

        QVERIFY(history.count() >= 7);
        QVERIFY(history.compact());
        QVERIFY(history.load());

        // Drafts: an unsent tab with the bearer, an API key and the secret in its body.
        Draft draft;
        draft.tabId = QStringLiteral("tab-1");
        draft.title = QStringLiteral("canary");
        draft.baseUrl = baseUrl;
        draft.request = carrying;
        draft.request.headers.append({"Authorization", bearer});
        QVERIFY2(drafts.save(draft), qPrintable(drafts.lastError()));
        QVERIFY(drafts.load(draft.tabId).has_value());

        // Copy as code, every language, as the app does it: the session's token handed over, secrets not
        // asked for (the exporter masks the token wherever it was pasted). Saved as files and copied to the
        // clipboard. `carrying` has the token in a free-text body field: those outputs are searched apart
        // (pastedTokenIsNotEchoed), so a failure names the path that echoes a pasted token.
        QDir().mkpath(homePath(QStringLiteral("exports/pasted")));
        for (const ApiRequest &request : {templates, carrying, draft.request, tokenRequest}) {
            const QString tag = request.body.contains(m_token) ? QString::fromLatin1(Pasted) : QString();
            CodeExportOptions options;
            options.bearerToken = m_token;
            for (const CodeLanguage language : CodeExporter::languages()) {
                const QString code = CodeExporter::toCode(language, request, baseUrl, options);
                QVERIFY(!code.isEmpty());
                printed(tag + QStringLiteral("copy as %1").arg(CodeExporter::languageName(language)),
                        code.toUtf8());
            }
            const QString curl = CodeExporter::toCode(CodeLanguage::Curl, request, baseUrl, options);
            QApplication::clipboard()->setText(curl);
            printed(tag + QStringLiteral("clipboard"), QApplication::clipboard()->text().toUtf8());
            QFile file(homePath(QStringLiteral("exports/%1request-%2.sh")
                                    .arg(tag.isEmpty() ? QString() : QStringLiteral("pasted/"))
                                    .arg(qHash(curl))));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(curl.toUtf8());
        }
        // Free text through the Redactor (what a support report or a log line goes through).
        Redactor redactor;
        redactor.addSecret(QString::fromLatin1(CanarySecret));
        redactor.addSecret(QString::fromLatin1(m_token));
        printed(QStringLiteral("redacted log line"),
                redactor
                    .redactText(QStringLiteral("sign-in with %1 gave %2 (%3)")
                                    .arg(QString::fromLatin1(CanarySecret), QString::fromLatin1(m_token),
                                         QString::fromLatin1(
                                             QUrl::toPercentEncoding(QString::fromLatin1(CanarySecret)))))
                    .toUtf8());
        printed(QStringLiteral("redacted URL"),
                Redactor::redactUrl(
                    baseUrl + QStringLiteral("/api/templates?access_token=") + QString::fromLatin1(m_token) +
                    QStringLiteral("&client_secret=") +
                    QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(CanarySecret))))
                    .toUtf8());

        // A saved profile whose secret the user asked to remember: settings hold no secret, the keychain
        // (absent here) falls back to memory.
        ProfileStore profiles;
        Profile profile;
        profile.name = QStringLiteral("Canary");
        profile.baseUrl = baseUrl;
        profile.clientId = QString::fromLatin1(CanaryClientId);
        profile.rememberSecret = true;
        QString error;
        QVERIFY2(profiles.add(profile, &error), qPrintable(error));
        QVERIFY(profiles.setCurrentId(profile.id));
        CredentialStore credentials;
        credentials.setTimeout(3000);
        bool saved = false;
        credentials.save(profile.id, QString::fromLatin1(CanarySecret), this,
                         [&](const CredentialResult &) { saved = true; });
        QTRY_VERIFY_WITH_TIMEOUT(saved, 15000);

        // Introspect and sign out (revoke) too: both send the token.
        QSignalSpy introspected(&session, &Session::introspected);
        session.introspect();
        QVERIFY(introspected.wait(10000));
        QSignalSpy signedOut(&session, &Session::signedOut);
        session.signOut();
        QVERIFY(signedOut.wait(10000) || signedOut.count() > 0);
    }

    // connect-cli: success, headers, JSON, repeat, 404, 403, 429, a request carrying a token, debug logs on.
    void cliSession()
    {
        QCOMPARE(runCli(cli(QStringLiteral("GET"), QStringLiteral("/api/templates"),
                            {QStringLiteral("--query"), QStringLiteral("per_page=2")})),
                 0);
        QCOMPARE(runCli(cli(QStringLiteral("GET"), QStringLiteral("/api/templates"),
                            {QStringLiteral("-i"), QStringLiteral("--json")})),
                 0);
        QCOMPARE(runCli(cli(QStringLiteral("GET"), QStringLiteral("/api/templates"),
                            {QStringLiteral("--repeat"), QStringLiteral("3"), QStringLiteral("--json")})),
                 0);
        QCOMPARE(runCli(cli(QStringLiteral("GET"), QStringLiteral("/api/assets/99999999"),
                            {QStringLiteral("-i")})),
                 1);
        m_sim->setScopes({QStringLiteral("profile:read"), QStringLiteral("templates:read")});
        QCOMPARE(
            runCli(cli(QStringLiteral("GET"), QStringLiteral("/api/assets"), {QStringLiteral("--json")})), 1);
        m_sim->setScopes(sim::allScopes());
        sim::Scenario rateLimited;
        rateLimited.code = QStringLiteral("too_many_requests");
        rateLimited.remaining = 1;
        m_sim->setScenario(rateLimited);
        QCOMPARE(runCli(cli(QStringLiteral("GET"), QStringLiteral("/api/templates"), {QStringLiteral("-i")})),
                 1);
        // A user pastes the token into the query of a call: what is printed back must not echo it.
        QCOMPARE(runCli(cli(QStringLiteral("GET"), QStringLiteral("/api/templates"),
                            {QStringLiteral("--json"), QStringLiteral("--query"),
                             QStringLiteral("access_token=") + QString::fromLatin1(m_token)}),
                        QString::fromLatin1(Pasted)),
                 0);
        // And the secret is refused by a simulator that wants another one: the failure names no secret.
        QCOMPARE(
            runCli(cli(QStringLiteral("POST"), QStringLiteral("/api/templates"),
                       {QStringLiteral("--data"),
                        QStringLiteral("{\"client_secret\":\"%1\"}").arg(QString::fromLatin1(CanarySecret)),
                        QStringLiteral("--json")})),
            1);
    }

    // The main window, offscreen: sign in with the canary profile, send, get an error.
    void guiSession()
    {
        cx::Profile profile;
        profile.name = QStringLiteral("Canary");
        profile.baseUrl = m_sim->baseUrl().toString();
        profile.clientId = QString::fromLatin1(CanaryClientId);
        profile.clientSecret = QString::fromLatin1(CanarySecret);
        gui::Connection connection(profile);
        QString error;
        QVERIFY2(connection.start(&error), qPrintable(error));
        QString catalogError;
        auto catalog = gui::CatalogSource::load(gui::CatalogSource::bundledPath(), &catalogError);
        QVERIFY2(catalog.has_value(), qPrintable(catalogError));
        {
            gui::MainWindow window(&connection, *catalog);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTRY_VERIFY_WITH_TIMEOUT(connection.session()->state() == Session::State::SignedIn, 10000);
            const QByteArray guiToken = connection.session()->accessToken();
            QVERIFY(guiToken.startsWith(m_tokenHeader));
            m_otherTokens << guiToken;
            for (const QString &path :
                 {QStringLiteral("/api/templates"), QStringLiteral("/api/assets/99999999")}) {
                gui::RequestPage *page = window.currentPage();
                QVERIFY(page);
                QLineEdit *pathEdit = page->editor()->pathEdit();
                pathEdit->selectAll();
                QTest::keyClicks(pathEdit, path);
                QSignalSpy shown(page, &gui::RequestPage::responseShown);
                QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
                QVERIFY(shown.wait(10000) || shown.count() > 0);
            }
            window.close();
        }
        QCoreApplication::processEvents();
    }

    // Secret-named headers a user adds by hand (X-Api-Key, X-Auth-Token, Authorization: the ones
    // Redactor::isSecretHeader masks) never reach another origin a redirect names, through core and
    // through connect-cli: a raw TCP server that logs every byte it receives is that origin.
    void secretHeadersStayOnOrigin()
    {
        QTcpServer elsewhere;
        QVERIFY(elsewhere.listen(QHostAddress::LocalHost, 0));
        QByteArray received;
        connect(&elsewhere, &QTcpServer::newConnection, &elsewhere, [&] {
            while (QTcpSocket *socket = elsewhere.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [&received, socket] {
                    received += socket->readAll();
                    if (received.contains("\r\n\r\n")) {
                        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
                        socket->disconnectFromHost();
                    }
                });
            }
        });
        const QByteArray target =
            "http://127.0.0.1:" + QByteArray::number(elsewhere.serverPort()) + "/landing";
        test::FaultServer origin;
        origin.setDefault(test::FaultServer::redirect(307, target));
        const QList<QPair<QByteArray, QByteArray>> secrets{
            {"X-Api-Key", CanarySecret}, {"X-Auth-Token", m_token}, {"Authorization", "Bearer " + m_token}};

        ApiClient client;
        client.setBaseUrl(origin.baseUrl());
        client.setTransferTimeout(std::chrono::seconds(10));
        ApiRequest request;
        request.path = QStringLiteral("/api/templates");
        request.authenticated = false;
        request.headers = secrets;
        QVERIFY2(send(&client, request).isSuccess(), "the redirect was not followed");

        QStringList arguments{QStringLiteral("call"),           QStringLiteral("GET"),
                              QStringLiteral("/api/templates"), QStringLiteral("--no-auth"),
                              QStringLiteral("--base-url"),     origin.baseUrl().toString()};
        for (const auto &[name, value] : secrets)
            arguments << QStringLiteral("--header") << QString::fromLatin1(name + ": " + value);
        QCOMPARE(runCli(arguments), 0);

        QCOMPARE(origin.requests().size(), 2); // the headers did reach their own origin
        QCOMPARE(origin.requests().at(1).header("X-Api-Key"), QByteArray(CanarySecret));
        QCOMPARE(received.count("GET /landing"), 2);
        const QStringList found = findIn(QStringLiteral("the other origin"), received);
        for (const QString &line : found)
            qWarning("found %s", qPrintable(line));
        QVERIFY2(found.isEmpty(), received.constData());
        QVERIFY(!received.contains("X-Api-Key") && !received.contains("X-Auth-Token"));
    }

    // The search: every file below the temporary home, everything printed, every log message.
    void nothingLeaked() { search(false); }

    // Known gaps, kept visible: a token the user pasted into the request itself is copied out by "copy
    // as code" when the caller does not hand over the session's token (the menu's copy does not), and
    // connect-cli --json prints the URL with a pasted access_token query value. Expected to fail until
    // CodeExporter/the GUI register the session token and CliOutput redacts the URL.
    void pastedTokenIsNotEchoed() { search(true); }

private:
    // The search: every file below the temporary home, everything printed, every log message. With
    // `pasted`, only what came from a token the user pasted into a request; else everything else.
    void search(bool pasted)
    {
        QVERIFY(!m_token.isEmpty());
        QStringList found;
        int files = 0;
        const QString pastedPrefix = QString::fromLatin1(Pasted);
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue; // sockets and the like
            const QString relative = QDir(m_home.path()).relativeFilePath(path);
            if (relative.startsWith(QStringLiteral("exports/pasted/")) != pasted)
                continue;
            ++files;
            found << findIn(relative, file.readAll());
        }
        for (const auto &[what, bytes] : std::as_const(m_printed)) {
            if (what.startsWith(pastedPrefix) == pasted)
                found << findIn(what, bytes);
        }
        if (!pasted) {
            QMutexLocker lock(&logMutex);
            found << findIn(QStringLiteral("Qt log messages of this process"), capturedLog);
        }
        qInfo("searched %d files and %lld outputs (%lld bytes of log) for %lld forms of the secret and the "
              "token",
              files, qlonglong(m_printed.size()), qlonglong(capturedLog.size()),
              qlonglong(formsOf(CanarySecret).size() + formsOf(m_token).size()));
        if (!pasted)
            QVERIFY2(files >= 3, "the session should have written history, a draft and settings");
        for (const QString &line : std::as_const(found))
            qWarning("found %s", qPrintable(line));
        QVERIFY2(found.isEmpty(),
                 qPrintable(QStringLiteral("%1 occurrences (listed above)").arg(found.size())));
    }
};

QTEST_MAIN(TestSecretsCanary)
#include "tst_secrets_canary.moc"
