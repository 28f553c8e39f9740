// curlconverter's 108 fixture commands (test/fixtures/curl_commands/*.sh) against the request
// curlconverter itself decides for each (curlconverter/expected.json, made by generate.py from its
// Python, JSON and raw HTTP fixtures). Compared: method, URL with query, headers, body. The match count
// is asserted so it cannot regress; and whatever the parser does, it never names a host the command
// does not name.
#include "export/CurlParser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>
#include <QtTest>

using namespace cx;

namespace {

const QString dataDir = QStringLiteral(CURLCONVERTER_DIR);

// Rows where curlconverter differs from curl; the test follows curl: how many requests curl makes, and why.
struct Departure
{
    int requests;
    const char *why;
};
const QHash<QString, Departure> &departures()
{
    static const QHash<QString, Departure> rows = {
        // The shell runs every curl of a pipeline ("echo foo | curl x | echo foo | curl x" runs two);
        // curlconverter keeps one request a line.
        {QStringLiteral("pipelines"), {5, "every curl in a pipeline runs"}},
    };
    return rows;
}

struct Comparable
{
    QByteArray method;
    QString scheme, host, path;
    int port = -1;
    QList<QPair<QString, QString>> query;
    QList<QPair<QByteArray, QByteArray>> headers; // lower-case names, sorted
    QByteArray body;
    bool formBody = false;
    bool jsonBody = false;
    QByteArray boundary; // of a multipart/form-data body
};

QList<QPair<QString, QString>> formPairs(const QString &text)
{
    QList<QPair<QString, QString>> out;
    for (const QString &part : text.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        auto decode = [](QString s) {
            s.replace(QLatin1Char('+'), QLatin1Char(' '));
            return QUrl::fromPercentEncoding(s.toUtf8());
        };
        out.append({decode(eq < 0 ? part : part.left(eq)), decode(eq < 0 ? QString() : part.mid(eq + 1))});
    }
    return out;
}

// Header order and the case of names do not matter; Content-Length is the HTTP library's business,
// "Accept: */*" is what curl sends anyway, and a multipart boundary is any unique string.
void setHeaders(Comparable &c, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    for (const auto &[name, value] : headers) {
        const QByteArray lower = name.toLower();
        if (lower == "content-length" || (lower == "accept" && value == "*/*"))
            continue;
        QByteArray kept = value;
        if (lower == "content-type") {
            c.formBody = value.startsWith("application/x-www-form-urlencoded");
            c.jsonBody = value.contains("json");
            if (const qsizetype b = value.indexOf("boundary="); b >= 0) {
                c.boundary = value.mid(b + 9);
                kept = value.left(b).trimmed();
                if (kept.endsWith(';'))
                    kept.chop(1);
            }
        }
        c.headers.append({lower, kept});
    }
    std::sort(c.headers.begin(), c.headers.end());
}

void setUrl(Comparable &c, const QString &text)
{
    const QUrl url(text, QUrl::TolerantMode);
    c.scheme = url.scheme();
    c.host = url.host();
    c.port = url.port(c.scheme == QLatin1String("https") ? 443 : 80);
    c.path = url.path(QUrl::FullyDecoded);
    if (c.path.isEmpty())
        c.path = QStringLiteral("/");
    c.query = formPairs(url.query(QUrl::FullyEncoded));
}

Comparable fromExpected(const QJsonObject &o)
{
    Comparable c;
    c.method = o.value(QLatin1String("method")).toString().toLatin1();
    setUrl(c, o.value(QLatin1String("url")).toString());
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const QJsonValue &h : o.value(QLatin1String("headers")).toArray())
        headers.append({h[0].toString().toLatin1(), h[1].toString().toUtf8()});
    setHeaders(c, headers);
    if (o.value(QLatin1String("body")).isString())
        c.body = o.value(QLatin1String("body")).toString().toLatin1(); // stored as Latin-1 bytes
    return c;
}

