// Insomnia exports built by Insomnia (collections/insomnia: v4 JSON and YAML from Kong/insomnia's inso and
// importer tests, v5 YAML from its smoke tests; see collections/README.md) read as Insomnia sends them.
// The same export as v4 JSON and as v4 YAML must give the same requests, which also checks the YAML reader
// against a JSON parser on a real file.
#include "collections/InsomniaExport.h"
#include "collections/MiniYaml.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cx;

namespace {

const QString Fixtures = QStringLiteral(CX_COLLECTION_FIXTURES "/insomnia");

QByteArray fixture(const QString &name)
{
    QFile file(Fixtures + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

const PortableRequest *find(const PortableSet &set, const QString &name)
{
    for (const PortableRequest &request : set.requests) {
        if (request.name == name)
            return &request;
    }
    return nullptr;
}

bool notesContain(const QStringList &notes, const QString &text)
{
    for (const QString &note : notes) {
        if (note.contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString fingerprint(const PortableSet &set)
{
    QStringList lines{set.name};
    for (const Variable &variable : set.variables)
        lines.append(variable.name + QLatin1Char('=') + variable.value);
    for (const PortableRequest &r : set.requests) {
        QStringList headers;
        for (const auto &h : r.headers)
            headers.append(QString::fromUtf8(h.first + ": " + h.second));
        lines.append(QStringList{r.name, r.folder.join(QLatin1Char('/')), QString::fromUtf8(r.method), r.url,
                                 headers.join(QLatin1String("; ")), QString::fromUtf8(r.body.toBase64()),
                                 QString::number(int(r.auth.kind)),
                                 r.unresolvedVariables.join(QLatin1Char(','))}
                         .join(QLatin1String(" | ")));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestInsomnia : public QObject
{
    Q_OBJECT
private slots:
    void v4JsonAndYamlAgree()
    {
        const PortableReadResult json =
            InsomniaExport::read(fixture(QStringLiteral("inso-insomnia_v4.json")), VariableScope());
        const PortableReadResult yaml =
            InsomniaExport::read(fixture(QStringLiteral("inso-insomnia_v4.yaml")), VariableScope());
        QVERIFY2(json.ok, qPrintable(json.error));
        QVERIFY2(yaml.ok, qPrintable(yaml.error));
        QCOMPARE(json.set.requests.size(), 13);
        QCOMPARE(fingerprint(yaml.set), fingerprint(json.set));
        // And the YAML reader gives the very document the JSON parser gives (the resources, field by field).
        const MiniYaml::Result parsed = MiniYaml::parse(fixture(QStringLiteral("inso-insomnia_v4.yaml")));
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        const QJsonObject fromJson =
            QJsonDocument::fromJson(fixture(QStringLiteral("inso-insomnia_v4.json"))).object();
        QCOMPARE(parsed.value.toObject().value(QLatin1String("resources")).toArray().size(),
                 fromJson.value(QLatin1String("resources")).toArray().size());
    }

    void v4FoldersVariablesAndUnresolvedNames()
    {
        const PortableReadResult result =
            InsomniaExport::read(fixture(QStringLiteral("inso-insomnia_v4.json")), VariableScope());
        QVERIFY(result.ok);
        const PortableSet &set = result.set;
        QCOMPARE(set.name, QStringLiteral("Swagger Petstore 1.0.0"));
        const PortableRequest *inFolder = find(set, QStringLiteral("Example 2"));
        QVERIFY(inFolder);
        QCOMPARE(inFolder->folder, QStringList{QStringLiteral("Example Folder")});
        QCOMPARE(inFolder->url, QStringLiteral("https://jsonplaceholder.typicode.com/posts/1xx"));
        // base_url is "{{ scheme }}://{{ host }}{{ base_path }}" in the base environment; the three come
        // from a sub-environment, which is named in a note and not used.
        QVERIFY(notesContain(set.notes, QStringLiteral("OpenAPI env")));
        const PortableRequest *order = find(set, QStringLiteral("Find purchase order by ID"));
        QVERIFY(order);
        QCOMPARE(order->url, QStringLiteral("{{scheme}}://{{host}}{{base_path}}/store/order/{{orderId}}"));
        QCOMPARE(order->unresolvedVariables,
                 (QStringList{QStringLiteral("scheme"), QStringLiteral("host"), QStringLiteral("base_path"),
                              QStringLiteral("orderId")}));

        // With the profile's values the URL is whole.
        VariableScope profile;
        profile.addLayer(QStringLiteral("profile"),
                         {Variable{QStringLiteral("scheme"), QStringLiteral("https")},
                          Variable{QStringLiteral("host"), QStringLiteral("petstore.example")},
                          Variable{QStringLiteral("base_path"), QStringLiteral("/v2")},
                          Variable{QStringLiteral("orderId"), QStringLiteral("7")}});
        const PortableReadResult resolved =
            InsomniaExport::read(fixture(QStringLiteral("inso-insomnia_v4.json")), profile);
        QCOMPARE(find(resolved.set, QStringLiteral("Find purchase order by ID"))->url,
                 QStringLiteral("https://petstore.example/v2/store/order/7"));
        const PortableRequest *add = find(resolved.set, QStringLiteral("Add a new pet to the store"));
        QVERIFY(add);
        QCOMPARE(add->method, QByteArray("POST"));
        bool json = false;
        for (const auto &h : add->headers)
            json = json || (h.first.compare("Content-Type", Qt::CaseInsensitive) == 0 &&
                            h.second == "application/json");
        QVERIFY(json);
    }

    void v5FoldersAndInheritedAuth()
    {
        const PortableReadResult result =
            InsomniaExport::read(fixture(QStringLiteral("smoke-oauth.v5.yaml")), VariableScope());
        QVERIFY2(result.ok, qPrintable(result.error));
        const PortableSet &set = result.set;
        QCOMPARE(set.name, QStringLiteral("OAuth Testing"));
        QCOMPARE(set.requests.size(), 8);
        const PortableRequest *inherited = find(set, QStringLiteral("Request with Inherited Auth"));
        QVERIFY(inherited);
        QCOMPARE(inherited->folder, (QStringList{QStringLiteral("Folder Level Auth Code"),
                                                 QStringLiteral("Inherit Auth Folder")}));
        // The folder's authorization-code OAuth is inherited, and noted as not sent.
        QCOMPARE(inherited->auth.kind, PortableAuth::Kind::Other);
        QCOMPARE(inherited->auth.otherName, QStringLiteral("oauth2 (authorization_code)"));
        QVERIFY(notesContain(inherited->notes, QStringLiteral("not sent")));
        QCOMPARE(inherited->headers.size(), 1);
        QCOMPARE(inherited->headers.first().second, QByteArray("insomnia/9.2.0"));

        const PortableRequest *cc = find(set, QStringLiteral("Client Credentials"));
        QVERIFY(cc);
        QCOMPARE(cc->auth.kind, PortableAuth::Kind::OAuth2ClientCredentials);
        QCOMPARE(cc->auth.tokenUrl, QStringLiteral("http://127.0.0.1:4010/oidc/token"));
        QCOMPARE(cc->auth.clientId, QStringLiteral("client_credentials"));
        QCOMPARE(cc->auth.scope, QStringLiteral("openid"));
        QVERIFY(cc->auth.hasSecret);
        QVERIFY(cc->folder.isEmpty());
        QCOMPARE(cc->url, QStringLiteral("http://127.0.0.1:4010/oidc/client-credential"));
        QCOMPARE(find(set, QStringLiteral("ID Token"))->folder, QStringList{QStringLiteral("Implicit")});
    }

    void v5BasicAuthDisabledHeaderAndEnvironment()
    {
        const PortableReadResult result =
            InsomniaExport::read(fixture(QStringLiteral("smoke-auth-types.v5.yaml")), VariableScope());
        QVERIFY2(result.ok, qPrintable(result.error));
        const PortableSet &set = result.set;
        QCOMPARE(set.variables.size(), 1);
        QCOMPARE(set.variables.first().name, QStringLiteral("customValue"));
        QCOMPARE(set.variables.first().value, QStringLiteral("fromEnvManager"));
        const PortableRequest *basic = find(set, QStringLiteral("sends request with basic authentication"));
        QVERIFY(basic);
        QCOMPARE(basic->auth.kind, PortableAuth::Kind::Basic);
        QCOMPARE(basic->auth.clientId, QStringLiteral("user"));
        QVERIFY(basic->headers.isEmpty()); // the Authorization row is disabled
        QVERIFY(notesContain(basic->notes, QStringLiteral("disabled header")));
        const PortableRequest *oauth1 = find(set, QStringLiteral("sends request with oauth1"));
        QCOMPARE(oauth1->auth.kind, PortableAuth::Kind::Other);
        QCOMPARE(oauth1->auth.otherName, QStringLiteral("oauth1"));
    }

    void refusals()
    {
        const PortableReadResult v3 =
            InsomniaExport::read(fixture(QStringLiteral("inso-v3-export-format.yaml")), VariableScope());
        QVERIFY(!v3.ok);
        QVERIFY2(v3.error.contains(QLatin1String("__export_format")), qPrintable(v3.error));
        // A v5 file whose request has no URL names the item.
        QByteArray data = fixture(QStringLiteral("smoke-auth-types.v5.yaml"));
        data.replace("  - url: http://127.0.0.1:4010/auth/oauth1\n", "  - url: []\n");
        const PortableReadResult noUrl = InsomniaExport::read(data, VariableScope());
        QVERIFY(!noUrl.ok);
        QVERIFY2(noUrl.error.contains(QLatin1String("collection[1].url")), qPrintable(noUrl.error));
        // Broken YAML names the line.
        QByteArray broken = fixture(QStringLiteral("smoke-auth-types.v5.yaml"));
        broken.replace("    method: GET\n", "    method: \"GET\n");
        const PortableReadResult yaml = InsomniaExport::read(broken, VariableScope());
        QVERIFY(!yaml.ok);
        QVERIFY2(yaml.error.contains(QLatin1String("line")), qPrintable(yaml.error));
        QVERIFY(!InsomniaExport::read("{\"_type\": \"export\"", VariableScope()).ok);
        QVERIFY(!InsomniaExport::read("name: just yaml\n", VariableScope()).ok);
    }

    void detection()
    {
        QVERIFY(InsomniaExport::looksLikeInsomnia(fixture(QStringLiteral("smoke-oauth.v5.yaml"))));
        QVERIFY(InsomniaExport::looksLikeInsomnia(fixture(QStringLiteral("inso-insomnia_v4.json"))));
        QVERIFY(InsomniaExport::looksLikeInsomnia(fixture(QStringLiteral("insomnia-4-basic-input.yaml"))));
        QVERIFY(!InsomniaExport::looksLikeInsomnia("{\"info\": {}, \"item\": []}"));
    }

    void emptyWorkspace()
    {
        const PortableReadResult result =
            InsomniaExport::read(fixture(QStringLiteral("insomnia-4-basic-input.yaml")), VariableScope());
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.set.name, QStringLiteral("Insomnia"));
        QVERIFY(result.set.requests.isEmpty());
        QVERIFY(notesContain(result.set.notes, QStringLiteral("no HTTP requests")));
    }

    void yamlScalars()
    {
        const MiniYaml::Result r =
            MiniYaml::parse("a: |-\n  x\n  y\nb: >-\n  p\n  q\nc: 'it''s'\nd: \"\\u00e9\\n\"\ne: [1, two, "
                            "\"3\"]\nf: {k: v}\ng: ~\nh: -1.5\n");
        QVERIFY2(r.ok, qPrintable(r.error));
        const QJsonObject o = r.value.toObject();
        QCOMPARE(o.value(QLatin1String("a")).toString(), QStringLiteral("x\ny"));
        QCOMPARE(o.value(QLatin1String("b")).toString(), QStringLiteral("p q"));
        QCOMPARE(o.value(QLatin1String("c")).toString(), QStringLiteral("it's"));
        QCOMPARE(o.value(QLatin1String("d")).toString(), QString::fromUtf8("\xc3\xa9\n"));
        QCOMPARE(o.value(QLatin1String("e")).toArray().at(1).toString(), QStringLiteral("two"));
        QCOMPARE(o.value(QLatin1String("e")).toArray().at(2).toString(), QStringLiteral("3"));
        QCOMPARE(o.value(QLatin1String("f")).toObject().value(QLatin1String("k")).toString(),
                 QStringLiteral("v"));
        QVERIFY(o.value(QLatin1String("g")).isNull());
        QCOMPARE(o.value(QLatin1String("h")).toDouble(), -1.5);
        QVERIFY(!MiniYaml::parse("a: &x 1\nb: *x\n").ok);
    }
};

QTEST_GUILESS_MAIN(TestInsomnia)
#include "tst_insomnia.moc"
