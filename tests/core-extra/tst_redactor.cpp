// Redactor: each kind of secret is masked, and nothing else is touched.
#include "export/Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace cx;

namespace {

const QStringList Keys = {"client_secret", "token",     "name",  "id",      "access_token",
                          "note",          "password",  "items", "tok\"en", "refresh_token",
                          "Token",         "client_id", "{",     "]"};

QJsonValue randomJson(QRandomGenerator &rng, int depth)
{
    switch (depth > 3 ? int(rng.bounded(4)) : int(rng.bounded(6))) {
    case 0:
        return QStringLiteral("v\"}],:%1").arg(rng.bounded(100));
    case 1:
        return double(rng.bounded(1000)) / 8;
    case 2:
        return rng.bounded(2) == 0;
    case 3:
        return QJsonValue::Null;
    case 4: {
        QJsonArray array;
        for (int i = int(rng.bounded(4)); i > 0; --i)
            array.append(randomJson(rng, depth + 1));
        return array;
    }
    default: {
        QJsonObject object;
        for (int i = int(rng.bounded(5)); i > 0; --i)
            object.insert(Keys.at(int(rng.bounded(int(Keys.size())))), randomJson(rng, depth + 1));
        return object;
    }
    }
}

// `redacted` must equal `original` except that every non-null, non-empty value under a secret key is the
// mask.
bool sameButRedacted(const QJsonValue &original, const QJsonValue &redacted)
{
    if (original.isObject() && redacted.isObject()) {
        const QJsonObject a = original.toObject();
        const QJsonObject b = redacted.toObject();
        if (a.keys() != b.keys())
            return false;
        for (const QString &key : a.keys()) {
            const QJsonValue va = a.value(key);
            if (Redactor::isSecretField(key) && !va.isNull() && va != QJsonValue(QString())) {
                if (b.value(key) != QJsonValue(Redactor::mask()))
                    return false;
            } else if (!sameButRedacted(va, b.value(key))) {
                return false;
            }
        }
        return true;
    }
    if (original.isArray() && redacted.isArray()) {
        const QJsonArray a = original.toArray();
        const QJsonArray b = redacted.toArray();
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!sameButRedacted(a.at(i), b.at(i)))
                return false;
        }
        return true;
    }
    return original == redacted;
}

} // namespace

class TestRedactor : public QObject
{
    Q_OBJECT
private slots:
    // One secret set, read live: a value added after the Redactor was made is masked too, a copy of the
    // Redactor reads the same set, and the Redactor's own values and the set's are merged longest first.
    void liveSecretsAreReadWhenRedacting()
    {
        auto secrets = std::make_shared<cx::SecretSet>();
        secrets->add(QStringLiteral("client-secret-1"));
        cx::Redactor redactor(secrets);
        const cx::Redactor copy = redactor;
        QCOMPARE(redactor.redactText(QStringLiteral("a client-secret-1 b")),
                 QStringLiteral("a [redacted] b"));
        QCOMPARE(copy.redactText(QStringLiteral("tok-2")), QStringLiteral("tok-2"));
        secrets->add(QStringLiteral("tok-2"));
        QCOMPARE(copy.redactText(QStringLiteral("tok-2")), QStringLiteral("[redacted]"));
        QCOMPARE(copy.redactText(QByteArrayLiteral("x=tok-2")), QByteArrayLiteral("x=[redacted]"));
        redactor.addSecret(QStringLiteral("tok"));
        QCOMPARE(redactor.secrets(), (QStringList{QStringLiteral("client-secret-1"), QStringLiteral("tok-2"),
                                                  QStringLiteral("tok")}));
        QCOMPARE(redactor.redactText(QStringLiteral("tok-2 tok")), QStringLiteral("[redacted] [redacted]"));
    }

    void secretSetIgnoresEmptyAndDuplicates()
    {
        cx::SecretSet set;
        set.add(QString());
        set.add(QStringLiteral("ab"));
        set.add(QStringLiteral("ab"));
        set.add(QStringLiteral("abc"));
        QCOMPARE(set.values(), (QStringList{QStringLiteral("abc"), QStringLiteral("ab")}));
        QVERIFY(set.contains(QStringLiteral("ab")));
    }

