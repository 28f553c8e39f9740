// connect-sim under abuse, over real loopback sockets: idle and slow connections, floods past the
// connection cap, oversized heads and bodies, Connection: close, and /_sim control requests a web page
// could forge. The app's own path (cx::ApiClient + cx::Session, cx::HistoryStore) must keep working while
// the simulator is flooded, as it must in the desktop app, which runs the simulator in its own process.
#include "FileLimit.h"
#include "RequestHead.h"
#include "SimFixture.h"
#include "auth/Session.h"
#include "history/HistoryStore.h"
#include "net/ApiClient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <chrono>
#include <memory>
#include <vector>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace std::chrono_literals;
using cx::ApiCall;
using cx::ApiClient;
using cx::ApiRequest;
using cx::ApiResponse;
using cx::Session;
using cx::sim::ConnectionLimits;
using cx::sim::SimConfig;

namespace {

struct RawResponse
{
    int status = 0; // 0: no complete response
    QByteArray head;
    QByteArray body;
    bool closedByServer = false;

    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.first(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.sliced(colon + 1).trimmed();
        }
        return {};
    }
    QString code() const { return QJsonDocument::fromJson(body).object().value("code").toString(); }
};

// Reads one response (head + Content-Length body) from `socket`, spinning the event loop that serves
// the in-process simulator. Waits up to `timeoutMs`; then notes whether the server closed the socket.
RawResponse readResponse(QTcpSocket &socket, int timeoutMs = 5000)
{
    RawResponse response;
    QByteArray data;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        data += socket.readAll();
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end >= 0) {
            response.head = data.first(end);
            const qsizetype length = response.header("Content-Length").toLongLong();
            if (data.size() >= end + 4 + length) {
                response.body = data.mid(end + 4, length);
                response.status = response.head.mid(9, 3).toInt();
                break;
            }
        }
        if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0)
            break;
        QTest::qWait(10);
    }
    return response;
}

// Waits until the server closes `socket` (true) or `timeoutMs` passes (false).
bool waitForClose(QTcpSocket &socket, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        socket.readAll();
        if (socket.state() == QAbstractSocket::UnconnectedState)
            return true;
        QTest::qWait(10);
    }
    return false;
}

std::unique_ptr<QTcpSocket> connectTo(quint16 port)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, port);
    QElapsedTimer timer;
    timer.start();
    while (socket->state() != QAbstractSocket::ConnectedState && timer.elapsed() < 5000)
        QTest::qWait(5);
    return socket;
}

ApiResponse wait(ApiCall *call, int waitMs = 10000)
{
    if (!call->isFinished()) {
        QSignalSpy finished(call, &ApiCall::finished);
        if (!finished.wait(waitMs))
            qWarning("call did not finish within %d ms", waitMs);
    }
    return call->response();
}

// Lowers this process's soft descriptor limit to `soft` for one test (the 1024 many desktops have), and
// puts it back afterwards.
class SoftFileLimit
{
public:
    explicit SoftFileLimit(long long soft)
    {
#ifdef Q_OS_UNIX
        if (::getrlimit(RLIMIT_NOFILE, &m_saved) == 0) {
            rlimit lowered = m_saved;
            lowered.rlim_cur = rlim_t(std::min<long long>(soft, (long long)m_saved.rlim_max));
            m_set = ::setrlimit(RLIMIT_NOFILE, &lowered) == 0;
        }
#else
        Q_UNUSED(soft);
#endif
    }
    ~SoftFileLimit()
    {
#ifdef Q_OS_UNIX
        if (m_set)
            ::setrlimit(RLIMIT_NOFILE, &m_saved);
#endif
    }

private:
#ifdef Q_OS_UNIX
    rlimit m_saved{};
#endif
    bool m_set = false;
};

} // namespace

class TestSimAbuse : public QObject
{
    Q_OBJECT

private:
    void start(const ConnectionLimits &limits);
    QByteArray host() const { return "127.0.0.1:" + QByteArray::number(m_sim->port()); }
    RawResponse exchange(const QByteArray &request, int timeoutMs = 5000);
    // Opens `count` connections that send nothing and waits until each is connected or closed.
    std::vector<std::unique_ptr<QTcpSocket>> flood(int count);
    void signInClient();

