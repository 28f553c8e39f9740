// A 50 MB JSON response, end to end: a local server (this program, "serve" mode, in a child process so
// its memory is not ours) sends it; ApiClient receives it like the window's send path does; ResponseView
// shows it. Prints one JSON line:
//   first_screen_ms  last byte received -> body parsed, tree filled and painted, event loop idle again
//   max_stall_ms     longest gap between ticks of a 5 ms timer from Send until then (UI-thread latency)
//   max_stall_cpu_ms UI-thread CPU time inside that gap (far below max_stall_ms: the machine is loaded)
//   hwm_kb           peak resident memory of this process (VmHWM); body_bytes, idle_rss_kb before Send
//
//   bench_big_json [--mb 50] [--chunked]  run the benchmark (--chunked: no Content-Length, 64 KiB chunks)
//   BENCH_TRACE_MS=10 bench_big_json also lists slow UI-thread events and timer gaps on stderr
//   bench_big_json serve --mb 50 [--chunked]  serve the body on a free loopback port (prints the port)
#include "StartupProbe.h"
#include "errors/ApiError.h"
#include "net/ApiClient.h"
#include "response/ResponseView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <cstdio>

using namespace cx;

namespace {

// {"data":[{"id":0,"name":"item 0","text":"xxx..."}, ...]}, about `megabytes` MiB: the shape the GUI
// tests use, a long array of small objects.
QByteArray makeBody(int megabytes)
{
    const qsizetype target = qsizetype(megabytes) * 1024 * 1024;
    QByteArray body;
    body.reserve(target + 1024);
    body += "{\"data\":[";
    const QByteArray filler(300, 'x');
    for (int i = 0; body.size() < target; ++i) {
        if (i)
            body += ',';
        body += "{\"id\":" + QByteArray::number(i) + ",\"name\":\"item " + QByteArray::number(i) +
                "\",\"text\":\"" + filler + "\"}";
    }
    body += "]}";
    return body;
}

// Chunked framing: no length vouches for the end, so ApiClient checks that the JSON closes.
QByteArray chunkedFraming(const QByteArray &body)
{
    constexpr qsizetype chunk = 64 * 1024;
    QByteArray out;
    out.reserve(body.size() + body.size() / chunk * 16 + 64);
    for (qsizetype at = 0; at < body.size(); at += chunk) {
        const qsizetype size = qMin(chunk, body.size() - at);
        out += QByteArray::number(size, 16) + "\r\n";
        out.append(body.constData() + at, size);
        out += "\r\n";
    }
    return out + "0\r\n\r\n";
}

int serve(int megabytes, bool chunked)
{
    const QByteArray json = makeBody(megabytes);
    const QByteArray body = chunked ? chunkedFraming(json) : json;
    const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" +
                            (chunked ? QByteArray("Transfer-Encoding: chunked")
                                     : "Content-Length: " + QByteArray::number(body.size())) +
                            "\r\n\r\n";
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

// BENCH_TRACE_MS=N: every event that takes longer than N ms on the UI thread, and every timer gap
// longer than 4N ms, goes to stderr (to find what stalls the UI thread).
qint64 traceThresholdNs()
{
    static const qint64 threshold = qEnvironmentVariableIntValue("BENCH_TRACE_MS") * qint64(1'000'000);
    return threshold;
}

class TracingApp : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (traceThresholdNs() <= 0)
            return QApplication::notify(receiver, event);
        const qint64 startNs = bench::nowNs();
        const int type = event->type();
        const bool result = QApplication::notify(receiver, event);
        const qint64 tookNs = bench::nowNs() - startNs;
        if (tookNs > traceThresholdNs())
            std::fprintf(stderr, "trace %.1f: event %d to %s \"%s\" took %.1f ms\n",
                         double(startNs % 100'000'000'000) / 1e6, type, receiver->metaObject()->className(),
                         qPrintable(receiver->objectName()), double(tookNs) / 1e6);
        return result;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    int megabytes = 50;
    bool serveMode = false;
    bool chunked = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "serve")
            serveMode = true;
        else if (argument == "--chunked")
            chunked = true;
        else if (argument == "--mb" && i + 1 < argc)
            megabytes = QByteArray(argv[++i]).toInt();
    }
    if (serveMode) {
        QCoreApplication app(argc, argv);
        return serve(megabytes, chunked);
    }

    TracingApp app(argc, argv);
    QProcess server;
    server.setProgram(QCoreApplication::applicationFilePath());
    QStringList serverArguments{QStringLiteral("serve"), QStringLiteral("--mb"), QString::number(megabytes)};
    if (chunked)
        serverArguments << QStringLiteral("--chunked");
    server.setArguments(serverArguments);
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start();
    if (!server.waitForReadyRead(120000)) {
        std::fprintf(stderr, "bench_big_json: the server did not start\n");
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
    request.path = QStringLiteral("/big.json");
    request.authenticated = false;

    // Event-loop latency: the longest gap between ticks of a 5 ms timer.
    qint64 maxGapNs = 0;
    qint64 lastTickNs = 0;
    // The longest gap per phase: 0 transfer, 1 last byte -> parsed, 2 parsed -> first screen and after.
    int phase = 0;
    qint64 phaseGapNs[3] = {0, 0, 0};
    // CPU time the UI thread used inside its longest gap: a long gap with little CPU is the
    // scheduler (a loaded machine), not work done on the UI thread.
    qint64 lastTickCpuNs = 0;
    qint64 maxGapCpuNs = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = bench::nowNs();
        const qint64 cpuNow = bench::nowNs(CLOCK_THREAD_CPUTIME_ID);
        if (traceThresholdNs() > 0 && now - lastTickNs > 4 * traceThresholdNs())
            std::fprintf(stderr, "trace %.1f: gap of %.1f ms, %.1f ms of it on the CPU\n",
                         double(lastTickNs % 100'000'000'000) / 1e6, double(now - lastTickNs) / 1e6,
                         double(cpuNow - lastTickCpuNs) / 1e6);
        if (now - lastTickNs > maxGapNs)
            maxGapCpuNs = cpuNow - lastTickCpuNs;
        lastTickCpuNs = cpuNow;
        maxGapNs = qMax(maxGapNs, now - lastTickNs);
        phaseGapNs[phase] = qMax(phaseGapNs[phase], now - lastTickNs);
        lastTickNs = now;
    });

