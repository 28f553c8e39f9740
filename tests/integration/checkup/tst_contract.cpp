// check --contract end to end: the real connect-cli against the in-process simulator in both dialects,
// both token formats, both scope models and a lifetime the document does not assume; each assumption
// comes out held, differed or untested with what was seen. Also: an id a list hands out that the
// document's {id} refuses is never sent.
#include "ApiDocument.h"
#include "CliProcess.h"
#include "FaultServer.h"
#include "MockClock.h"
#include "SimFixture.h"
#include "checkup/CheckReportRenderer.h"
#include "checkup/CheckupRunner.h"
#include "checkup/ContractCheck.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using cx::sim::ConnectSimulator;
using cx::sim::Dialect;
using cx::sim::ScopeModel;
using cx::sim::SimConfig;
using cx::sim::TokenFormat;
using cx::test::CliRun;

using Statuses = QHash<QString, QString>; // assumption pointer -> status, or -> words of "seen"

namespace {

const QString ErrorShape = QStringLiteral("/components/schemas/Error");
const QString ErrorStatus = QStringLiteral("/info");
const QString TokenFormatAssumption = QStringLiteral("/paths/~1oauth~1access-token/post/requestBody");
const QString Lifetime = QStringLiteral("/paths/~1oauth~1access-token/post");
const QString ScopeRule = QStringLiteral("/components/securitySchemes/connectOAuth");
const QString RateLimit = QStringLiteral("/components/headers/X-RateLimit-Limit");
const QString Revoke = QStringLiteral("/paths/~1oauth~1revoke/post");
const QString TemplateIds = QStringLiteral("/paths/~1api~1templates~1{id}/get");
const QString Pagination = QStringLiteral("/components/schemas/PageMeta");

} // namespace

class TestContract : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_home.isValid()); }
    void contract_data();
    void contract();
    void everyAssumptionIsListed();
    void refusedIdIsNotSent();
    void reportKeepsAndShowsTheContract();
    void checkupPassesAgainstAMockOfTheDocument();
    void rateLimitResetGivenAsAUnixTimeCountsFromTheClock();

private:
    CliRun check(ConnectSimulator *sim, const QStringList &extra = {});
    static QHash<QString, QJsonObject> byAssumption(const QJsonObject &report);
    void runCheckup(const QUrl &baseUrl, cx::CheckupOptions options, cx::CheckReport *report);
    QTemporaryDir m_home;
};

CliRun TestContract::check(ConnectSimulator *sim, const QStringList &extra)
{
    cx::test::CliOptions options;
    options.environment.insert(QStringLiteral("TEST_SECRET"), QStringLiteral("demo-secret"));
    // A home of its own: the token format is remembered per base URL.
    options.environment.insert(QStringLiteral("HOME"), m_home.path());
    options.environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    return cx::test::runCli(QStringList{QStringLiteral("check"), QStringLiteral("--contract"),
                                        QStringLiteral("--json"), QStringLiteral("--base-url"),
                                        sim->baseUrl().toString(), QStringLiteral("--client-id"),
                                        QStringLiteral("demo-client"), QStringLiteral("--client-secret-env"),
                                        QStringLiteral("TEST_SECRET")} +
                                extra,
                            options);
}

QHash<QString, QJsonObject> TestContract::byAssumption(const QJsonObject &report)
{
    QHash<QString, QJsonObject> entries;
    for (const QJsonValue &value : report.value(QStringLiteral("contract")).toArray())
        entries.insert(value.toObject().value(QStringLiteral("assumption")).toString(), value.toObject());
    return entries;
}