    std::unique_ptr<cx::sim::ConnectSimulator> m_sim;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Session> m_session;

private slots:
    void cleanup();

    void requestHeadScan_data();
    void requestHeadScan();

    void idleConnectionIsClosed();
    void slowHeadGets408();
    void connectionCloseIsHonoured();
    void keepAliveStaysOpen();
    void headSentInPiecesIsServed();
    void oversizedHeadGets431();
    void declaredHugeBodyGets413AtOnce();
    void chunkedBodyPastLimitGets413();
    void floodOfIdleConnectionsEvictsAndAppStillWorks();
    void floodOfBusyConnectionsGets503();
    void historyKeepsWorkingDuringFlood();
    void controlRefusesForgedRequests_data();
    void controlRefusesForgedRequests();
    void controlAcceptsAppsOwnCalls();
    void executableWarnsOnNonLoopbackBind();
    void executableIdleTimeoutOption();
};

void TestSimAbuse::start(const ConnectionLimits &limits)
{
    SimConfig config;
    config.limits = limits;
    m_sim = cx::test::startSimulator(config);
    m_client = std::make_unique<ApiClient>();
    m_client->setBaseUrl(m_sim->baseUrl());
    m_client->setTransferTimeout(5000ms);
    m_session = std::make_unique<Session>(m_client.get());
    m_session->setCredentials(QString::fromLatin1(cx::sim::DemoClientId),
                              QString::fromLatin1(cx::sim::DemoClientSecret));
    m_client->setSession(m_session.get());
}

void TestSimAbuse::cleanup()
{
    if (m_client)
        m_client->setSession(nullptr);
    m_session.reset();
    m_client.reset();
    m_sim.reset();
}

RawResponse TestSimAbuse::exchange(const QByteArray &request, int timeoutMs)
{
    const auto socket = connectTo(m_sim->port());
    socket->write(request);
    RawResponse response = readResponse(*socket, timeoutMs);
    // Only an answer that says Connection: close is worth waiting for: a keep-alive one stays open.
    response.closedByServer = waitForClose(*socket, response.header("Connection") == "close" ? 2000 : 0);
    return response;
}

std::vector<std::unique_ptr<QTcpSocket>> TestSimAbuse::flood(int count)
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    sockets.reserve(count);
    for (int i = 0; i < count; ++i) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        sockets.back()->connectToHost(QHostAddress::LocalHost, m_sim->port());
        if (i % 50 == 49)
            QTest::qWait(1); // let the simulator accept as they come, as it would under a real flood
    }
    QElapsedTimer timer;
    timer.start();
    const auto settled = [&sockets] {
        return std::all_of(sockets.begin(), sockets.end(), [](const std::unique_ptr<QTcpSocket> &s) {
            return s->state() == QAbstractSocket::ConnectedState ||
                   s->state() == QAbstractSocket::UnconnectedState;
        });
    };
    while (!settled() && timer.elapsed() < 20000)
        QTest::qWait(20);
    return sockets;
}

void TestSimAbuse::signInClient()
{
    QSignalSpy signedIn(m_session.get(), &Session::signedIn);
    m_session->signIn();
    QVERIFY(signedIn.wait(5000));
}

