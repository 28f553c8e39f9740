// Postman collections built by Postman (the fixtures in collections/postman, from Kong/insomnia's importer
// tests, postmanlabs/newman and postmanlabs/schemas; see collections/README.md) read as Postman sends
// them, written back as Postman v2.1 that Postman's own schema accepts (checked by ajv, pinned in
// postman-schema/), and a round trip Postman -> PortableSet -> Postman -> PortableSet that changes nothing.
#include "collections/PostmanCollection.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cx;

namespace {

const QString Fixtures = QStringLiteral(CX_COLLECTION_FIXTURES "/postman");

QByteArray fixture(const QString &name)
{
    QFile file(Fixtures + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

QStringList fixtureNames()
{
    return QDir(Fixtures).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
}

bool isRefused(const QString &name)
{
    return name.contains(QLatin1String("v1.postman_collection")) || name == QLatin1String("test.json");
}

QByteArray header(const PortableRequest &request, const QByteArray &name)
{
    for (const auto &h : request.headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool notesContain(const QStringList &notes, const QString &text)
{
    for (const QString &note : notes) {
        if (note.contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// Everything a reader decides, except the notes (they say what the *source* held, e.g. a disabled row).
QString fingerprint(const PortableSet &set)
{
    QStringList lines{QStringLiteral("set ") + set.name + QStringLiteral(" auth ") +
                      QString::number(int(set.auth.kind)) + QLatin1Char(' ') + set.auth.token};
    for (const Variable &variable : set.variables)
        lines.append(QStringLiteral("var ") + variable.name + QLatin1Char('=') + variable.value +
                     (variable.enabled ? QStringLiteral(" on") : QStringLiteral(" off")));
    for (const PortableRequest &r : set.requests) {
        QStringList headers;
        for (const auto &h : r.headers)
            headers.append(QString::fromUtf8(h.first + ": " + h.second));
        lines.append(QStringList{
            r.name, r.folder.join(QLatin1Char('/')), QString::fromUtf8(r.method), r.url,
            headers.join(QLatin1String("; ")), r.hasBody ? QStringLiteral("body") : QStringLiteral("none"),
            QString::fromLatin1(r.body.toBase64()), QString::number(int(r.auth.kind)), r.auth.token,
            r.auth.otherName, r.auth.tokenUrl, r.auth.clientId, r.auth.scope,
            r.auth.hasSecret ? QStringLiteral("secret") : QStringLiteral("-"),
            r.unresolvedVariables.join(QLatin1Char(','))}
                         .join(QLatin1String(" | ")));
    }
    return lines.join(QLatin1Char('\n'));
}

struct Validation
{
    int exitCode = -1;
    QString output;
};

Validation validate(const QStringList &files)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("bash"),
                  QStringList{QStringLiteral(CX_POSTMAN_SCHEMA_DIR "/run-validator.sh")} + files);
    if (!process.waitForFinished(300000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

} // namespace

class TestPostman : public QObject
{
    Q_OBJECT
private slots:
    void everyFixtureReads_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList names = fixtureNames();
        QVERIFY(names.size() >= 20);
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << name;
    }
    void everyFixtureReads()
    {
        QFETCH(QString, name);
        const PortableReadResult result = PostmanCollection::read(fixture(name), VariableScope());
        if (isRefused(name)) {
            QVERIFY(!result.ok);
            QVERIFY2(!result.error.isEmpty(), "a refusal says why");
            return;
        }
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(!result.set.requests.isEmpty());
        const QByteArray source = fixture(name);
        for (const PortableRequest &request : result.set.requests) {
            // Postman keeps drafts without a URL: read, and said.
            QVERIFY2(!request.url.isEmpty() || notesContain(request.notes, QStringLiteral("no URL")),
                     qPrintable(request.name));
            QVERIFY(!request.method.isEmpty());
            QVERIFY(request.sourceRef.startsWith(QLatin1String("item[")));
            // An auth block's token is never copied into a header.
            // (Unless the file itself has that header row, as schemas-bearerAuthTest does.)
            if (request.auth.kind == PortableAuth::Kind::Bearer && !request.auth.token.isEmpty() &&
                !source.contains("Bearer " + request.auth.token.toUtf8()))
                QVERIFY(!header(request, "Authorization").contains(request.auth.token.toUtf8()));
        }
    }

    void version1IsRefusedClearly()
    {
        const PortableReadResult result = PostmanCollection::read(
            fixture(QStringLiteral("newman-v1.postman_collection.json")), VariableScope());
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("v1")) && result.error.contains(QLatin1String("v2.1")),
                 qPrintable(result.error));
        QVERIFY(!PostmanCollection::read("[1, 2]", VariableScope()).ok);
        const PortableReadResult notJson = PostmanCollection::read("{\"info\": ", VariableScope());
        QVERIFY(!notJson.ok);
        QVERIFY(notJson.error.contains(QLatin1String("JSON")));
    }

    void urlObjectAsPostmanBuildsIt()
    {
        // The URL object has no path: Postman sends https://insomnia.rest?foo=bar.
        const PortableReadResult result = PostmanCollection::read(
            fixture(QStringLiteral("insomnia-complex-url-v2_1.json")), VariableScope());
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.set.requests.size(), 1);
        QCOMPARE(result.set.requests.first().url, QStringLiteral("https://insomnia.rest?foo=bar"));
        QCOMPARE(result.set.name, QStringLiteral("Complex URL Test Collection"));
    }

    void disabledQueryAndHeadersAndKeysWithoutValue()
    {
        // A real export, its first request's URL and header rows edited the way Postman stores them.
        QJsonObject root =
            QJsonDocument::fromJson(fixture(QStringLiteral("insomnia-complex-url-v2_1.json"))).object();
        QJsonArray items = root.value(QLatin1String("item")).toArray();
        QJsonObject item = items.at(0).toObject();
        QJsonObject request = item.value(QLatin1String("request")).toObject();
        QJsonObject url = request.value(QLatin1String("url")).toObject();
        url.insert(QStringLiteral("path"),
                   QJsonArray{QStringLiteral("v1"), QStringLiteral(":id"), QStringLiteral("x")});
        url.insert(QStringLiteral("variable"),
                   QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("id")},
                                          {QStringLiteral("value"), QStringLiteral("42")}}});
        url.insert(QStringLiteral("query"),
                   QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("pretty")},
                                          {QStringLiteral("value"), QJsonValue()}},
                              QJsonObject{{QStringLiteral("key"), QStringLiteral("off")},
                                          {QStringLiteral("value"), QStringLiteral("1")},
                                          {QStringLiteral("disabled"), true}},
                              QJsonObject{{QStringLiteral("key"), QStringLiteral("empty")},
                                          {QStringLiteral("value"), QString()}}});
        request.insert(QStringLiteral("url"), url);
        request.insert(QStringLiteral("header"),
                       QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("X-On")},
                                              {QStringLiteral("value"), QStringLiteral("1")}},
                                  QJsonObject{{QStringLiteral("key"), QStringLiteral("X-Off")},
                                              {QStringLiteral("value"), QStringLiteral("1")},
                                              {QStringLiteral("disabled"), true}}});
        item.insert(QStringLiteral("request"), request);
        items[0] = item;
        root.insert(QStringLiteral("item"), items);
        const PortableReadResult result =
            PostmanCollection::read(QJsonDocument(root).toJson(), VariableScope());
        QVERIFY2(result.ok, qPrintable(result.error));
        const PortableRequest &r = result.set.requests.first();
        QCOMPARE(r.url, QStringLiteral("https://insomnia.rest/v1/42/x?pretty&empty="));
        QCOMPARE(r.headers.size(), 1);
        QCOMPARE(r.headers.first().first, QByteArray("X-On"));
        QVERIFY(notesContain(r.notes, QStringLiteral("disabled query")));
        QVERIFY(notesContain(r.notes, QStringLiteral("disabled header")));
    }

    void bearerAuthMapsOntoTheProfile()
    {
        const PortableReadResult result = PostmanCollection::read(
            fixture(QStringLiteral("insomnia-bearer-token-v2_1.json")), VariableScope());
        QVERIFY2(result.ok, qPrintable(result.error));
        const PortableRequest &r = result.set.requests.first();
        QCOMPARE(r.auth.kind, PortableAuth::Kind::Bearer);
        QCOMPARE(r.auth.token, QStringLiteral("bearer-token-value"));
        QVERIFY(header(r, "Authorization").isEmpty());
        QVERIFY(notesContain(r.notes, QStringLiteral("profile's token")));
    }

    void otherAuthKindsAreNotedNotSent()
    {
        for (const auto &[file, kind] :
             {std::pair{QStringLiteral("insomnia-basic-auth-v2_1.json"), PortableAuth::Kind::Basic},
              std::pair{QStringLiteral("insomnia-digest-auth-v2_1.json"), PortableAuth::Kind::Other},
              std::pair{QStringLiteral("insomnia-aws-signature-auth-v2_1.json"),
                        PortableAuth::Kind::Other}}) {
            const PortableReadResult result = PostmanCollection::read(fixture(file), VariableScope());
            QVERIFY2(result.ok, qPrintable(result.error));
            const PortableRequest &r = result.set.requests.first();
            QCOMPARE(r.auth.kind, kind);
            QVERIFY2(notesContain(r.notes, QStringLiteral("not sent")), qPrintable(file));
            QVERIFY(header(r, "Authorization").isEmpty());
        }
        const PortableReadResult basic = PostmanCollection::read(
            fixture(QStringLiteral("insomnia-basic-auth-v2_1.json")), VariableScope());
        QVERIFY(basic.set.requests.first().auth.hasSecret);
    }

    void oauth2ClientCredentials()
    {
        const PortableReadResult result = PostmanCollection::read(
            fixture(QStringLiteral("insomnia-oauth2_0-auth-v2_1.json")), VariableScope());
        QVERIFY2(result.ok, qPrintable(result.error));
        int clientCredentials = 0;
        for (const PortableRequest &r : result.set.requests) {
            if (r.auth.kind == PortableAuth::Kind::OAuth2ClientCredentials) {
                ++clientCredentials;
                QVERIFY(!r.auth.tokenUrl.isEmpty());
            } else {
                QCOMPARE(r.auth.kind, PortableAuth::Kind::Other);
                QVERIFY(r.auth.otherName.startsWith(QLatin1String("oauth2 (")));
            }
        }
        QVERIFY(clientCredentials >= 1);
    }

    void variablesFromProfileThenCollection()
    {
        // newman's sample collection: {{...}}-free; faker-vars: Postman's dynamic variables stay for send
        // time.
        const PortableReadResult faker = PostmanCollection::read(
            fixture(QStringLiteral("insomnia-faker-vars-v2_1.json")), VariableScope());
        QVERIFY2(faker.ok, qPrintable(faker.error));
        bool sawDynamic = false;
        for (const PortableRequest &r : faker.set.requests) {
            sawDynamic = sawDynamic || r.url.contains(QLatin1String("{{$")) || r.body.contains("{{$");
            for (const QString &name : r.unresolvedVariables)
                QVERIFY2(!name.startsWith(QLatin1Char('$')), qPrintable(name));
        }
        QVERIFY(sawDynamic);

        // A collection variable, hidden by the profile's value of the same name; an unknown name named.
        QJsonObject root =
            QJsonDocument::fromJson(fixture(QStringLiteral("insomnia-complex-url-v2_1.json"))).object();
        root.insert(
            QStringLiteral("variable"),
            QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("baseUrl")},
                                   {QStringLiteral("value"), QStringLiteral("https://collection.example")}},
                       QJsonObject{{QStringLiteral("key"), QStringLiteral("client_secret")},
                                   {QStringLiteral("value"), QStringLiteral("s3")}}});
        QJsonArray items = root.value(QLatin1String("item")).toArray();
        QJsonObject item = items.at(0).toObject();
        QJsonObject request = item.value(QLatin1String("request")).toObject();
        request.insert(QStringLiteral("url"), QStringLiteral("{{baseUrl}}/v1/templates/{{templateId}}"));
        item.insert(QStringLiteral("request"), request);
        items[0] = item;
        root.insert(QStringLiteral("item"), items);
        const QByteArray json = QJsonDocument(root).toJson();

        const PortableReadResult plain = PostmanCollection::read(json, VariableScope());
        QVERIFY(plain.ok);
        QCOMPARE(plain.set.requests.first().url,
                 QStringLiteral("https://collection.example/v1/templates/{{templateId}}"));
        QCOMPARE(plain.set.requests.first().unresolvedVariables, QStringList{QStringLiteral("templateId")});
        QVERIFY(notesContain(plain.set.requests.first().notes, QStringLiteral("{{templateId}}")));
        QVERIFY(plain.set.variables.at(1).secret); // by its name

        VariableScope profile;
        profile.addLayer(QStringLiteral("profile"),
                         {Variable{QStringLiteral("baseUrl"), QStringLiteral("https://profile.example")},
                          Variable{QStringLiteral("templateId"), QStringLiteral("t-1")}});
        const PortableReadResult layered = PostmanCollection::read(json, profile);
        QCOMPARE(layered.set.requests.first().url,
                 QStringLiteral("https://profile.example/v1/templates/t-1"));
        QVERIFY(layered.set.requests.first().unresolvedVariables.isEmpty());

        PostmanCollection::ReadOptions keep;
        keep.resolve = false;
        const PortableReadResult kept = PostmanCollection::read(json, keep);
        QCOMPARE(kept.set.requests.first().url, QStringLiteral("{{baseUrl}}/v1/templates/{{templateId}}"));
        QCOMPARE(kept.set.requests.first().unresolvedVariables, QStringList{QStringLiteral("templateId")});
    }

    void formDataFilesNextToTheCollection()
    {
        const QByteArray json = fixture(QStringLiteral("newman-single-file-inside.json"));
        PostmanCollection::ReadOptions options;
        options.directory = Fixtures;
        const PortableReadResult read = PostmanCollection::read(json, options);
        QVERIFY2(read.ok, qPrintable(read.error));
        const QByteArray content = fixture(QStringLiteral("test.json"));
        const PortableRequest &form = read.set.requests.at(0);
        QVERIFY(form.hasBody);
        QVERIFY(header(form, "Content-Type").startsWith("multipart/form-data; boundary="));
        QVERIFY(form.body.contains("name=\"somefile\"; filename=\"test.json\""));
        QVERIFY(form.body.contains(content));
        const PortableRequest &binary = read.set.requests.at(1);
        QCOMPARE(binary.body, content);
        QVERIFY(notesContain(form.notes, QStringLiteral("scripts are not run")));

        // Without the collection's folder the file is not read, and the note says so.
        const PortableReadResult blind = PostmanCollection::read(json, VariableScope());
        QVERIFY(blind.ok);
        QVERIFY(!blind.set.requests.at(0).body.contains(content));
        QVERIFY(notesContain(blind.set.requests.at(0).notes, QStringLiteral("test.json")));
        QVERIFY(!blind.set.requests.at(1).hasBody);
    }

    void graphqlAsJson()
    {
        const PortableReadResult result =
            PostmanCollection::read(fixture(QStringLiteral("schemas-reqBodyGraphQL.json")), VariableScope());
        QVERIFY2(result.ok, qPrintable(result.error));
        const PortableRequest &r = result.set.requests.first();
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QVERIFY(body.contains(QLatin1String("query")));
        QCOMPARE(header(r, "Content-Type"), QByteArray("application/json"));
    }

    void foldersNestedOutermostFirst()
    {
        // nestedEntities: F1 > Basic, then OAuth1 at the top; wrapped once more in an outer group.
        QJsonObject root =
            QJsonDocument::fromJson(fixture(QStringLiteral("schemas-nestedEntities.json"))).object();
        const PortableReadResult flat =
            PostmanCollection::read(QJsonDocument(root).toJson(), VariableScope());
        QVERIFY2(flat.ok, qPrintable(flat.error));
        QCOMPARE(flat.set.requests.size(), 2);
        QCOMPARE(flat.set.requests.at(0).folder, QStringList{QStringLiteral("F1")});
        QVERIFY(flat.set.requests.at(1).folder.isEmpty());
        QJsonObject outer{{QStringLiteral("name"), QStringLiteral("Outer")},
                          {QStringLiteral("item"), root.value(QLatin1String("item"))}};
        root.insert(QStringLiteral("item"), QJsonArray{outer});
        const PortableReadResult nested =
            PostmanCollection::read(QJsonDocument(root).toJson(), VariableScope());
        QVERIFY2(nested.ok, qPrintable(nested.error));
        QCOMPARE(nested.set.requests.at(0).folder,
                 (QStringList{QStringLiteral("Outer"), QStringLiteral("F1")}));
        QCOMPARE(nested.set.requests.at(0).sourceRef, QStringLiteral("item[0].item[0].item[0]"));
        QCOMPARE(nested.set.requests.at(1).folder, QStringList{QStringLiteral("Outer")});
        // Written back, the groups nest the same way.
        const PortableReadResult again =
            PostmanCollection::read(PostmanCollection::write(nested.set, true, nullptr), VariableScope());
        QCOMPARE(again.set.requests.at(0).folder, nested.set.requests.at(0).folder);
    }

    void unreadableFieldsAreNamed()
    {
        QJsonObject root = QJsonDocument::fromJson(fixture(QStringLiteral("schemas-httpbin.json"))).object();
        QJsonArray items = root.value(QLatin1String("item")).toArray();
        QVERIFY(items.size() >= 3);
        QJsonObject item = items.at(2).toObject();
        QJsonObject request = item.value(QLatin1String("request")).toObject();
        request.insert(QStringLiteral("url"), 42);
        item.insert(QStringLiteral("request"), request);
        items[2] = item;
        root.insert(QStringLiteral("item"), items);
        const PortableReadResult result =
            PostmanCollection::read(QJsonDocument(root).toJson(), VariableScope());
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("item[2].request.url")), qPrintable(result.error));

        root.insert(QStringLiteral("item"), QStringLiteral("nope"));
        const PortableReadResult list =
            PostmanCollection::read(QJsonDocument(root).toJson(), VariableScope());
        QVERIFY(!list.ok);
        QVERIFY(list.error.startsWith(QLatin1String("item")));
    }

    void roundTripIsIdentical_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : fixtureNames()) {
            if (!isRefused(name))
                QTest::newRow(qPrintable(name)) << name;
        }
    }
    void roundTripIsIdentical()
    {
        QFETCH(QString, name);
        PostmanCollection::ReadOptions options;
        options.directory = Fixtures;
        const PortableReadResult first = PostmanCollection::read(fixture(name), options);
        QVERIFY2(first.ok, qPrintable(first.error));
        QStringList notes;
        const QByteArray written = PostmanCollection::write(first.set, true, &notes);
        const PortableReadResult second = PostmanCollection::read(written, options);
        QVERIFY2(second.ok, qPrintable(second.error));
        bool binary = false;
        for (const PortableRequest &r : first.set.requests)
            binary = binary || (r.hasBody && QString::fromUtf8(r.body).toUtf8() != r.body);
        if (binary) {
            QVERIFY(notesContain(notes, QStringLiteral("binary body")));
            return;
        }
        // A body without a Content-Type (Postman's file mode) goes out as raw text, which Postman sends as
        // text/plain: the writer says so, and that header is the one difference.
        PortableSet expected = first.set;
        for (PortableRequest &r : expected.requests) {
            if (r.hasBody && header(r, "Content-Type").isEmpty()) {
                QVERIFY(notesContain(notes, QStringLiteral("Postman sends text/plain")));
                r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("text/plain")));
            }
        }
        QCOMPARE(fingerprint(second.set), fingerprint(expected));
        // And once more: what we write, read and written again, is the same file.
        const QByteArray again = PostmanCollection::write(second.set, true, nullptr);
        QCOMPARE(PostmanCollection::write(PostmanCollection::read(again, options).set, true, nullptr), again);
    }

    void secretsAreMaskedUnlessAsked()
    {
        const PortableReadResult read = PostmanCollection::read(
            fixture(QStringLiteral("insomnia-bearer-token-v2_1.json")), VariableScope());
        PortableSet set = read.set;
        set.requests.first().headers.append(
            qMakePair(QByteArray("Authorization"), QByteArray("Bearer abc.def")));
        set.variables.append(Variable{QStringLiteral("clientSecret"), QStringLiteral("hush"), true});
        QStringList notes;
        const QByteArray masked = PostmanCollection::write(set, false, &notes);
        QVERIFY(!masked.contains("abc.def"));
        QVERIFY(!masked.contains("hush"));
        QVERIFY(!masked.contains("bearer-token-value"));
        QVERIFY(notesContain(notes, QStringLiteral("secret variable")));
        const QByteArray full = PostmanCollection::write(set, true, nullptr);
        QVERIFY(full.contains("abc.def"));
        QVERIFY(full.contains("hush"));
    }

    void writtenCollectionsValidateAgainstPostmansSchema()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList files;
        PostmanCollection::ReadOptions options;
        options.directory = Fixtures;
        for (const QString &name : fixtureNames()) {
            if (isRefused(name))
                continue;
            const PortableReadResult read = PostmanCollection::read(fixture(name), options);
            QVERIFY(read.ok);
            for (const bool secrets : {false, true}) {
                const QString out = dir.filePath(QStringLiteral("%1-%2").arg(secrets).arg(name));
                QFile file(out);
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(PostmanCollection::write(read.set, secrets, nullptr));
                files.append(out);
            }
        }
        // A set with every auth kind, variables, folders, no name and a binary body.
        PortableSet set;
        set.auth.kind = PortableAuth::Kind::OAuth2ClientCredentials;
        set.auth.tokenUrl = QStringLiteral("https://auth.example/token");
        set.auth.hasSecret = true;
        set.variables = {Variable{QStringLiteral("a"), QStringLiteral("1")},
                         Variable{QStringLiteral("s"), QStringLiteral("2"), true, false}};
        const QList<PortableAuth::Kind> kinds{PortableAuth::Kind::None, PortableAuth::Kind::Inherit,
                                              PortableAuth::Kind::Bearer, PortableAuth::Kind::Basic,
                                              PortableAuth::Kind::Other};
        for (int i = 0; i < kinds.size(); ++i) {
            PortableRequest r;
            r.method = "POST";
            r.url = QStringLiteral("{{baseUrl}}/v1/x/%1?a=1&b&c=").arg(i);
            r.folder = i % 2 ? QStringList{QStringLiteral("F"), QStringLiteral("G")} : QStringList{};
            r.auth.kind = kinds.at(i);
            r.auth.otherName = i == 4 ? QStringLiteral("ntlm") : QString();
            r.body = i == 3 ? QByteArray("\xff\x00\x01", 3) : QByteArray("{\"k\":1}");
            r.hasBody = true;
            set.requests.append(r);
        }
        const QString own = dir.filePath(QStringLiteral("own.json"));
        QFile file(own);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(PostmanCollection::write(set, false, nullptr));
        file.close();
        files.append(own);

        const Validation ok = validate(files);
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.output));
        QCOMPARE(ok.output.count(QLatin1String(": valid")), files.size());

        // The validator is not a rubber stamp: Postman's v1 format and a broken item are refused.
        QJsonObject broken = QJsonDocument::fromJson(PostmanCollection::write(set, false, nullptr)).object();
        broken.insert(QStringLiteral("item"), QJsonArray{QJsonObject{{QStringLiteral("name"), 1}}});
        const QString bad = dir.filePath(QStringLiteral("broken.json"));
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write(QJsonDocument(broken).toJson());
        badFile.close();
        const Validation refused =
            validate({bad, Fixtures + QStringLiteral("/newman-v1.postman_collection.json")});
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.output.count(QLatin1String("INVALID")), 2);
    }
};

QTEST_GUILESS_MAIN(TestPostman)
#include "tst_postman.moc"