void TestContract::contract_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<TokenFormat>("format");
    QTest::addColumn<ScopeModel>("scopeModel");
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<int>("lifetime");
    QTest::addColumn<int>("rateLimit");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<Statuses>("expected"); // assumption -> status
    QTest::addColumn<Statuses>("seen");     // assumption -> words in "seen"

    const QStringList all = cx::sim::allScopes();
    const QString held = QStringLiteral("held");
    const QString differed = QStringLiteral("differed");
    const QString untested = QStringLiteral("untested");

    QTest::newRow("code-message, both formats: as assumed")
        << Dialect::CodeMessage << TokenFormat::Both << ScopeModel::PerResource << all << 2592000 << 0
        << QStringList() << Statuses{{ErrorShape, held}, {ErrorStatus, held}, {TokenFormatAssumption, held},
                                     {Lifetime, held},   {ScopeRule, held},   {RateLimit, untested},
                                     {Revoke, untested}, {TemplateIds, held}, {Pagination, held}}
        << Statuses{{ErrorShape, QStringLiteral("{\"code\", \"message\"}")},
                    {ErrorStatus, QStringLiteral("HTTP 400 bad_query_params")}};
    QTest::newRow("documented, form only")
        << Dialect::Documented << TokenFormat::Form << ScopeModel::PerResource << all << 2592000 << 0
        << QStringList()
        << Statuses{{ErrorShape, differed},
                    {ErrorStatus, differed},
                    {TokenFormatAssumption, differed},
                    {Lifetime, held},
                    {TemplateIds, held}}
        << Statuses{{ErrorShape, QStringLiteral("{\"message\"} with HTTP 401")},
                    {ErrorStatus, QStringLiteral("HTTP 422")},
                    {TokenFormatAssumption, QStringLiteral("form-urlencoded")}};
    QTest::newRow("documented, json only")
        << Dialect::Documented << TokenFormat::Json << ScopeModel::PerResource << all << 2592000 << 0
        << QStringList() << Statuses{{ErrorShape, differed}, {TokenFormatAssumption, held}} << Statuses{};
    QTest::newRow("code-message, form only")
        << Dialect::CodeMessage << TokenFormat::Form << ScopeModel::PerResource << all << 2592000 << 0
        << QStringList() << Statuses{{ErrorShape, held}, {TokenFormatAssumption, differed}} << Statuses{};
    QTest::newRow("a year's token, a rate limit, revoked")
        << Dialect::CodeMessage << TokenFormat::Both << ScopeModel::PerResource << all << 31536000 << 1000
        << QStringList{QStringLiteral("--revoke")}
        << Statuses{{Lifetime, differed}, {RateLimit, held}, {Revoke, held}}
        << Statuses{{Lifetime, QStringLiteral("expires_in 31536000")}};
    // The newer overview's rule: every route needs profile, templates and assets, and none brandkit:read.
    QTest::newRow("scope model all") << Dialect::CodeMessage << TokenFormat::Both << ScopeModel::All
                                     << QStringList{QStringLiteral("profile:read"),
                                                    QStringLiteral("templates:read"),
                                                    QStringLiteral("assets:read")}
                                     << 2592000 << 0 << QStringList() << Statuses{{ScopeRule, differed}}
                                     << Statuses{{ScopeRule, QStringLiteral("brandkit:read")}};
    QTest::newRow("scope model per-resource, same token")
        << Dialect::CodeMessage << TokenFormat::Both << ScopeModel::PerResource
        << QStringList{QStringLiteral("profile:read"), QStringLiteral("templates:read"),
                       QStringLiteral("assets:read")}
        << 2592000 << 0 << QStringList() << Statuses{{ScopeRule, held}} << Statuses{};
}

void TestContract::contract()
{
    QFETCH(Dialect, dialect);
    QFETCH(TokenFormat, format);
    QFETCH(ScopeModel, scopeModel);
    QFETCH(QStringList, scopes);
    QFETCH(int, lifetime);
    QFETCH(int, rateLimit);
    QFETCH(QStringList, extra);
    QFETCH(Statuses, expected);
    QFETCH(Statuses, seen);

    SimConfig config;
    config.dialect = dialect;
    config.tokenFormat = format;
    config.scopeModel = scopeModel;
    config.scopes = scopes;
    config.tokenLifetimeSeconds = lifetime;
    config.rateLimitPerSecond = rateLimit;
    const auto sim = cx::test::startSimulator(config);
    const CliRun run = check(sim.get(), extra);
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
    const QHash<QString, QJsonObject> entries = byAssumption(run.json());
    QVERIFY(!entries.isEmpty());
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QJsonObject entry = entries.value(it.key());
        QVERIFY2(
            entry.value(QStringLiteral("status")).toString() == it.value(),
            qPrintable(it.key() + QStringLiteral(": ") + QString::fromUtf8(QJsonDocument(entry).toJson())));
        QVERIFY(!entry.value(QStringLiteral("seen")).toString().isEmpty());
    }
    for (auto it = seen.begin(); it != seen.end(); ++it) {
        const QString words = entries.value(it.key()).value(QStringLiteral("seen")).toString();
        QVERIFY2(words.contains(it.value()), qPrintable(it.key() + QStringLiteral(": ") + words));
    }
    // The sign-in never took more than one extra token request.
    QVERIFY(sim->tokenRequestCount() <= 2);
}