void TestSimAbuse::requestHeadScan_data()
{
    using State = cx::sim::RequestHead::State;
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("state");
    QTest::addColumn<qint64>("headBytes");
    QTest::addColumn<qint64>("contentLength");
    QTest::addColumn<bool>("chunked");
    QTest::addColumn<bool>("close");
    QTest::newRow("nothing") << QByteArray() << int(State::Empty) << 0ll << -1ll << false << false;
    QTest::newRow("blank lines only")
        << QByteArray("\r\n\r\n") << int(State::Empty) << 0ll << -1ll << false << false;
    QTest::newRow("partial") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n") << int(State::Incomplete) << 0ll
                             << -1ll << false << false;
    QTest::newRow("complete, CRLF") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n\r\nNEXT")
                                    << int(State::Complete) << 27ll << -1ll << false << false;
    QTest::newRow("bare LF, blank lines before") << QByteArray("\r\nGET / HTTP/1.1\nHost: a\n\n")
                                                 << int(State::Complete) << 26ll << -1ll << false << false;
    QTest::newRow("content-length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 12\r\n\r\n")
                                    << int(State::Complete) << 39ll << 12ll << false << false;
    QTest::newRow("same length twice")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 5\r\ncontent-length: 5\r\n\r\n")
        << int(State::Complete) << 57ll << 5ll << false << false;
    QTest::newRow("lengths disagree")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n")
        << int(State::Malformed) << 0ll << 5ll << false << false;
    QTest::newRow("signed length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: +5\r\n\r\n")
                                   << int(State::Malformed) << 0ll << -1ll << false << false;
    QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: gzip, Chunked\r\n\r\n")
                             << int(State::Complete) << 53ll << -1ll << true << false;
    QTest::newRow("connection close") << QByteArray("GET / HTTP/1.1\r\nConnection: TE, Close\r\n\r\n")
                                      << int(State::Complete) << 41ll << -1ll << false << true;
    QTest::newRow("http/1.0") << QByteArray("GET / HTTP/1.0\r\n\r\n") << int(State::Complete) << 18ll << -1ll
                              << false << true;
    QTest::newRow("http/1.0 keep-alive") << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
                                         << int(State::Complete) << 42ll << -1ll << false << false;
    QTest::newRow("over the limit") << QByteArray("GET / HTTP/1.1\r\nX: " + QByteArray(100, 'a') + "\r\n\r\n")
                                    << int(State::Incomplete) << 0ll << -1ll << false << false;
    QTest::newRow("blank lines over the limit")
        << QByteArray(200, '\n') << int(State::Incomplete) << 0ll << -1ll << false << false;
}

void TestSimAbuse::requestHeadScan()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, state);
    QFETCH(qint64, headBytes);
    QFETCH(qint64, contentLength);
    QFETCH(bool, chunked);
    QFETCH(bool, close);
    const auto head = cx::sim::RequestHead::scan(bytes, 100);
    QCOMPARE(int(head.state), state);
    if (head.state == cx::sim::RequestHead::State::Complete)
        QCOMPARE(head.headBytes, headBytes);
    QCOMPARE(head.contentLength, contentLength);
    QCOMPARE(head.chunked, chunked);
    QCOMPARE(head.closeRequested, close);
}

void TestSimAbuse::idleConnectionIsClosed()
{
    ConnectionLimits limits;
    limits.idleTimeoutMs = 400;
    start(limits);
    const auto socket = connectTo(m_sim->port());
    QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(waitForClose(*socket, 3000), "an idle connection was kept open");
    QVERIFY2(timer.elapsed() >= 300, qPrintable(QString::number(timer.elapsed())));

    // After an answer the clock starts again: the keep-alive connection goes too, once idle.
    const auto used = connectTo(m_sim->port());
    used->write("GET /openapi.json HTTP/1.1\r\nHost: " + host() + "\r\n\r\n");
    QCOMPARE(readResponse(*used).status, 200);
    QVERIFY(waitForClose(*used, 3000));
}

void TestSimAbuse::slowHeadGets408()
{
    ConnectionLimits limits;
    limits.headTimeoutMs = 500;
    limits.idleTimeoutMs = 10000;
    start(limits);
    const auto socket = connectTo(m_sim->port());
    QElapsedTimer timer;
    timer.start();
    // A byte every 100 ms keeps the connection from being idle, but the head never ends.
    socket->write("GET /openapi.json HTTP/1.1\r\n");
    RawResponse response;
    for (int i = 0; i < 30 && socket->state() == QAbstractSocket::ConnectedState && !socket->bytesAvailable();
         ++i) {
        socket->write("X");
        QTest::qWait(100);
    }
    response = readResponse(*socket, 3000);
    QCOMPARE(response.status, 408);
    QCOMPARE(response.header("Connection"), QByteArray("close"));
    QVERIFY(timer.elapsed() < 2500);
    QVERIFY(waitForClose(*socket, 3000));
}

