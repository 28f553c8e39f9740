// connect-cli diff and call --compare-profile against real connect-sim processes: two `call --json`
// outputs from simulators with different --seed differ (exit 1) and two from the same seed do not (exit
// 0); --compare-profile sends the request as two saved profiles, each with its own token, to simulators
// with different --scopes. Exit codes, the text and the --json forms are checked.
#include "CliProcess.h"
#include "profiles/ProfileStore.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace cx;

namespace {

const char ClientId[] = "diff-client";
const char Secret[] = "diff-secret-93e1";

// One connect-sim process on a free loopback port.
class SimProcess
{
public:
    bool start(const QStringList &extra)
    {
        m_process.start(qEnvironmentVariable("CONNECT_SIM"),
                        QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                    QStringLiteral("--client-id"), QString::fromLatin1(ClientId),
                                    QStringLiteral("--client-secret"), QString::fromLatin1(Secret)} +
                            extra);
        if (!m_process.waitForStarted(10000))
            return false;
        if (!QTest::qWaitFor([&] { return m_process.canReadLine(); }, 10000))
            return false;
        m_url = QString::fromUtf8(m_process.readLine()).trimmed();
        return m_url.startsWith(QLatin1String("http://127.0.0.1:"));
    }
    ~SimProcess()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(1000);
    }
    QString url() const { return m_url; }

private:
    QProcess m_process;
    QString m_url;
};

test::CliOptions withSecret()
{
    test::CliOptions options;
    options.environment.insert(QStringLiteral("DIFF_SECRET"), QString::fromLatin1(Secret));
    options.environment.insert(QStringLiteral("CONNECT_EXPLORER_NO_KEYCHAIN"), QStringLiteral("1"));
    return options;
}

} // namespace

class TestCliDiff : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void sameSeedIsEqual();
    void differentSeedsDiffer();
    void ignoreAndJson();
    void bodiesAndMixedInputs();
    void readErrorsExitTwo();
    void compareProfileAcrossScopes();
    void compareProfileEqual();
    void compareProfileJson();
    void compareProfileUsageErrors();

private:
    QString callOutput(const QString &url, const QString &name);
    QString write(const QString &name, const QByteArray &content);
    void addProfile(const QString &name, const QString &url);

    QTemporaryDir m_home;
    std::unique_ptr<SimProcess> m_seed1, m_seed1again, m_seed2, m_fewScopes;
};