void TestContract::everyAssumptionIsListed()
{
    const auto sim = cx::test::startSimulator();
    const CliRun run = check(sim.get());
    QCOMPARE(run.exitCode, 0);
    const QJsonArray contract = run.json().value(QStringLiteral("contract")).toArray();
    const auto assumptions = cx::ContractCheck(cx::ContractCheck::bundledDocument()).assumptions();
    QCOMPARE(contract.size(), assumptions.size());
    QVERIFY(contract.size() >= 20);
    for (const QJsonValue &value : contract) {
        const QJsonObject entry = value.toObject();
        QVERIFY(QStringList({"held", "differed", "untested"})
                    .contains(entry.value(QStringLiteral("status")).toString()));
        QVERIFY(!entry.value(QStringLiteral("text")).toString().isEmpty());
        QVERIFY(!entry.value(QStringLiteral("topic")).toString().isEmpty());
    }

    // Without --contract there is no contract and no probe.
    cx::test::CliOptions options;
    options.environment.insert(QStringLiteral("TEST_SECRET"), QStringLiteral("demo-secret"));
    options.environment.insert(QStringLiteral("HOME"), m_home.path());
    const int before = sim->requestCount();
    const CliRun plain = cx::test::runCli(
        {QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--base-url"),
         sim->baseUrl().toString(), QStringLiteral("--client-id"), QStringLiteral("demo-client"),
         QStringLiteral("--client-secret-env"), QStringLiteral("TEST_SECRET")},
        options);
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(!plain.json().contains(QStringLiteral("contract")));
    QCOMPARE(sim->requestCount() - before, 10); // 8 lists and 2 items
}

void TestContract::refusedIdIsNotSent()
{
    // A description whose template ids stop at 1000: the simulator's first template is 1001.
    QFile bundled(cx::ApiDocument::resourcePath());
    QVERIFY(bundled.open(QIODevice::ReadOnly));
    QByteArray text = bundled.readAll();
    QJsonObject document = QJsonDocument::fromJson(text).object();
    QJsonObject paths = document.value(QStringLiteral("paths")).toObject();
    QJsonObject item = paths.value(QStringLiteral("/api/templates/{id}")).toObject();
    QJsonObject get = item.value(QStringLiteral("get")).toObject();
    QJsonArray parameters = get.value(QStringLiteral("parameters")).toArray();
    QJsonObject id = parameters.first().toObject();
    QJsonObject schema = id.value(QStringLiteral("schema")).toObject();
    schema.insert(QStringLiteral("maximum"), 1000);
    id.insert(QStringLiteral("schema"), schema);
    parameters.replace(0, id);
    get.insert(QStringLiteral("parameters"), parameters);
    item.insert(QStringLiteral("get"), get);
    paths.insert(QStringLiteral("/api/templates/{id}"), item);
    document.insert(QStringLiteral("paths"), paths);
    QTemporaryDir dir;
    QFile spec(dir.filePath(QStringLiteral("spec.json")));
    QVERIFY(spec.open(QIODevice::WriteOnly));
    spec.write(QJsonDocument(document).toJson());
    spec.close();

    const auto sim = cx::test::startSimulator();
    const CliRun run = check(sim.get(), {QStringLiteral("--spec"), spec.fileName()});
    QCOMPARE(run.exitCode, 0); // a warning, not a failure
    const QJsonObject report = run.json();
    QJsonObject row;
    for (const QJsonValue &value : report.value(QStringLiteral("checks")).toArray()) {
        if (value.toObject().value(QStringLiteral("id")).toString() ==
            QLatin1String("GET /api/templates/{id}"))
            row = value.toObject();
    }
    QCOMPARE(row.value(QStringLiteral("verdict")).toString(), QStringLiteral("warn"));
    QVERIFY2(row.value(QStringLiteral("diagnosis")).toString().contains(QLatin1String("1001")),
             qPrintable(row.value(QStringLiteral("diagnosis")).toString()));
    QCOMPARE(row.value(QStringLiteral("status")).toInt(), 0); // nothing was sent
    const QJsonObject entry = byAssumption(report).value(TemplateIds);
    QCOMPARE(entry.value(QStringLiteral("status")).toString(), QStringLiteral("differed"));
    QVERIFY(entry.value(QStringLiteral("seen")).toString().contains(QLatin1String("maximum")));
}