void TestSimAbuse::connectionCloseIsHonoured()
{
    start({});
    const RawResponse response =
        exchange("GET /openapi.json HTTP/1.1\r\nHost: " + host() + "\r\nConnection: close\r\n\r\n");
    QCOMPARE(response.status, 200);
    QCOMPARE(response.header("Connection").toLower(), QByteArray("close"));
    QVERIFY2(response.closedByServer, "the socket stayed open after Connection: close");

    // HTTP/1.0 without keep-alive means the same.
    const RawResponse old = exchange("GET /openapi.json HTTP/1.0\r\nHost: " + host() + "\r\n\r\n");
    QCOMPARE(old.status, 200);
    QVERIFY(old.closedByServer);
}

void TestSimAbuse::keepAliveStaysOpen()
{
    start({});
    const auto socket = connectTo(m_sim->port());
    for (int i = 0; i < 3; ++i) {
        socket->write("GET /_sim/state HTTP/1.1\r\nHost: " + host() + "\r\n\r\n");
        const RawResponse response = readResponse(*socket);
        QCOMPARE(response.status, 200);
        QVERIFY(response.header("Connection").toLower() != "close");
    }
    QTest::qWait(200);
    QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
}

void TestSimAbuse::headSentInPiecesIsServed()
{
    // The guard looks at a head QtHttpServer has half read by rolling its read transaction back and
    // forward again: the request must still be parsed as sent.
    start({});
    const auto socket = connectTo(m_sim->port());
    const QByteArray body =
        R"({"grant_type":"client_credentials","client_id":"demo-client","client_secret":"demo-secret"})";
    const QByteArray request =
        "POST /oauth/access-token HTTP/1.1\r\nHost: " + host() +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\n\r\n" + body;
    for (qsizetype offset = 0; offset < request.size(); offset += 17) {
        socket->write(request.mid(offset, 17));
        socket->flush();
        QTest::qWait(15);
    }
    const RawResponse response = readResponse(*socket);
    QCOMPARE(response.status, 200);
    QVERIFY(response.body.contains("access_token"));
}

void TestSimAbuse::oversizedHeadGets431()
{
    start({});
    const auto socket = connectTo(m_sim->port());
    socket->write("GET /openapi.json HTTP/1.1\r\nHost: " + host() + "\r\n");
    // 70 KiB of headers in pieces, so QtHttpServer has read part of the head when the limit is hit.
    const QByteArray line = "X-Filler: " + QByteArray(1000, 'a') + "\r\n";
    for (int i = 0; i < 70 && socket->state() == QAbstractSocket::ConnectedState; ++i) {
        socket->write(line);
        if (i % 10 == 9)
            QTest::qWait(10);
    }
    const RawResponse response = readResponse(*socket);
    QCOMPARE(response.status, 431);
    QCOMPARE(response.header("Connection"), QByteArray("close"));
    QCOMPARE(response.code(), QStringLiteral("header_too_large"));
    QVERIFY(waitForClose(*socket, 3000));
}

void TestSimAbuse::declaredHugeBodyGets413AtOnce()
{
    start({});
    const auto socket = connectTo(m_sim->port());
    QElapsedTimer timer;
    timer.start();
    // 300 MB announced, a few bytes sent: the answer must not wait for (or buffer) the rest.
    socket->write("POST /oauth/access-token HTTP/1.1\r\nHost: " + host() +
                  "\r\nContent-Type: application/json\r\nContent-Length: 314572800\r\n\r\n{\"client_id\":");
    const RawResponse response = readResponse(*socket, 3000);
    QCOMPARE(response.status, 413);
    QCOMPARE(response.header("Connection"), QByteArray("close"));
    QCOMPARE(response.code(), QStringLiteral("payload_too_large"));
    QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(waitForClose(*socket, 3000));
    QCOMPARE(m_sim->tokenRequestCount(), 0); // the handler never saw it
}