// The URL compared is the one the converter sends (CurlParseResult::url, the query as written).
Comparable fromParsed(const CurlParseResult &r)
{
    Comparable c;
    c.method = r.request.method;
    setUrl(c, r.url);
    setHeaders(c, r.request.headers);
    c.body = r.request.body;
    return c;
}

// The parts of a multipart body: each part's headers and content, whatever the boundary.
QList<QByteArray> multipartParts(const QByteArray &body, const QByteArray &boundary)
{
    // A file part's type is the HTTP library's guess (requests leaves it out, curl guesses from the
    // file name), so it is not compared.
    QList<QByteArray> out;
    bool filePart = false;
    for (QByteArray line : body.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.contains(boundary))
            line = "--BOUNDARY";
        if (line.startsWith("Content-Disposition:"))
            filePart = line.contains("filename=");
        else if (filePart && line.startsWith("Content-Type:"))
            continue;
        out << line;
    }
    return out;
}

bool sameBody(const Comparable &want, const Comparable &got)
{
    if (want.body == got.body)
        return true;
    if (want.formBody && got.formBody)
        return formPairs(QString::fromUtf8(want.body)) == formPairs(QString::fromUtf8(got.body));
    // A multipart body's boundary is its first line (a Content-Type header may leave it out).
    auto boundaryOf = [](const Comparable &c) {
        if (!c.boundary.isEmpty() || !c.body.startsWith("--"))
            return c.boundary;
        return c.body.mid(2, c.body.indexOf('\n') - 2).trimmed();
    };
    const QByteArray wantBoundary = boundaryOf(want), gotBoundary = boundaryOf(got);
    if (!wantBoundary.isEmpty() && !gotBoundary.isEmpty())
        return multipartParts(want.body, wantBoundary) == multipartParts(got.body, gotBoundary);
    // curlconverter's Python writes JSON bodies as json=..., which re-serialises them.
    QJsonParseError wantError, gotError;
    const QJsonDocument wantJson = QJsonDocument::fromJson(want.body, &wantError);
    const QJsonDocument gotJson = QJsonDocument::fromJson(got.body, &gotError);
    return want.jsonBody && wantError.error == QJsonParseError::NoError &&
           gotError.error == QJsonParseError::NoError && wantJson == gotJson;
}

QStringList differences(const Comparable &want, const Comparable &got)
{
    QStringList out;
    if (want.method != got.method)
        out << QStringLiteral("method %1 != %2")
                   .arg(QString::fromLatin1(got.method), QString::fromLatin1(want.method));
    if (want.scheme != got.scheme || want.host != got.host || want.port != got.port || want.path != got.path)
        out << QStringLiteral("URL %1://%2:%3%4 != %5://%6:%7%8")
                   .arg(got.scheme, got.host)
                   .arg(got.port)
                   .arg(got.path, want.scheme, want.host)
                   .arg(want.port)
                   .arg(want.path);
    if (want.query != got.query)
        out << QStringLiteral("query differs");
    if (want.headers != got.headers) {
        QStringList g, w;
        for (const auto &h : got.headers)
            g << QString::fromUtf8(h.first + ": " + h.second);
        for (const auto &h : want.headers)
            w << QString::fromUtf8(h.first + ": " + h.second);
        out << QStringLiteral("headers [%1] != [%2]")
                   .arg(g.join(QLatin1String(" | ")), w.join(QLatin1String(" | ")));
    }
    if (!sameBody(want, got))
        out << QStringLiteral("body %1 != %2")
                   .arg(QString::fromLatin1(got.body.left(80).toPercentEncoding(" =&{}\":,")),
                        QString::fromLatin1(want.body.left(80).toPercentEncoding(" =&{}\":,")));
    return out;
}

