// A 50 MB binary response (random bytes, application/octet-stream), end to end: a local server (this
// program, "serve" mode, in a child process so its memory is not ours) sends it; ApiClient receives it
// like the window's send path does; ResponseView classifies it and shows the hex view. Prints one JSON
// line:
//   first_screen_ms  last byte received -> body classified, hex view painted, event loop idle again
//   end_paint_ms     Ctrl+End in the hex view -> its last rows painted
//   max_stall_ms     longest gap between ticks of a 5 ms timer from Send until then (UI-thread latency)
//   hwm_kb           peak resident memory of this process (VmHWM); body_bytes, idle_rss_kb before Send
//
//   bench_big_binary [--mb 50]         run the benchmark
//   bench_big_binary serve --mb 50     serve the body on a free loopback port (prints the port)
#include "StartupProbe.h"
#include "errors/ApiError.h"
#include "net/ApiClient.h"
#include "response/HexView.h"
#include "response/ResponseView.h"

#include <QApplication>
#include <QMainWindow>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <cstdio>

using namespace cx;

namespace {

int serve(int megabytes)
{
    QByteArray body(qsizetype(megabytes) * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator(50).fillRange(reinterpret_cast<quint32 *>(body.data()), body.size() / 4);
    const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: " +
                            QByteArray::number(body.size()) + "\r\n\r\n";
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 1;
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            auto *request = new QByteArray;
            QObject::connect(socket, &QTcpSocket::disconnected, socket, [socket, request] {
                delete request;
                socket->deleteLater();
            });
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [&, socket, request] {
                *request += socket->readAll();
                if (!request->contains("\r\n\r\n"))
                    return;
                request->clear();
                socket->write(head);
                socket->write(body);
            });
        }
    });
    std::printf("%d\n", server.serverPort());
    std::fflush(stdout);
    return QCoreApplication::exec();
}

// Records the first paint inside `root` after arm().
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QWidget *root) : m_root(root) {}
    void arm() { paintNs = 0, armed = true; }
    bool armed = false;
    qint64 paintNs = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (armed && paintNs == 0 && event->type() == QEvent::Paint && watched->isWidgetType() &&
            (watched == m_root || m_root->isAncestorOf(static_cast<QWidget *>(watched))))
            paintNs = bench::nowNs();
        return false;
    }

private:
    QWidget *m_root;
};

// Runs the event loop until `watch` saw a paint, then until the loop has nothing left to do.
qint64 waitForPaintThenIdle(PaintWatch &watch)
{
    QEventLoop loop;
    qint64 idleNs = 0;
    std::function<void()> poll = [&] {
        if (watch.paintNs == 0) {
            QTimer::singleShot(0, poll);
            return;
        }
        QTimer::singleShot(0, [&] {
            idleNs = bench::nowNs();
            loop.quit();
        });
    };
    QTimer::singleShot(0, poll);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    return idleNs;
}

} // namespace

int main(int argc, char *argv[])
{
    int megabytes = 50;
    bool serveMode = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "serve")
            serveMode = true;
        else if (argument == "--mb" && i + 1 < argc)
            megabytes = QByteArray(argv[++i]).toInt();
    }
    if (serveMode) {
        QCoreApplication app(argc, argv);
        return serve(megabytes);
    }

    QApplication app(argc, argv);
    QProcess server;
    server.setProgram(QCoreApplication::applicationFilePath());
    server.setArguments({QStringLiteral("serve"), QStringLiteral("--mb"), QString::number(megabytes)});
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start();
    if (!server.waitForReadyRead(120000)) {
        std::fprintf(stderr, "bench_big_binary: the server did not start\n");
        return 1;
    }
    const int port = server.readLine().trimmed().toInt();

    QMainWindow window;
    auto *view = new gui::ResponseView;
    window.setCentralWidget(view);
    window.resize(1200, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QTest::qWait(200);
    const qint64 idleRssKb = bench::statusKb("VmRSS");

    ApiClient client;
    client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    ApiRequest request;
    request.method = "GET";
    request.path = QStringLiteral("/big.bin");
    request.authenticated = false;

    qint64 maxGapNs = 0;
    qint64 lastTickNs = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = bench::nowNs();
        maxGapNs = qMax(maxGapNs, now - lastTickNs);
        lastTickNs = now;
    });

    PaintWatch paintWatch(view);
    app.installEventFilter(&paintWatch);
    qint64 lastByteNs = 0;
    qint64 bodyBytes = 0;
    bool failed = false;
    bool ready = false;
    QEventLoop received;
    QObject::connect(view, &gui::ResponseView::bodyReady, [&] {
        ready = true;
        paintWatch.arm();
        view->update();
        received.quit();
    });

    const qint64 sendNs = bench::nowNs();
    lastTickNs = sendNs;
    ticker.start();
    ApiCall *call = client.send(request);
    QObject::connect(call, &ApiCall::downloadProgress, [&](qint64 got, qint64 total) {
        if (total > 0 && got >= total && lastByteNs == 0)
            lastByteNs = bench::nowNs();
    });
    QObject::connect(call, &ApiCall::finished, [&] {
        if (lastByteNs == 0)
            lastByteNs = bench::nowNs();
        const ApiResponse &response = call->response();
        bodyBytes = response.body.size();
        failed = ApiError::fromResponse(response).isError();
        view->showResponse(response, failed);
    });
    QTimer::singleShot(180000, &received, &QEventLoop::quit);
    received.exec();
    const qint64 screenNs = ready ? waitForPaintThenIdle(paintWatch) : 0;

    // Jump to the last byte: only the rows now on screen are formatted and painted.
    gui::HexView *hex = view->hexView();
    hex->setFocus();
    paintWatch.arm();
    const qint64 endNs = bench::nowNs();
    QTest::keyClick(hex, Qt::Key_End, Qt::ControlModifier);
    const qint64 endPaintNs = waitForPaintThenIdle(paintWatch);
    ticker.stop();
    const bool lastRowShown = hex->firstVisibleRow() + hex->visibleRowCount() >= hex->rowCount();

    std::printf("{\"body_bytes\":%lld,\"failed\":%s,\"transfer_ms\":%.1f,\"first_screen_ms\":%.1f,"
                "\"end_paint_ms\":%.1f,\"max_stall_ms\":%.1f,\"idle_rss_kb\":%lld,\"hwm_kb\":%lld}\n",
                bodyBytes, failed ? "true" : "false", double(lastByteNs - sendNs) / 1e6,
                screenNs ? double(screenNs - lastByteNs) / 1e6 : -1.0, double(endPaintNs - endNs) / 1e6,
                double(maxGapNs) / 1e6, idleRssKb, bench::statusKb("VmHWM"));
    std::fflush(stdout);
    server.kill();
    server.waitForFinished(5000);
    return screenNs && !failed && lastRowShown ? 0 : 1;
}