void TestSimAbuse::chunkedBodyPastLimitGets413()
{
    ConnectionLimits limits;
    limits.maxBodyBytes = 64 * 1024;
    start(limits);
    const auto socket = connectTo(m_sim->port());
    socket->write("POST /oauth/access-token HTTP/1.1\r\nHost: " + host() +
                  "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
    const QByteArray chunk = QByteArray::number(16 * 1024, 16) + "\r\n" + QByteArray(16 * 1024, ' ') + "\r\n";
    for (int i = 0; i < 12 && socket->state() == QAbstractSocket::ConnectedState && !socket->bytesAvailable();
         ++i) {
        socket->write(chunk);
        QTest::qWait(20);
    }
    const RawResponse response = readResponse(*socket, 3000);
    QCOMPARE(response.status, 413);
    QCOMPARE(response.header("Connection"), QByteArray("close"));
    QVERIFY(waitForClose(*socket, 3000));
    QCOMPARE(m_sim->tokenRequestCount(), 0);
}

void TestSimAbuse::floodOfIdleConnectionsEvictsAndAppStillWorks()
{
    cx::sim::raiseOpenFileLimit(); // 600 client sockets and the simulator's share one process here
    start({});                     // the default cap (256)
    signInClient();
    QElapsedTimer flooding;
    flooding.start();
    const auto sockets = flood(600);
    const qint64 floodMs = flooding.elapsed();
    const int stillOpen = int(std::count_if(sockets.begin(), sockets.end(), [](const auto &s) {
        return s->state() == QAbstractSocket::ConnectedState;
    }));
    QVERIFY2(m_sim->openConnections() <= ConnectionLimits{}.maxConnections,
             qPrintable(QString::number(m_sim->openConnections())));
    QVERIFY(m_sim->evictedConnections() >= 600 - ConnectionLimits{}.maxConnections);

    // The app's own requests, while the cap is full of idle connections.
    QElapsedTimer timer;
    timer.start();
    ApiRequest request;
    request.path = QStringLiteral("/api/templates");
    const ApiResponse response = wait(m_client->send(request));
    const qint64 latencyMs = timer.elapsed();
    QCOMPARE(response.status, 200);
    qInfo("flood: 600 opened in %lld ms, %d still open client-side, %d open server-side, %d evicted, %d "
          "refused; app request during the flood: %lld ms",
          floodMs, stillOpen, m_sim->openConnections(), m_sim->evictedConnections(),
          m_sim->refusedConnections(), latencyMs);
    QVERIFY2(latencyMs < 3000, qPrintable(QString::number(latencyMs)));
}

void TestSimAbuse::floodOfBusyConnectionsGets503()
{
    ConnectionLimits limits;
    limits.maxConnections = 8;
    start(limits);
    cx::sim::Scenario stall;
    stall.code = QStringLiteral("stall");
    stall.pathPrefix = QStringLiteral("/api/templates");
    m_sim->setScenario(stall);
    // Eight connections each owed an answer that never comes: none can be evicted.
    std::vector<std::unique_ptr<QTcpSocket>> busy;
    for (int i = 0; i < limits.maxConnections; ++i) {
        busy.push_back(connectTo(m_sim->port()));
        busy.back()->write("GET /api/templates HTTP/1.1\r\nHost: " + host() + "\r\n\r\n");
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->requestCount(), limits.maxConnections, 5000);
    const RawResponse refused = exchange("GET /openapi.json HTTP/1.1\r\nHost: " + host() + "\r\n\r\n");
    QCOMPARE(refused.status, 503);
    QCOMPARE(refused.header("Retry-After"), QByteArray("1"));
    QCOMPARE(refused.header("Connection"), QByteArray("close"));
    QCOMPARE(refused.code(), QStringLiteral("too_many_connections"));
    QVERIFY(refused.closedByServer);
    QCOMPARE(m_sim->refusedConnections(), 1);
    for (const auto &socket : busy)
        QCOMPARE(socket->state(), QAbstractSocket::ConnectedState); // owed an answer: kept

    // Once one client leaves, there is room again.
    busy.front()->abort();
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->openConnections() < limits.maxConnections, 3000);
    QCOMPARE(exchange("GET /openapi.json HTTP/1.1\r\nHost: " + host() + "\r\n\r\n").status, 200);
}