// --compressed makes curl send Accept-Encoding (deflate, gzip with zlib; Debian's curl adds br, zstd).
// curlconverter's Python output leaves it out (requests negotiates compression itself) except where it
// writes it as a header, so the header --compressed adds is compared only where curlconverter has one.
Comparable withoutCompressedHeader(Comparable got, const QString &command, const Comparable &want)
{
    const auto isAcceptEncoding = [](const auto &h) { return h.first == "accept-encoding"; };
    if (command.contains(QLatin1String("--compressed")) &&
        std::none_of(want.headers.begin(), want.headers.end(), isAcceptEncoding))
        got.headers.removeIf(
            [](const auto &h) { return h.first == "accept-encoding" && h.second == "deflate, gzip"; });
    return got;
}

// Every host a command names, as words of its text: a parsed request must go to one of them.
bool namesHost(const QString &command, const QString &host)
{
    return !host.isEmpty() && command.contains(host, Qt::CaseInsensitive);
}

} // namespace

class TestCurlConverter : public QObject
{
    Q_OBJECT

private slots:
    void fixtures();
};

void TestCurlConverter::fixtures()
{
    QFile file(dataDir + QStringLiteral("/expected.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(expected.size(), 108);

    int matches = 0;
    int followingCurl = 0;
    QStringList report;
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QString name = it.key();
        QFile commandFile(dataDir + QStringLiteral("/commands/") + name + QStringLiteral(".sh"));
        QVERIFY2(commandFile.open(QIODevice::ReadOnly), qPrintable(name));
        const QString command = QString::fromUtf8(commandFile.readAll());
        const QList<CurlParseResult> parsed =
            CurlParser::parseAll(command, {}, dataDir + QStringLiteral("/files"));

        // Never a host the command does not name, whatever else happens.
        for (const CurlParseResult &r : parsed) {
            if (r.ok)
                QVERIFY2(namesHost(command, QUrl(r.baseUrl).host()),
                         qPrintable(name + QLatin1String(": ") + r.baseUrl));
        }

        if (const auto departure = departures().constFind(name); departure != departures().constEnd()) {
            QCOMPARE(parsed.size(), departure->requests);
            for (const CurlParseResult &r : parsed)
                QVERIFY2(r.ok, qPrintable(name + QLatin1String(": ") + r.error));
            report << name + QStringLiteral(": follows curl, not curlconverter: ") +
                          QLatin1String(departure->why);
            ++followingCurl;
            continue;
        }
        const QJsonObject row = it.value().toObject();
        if (!row.contains(QLatin1String("requests"))) {
            report << name + QStringLiteral(": no expected request (") +
                          row.value(QLatin1String("skip")).toString() + QLatin1Char(')');
            continue;
        }
        const QJsonArray wanted = row.value(QLatin1String("requests")).toArray();
        QStringList problems;
        if (wanted.size() != parsed.size())
            problems << QStringLiteral("%1 requests != %2").arg(parsed.size()).arg(wanted.size());
        for (qsizetype i = 0; problems.isEmpty() && i < wanted.size(); ++i) {
            if (!parsed.at(i).ok)
                problems << QStringLiteral("refused: ") + parsed.at(i).error;
            else
                problems << differences(fromExpected(wanted.at(i).toObject()),
                                        withoutCompressedHeader(fromParsed(parsed.at(i)), command,
                                                                fromExpected(wanted.at(i).toObject())));
        }
        if (problems.isEmpty())
            ++matches;
        else
            report << name + QStringLiteral(": ") + problems.join(QStringLiteral("; "));
    }
    for (const QString &line : std::as_const(report))
        qInfo().noquote() << line;
    qInfo() << "curlconverter fixtures matched:" << matches << "of" << expected.size()
            << "; following curl:" << followingCurl;
    QVERIFY2(followingCurl <= 3, "at most three knowing departures from curlconverter");
    QVERIFY2(matches >= 89, "fewer curlconverter fixtures match than before");
}

QTEST_GUILESS_MAIN(TestCurlConverter)
#include "tst_curlconverter.moc"