void TestContract::reportKeepsAndShowsTheContract()
{
    cx::CheckReport report;
    report.contract = {{ErrorShape, QStringLiteral("error_shape"),
                        QStringLiteral("Every error is {code,message}."), QStringLiteral("differed"),
                        QStringLiteral("{\"message\"} with HTTP 401")},
                       {Pagination, QStringLiteral("pagination"), QStringLiteral("meta"),
                        QStringLiteral("held"), QStringLiteral("7 lists")}};
    QString error;
    const auto read = cx::CheckReport::fromJsonBytes(report.toJsonBytes(), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->contract.size(), 2);
    QCOMPARE(read->contract.first().status, QStringLiteral("differed"));
    QCOMPARE(read->contract.first().seen, QStringLiteral("{\"message\"} with HTTP 401"));
    // A report without a contract has no "contract" key (the schema only grows).
    QVERIFY(!cx::CheckReport{}.toJson().contains(QStringLiteral("contract")));
    for (const QString &rendered :
         {cx::CheckReportRenderer::toText(report), cx::CheckReportRenderer::toMarkdown(report),
          cx::CheckReportRenderer::toHtml(report)}) {
        QVERIFY2(rendered.contains(ErrorShape) && rendered.contains(QStringLiteral("DIFFERED")),
                 qPrintable(rendered));
        QVERIFY(rendered.contains(Pagination));
    }
}

namespace {

// What a mock server built from the document hands out when it generates answers instead of quoting
// examples: for each schema the lowest value it allows (an example when there is one), which is where a
// missing "minimum" shows.
class SchemaMock
{
public:
    explicit SchemaMock(QJsonObject document) : m_document(std::move(document)) {}

    QJsonValue generate(QJsonObject schema, int depth = 0) const
    {
        schema = resolve(schema);
        if (depth > 12)
            return {};
        if (schema.contains(QStringLiteral("example")))
            return schema.value(QStringLiteral("example"));
        if (schema.contains(QStringLiteral("enum")))
            return schema.value(QStringLiteral("enum")).toArray().first();
        const QString type = schema.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("integer") || type == QLatin1String("number"))
            return schema.value(QStringLiteral("minimum")).toDouble(0);
        if (type == QLatin1String("boolean"))
            return true;
        if (type == QLatin1String("array"))
            return QJsonArray{generate(schema.value(QStringLiteral("items")).toObject(), depth + 1)};
        if (type == QLatin1String("string")) {
            const QString format = schema.value(QStringLiteral("format")).toString();
            if (format == QLatin1String("date-time"))
                return QStringLiteral("2026-01-01T00:00:00Z");
            if (format == QLatin1String("uri"))
                return QStringLiteral("https://example.com/x");
            return QStringLiteral("string");
        }
        QJsonObject object;
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it)
            object.insert(it.key(), generate(it->toObject(), depth + 1));
        return object;
    }

    // The 200 answer of the operation `method target` names, generated; empty when none matches.
    QByteArray answer(const QByteArray &method, QString target) const
    {
        target = target.section(QLatin1Char('?'), 0, 0);
        const QJsonObject paths = m_document.value(QStringLiteral("paths")).toObject();
        for (auto it = paths.begin(); it != paths.end(); ++it) {
            const QStringList want = it.key().split(QLatin1Char('/'));
            const QStringList got = target.split(QLatin1Char('/'));
            bool same = want.size() == got.size();
            for (qsizetype k = 0; same && k < want.size(); ++k)
                same = want[k] == got[k] || (want[k].startsWith(QLatin1Char('{')) && !got[k].isEmpty());
            if (!same)
                continue;
            const QJsonObject ok = resolve(it->toObject()
                                               .value(QString::fromLatin1(method.toLower()))
                                               .toObject()
                                               .value(QStringLiteral("responses"))
                                               .toObject()
                                               .value(QStringLiteral("200"))
                                               .toObject());
            const QJsonObject schema = ok.value(QStringLiteral("content"))
                                           .toObject()
                                           .value(QStringLiteral("application/json"))
                                           .toObject()
                                           .value(QStringLiteral("schema"))
                                           .toObject();
            if (!schema.isEmpty())
                return QJsonDocument(generate(schema).toObject()).toJson(QJsonDocument::Compact);
        }
        return {};
    }

private:
    QJsonObject resolve(QJsonObject object) const
    {
        while (object.contains(QStringLiteral("$ref"))) {
            QJsonValue target = m_document;
            for (const QString &part :
                 object.value(QStringLiteral("$ref")).toString().mid(2).split(QLatin1Char('/')))
                target = target.toObject().value(part);
            object = target.toObject();
        }
        return object;
    }

    QJsonObject m_document;
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