void TestSimAbuse::historyKeepsWorkingDuringFlood()
{
#ifndef Q_OS_UNIX
    QSKIP("needs a soft descriptor limit to lower");
#else
    // The desktop app runs the Demo simulator in its own process: with the usual soft limit of 1024, a
    // flood of 600 connections must leave descriptors for the app's history file and its requests.
    const SoftFileLimit limit(1024);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    start({});
    signInClient();
    cx::HistoryStore history(dir.filePath(QStringLiteral("history.jsonl")));
    QVERIFY(history.load());
    const auto sockets = flood(600);
    const int sent = 20;
    for (int i = 0; i < sent; ++i) {
        ApiRequest request;
        request.path = QStringLiteral("/api/folders");
        const ApiResponse response = wait(m_client->send(request));
        QCOMPARE(response.status, 200);
        cx::HistoryEntry entry;
        entry.baseUrl = m_sim->baseUrl().toString();
        entry.request = request;
        entry.status = response.status;
        QVERIFY2(history.append(entry), qPrintable(history.lastError()));
    }
    cx::HistoryStore reread(history.filePath());
    QVERIFY(reread.load());
    QCOMPARE(reread.count(), sent);
#endif
}

void TestSimAbuse::controlRefusesForgedRequests_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QByteArray json = "Content-Type: application/json\r\n";
    QTest::newRow("text/plain (a form post)")
        << QByteArray("Host: 127.0.0.1\r\nContent-Type: text/plain\r\n") << 415 << "unsupported_media_type";
    QTest::newRow("form-urlencoded")
        << QByteArray("Host: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n") << 415
        << "unsupported_media_type";
    QTest::newRow("no content type") << QByteArray("Host: 127.0.0.1\r\n") << 415 << "unsupported_media_type";
    QTest::newRow("foreign host (DNS rebinding)")
        << QByteArray("Host: attacker.example:8787\r\n" + json) << 421 << "misdirected_request";
    QTest::newRow("host with a loopback-looking name")
        << QByteArray("Host: 127.0.0.1.attacker.example\r\n" + json) << 421 << "misdirected_request";
    QTest::newRow("no host") << json << 421 << "misdirected_request";
    QTest::newRow("foreign origin") << QByteArray("Host: 127.0.0.1\r\nOrigin: https://attacker.example\r\n" +
                                                  json)
                                    << 403 << "forbidden_origin";
    QTest::newRow("null origin") << QByteArray("Host: localhost\r\nOrigin: null\r\n" + json) << 403
                                 << "forbidden_origin";
}

