// EndpointCatalog reads OpenAPI 3 documents: a small hand-written one for each rule, and the bundled
// document of the simulator, which must describe every endpoint the product knows.
#include "catalog/EndpointCatalog.h"

#include <QFile>
#include <QTest>

using namespace cx;

namespace {

const QByteArray SmallSpec = R"({
  "openapi": "3.0.3",
  "info": {"title": "Small", "version": "9"},
  "tags": [{"name": "Things"}, {"name": "Auth"}],
  "security": [{"oauth": ["profile:read"]}],
  "components": {"parameters": {"Page": {"name": "page", "in": "query", "schema": {"type": "integer", "default": 1}}}},
  "paths": {
    "/api/things": {
      "get": {"operationId": "listThings", "summary": "List things", "tags": ["Things"],
              "parameters": [{"$ref": "#/components/parameters/Page"}],
              "security": [{"oauth": ["profile:read", "things:read"]}]}
    },
    "/api/things/{id}": {
      "parameters": [{"name": "id", "in": "path", "schema": {"type": "string"}, "description": "path-level"}],
      "get": {"operationId": "getThing", "tags": ["Things"],
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}]}
    },
    "/api/things/special": {"get": {"operationId": "special", "tags": ["Things"]}},
    "/oauth/token": {"post": {"operationId": "token", "tags": ["Auth"], "security": [], "requestBody": {"content": {}}}}
  }
})";

EndpointCatalog load(const QByteArray &json)
{
    QString error;
    const auto catalog = EndpointCatalog::fromJson(json, &error);
    if (!catalog)
        qFatal("catalog failed to load: %s", qPrintable(error));
    return *catalog;
}

} // namespace

class TestEndpointCatalog : public QObject
{
    Q_OBJECT
private slots:
    void readsOperations()
    {
        const EndpointCatalog catalog = load(SmallSpec);
        QCOMPARE(catalog.title(), QStringLiteral("Small"));
        QCOMPARE(catalog.version(), QStringLiteral("9"));
        QCOMPARE(catalog.endpoints().size(), 4);
        QCOMPARE(catalog.tags(), (QStringList{QStringLiteral("Things"), QStringLiteral("Auth")}));
    }

    void resolvesParameterReferences()
    {
        const EndpointCatalog catalog = load(SmallSpec);
        const Endpoint *list = catalog.find("GET", QStringLiteral("/api/things"));
        QVERIFY(list);
        QCOMPARE(list->parameters.size(), 1);
        QCOMPARE(list->parameters.first().name, QStringLiteral("page"));
        QCOMPARE(list->parameters.first().location, QStringLiteral("query"));
        QCOMPARE(list->parameters.first().type, QStringLiteral("integer"));
        QCOMPARE(list->parameters.first().defaultValue, QStringLiteral("1"));
        QVERIFY(!list->parameters.first().required);
    }

    void operationParametersOverridePathLevelOnes()
    {
        const EndpointCatalog catalog = load(SmallSpec);
        const Endpoint *item = catalog.find("GET", QStringLiteral("/api/things/42"));
        QVERIFY(item);
        QCOMPARE(item->operationId, QStringLiteral("getThing"));
        QCOMPARE(item->parameters.size(), 1);
        QCOMPARE(item->parameters.first().type, QStringLiteral("integer"));
        QVERIFY(item->parameters.first().required);
    }

    void scopesComeFromOperationOrDocument()
    {
        const EndpointCatalog catalog = load(SmallSpec);
        QCOMPARE(catalog.find("GET", QStringLiteral("/api/things"))->requiredScopes,
                 (QStringList{QStringLiteral("profile:read"), QStringLiteral("things:read")}));
        QCOMPARE(catalog.find("GET", QStringLiteral("/api/things/1"))->requiredScopes,
                 QStringList{QStringLiteral("profile:read")});
        const Endpoint *token = catalog.find("POST", QStringLiteral("/oauth/token"));
        QVERIFY(token);
        QVERIFY(!token->isAuthenticated);
        QVERIFY(token->requiredScopes.isEmpty());
        QVERIFY(token->hasRequestBody);
    }

    void literalSegmentsBeatParameters()
    {
        const EndpointCatalog catalog = load(SmallSpec);
        QCOMPARE(catalog.find("GET", QStringLiteral("/api/things/special"))->operationId,
                 QStringLiteral("special"));
        QCOMPARE(catalog.find("get", QStringLiteral("/api/things/other"))->operationId,
                 QStringLiteral("getThing"));
        QVERIFY(!catalog.find("DELETE", QStringLiteral("/api/things/1")));
        QVERIFY(!catalog.find("GET", QStringLiteral("/api/things/1/extra")));
        QCOMPARE(catalog.find("GET", QStringLiteral("/api/things?page=2"))->operationId,
                 QStringLiteral("listThings"));
    }

    void listEndpointYieldsValidIds()
    {
        const EndpointCatalog catalog = load(SmallSpec);
        const Endpoint *list = catalog.listEndpointFor(QStringLiteral("/api/things/12345"));
        QVERIFY(list);
        QCOMPARE(list->path, QStringLiteral("/api/things"));
        QVERIFY(!catalog.listEndpointFor(QStringLiteral("/api")));
        QVERIFY(!catalog.listEndpointFor(QStringLiteral("/nothing/7")));
    }

    void refusesWhatIsNotOpenApi3_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("says");
        QTest::newRow("not json") << QByteArray("{\"openapi\": ") << QStringLiteral("not valid JSON");
        QTest::newRow("swagger 2") << QByteArray(R"({"swagger":"2.0","paths":{"/a":{}}})")
                                   << QStringLiteral("not an OpenAPI 3");
        QTest::newRow("no paths") << QByteArray(R"({"openapi":"3.1.0","paths":{}})")
                                  << QStringLiteral("no paths");
    }
    void refusesWhatIsNotOpenApi3()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!EndpointCatalog::fromJson(json, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
    }

    // The bundled document is the desktop app's catalog: it must hold every endpoint the API documents.
    void bundledDocumentDescribesTheApi()
    {
        QFile file(QStringLiteral(CX_SOURCE_DIR "/resources/connect-api.json"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const EndpointCatalog catalog = load(file.readAll());
        for (const char *path : {"/api/templates", "/api/templates/tags", "/api/templates/1", "/api/assets",
                                 "/api/assets/tags", "/api/assets/1", "/api/folders", "/api/brandkit",
                                 "/api/brandkit/logos", "/api/brandkit/colors"}) {
            const Endpoint *endpoint = catalog.find("GET", QString::fromLatin1(path));
            QVERIFY2(endpoint, path);
            QVERIFY2(endpoint->requiredScopes.size() >= 1, path);
            QVERIFY2(!endpoint->summary.isEmpty(), path);
        }
        for (const char *path : {"/oauth/access-token", "/oauth/introspect", "/oauth/revoke"})
            QVERIFY2(catalog.find("POST", QString::fromLatin1(path)), path);
        QVERIFY(
            catalog.find("GET", QStringLiteral("/api/assets/tags"))->path.endsWith(QStringLiteral("/tags")));
        QCOMPARE(catalog.listEndpointFor(QStringLiteral("/api/assets/77"))->path,
                 QStringLiteral("/api/assets"));
    }
};

QTEST_GUILESS_MAIN(TestEndpointCatalog)
#include "tst_endpointcatalog.moc"