// A FaultServer behaviour that answers every request from `mock` (404 where it has no answer), each on a
// connection of its own; `extra` may add headers to an answer.
cx::test::Behaviour answersFrom(const SchemaMock &mock,
                                std::function<Headers(const cx::test::RecordedRequest &)> extra = {})
{
    cx::test::Behaviour behaviour;
    behaviour.then = cx::test::Behaviour::Then::Close;
    behaviour.respond = [&mock, extra = std::move(extra)](const cx::test::RecordedRequest &request) {
        const QByteArray body = mock.answer(request.method, QString::fromLatin1(request.target));
        Headers headers{{"Connection", "close"}};
        if (extra)
            headers += extra(request);
        return QList<cx::test::Behaviour::Segment>{
            {body.isEmpty() ? cx::test::FaultServer::http(404, R"({"message":"Not found"})", headers)
                            : cx::test::FaultServer::http(200, body, headers),
             0}};
    };
    return behaviour;
}

} // namespace

// Runs the check-up of the bundled catalogue against `baseUrl` with the mock's credentials and a budget
// of 20 s, and hands back its report once it finished (a failed check ends the test: see the callers).
void TestContract::runCheckup(const QUrl &baseUrl, cx::CheckupOptions options, cx::CheckReport *report)
{
    QString error;
    auto catalog = cx::CheckupRunner::bundledCatalog(&error);
    QVERIFY2(catalog, qPrintable(error));
    options.budget = std::chrono::seconds(20);
    cx::CheckupRunner runner(baseUrl, QStringLiteral("mock-client"), QStringLiteral("mock-secret"), *catalog,
                             options);
    QSignalSpy finished(&runner, &cx::CheckupRunner::finished);
    runner.start();
    QVERIFY(finished.wait(20000));
    *report = runner.report();
}

void TestContract::checkupPassesAgainstAMockOfTheDocument()
{
    const SchemaMock mock(cx::ContractCheck::bundledDocument());
    cx::test::FaultServer server;
    server.setDefault(answersFrom(mock));

    cx::CheckupOptions options;
    options.contract = true;
    cx::CheckReport report;
    runCheckup(server.baseUrl(), options, &report);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(cx::CheckReport::outcomeName(report.outcome), QStringLiteral("completed"));
    for (const cx::CheckResult &check : report.checks) {
        // Every endpoint and item answers; the ids the mock hands out are ones the paths take.
        if (check.kind == QLatin1String("endpoint") || check.kind == QLatin1String("item"))
            QVERIFY2(check.verdict == cx::Verdict::Pass,
                     qPrintable(check.id + QStringLiteral(": ") + check.diagnosis));
    }
    QVERIFY(!report.hasFailures());
    const QHash<QString, QJsonObject> entries = byAssumption(report.toJson());
    QCOMPARE(entries.value(TemplateIds).value(QStringLiteral("status")).toString(), QStringLiteral("held"));
    QCOMPARE(entries.value(Pagination).value(QStringLiteral("status")).toString(), QStringLiteral("held"));
}

void TestContract::rateLimitResetGivenAsAUnixTimeCountsFromTheClock()
{
    // The test's clock runs a day ahead of the machine's: a reset time read against the machine's clock
    // would be a day away, longer than any budget, and the check-up would stop rate-limited.
    const cx::test::MockClock clock(QDateTime::currentDateTimeUtc().addDays(1));
    const SchemaMock mock(cx::ContractCheck::bundledDocument());
    bool usedUp = false;
    cx::test::FaultServer server;
    server.setDefault(answersFrom(mock, [&](const cx::test::RecordedRequest &request) {
        if (usedUp || !request.target.startsWith("/api/"))
            return Headers{};
        usedUp = true; // the first answer uses the window up, until two seconds later (a Unix time)
        const QByteArray reset = QByteArray::number(clock.now().toSecsSinceEpoch() + 2);
        return Headers{
            {"X-RateLimit-Limit", "60"}, {"X-RateLimit-Remaining", "0"}, {"X-RateLimit-Reset", reset}};
    }));

    cx::CheckReport report;
    runCheckup(server.baseUrl(), {}, &report);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(usedUp);
    QCOMPARE(cx::CheckReport::outcomeName(report.outcome), QStringLiteral("completed"));
    // It paused (less than the two seconds by however long the answer took to handle) and went on.
    QVERIFY2(report.waitedMs > 0 && report.waitedMs <= 6000, qPrintable(QString::number(report.waitedMs)));
    QCOMPARE(report.rateLimitedResponses, 0);
}

QTEST_GUILESS_MAIN(TestContract)
#include "tst_contract.moc"