void TestCliDiff::initTestCase()
{
    QVERIFY(!qEnvironmentVariable("CONNECT_CLI").isEmpty());
    QVERIFY(!qEnvironmentVariable("CONNECT_SIM").isEmpty());
    QVERIFY(m_home.isValid());
    // The profiles in a throw-away tree, for this process and the connect-cli it starts.
    qputenv("HOME", m_home.path().toLocal8Bit());
    qputenv("XDG_DATA_HOME", (m_home.path() + QStringLiteral("/data")).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", (m_home.path() + QStringLiteral("/config")).toLocal8Bit());
    qputenv("CONNECT_EXPLORER_NO_KEYCHAIN", "1");

    m_seed1 = std::make_unique<SimProcess>();
    m_seed1again = std::make_unique<SimProcess>();
    m_seed2 = std::make_unique<SimProcess>();
    m_fewScopes = std::make_unique<SimProcess>();
    QVERIFY(m_seed1->start({QStringLiteral("--seed"), QStringLiteral("1")}));
    QVERIFY(m_seed1again->start({QStringLiteral("--seed"), QStringLiteral("1")}));
    QVERIFY(m_seed2->start({QStringLiteral("--seed"), QStringLiteral("2")}));
    // The same data as seed 1, but tokens without templates:read.
    QVERIFY(m_fewScopes->start({QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--scopes"),
                                QStringLiteral("profile:read,assets:read")}));

    addProfile(QStringLiteral("Alpha"), m_seed1->url());
    addProfile(QStringLiteral("AlphaTwin"), m_seed1again->url());
    addProfile(QStringLiteral("Narrow"), m_fewScopes->url());
}

void TestCliDiff::addProfile(const QString &name, const QString &url)
{
    ProfileStore store; // the settings connect-explorer and connect-cli share
    Profile profile;
    profile.name = name;
    profile.baseUrl = url;
    profile.clientId = QString::fromLatin1(ClientId);
    QString error;
    QVERIFY2(store.add(profile, &error), qPrintable(error));
}

QString TestCliDiff::write(const QString &name, const QByteArray &content)
{
    const QString path = m_home.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

// `connect-cli call GET /api/templates --json` against `url`, saved as `name`.
QString TestCliDiff::callOutput(const QString &url, const QString &name)
{
    const test::CliRun run = test::runCli(
        {QStringLiteral("call"), QStringLiteral("GET"), QStringLiteral("/api/templates"),
         QStringLiteral("--json"), QStringLiteral("--base-url"), url, QStringLiteral("--client-id"),
         QString::fromLatin1(ClientId), QStringLiteral("--client-secret-env"), QStringLiteral("DIFF_SECRET")},
        withSecret());
    if (run.exitCode != 0)
        qWarning("call failed (%d): %s", run.exitCode, run.err.constData());
    return write(name, run.out);
}

void TestCliDiff::sameSeedIsEqual()
{
    // Two simulators, two sign-ins, two elapsed times and URLs: the same status, headers and body.
    const QString a = callOutput(m_seed1->url(), QStringLiteral("a.json"));
    const QString b = callOutput(m_seed1again->url(), QStringLiteral("b.json"));
    const test::CliRun run = test::runCli({QStringLiteral("diff"), a, b});
    QVERIFY2(run.exitCode == 0, run.out.constData());
    QCOMPARE(run.out, QByteArray("no differences\n"));
    QCOMPARE(run.err, QByteArray());
}

void TestCliDiff::differentSeedsDiffer()
{
    const QString a = callOutput(m_seed1->url(), QStringLiteral("seed1.json"));
    const QString b = callOutput(m_seed2->url(), QStringLiteral("seed2.json"));
    const test::CliRun run = test::runCli({QStringLiteral("diff"), a, b});
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 2);
    // One line per change (path, old -> new), then the summary.
    static const QRegularExpression change(QStringLiteral(R"(^[~+-] (status|headers\.|body)\S*: .+$)"));
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        QVERIFY2(change.match(lines.at(i)).hasMatch(), qPrintable(lines.at(i)));
    QVERIFY2(run.out.contains("~ body.data[id=1001].name: \""), run.out.left(500).constData());
    QVERIFY2(lines.last().contains(QLatin1String(" changed: body.data[id=")), qPrintable(lines.last()));
}

void TestCliDiff::ignoreAndJson()
{
    const QString a = m_home.filePath(QStringLiteral("seed1.json"));
    const QString b = m_home.filePath(QStringLiteral("seed2.json"));
    QVERIFY(QFile::exists(a) && QFile::exists(b));

    test::CliRun run = test::runCli({QStringLiteral("diff"), a, b, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    QJsonObject result = run.json();
    QCOMPARE(result.value(QLatin1String("equal")), QJsonValue(false));
    const QJsonArray changes = result.value(QLatin1String("changes")).toArray();
    QVERIFY(!changes.isEmpty());
    for (const QJsonValue &item : changes) {
        const QJsonObject change = item.toObject();
        const QString kind = change.value(QLatin1String("kind")).toString();
        QVERIFY2(QStringList({QStringLiteral("added"), QStringLiteral("removed"), QStringLiteral("changed"),
                              QStringLiteral("typeChanged")})
                     .contains(kind),
                 qPrintable(kind));
        QVERIFY(!change.value(QLatin1String("path")).toString().isEmpty());
        QCOMPARE(change.contains(QLatin1String("old")), kind != QLatin1String("added"));
        QCOMPARE(change.contains(QLatin1String("new")), kind != QLatin1String("removed"));
    }
    QVERIFY(!result.value(QLatin1String("summary")).toString().isEmpty());

    // The names and dates ignored (a pattern within the body), the rest still differs.
    run = test::runCli({QStringLiteral("diff"), a, b, QStringLiteral("--json"), QStringLiteral("--ignore"),
                        QStringLiteral("data[*].name")});
    QCOMPARE(run.exitCode, 1);
    const QJsonArray fewer = run.json().value(QLatin1String("changes")).toArray();
    QVERIFY(fewer.size() < changes.size());
    for (const QJsonValue &item : fewer)
        QVERIFY(!item.toObject().value(QLatin1String("path")).toString().endsWith(QLatin1String(".name")));

    // The body and its length ignored: equal.
    run = test::runCli({QStringLiteral("diff"), a, b, QStringLiteral("--ignore"), QStringLiteral("body"),
                        QStringLiteral("--ignore"), QStringLiteral("headers.content-length")});
    QVERIFY2(run.exitCode == 0, run.out.constData());
    QCOMPARE(run.out, QByteArray("no differences\n"));
}

void TestCliDiff::bodiesAndMixedInputs()
{
    const QString a =
        write(QStringLiteral("body-a.json"), R"({"data":[{"id":"t1","n":1},{"id":"t2","n":2}]})");
    const QString b =
        write(QStringLiteral("body-b.json"), R"({"data":[{"id":"t2","n":2},{"id":"t1","n":5}]})");
    test::CliRun run = test::runCli({QStringLiteral("diff"), a, b});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QByteArray("~ data[id=t1].n: 1 -> 5\n1 changed: data[id=t1].n\n"));
    // A call output against a plain body: the bodies are compared.
    const QString output = m_home.filePath(QStringLiteral("seed1.json"));
    const QJsonObject call = QJsonDocument::fromJson([&] {
                                 QFile file(output);
                                 return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
                             }())
                                 .object();
    const QString body = write(QStringLiteral("seed1-body.json"),
                               QJsonDocument(call.value(QLatin1String("body")).toObject()).toJson());
    run = test::runCli({QStringLiteral("diff"), output, body});
    QVERIFY2(run.exitCode == 0, run.out.constData());
}

void TestCliDiff::readErrorsExitTwo()
{
    const QString good = write(QStringLiteral("good.json"), "{}");
    const QString bad = write(QStringLiteral("bad.json"), "{\"a\": [1, 2,, 3]}");
    test::CliRun run = test::runCli({QStringLiteral("diff"), good, bad});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("bad.json is not JSON") && run.err.contains("at offset 13"),
             run.err.constData());
    QCOMPARE(run.out, QByteArray());

    run = test::runCli({QStringLiteral("diff"), good, m_home.filePath(QStringLiteral("missing.json"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("missing.json"), run.err.constData());

    run = test::runCli({QStringLiteral("diff"), good});
    QCOMPARE(run.exitCode, 2);
    run =
        test::runCli({QStringLiteral("diff"), good, good, QStringLiteral("--ignore"), QStringLiteral("a[")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--ignore") && run.err.contains("'a['"), run.err.constData());
    run = test::runCli({QStringLiteral("diff"), good, good, QStringLiteral("--bogus")});
    QCOMPARE(run.exitCode, 2);
    run = test::runCli({QStringLiteral("diff"), good, good});
    QCOMPARE(run.exitCode, 0);
}

void TestCliDiff::compareProfileAcrossScopes()
{
    // Alpha's token may read templates; Narrow's may not: 200 against 403, each signed in with its own.
    const test::CliRun run = test::runCli(
        {QStringLiteral("call"), QStringLiteral("GET"), QStringLiteral("/api/templates"),
         QStringLiteral("--profile"), QStringLiteral("Alpha"), QStringLiteral("--client-secret-env"),
         QStringLiteral("DIFF_SECRET"), QStringLiteral("--compare-profile"), QStringLiteral("Narrow"),
         QStringLiteral("--compare-client-secret-env"), QStringLiteral("DIFF_SECRET")},
        withSecret());
    QVERIFY2(run.exitCode == 1, run.err.constData());
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.startsWith(QStringLiteral("A (Alpha at %1): HTTP 200").arg(m_seed1->url())),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("\nB (Narrow at %1): HTTP 403").arg(m_fewScopes->url())),
             qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("\n~ status: 200 -> 403\n")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("- body.data: [")), qPrintable(out)); // a body of another shape
}

void TestCliDiff::compareProfileEqual()
{
    const test::CliRun run = test::runCli(
        {QStringLiteral("call"), QStringLiteral("GET"), QStringLiteral("/api/templates"),
         QStringLiteral("--profile"), QStringLiteral("Alpha"), QStringLiteral("--client-secret-env"),
         QStringLiteral("DIFF_SECRET"), QStringLiteral("--compare-profile"), QStringLiteral("AlphaTwin"),
         QStringLiteral("--compare-client-secret-env"), QStringLiteral("DIFF_SECRET")},
        withSecret());
    QVERIFY2(run.exitCode == 0, run.err.constData() + run.out);
    QVERIFY2(run.out.endsWith("\nno differences\n"), run.out.constData());
    QVERIFY2(run.out.contains("B (AlphaTwin at "), run.out.constData());
}

void TestCliDiff::compareProfileJson()
{
    const test::CliRun run = test::runCli(
        {QStringLiteral("call"), QStringLiteral("GET"), QStringLiteral("/api/templates"),
         QStringLiteral("--profile"), QStringLiteral("Alpha"), QStringLiteral("--client-secret-env"),
         QStringLiteral("DIFF_SECRET"), QStringLiteral("--compare-profile"), QStringLiteral("Narrow"),
         QStringLiteral("--compare-client-secret-env"), QStringLiteral("DIFF_SECRET"),
         QStringLiteral("--json"), QStringLiteral("--ignore"), QStringLiteral("body")},
        withSecret());
    QVERIFY2(run.exitCode == 1, run.err.constData());
    const QJsonObject result = run.json();
    QCOMPARE(result.value(QLatin1String("equal")), QJsonValue(false));
    QCOMPARE(result.value(QLatin1String("a")).toObject().value(QLatin1String("status")), QJsonValue(200));
    QCOMPARE(result.value(QLatin1String("b")).toObject().value(QLatin1String("status")), QJsonValue(403));
    QCOMPARE(result.value(QLatin1String("b")).toObject().value(QLatin1String("profile")),
             QJsonValue(QStringLiteral("Narrow")));
    for (const QJsonValue &item : result.value(QLatin1String("changes")).toArray()) {
        const QString path = item.toObject().value(QLatin1String("path")).toString();
        QVERIFY2(!path.startsWith(QLatin1String("body")), qPrintable(path)); // --ignore body
    }
}

void TestCliDiff::compareProfileUsageErrors()
{
    const QStringList call{QStringLiteral("call"),           QStringLiteral("GET"),
                           QStringLiteral("/api/templates"), QStringLiteral("--profile"),
                           QStringLiteral("Alpha"),          QStringLiteral("--client-secret-env"),
                           QStringLiteral("DIFF_SECRET")};
    test::CliRun run = test::runCli(
        call + QStringList{QStringLiteral("--compare-profile"), QStringLiteral("Nobody")}, withSecret());
    QCOMPARE(run.exitCode, 64);
    QVERIFY2(run.err.contains("--compare-profile Nobody: no profile named 'Nobody'"), run.err.constData());

    // Narrow's secret is nowhere: the message names the option that gives it.
    run = test::runCli(call + QStringList{QStringLiteral("--compare-profile"), QStringLiteral("Narrow")},
                       withSecret());
    QCOMPARE(run.exitCode, 64);
    QVERIFY2(run.err.contains("--compare-profile Narrow: profile 'Narrow' has no client secret"),
             run.err.constData());
    QVERIFY2(run.err.contains("--compare-client-secret-env"), run.err.constData());

    run = test::runCli(call + QStringList{QStringLiteral("--ignore"), QStringLiteral("meta")}, withSecret());
    QCOMPARE(run.exitCode, 64);
    QVERIFY2(run.err.contains("--ignore needs --compare-profile"), run.err.constData());

    run = test::runCli(call + QStringList{QStringLiteral("--compare-profile"), QStringLiteral("AlphaTwin"),
                                          QStringLiteral("--compare-client-secret-env"),
                                          QStringLiteral("DIFF_SECRET"), QStringLiteral("--repeat"),
                                          QStringLiteral("2")},
                       withSecret());
    QCOMPARE(run.exitCode, 64);
    QCOMPARE(run.out, QByteArray());
}

QTEST_GUILESS_MAIN(TestCliDiff)
#include "tst_cli_diff.moc"
