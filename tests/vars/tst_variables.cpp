// Variables: {{name}} references, layered scopes, nesting, secrets, dynamic values, binary bodies.
#include "vars/Variables.h"

#include <QRegularExpression>
#include <QTest>
#include <QUuid>

using namespace cx;

class TestVariables : public QObject
{
    Q_OBJECT

private:
    static VariableScope scopeOf(const VariableList &variables, const QString &label = QStringLiteral("p"))
    {
        VariableScope scope;
        scope.addLayer(label, variables);
        return scope;
    }

private slots:
    void references_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("none") << "/api/v1/templates" << QStringList{};
        QTest::newRow("one") << "/templates/{{templateId}}" << QStringList{"templateId"};
        QTest::newRow("spaces trimmed") << "{{ a }}-{{a}}" << QStringList{"a"};
        QTest::newRow("order of first use") << "{{b}}{{a}}{{b}}" << QStringList{"b", "a"};
        QTest::newRow("path parameter is no variable") << "/a/{id}" << QStringList{};
        QTest::newRow("triple braces") << "{{{a}}}" << QStringList{"a"};
        QTest::newRow("opened twice") << "{{x {{y}}" << QStringList{"y"};
        QTest::newRow("unclosed") << "{{a" << QStringList{};
        QTest::newRow("empty name") << "{{}} {{  }}" << QStringList{};
        QTest::newRow("line break") << "{{a\nb}}" << QStringList{};
        QTest::newRow("dynamic") << "{{$guid}}" << QStringList{"$guid"};
        QTest::newRow("json body") << "{\"id\":\"{{assetId}}\",\"n\":{\"x\":1}}" << QStringList{"assetId"};
    }
    void references()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, names);
        QCOMPARE(Variables::references(text), names);
        QCOMPARE(Variables::hasReferences(text), !names.isEmpty());
    }

    void resolveKnownAndUnresolved()
    {
        const VariableScope scope = scopeOf({{"templateId", "tpl_123"}, {"host", "example.com"}});
        const VariableResolution r =
            Variables::resolve("https://{{host}}/templates/{{ templateId }}/{{assetId}}/{{nope}}", scope);
        QCOMPARE(r.text, QString("https://example.com/templates/tpl_123/{{assetId}}/{{nope}}"));
        QCOMPARE(r.used, (QStringList{"host", "templateId"}));
        QCOMPARE(r.unresolved, (QStringList{"assetId", "nope"}));
        QVERIFY(!r.usesSecret);
    }

    void tripleBracesKeepOuterBraces()
    {
        const VariableResolution r = Variables::resolve("{{{a}}}", scopeOf({{"a", "1"}}));
        QCOMPARE(r.text, QString("{1}"));
        QCOMPARE(r.used, QStringList{"a"});
    }

    void valuesReferToOtherVariables()
    {
        const VariableScope scope =
            scopeOf({{"base", "https://{{host}}/v1"}, {"host", "api.example.com"}, {"loop", "x{{loop}}"}});
        QCOMPARE(Variables::resolve("{{base}}/templates", scope).text,
                 QString("https://api.example.com/v1/templates"));
        // A cycle ends, names itself unresolved, and never hangs.
        const VariableResolution cycle = Variables::resolve("{{loop}}", scope);
        QVERIFY(cycle.unresolved.contains("loop"));
        QVERIFY(cycle.text.startsWith("xxxx"));
    }

    void layerOrderFirstWins()
    {
        VariableScope scope;
        scope.addLayer("profile Demo", {{"id", "from-profile"}});
        scope.addLayer("collection Kit", {{"id", "from-collection"}, {"only", "c"}});
        QCOMPARE(scope.value("id"), std::optional<QString>("from-profile"));
        QCOMPARE(scope.layerOf("id"), QString("profile Demo"));
        QCOMPARE(scope.layerOf("only"), QString("collection Kit"));
        QCOMPARE(scope.layerOf("missing"), QString());
        QCOMPARE(Variables::resolve("{{id}}/{{only}}", scope).text, QString("from-profile/c"));
    }

    void disabledVariableIsNotUsed()
    {
        VariableScope scope;
        Variable off{"id", "off", false, false};
        scope.addLayer("profile", {off});
        scope.addLayer("collection", {{"id", "on"}});
        QCOMPARE(Variables::resolve("{{id}}", scope).text, QString("on"));
        VariableScope alone = scopeOf({off});
        QCOMPARE(Variables::resolve("{{id}}", alone).unresolved, QStringList{"id"});
    }

    void secrets()
    {
        VariableScope scope;
        scope.addLayer("profile", {{"apiKey", "s3cr3t-value", true}, {"plain", "p"}});
        scope.addLayer("collection", {{"plain", "hidden-secret", true}});
        QVERIFY(scope.isSecret("apiKey"));
        // The layer that gives the value decides.
        QVERIFY(!scope.isSecret("plain"));
        QCOMPARE(scope.secretValues(), (QStringList{"s3cr3t-value", "hidden-secret"}));
        QVERIFY(Variables::resolve("Bearer {{apiKey}}", scope).usesSecret);
        QVERIFY(!Variables::resolve("{{plain}}", scope).usesSecret);
    }

    void dynamicValues()
    {
        const VariableScope empty;
        const VariableResolution guid = Variables::resolve("{{$guid}}", empty);
        QVERIFY(guid.unresolved.isEmpty());
        QVERIFY(!QUuid::fromString(guid.text).isNull());
        QVERIFY(Variables::resolve("{{$guid}}", empty).text != guid.text);
        bool ok = false;
        const qint64 ts = Variables::resolve("{{$timestamp}}", empty).text.toLongLong(&ok);
        QVERIFY(ok && ts > 1'600'000'000);
        const int n = Variables::resolve("{{$randomInt}}", empty).text.toInt(&ok);
        QVERIFY(ok && n >= 0 && n <= 1000);
        QVERIFY(QRegularExpression("^\\d{4}-\\d\\d-\\d\\dT")
                    .match(Variables::resolve("{{$isoTimestamp}}", empty).text)
                    .hasMatch());
        // Not allowed: named as unresolved.
        QCOMPARE(Variables::resolve("{{$guid}}", empty, false).unresolved, QStringList{"$guid"});
        // An unknown dynamic name is unresolved; a defined variable of that name wins.
        QCOMPARE(Variables::resolve("{{$nope}}", empty).unresolved, QStringList{"$nope"});
        QCOMPARE(Variables::resolve("{{$guid}}", scopeOf({{"$guid", "fixed"}})).text, QString("fixed"));
    }

    void bodies()
    {
        const VariableScope scope = scopeOf({{"name", "café"}});
        QStringList unresolved, used;
        QCOMPARE(
            Variables::resolveBytes("{\"n\":\"{{name}}\",\"m\":\"{{missing}}\"}", scope, &unresolved, &used),
            QByteArray("{\"n\":\"café\",\"m\":\"{{missing}}\"}"));
        QCOMPARE(unresolved, QStringList{"missing"});
        QCOMPARE(used, QStringList{"name"});

        // Bytes that are not UTF-8 are never changed, even where they hold "{{name}}".
        QByteArray binary("\x89PNG\r\n\x1a\n{{name}}\xff\xfe\x00{{name}}", 26);
        QCOMPARE(Variables::resolveBytes(binary, scope, &unresolved, &used), binary);
        QVERIFY(unresolved.isEmpty());
        QVERIFY(used.isEmpty());
        // Without references: the same bytes, NULs included.
        const QByteArray plain("a\0b", 3);
        QCOMPARE(Variables::resolveBytes(plain, scope), plain);
    }

    void validNames()
    {
        QVERIFY(Variables::isValidName("templateId"));
        QVERIFY(Variables::isValidName("asset id"));
        QVERIFY(Variables::isValidName("$guid"));
        QVERIFY(!Variables::isValidName(""));
        QVERIFY(!Variables::isValidName(" a"));
        QVERIFY(!Variables::isValidName("a}"));
        QVERIFY(!Variables::isValidName("a\nb"));
    }
};

QTEST_GUILESS_MAIN(TestVariables)
#include "tst_variables.moc"