void TestSimAbuse::controlRefusesForgedRequests()
{
    QFETCH(QByteArray, headers);
    QFETCH(int, status);
    QFETCH(QString, code);
    start({});
    const QByteArray body = R"({"code":"internal_error"})";
    const RawResponse response = exchange("POST /_sim/scenario HTTP/1.1\r\n" + headers + "Content-Length: " +
                                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QCOMPARE(response.status, status);
    QCOMPARE(response.code(), code);
    const RawResponse state = exchange("GET /_sim/state HTTP/1.1\r\nHost: " + host() + "\r\n\r\n");
    QCOMPARE(state.status, 200);
    QVERIFY2(!state.body.contains("internal_error"), "a refused request changed the scenarios");
}

void TestSimAbuse::controlAcceptsAppsOwnCalls()
{
    start({});
    const QByteArray port = QByteArray::number(m_sim->port());
    for (const QByteArray &hostHeader :
         {host(), "localhost:" + port, "[::1]:" + port, QByteArray("127.0.0.1")}) {
        const QByteArray body = R"({"code":"delay","delay_ms":1,"path":"/api/x"})";
        const RawResponse response =
            exchange("POST /_sim/scenario HTTP/1.1\r\nHost: " + hostHeader +
                     "\r\nOrigin: http://localhost:5173\r\nContent-Type: application/json; charset=utf-8\r\n"
                     "Content-Length: " +
                     QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QVERIFY2(response.status == 200, hostHeader.constData());
    }
    // As TourRunner does it: through ApiClient (QNetworkAccessManager sets Host itself).
    ApiRequest set;
    set.method = "POST";
    set.path = QStringLiteral("/_sim/scenario");
    set.authenticated = false;
    set.body = R"({"code":"not_found","path":"/api/folders"})";
    set.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
    QCOMPARE(wait(m_client->send(set)).status, 200);
    ApiRequest clear;
    clear.method = "DELETE";
    clear.path = QStringLiteral("/_sim/scenario");
    clear.authenticated = false;
    QCOMPARE(wait(m_client->send(clear)).status, 200);
    ApiRequest state;
    state.path = QStringLiteral("/_sim/state");
    state.authenticated = false;
    QCOMPARE(wait(m_client->send(state)).status, 200);
}

void TestSimAbuse::executableWarnsOnNonLoopbackBind()
{
    const QString program = qEnvironmentVariable("CONNECT_SIM");
    if (program.isEmpty())
        QSKIP("CONNECT_SIM is not set (run through ctest)");
    QProcess process;
    process.start(program, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--bind"),
                            QStringLiteral("0.0.0.0")});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    const QString firstLine = QString::fromUtf8(process.readLine()).trimmed();
    const auto match = QRegularExpression(QStringLiteral("^http://0\\.0\\.0\\.0:(\\d+)$")).match(firstLine);
    QVERIFY2(match.hasMatch(), qPrintable(firstLine));
    const QString port = match.captured(1);
    QTRY_VERIFY_WITH_TIMEOUT(QString::fromUtf8(process.peek(8192)).contains(QStringLiteral("Ctrl+C")), 5000);
    const QString rest = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(rest.contains(QStringLiteral("http://127.0.0.1:") + port), qPrintable(rest));
    process.setReadChannel(QProcess::StandardError);
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 5000);
    const QString warning = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(warning.contains(QStringLiteral("warning")) && warning.contains(QStringLiteral("0.0.0.0")),
             qPrintable(warning));

    // Still reachable over loopback (the URL the warning's "reachable at" line names first).
    const auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, port.toUShort());
    QVERIFY(socket->waitForConnected(5000));
    socket->write("GET /openapi.json HTTP/1.1\r\nHost: 127.0.0.1:" + port.toLatin1() +
                  "\r\nConnection: close\r\n\r\n");
    QVERIFY(socket->waitForReadyRead(5000));
    QVERIFY(socket->readAll().startsWith("HTTP/1.1 200"));

    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);

    // The default bind stays on loopback and says nothing on stderr.
    QProcess quiet;
    quiet.start(program, {QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY(quiet.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(quiet.canReadLine(), 10000);
    QVERIFY(QString::fromUtf8(quiet.readLine()).startsWith(QStringLiteral("http://127.0.0.1:")));
    quiet.terminate();
    QVERIFY(quiet.waitForFinished(10000));
    QCOMPARE(quiet.readAllStandardError(), QByteArray());
}

void TestSimAbuse::executableIdleTimeoutOption()
{
    const QString program = qEnvironmentVariable("CONNECT_SIM");
    if (program.isEmpty())
        QSKIP("CONNECT_SIM is not set (run through ctest)");
    QProcess process;
    process.start(program, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--idle-timeout"),
                            QStringLiteral("1"), QStringLiteral("--max-body-bytes"), QStringLiteral("10")});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    const QUrl url(QString::fromUtf8(process.readLine()).trimmed());
    QVERIFY(url.port() > 0);

    QTcpSocket idle;
    idle.connectToHost(QHostAddress::LocalHost, quint16(url.port()));
    QVERIFY(idle.waitForConnected(5000));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(waitForClose(idle, 5000));
    QVERIFY(timer.elapsed() >= 800);

    QTcpSocket big;
    big.connectToHost(QHostAddress::LocalHost, quint16(url.port()));
    QVERIFY(big.waitForConnected(5000));
    big.write("POST /oauth/access-token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
              "Content-Length: 11\r\n\r\n");
    QVERIFY(big.waitForReadyRead(5000));
    QVERIFY(big.readAll().startsWith("HTTP/1.1 413"));

    process.terminate();
    QVERIFY(process.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestSimAbuse)
#include "tst_sim_abuse.moc"
