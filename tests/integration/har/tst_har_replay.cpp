// HAR replay sends what the browser sent: every entry of real Chrome HARs (DevTools exports from
// mitmproxy's test data, chrome-har-capturer's from haralyzer's, and our customer-shaped one), replayed
// through ApiClient to a loopback server that records the raw request line. The target on the wire must
// be request.url's path and query byte for byte. Qt's QUrl always applies RFC 3986's case and unreserved
// normalizations (6.2.2.1-2: "%7c" is sent "%7C", "%7E" is sent "~"); an entry may differ only by those,
// and each such entry is named. Nothing of the customer's credentials goes out.
#include "FaultServer.h"
#include "export/Redactor.h"
#include "har/HarReader.h"
#include "net/ApiClient.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using namespace cx;
using cx::test::FaultServer;
using cx::test::RecordedRequest;

namespace {

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// RFC 3986 6.2.2.1 and 6.2.2.2: escapes in upper case, escaped unreserved characters decoded.
QByteArray rfc3986Normalized(const QByteArray &target)
{
    QByteArray out;
    for (qsizetype i = 0; i < target.size(); ++i) {
        if (target.at(i) == '%' && i + 2 < target.size() && isHex(target.at(i + 1)) &&
            isHex(target.at(i + 2))) {
            const QByteArray hex = target.mid(i + 1, 2).toUpper();
            const char c = char(hex.toInt(nullptr, 16));
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                c == '.' || c == '_' || c == '~')
                out += c;
            else
                out += '%' + hex;
            i += 2;
        } else {
            out += target.at(i);
        }
    }
    return out;
}

} // namespace

class TestHarReplay : public QObject
{
    Q_OBJECT
private slots:
    void replaysEveryEntryByteForByte_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *name : {"chrome-connect.har", "mitmproxy-chrome.har", "mitmproxy-postdata.har",
                                 "haralyzer-cnn-chrome-capturer.har", "mitmproxy-firefox.har"})
            QTest::newRow(name) << QStringLiteral(CX_HAR_FIXTURES "/%1").arg(QLatin1String(name));
    }

    void replaysEveryEntryByteForByte()
    {
        QFETCH(QString, file);
        QString error;
        const auto log = HarReader::readFile(file, &error);
        QVERIFY2(log, qPrintable(error));
        FaultServer server;
        ApiClient client;
        client.setBaseUrl(server.baseUrl());
        int identical = 0;
        QStringList normalized;
        for (const HarEntry &entry : log->entries) {
            // Each entry as a call replayed on purpose to its own origin (here: the loopback server).
            const ApiRequest request = entry.requestForReplay(QUrl(), true);
            const int before = int(server.requests().size());
            ApiCall *call = client.send(request);
            QSignalSpy done(call, &ApiCall::finished);
            QVERIFY(done.wait(10000));
            QCOMPARE(call->response().status, 200);
            call->deleteLater();
            QCOMPARE(int(server.requests().size()), before + 1);
            const RecordedRequest &seen = server.requests().last();
            QCOMPARE(seen.method, entry.method);
            const QByteArray expected = Redactor::redactUrl(entry.target).toUtf8();
            if (seen.target == expected) {
                ++identical;
            } else {
                // Only Qt's RFC 3986 normalization may differ, and only where the URL has such escapes.
                QVERIFY2(rfc3986Normalized(seen.target) == rfc3986Normalized(expected),
                         qPrintable(QStringLiteral("sent %1\nHAR  %2")
                                        .arg(QString::fromUtf8(seen.target), QString::fromUtf8(expected))));
                QVERIFY(rfc3986Normalized(expected) != expected);
                normalized << QStringLiteral("#%1").arg(entry.index);
            }
            QVERIFY(!seen.hasHeader("Authorization"));
            QVERIFY(!seen.hasHeader("Cookie"));
            QCOMPARE(seen.body, Redactor::redactBody(entry.requestBody, entry.requestMimeType));
        }
        qInfo("%s: %d of %d entries byte-identical; RFC 3986-normalized by Qt: %s",
              qPrintable(QFileInfo(file).fileName()), identical, int(log->entries.size()),
              normalized.isEmpty() ? "none" : qPrintable(normalized.join(QLatin1Char(' '))));
        QVERIFY(identical >= log->entries.size() - normalized.size());
        QCOMPARE(identical + normalized.size(), log->entries.size());
    }
};

QTEST_GUILESS_MAIN(TestHarReplay)
#include "tst_har_replay.moc"