    qint64 sendNs = 0;
    qint64 lastByteNs = 0;
    qint64 finishedNs = 0;
    qint64 readyNs = 0;
    qint64 paintNs = 0;
    qint64 screenNs = 0;
    qint64 bodyBytes = 0;
    qint64 showCallNs = 0;
    bool failed = false;

    // The first paint inside the view once the body is ready is the first screen of content.
    class PaintWatch : public QObject
    {
    public:
        PaintWatch(QWidget *root, qint64 *paintNs) : m_root(root), m_paintNs(paintNs) {}
        bool armed = false;

    protected:
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (armed && *m_paintNs == 0 && event->type() == QEvent::Paint && watched->isWidgetType() &&
                (watched == m_root || m_root->isAncestorOf(static_cast<QWidget *>(watched))))
                *m_paintNs = bench::nowNs();
            return false;
        }

    private:
        QWidget *m_root;
        qint64 *m_paintNs;
    } paintWatch(view, &paintNs);
    app.installEventFilter(&paintWatch);

    QEventLoop done;
    QObject::connect(view, &gui::ResponseView::bodyReady, [&] {
        readyNs = bench::nowNs();
        phase = 2;
        paintWatch.armed = true;
        view->update();
        // The paint happens on this turn of the loop or the next; then wait for the loop to be idle.
        auto waitForPaint = std::make_shared<std::function<void()>>();
        *waitForPaint = [&, waitForPaint] {
            if (paintNs == 0) {
                QTimer::singleShot(0, *waitForPaint);
                return;
            }
            QTimer::singleShot(0, [&] {
                screenNs = bench::nowNs();
                done.quit();
            });
        };
        QTimer::singleShot(0, *waitForPaint);
    });

    sendNs = bench::nowNs();
    lastTickNs = sendNs;
    lastTickCpuNs = bench::nowNs(CLOCK_THREAD_CPUTIME_ID);
    ticker.start();
    ApiCall *call = client.send(request);
    QObject::connect(call, &ApiCall::downloadProgress, [&](qint64 received, qint64 total) {
        if (total > 0 && received >= total && lastByteNs == 0)
            lastByteNs = bench::nowNs();
    });
    QObject::connect(call, &ApiCall::finished, [&] {
        finishedNs = bench::nowNs();
        if (lastByteNs == 0)
            lastByteNs = finishedNs;
        const ApiResponse &response = call->response();
        bodyBytes = response.body.size();
        failed = ApiError::fromResponse(response).isError();
        phase = 1;
        const qint64 showStartNs = bench::nowNs();
        view->showResponse(response, failed);
        showCallNs = bench::nowNs() - showStartNs;
    });
    QTimer::singleShot(180000, &done, &QEventLoop::quit);
    done.exec();
    ticker.stop();
    // A little longer: whatever the first screen left queued (the tree's first batch) still counts.
    const qint64 afterNs = bench::nowNs();
    ticker.start();
    QTest::qWait(500);
    ticker.stop();
    Q_UNUSED(afterNs);

    std::printf("{\"body_bytes\":%lld,\"failed\":%s,\"transfer_ms\":%.1f,\"finish_ms\":%.1f,"
                "\"parsed_ms\":%.1f,\"first_screen_ms\":%.1f,\"max_stall_ms\":%.1f,\"max_stall_cpu_ms\":%.1f,"
                "\"stall_transfer_ms\":%.1f,\"stall_parse_ms\":%.1f,\"stall_show_ms\":%.1f,"
                "\"show_call_ms\":%.1f,\"idle_rss_kb\":%lld,\"hwm_kb\":%lld}\n",
                bodyBytes, failed ? "true" : "false", double(lastByteNs - sendNs) / 1e6,
                double(finishedNs - lastByteNs) / 1e6, double(readyNs - lastByteNs) / 1e6,
                screenNs ? double(screenNs - lastByteNs) / 1e6 : -1.0, double(maxGapNs) / 1e6,
                double(maxGapCpuNs) / 1e6, double(phaseGapNs[0]) / 1e6, double(phaseGapNs[1]) / 1e6,
                double(phaseGapNs[2]) / 1e6, double(showCallNs) / 1e6, idleRssKb, bench::statusKb("VmHWM"));
    std::fflush(stdout);
    server.kill();
    server.waitForFinished(5000);
    return screenNs && !failed ? 0 : 1;
}