    void secretHeaderNames_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<bool>("secret");
        QTest::newRow("Authorization") << QByteArray("Authorization") << true;
        QTest::newRow("lower authorization") << QByteArray("authorization") << true;
        QTest::newRow("Proxy-Authorization") << QByteArray("Proxy-Authorization") << true;
        QTest::newRow("Cookie") << QByteArray("Cookie") << true;
        QTest::newRow("Set-Cookie") << QByteArray("Set-Cookie") << true;
        QTest::newRow("X-Api-Key") << QByteArray("X-Api-Key") << true;
        QTest::newRow("X-API-KEY") << QByteArray("X-API-KEY") << true;
        QTest::newRow("Api-Key") << QByteArray("Api-Key") << true;
        QTest::newRow("X-Auth-Token") << QByteArray("X-Auth-Token") << true;
        QTest::newRow("X-Client-Secret") << QByteArray("X-Client-Secret") << true;
        QTest::newRow("Content-Type") << QByteArray("Content-Type") << false;
        QTest::newRow("Accept") << QByteArray("Accept") << false;
        QTest::newRow("User-Agent") << QByteArray("User-Agent") << false;
        QTest::newRow("X-Request-Id") << QByteArray("X-Request-Id") << false;
        QTest::newRow("X-RateLimit-Remaining") << QByteArray("X-RateLimit-Remaining") << false;
        QTest::newRow("Access-Control-Allow-Credentials")
            << QByteArray("Access-Control-Allow-Credentials") << false;
    }
    void secretHeaderNames()
    {
        QFETCH(QByteArray, name);
        QFETCH(bool, secret);
        QCOMPARE(Redactor::isSecretHeader(name), secret);
    }

    void headerValues_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("bearer") << QByteArray("Authorization") << QByteArray("Bearer eyJhbGciOi.abc.def")
                                << QByteArray("Bearer [redacted]");
        QTest::newRow("basic") << QByteArray("authorization") << QByteArray("Basic dXNlcjpwYXNz")
                               << QByteArray("Basic [redacted]");
        QTest::newRow("no scheme") << QByteArray("Authorization") << QByteArray("rawtoken")
                                   << QByteArray("[redacted]");
        QTest::newRow("proxy") << QByteArray("Proxy-Authorization") << QByteArray("Basic abc")
                               << QByteArray("Basic [redacted]");
        QTest::newRow("cookie") << QByteArray("Cookie") << QByteArray("sid=abc123; theme=dark")
                                << QByteArray("sid=[redacted]; theme=[redacted]");
        QTest::newRow("set-cookie") << QByteArray("Set-Cookie")
                                    << QByteArray("sid=abc123; Path=/; HttpOnly; Secure")
                                    << QByteArray("sid=[redacted]; Path=/; HttpOnly; Secure");
        QTest::newRow("api key") << QByteArray("X-Api-Key") << QByteArray("k-123")
                                 << QByteArray("[redacted]");
        QTest::newRow("empty stays empty") << QByteArray("Authorization") << QByteArray() << QByteArray();
        QTest::newRow("content-type untouched")
            << QByteArray("Content-Type") << QByteArray("application/json; token=x")
            << QByteArray("application/json; token=x");
    }
    void headerValues()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, expected);
        QCOMPARE(Redactor::redactHeaderValue(name, value), expected);
    }

    void headerListKeepsOrderAndOthers()
    {
        const HeaderList in = {{"Accept", "application/json"},
                               {"Authorization", "Bearer tok"},
                               {"X-Request-Id", "42"},
                               {"X-Api-Key", "key"}};
        const HeaderList expected = {{"Accept", "application/json"},
                                     {"Authorization", "Bearer [redacted]"},
                                     {"X-Request-Id", "42"},
                                     {"X-Api-Key", "[redacted]"}};
        QCOMPARE(Redactor::redactHeaders(in), expected);
    }

    void withoutMaskedSecrets()
    {
        const HeaderList in = {{"Accept", "a"},
                               {"Authorization", "Bearer [redacted]"},
                               {"Cookie", ""},
                               {"X-Api-Key", "typed-again"},
                               {"X-Empty", ""}};
        const HeaderList expected = {{"Accept", "a"}, {"X-Api-Key", "typed-again"}, {"X-Empty", ""}};
        QCOMPARE(Redactor::withoutMaskedSecrets(in), expected);
    }

    void secretFields()
    {
        for (const char *name : {"client_secret", "access_token", "token", "refresh_token", "password",
                                 "Client-Secret", "ACCESS_TOKEN", "api_key", "id_token"})
            QVERIFY2(Redactor::isSecretField(QString::fromLatin1(name)), name);
        for (const char *name :
             {"client_id", "token_type", "expires_in", "grant_type", "user", "tokens", "page", "scope"})
            QVERIFY2(!Redactor::isSecretField(QString::fromLatin1(name)), name);
    }

    void jsonBodyKeepsFormatting()
    {
        const QByteArray in = "{\n  \"client_id\": \"abc\",\n  \"client_secret\" : \"s3cr3t\",\n"
                              "  \"nested\": {\"token\": \"t\\\"ok\", \"keep\": [1, 2]},\n"
                              "  \"password\": 1234,\n  \"refresh_token\": null,\n"
                              "  \"access_token\": {\"a\": [\"}\"]},\n  \"token_type\": \"Bearer\"\n}";
        const QByteArray expected = "{\n  \"client_id\": \"abc\",\n  \"client_secret\" : \"[redacted]\",\n"
                                    "  \"nested\": {\"token\": \"[redacted]\", \"keep\": [1, 2]},\n"
                                    "  \"password\": \"[redacted]\",\n  \"refresh_token\": null,\n"
                                    "  \"access_token\": \"[redacted]\",\n  \"token_type\": \"Bearer\"\n}";
        QCOMPARE(Redactor::redactJson(in), expected);
        QCOMPARE(Redactor::redactBody(in, "application/json"), expected);
        QCOMPARE(Redactor::redactBody(in), expected); // sniffed
    }

    void jsonValuesNamedLikeKeysAreNotKeys()
    {
        // "token" as a value or inside an array is not a field name.
        const QByteArray in = R"({"kind":"token","list":["token","password"],"n":1})";
        QCOMPARE(Redactor::redactJson(in), in);
    }

    void jsonEscapedKey()
    {
        QCOMPARE(Redactor::redactJson(R"({"tok\u0065n":"x"})"), QByteArray(R"({"tok\u0065n":"[redacted]"})"));
    }

    void formBody()
    {
        const QByteArray in = "grant_type=client_credentials&client_id=abc&client_secret=s%3D1&token=&"
                              "password=p+w&scope=a+b";
        const QByteArray expected = "grant_type=client_credentials&client_id=abc&client_secret=[redacted]&"
                                    "token=&password=[redacted]&scope=a+b";
        QCOMPARE(Redactor::redactForm(in), expected);
        QCOMPARE(Redactor::redactBody(in, "application/x-www-form-urlencoded; charset=utf-8"), expected);
        QCOMPARE(Redactor::redactBody(in), expected); // sniffed
    }

    void otherBodiesUntouched()
    {
        const QByteArray text = "token=abc is what I typed";
        QCOMPARE(Redactor::redactBody(text), text);
        QCOMPARE(Redactor::redactBody("token=abc", "text/plain"), QByteArray("token=abc"));
        QCOMPARE(Redactor::redactBody("<a token=\"x\"/>"), QByteArray("<a token=\"x\"/>"));
    }

    void query()
    {
        const QueryList in = {{"page", "2"}, {"access_token", "abc"}, {"Token", "x"}, {"q", "token"}};
        const QueryList expected = {
            {"page", "2"}, {"access_token", "[redacted]"}, {"Token", "[redacted]"}, {"q", "token"}};
        QCOMPARE(Redactor::redactQuery(in), expected);
    }

    void urls_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "https://oauth.cliquify.me/api/templates?page=1&per_page=20"
                               << "https://oauth.cliquify.me/api/templates?page=1&per_page=20";
        QTest::newRow("query token") << "https://h/api/x?page=1&access_token=abc.def&q=a%20b#frag"
                                     << "https://h/api/x?page=1&access_token=[redacted]&q=a%20b#frag";
        QTest::newRow("userinfo") << "https://user:pa55@h:8443/p?client_secret=x"
                                  << "https://user:[redacted]@h:8443/p?client_secret=[redacted]";
        QTest::newRow("user only") << "https://user@h/p"
                                   << "https://user@h/p";
        QTest::newRow("path") << "/api/x?token=abc"
                              << "/api/x?token=[redacted]";
        QTest::newRow("bare query") << "token=abc&x=1"
                                    << "token=[redacted]&x=1";
        QTest::newRow("encoded key") << "/x?client%5Fsecret=abc"
                                     << "/x?client%5Fsecret=[redacted]";
        QTest::newRow("no query") << "/api/templates"
                                  << "/api/templates";
    }
    void urls()
    {
        QFETCH(QString, in);
        QFETCH(QString, expected);
        QCOMPARE(Redactor::redactUrl(in), expected);
    }

    void knownSecretsInFreeText()
    {
        Redactor redactor;
        redactor.addSecret(QStringLiteral("tok+en/1"));
        redactor.addSecret(QStringLiteral("sec\"ret"));
        redactor.addSecret(QString()); // ignored
        QCOMPARE(redactor.secrets().size(), 2);
        const QString text =
            QStringLiteral("sent tok+en/1 twice: tok+en/1, url tok%2Ben%2F1, json \"sec\\\"ret\"");
        QCOMPARE(redactor.redactText(text),
                 QStringLiteral("sent [redacted] twice: [redacted], url [redacted], json \"[redacted]\""));
        QCOMPARE(redactor.redactText(text.toUtf8()),
                 QByteArray("sent [redacted] twice: [redacted], url [redacted], json \"[redacted]\""));
        QCOMPARE(redactor.redactText(QStringLiteral("nothing here")), QStringLiteral("nothing here"));
        redactor.removeSecret(QStringLiteral("tok+en/1"));
        QCOMPARE(redactor.redactText(QStringLiteral("tok+en/1")), QStringLiteral("tok+en/1"));
    }

    void longestSecretFirst()
    {
        Redactor redactor;
        redactor.addSecret(QStringLiteral("abc"));
        redactor.addSecret(QStringLiteral("abcdef"));
        QCOMPARE(redactor.redactText(QStringLiteral("xabcdefx abc")),
                 QStringLiteral("x[redacted]x [redacted]"));
    }

    void wholeRequest()
    {
        Redactor redactor;
        redactor.addSecret(QStringLiteral("CANARY-123"));
        ApiRequest request;
        request.method = "POST";
        request.path = QStringLiteral("/oauth/introspect?token=abc");
        request.query = {{"page", "1"}, {"note", "CANARY-123"}};
        request.headers = {{"Content-Type", "application/json"},
                           {"Authorization", "Bearer CANARY-123"},
                           {"X-Trace", "has CANARY-123 inside"}};
        request.body = R"({"token": "CANARY-123", "other": "CANARY-123", "keep": "v"})";
        const ApiRequest out = redactor.redact(request);
        QCOMPARE(out.method, QByteArray("POST"));
        QCOMPARE(out.path, QStringLiteral("/oauth/introspect?token=[redacted]"));
        QCOMPARE(out.query, (QueryList{{"page", "1"}, {"note", "[redacted]"}}));
        QCOMPARE(out.headers, (HeaderList{{"Content-Type", "application/json"},
                                          {"Authorization", "Bearer [redacted]"},
                                          {"X-Trace", "has [redacted] inside"}}));
        QCOMPARE(out.body, QByteArray(R"({"token": "[redacted]", "other": "[redacted]", "keep": "v"})"));
        QCOMPARE(out.authenticated, request.authenticated);
    }
    // Random JSON documents, compact and indented: the result is still JSON with the same shape, and only
    // the values of secret keys changed.
    void randomJsonKeepsShape()
    {
        QRandomGenerator rng(42);
        for (int i = 0; i < 1000; ++i) {
            QJsonObject root = randomJson(rng, 0).toObject();
            root.insert(QStringLiteral("token"), QStringLiteral("t%1").arg(i));
            const QByteArray json =
                QJsonDocument(root).toJson(i % 2 ? QJsonDocument::Compact : QJsonDocument::Indented);
            const QByteArray redacted = Redactor::redactJson(json);
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(redacted, &error);
            QVERIFY2(error.error == QJsonParseError::NoError, redacted.constData());
            QVERIFY2(sameButRedacted(root, doc.object()), (json + "\n=>\n" + redacted).constData());
        }
    }

    // Broken input of every kind comes back without a crash.
    void garbageNeverCrashes()
    {
        QRandomGenerator rng(3);
        const QByteArray alphabet = "{}[]\":,\\ =&?#@/tokenpassword%+\n\x00\xff";
        for (int i = 0; i < 5000; ++i) {
            QByteArray text;
            for (int n = int(rng.bounded(30)); n > 0; --n)
                text += alphabet.at(int(rng.bounded(int(alphabet.size()))));
            Redactor::redactJson(text);
            Redactor::redactForm(text);
            Redactor::redactBody(text);
            Redactor::redactUrl(QString::fromLatin1(text));
            Redactor::redactHeaderValue("Cookie", text);
            Redactor::redactHeaderValue("Authorization", text);
        }
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
