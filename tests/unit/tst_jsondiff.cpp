// JsonDiff: objects by key, arrays by id or by position, nested changes, type changes, ignore patterns,
// the summary, call outputs, and apply().
#include "diff/JsonDiff.h"

#include <QJsonDocument>
#include <QTest>

using namespace cx;

namespace {

QJsonValue json(const char *text)
{
    // Wrapped so that scalars parse too.
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray("[") + text + ']');
    if (!document.isArray())
        qFatal("bad test JSON: %s", text);
    return document.array().at(0);
}

// "kind path" per change, in order.
QStringList described(const QList<JsonChange> &changes)
{
    QStringList lines;
    for (const JsonChange &change : changes)
        lines.append(JsonDiff::kindName(change.kind) + QLatin1Char(' ') + change.path());
    return lines;
}

QJsonObject callOutput(int status, const QJsonObject &headers, const QJsonValue &body, double elapsedMs)
{
    return {{QStringLiteral("status"), status},
            {QStringLiteral("headers"), headers},
            {QStringLiteral("body"), body},
            {QStringLiteral("partial_body"), false},
            {QStringLiteral("elapsed_ms"), elapsedMs},
            {QStringLiteral("protocol"), QStringLiteral("http/1.1")},
            {QStringLiteral("url"), QStringLiteral("http://127.0.0.1:1234/api/templates")},
            {QStringLiteral("error"), QJsonValue::Null}};
}

} // namespace

class TestJsonDiff : public QObject
{
    Q_OBJECT

private slots:
    void equalDocumentsHaveNoChanges();
    void keyOrderDoesNotMatter();
    void objectKeysAddedRemovedChanged();
    void scalarsAtTheRoot();
    void arraysByIdIgnoreOrderAndName();
    void arraysByIdWithStringIds();
    void arraysByPosition_data();
    void arraysByPosition();
    void nestedChanges();
    void typeChanges();
    void ignoreExactPath();
    void ignoreWildcards();
    void ignoreCoversEverythingBelow();
    void badPatternsAreRefused_data();
    void badPatternsAreRefused();
    void oddKeysAreQuotedInPaths();
    void limitStopsEarly();
    void summary();
    void toJson();
    void callOutputs();
    void callOutputVolatileHeaders();
    void applyRebuildsB();
};

void TestJsonDiff::equalDocumentsHaveNoChanges()
{
    const QJsonValue a = json(R"({"data":[{"id":1,"name":"x","tags":["a","b"]}],"meta":{"n":1.5,"z":null}})");
    QVERIFY(JsonDiff::compare(a, a).isEmpty());
    QCOMPARE(JsonDiff::summary({}), QStringLiteral("no differences"));
}

void TestJsonDiff::keyOrderDoesNotMatter()
{
    const QJsonValue a = json(R"({"a":1,"b":{"x":true,"y":[1,2]},"c":"s"})");
    const QJsonValue b = json(R"({"c":"s","b":{"y":[1,2],"x":true},"a":1})");
    QCOMPARE(described(JsonDiff::compare(a, b)), QStringList());
}

void TestJsonDiff::objectKeysAddedRemovedChanged()
{
    const QJsonValue a = json(R"({"keep":1,"gone":"old","edit":"before"})");
    const QJsonValue b = json(R"({"keep":1,"edit":"after","new":[1]})");
    const QList<JsonChange> changes = JsonDiff::compare(a, b);
    QCOMPARE(changes.size(), 3);
    QStringList lines = described(changes);
    lines.sort();
    QCOMPARE(lines, (QStringList{QStringLiteral("added new"), QStringLiteral("changed edit"),
                                 QStringLiteral("removed gone")}));
    for (const JsonChange &change : changes) {
        if (change.kind == JsonChange::Kind::Changed) {
            QCOMPARE(change.oldValue, QJsonValue(QStringLiteral("before")));
            QCOMPARE(change.newValue, QJsonValue(QStringLiteral("after")));
        } else if (change.kind == JsonChange::Kind::Removed) {
            QCOMPARE(change.oldValue, QJsonValue(QStringLiteral("old")));
        } else {
            QCOMPARE(change.newValue, json("[1]"));
        }
    }
}

void TestJsonDiff::scalarsAtTheRoot()
{
    QCOMPARE(described(JsonDiff::compare(json("1"), json("2"))), QStringList{QStringLiteral("changed ")});
    QVERIFY(JsonDiff::compare(json("1"), json("1.0")).isEmpty()); // the same number
    QCOMPARE(described(JsonDiff::compare(json("true"), json("false"))),
             QStringList{QStringLiteral("changed ")});
    QVERIFY(JsonDiff::compare(json("null"), json("null")).isEmpty());
}

void TestJsonDiff::arraysByIdIgnoreOrderAndName()
{
    // Item 2 removed, 4 added at the front, 3 renamed, and the rest reordered: matched by id.
    const QJsonValue a = json(R"({"data":[{"id":1,"name":"a"},{"id":2,"name":"b"},{"id":3,"name":"c"}]})");
    const QJsonValue b = json(R"({"data":[{"id":4,"name":"d"},{"id":3,"name":"C"},{"id":1,"name":"a"}]})");
    const QList<JsonChange> changes = JsonDiff::compare(a, b);
    QCOMPARE(described(changes),
             (QStringList{QStringLiteral("removed data[id=2]"), QStringLiteral("changed data[id=3].name"),
                          QStringLiteral("added data[id=4]")}));
    QCOMPARE(changes.at(1).oldValue, QJsonValue(QStringLiteral("c")));
    QCOMPARE(changes.at(1).newValue, QJsonValue(QStringLiteral("C")));
    QCOMPARE(changes.at(2).newValue, json(R"({"id":4,"name":"d"})"));
}

void TestJsonDiff::arraysByIdWithStringIds()
{
    const QJsonValue a = json(R"([{"id":"tpl_7","name":"x"},{"id":"7","name":"s"},{"id":"a b","name":"q"}])");
    const QJsonValue b = json(R"([{"id":"tpl_7","name":"y"},{"id":"7","name":"t"},{"id":"a b","name":"r"}])");
    QCOMPARE(described(JsonDiff::compare(a, b)), (QStringList{QStringLiteral("changed [id=tpl_7].name"),
                                                              QStringLiteral("changed [id=\"7\"].name"),
                                                              QStringLiteral("changed [id=\"a b\"].name")}));
    // "7" and 7 are different ids.
    const QJsonValue numeric = json(R"([{"id":7,"name":"s"}])");
    const QJsonValue text = json(R"([{"id":"7","name":"s"}])");
    QCOMPARE(described(JsonDiff::compare(numeric, text)),
             (QStringList{QStringLiteral("removed [id=7]"), QStringLiteral("added [id=\"7\"]")}));
}

void TestJsonDiff::arraysByPosition_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("scalars") << R"([1,2,3])"
                             << R"([1,5,3,4])"
                             << QStringList{QStringLiteral("changed [1]"), QStringLiteral("added [3]")};
    QTest::newRow("shorter") << R"(["a","b","c"])"
                             << R"(["a"])"
                             << QStringList{QStringLiteral("removed [1]"), QStringLiteral("removed [2]")};
    // One item without an id: every item is matched by position.
    QTest::newRow("an item without id")
        << R"([{"id":1,"v":1},{"v":2}])"
        << R"([{"id":1,"v":1},{"v":3}])" << QStringList{QStringLiteral("changed [1].v")};
    // A repeated id: by position.
    QTest::newRow("repeated id") << R"([{"id":1,"v":1},{"id":1,"v":2}])"
                                 << R"([{"id":1,"v":1},{"id":1,"v":9}])"
                                 << QStringList{QStringLiteral("changed [1].v")};
    // An id that is not a scalar: by position.
    QTest::newRow("object id") << R"([{"id":{"k":1},"v":1}])"
                               << R"([{"id":{"k":1},"v":2}])" << QStringList{QStringLiteral("changed [0].v")};
    // By id on one side only is not enough: B has an item without id.
    QTest::newRow("one side without ids")
        << R"([{"id":1},{"id":2}])"
        << R"([{"id":2},{"x":1}])"
        << QStringList{QStringLiteral("changed [0].id"), QStringLiteral("removed [1].id"),
                       QStringLiteral("added [1].x")};
}

void TestJsonDiff::arraysByPosition()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QStringList, expected);
    QCOMPARE(described(JsonDiff::compare(json(a.toUtf8().constData()), json(b.toUtf8().constData()))),
             expected);
}

void TestJsonDiff::nestedChanges()
{
    const QJsonValue a = json(R"({"data":[{"id":"t1","dimensions":{"width":100,"height":50},
        "pages":[{"n":1,"layers":[{"id":9,"text":"hi"}]}]}],"meta":{"page":{"current":1}}})");
    const QJsonValue b = json(R"({"data":[{"id":"t1","dimensions":{"width":200,"height":50},
        "pages":[{"n":1,"layers":[{"id":9,"text":"hello"}]}]}],"meta":{"page":{"current":2}}})");
    QCOMPARE(described(JsonDiff::compare(a, b)),
             (QStringList{QStringLiteral("changed data[id=t1].dimensions.width"),
                          QStringLiteral("changed data[id=t1].pages[0].layers[id=9].text"),
                          QStringLiteral("changed meta.page.current")}));
}

void TestJsonDiff::typeChanges()
{
    const QJsonValue a = json(R"({"n":"5","o":{"x":1},"l":[1],"z":null,"b":true})");
    const QJsonValue b = json(R"({"n":5,"o":[1],"l":{"x":1},"z":0,"b":"true"})");
    const QList<JsonChange> changes = JsonDiff::compare(a, b);
    QCOMPARE(changes.size(), 5);
    for (const JsonChange &change : changes)
        QCOMPARE(JsonDiff::kindName(change.kind), QStringLiteral("typeChanged"));
    const auto n = std::find_if(changes.cbegin(), changes.cend(),
                                [](const JsonChange &c) { return c.path() == QLatin1String("n"); });
    QVERIFY(n != changes.cend());
    QCOMPARE(JsonDiff::typeName(n->oldValue), QStringLiteral("string"));
    QCOMPARE(JsonDiff::typeName(n->newValue), QStringLiteral("number"));
    // A type change is reported once, not for everything below it.
    QCOMPARE(JsonDiff::compare(json(R"({"o":{"a":1,"b":2}})"), json(R"({"o":"x"})")).size(), 1);
}

void TestJsonDiff::ignoreExactPath()
{
    const QJsonValue a = json(R"({"meta":{"request_id":"r1","page":1},"data":[]})");
    const QJsonValue b = json(R"({"meta":{"request_id":"r2","page":2},"data":[]})");
    JsonDiffOptions options;
    options.ignore = {QStringLiteral("meta.request_id")};
    QCOMPARE(described(JsonDiff::compare(a, b, options)), QStringList{QStringLiteral("changed meta.page")});
    options.ignore = {QStringLiteral("meta.request")}; // not a prefix of a key
    QCOMPARE(JsonDiff::compare(a, b, options).size(), 2);
}

void TestJsonDiff::ignoreWildcards()
{
    const QJsonValue a =
        json(R"({"data":[{"id":1,"name":"a","updated_at":"t1"},{"id":2,"name":"b","updated_at":"t1"}],
        "list":[{"v":1,"at":"x"},{"v":2,"at":"x"}],"x":{"p":{"at":1},"q":{"at":1}}})");
    const QJsonValue b =
        json(R"({"data":[{"id":1,"name":"A","updated_at":"t2"},{"id":2,"name":"b","updated_at":"t2"}],
        "list":[{"v":1,"at":"y"},{"v":3,"at":"y"}],"x":{"p":{"at":2},"q":{"at":2}}})");
    JsonDiffOptions options;
    options.ignore = {QStringLiteral("data[*].updated_at"), QStringLiteral("list[*].at"),
                      QStringLiteral("x.*.at")};
    QCOMPARE(described(JsonDiff::compare(a, b, options)),
             (QStringList{QStringLiteral("changed data[id=1].name"), QStringLiteral("changed list[1].v")}));
    // One item by its id, one by its position.
    options.ignore = {QStringLiteral("data[id=1]"), QStringLiteral("list[1]"), QStringLiteral("x")};
    QCOMPARE(
        described(JsonDiff::compare(a, b, options)),
        (QStringList{QStringLiteral("changed data[id=2].updated_at"), QStringLiteral("changed list[0].at")}));
    // [*] is any item, * is any key: `data.*` does not reach into an array.
    options.ignore = {QStringLiteral("data.*"), QStringLiteral("*.*[*].v")};
    QCOMPARE(JsonDiff::compare(a, b, options).size(), 8);
    options.ignore = {QStringLiteral("*")};
    QVERIFY(JsonDiff::compare(a, b, options).isEmpty());
}

void TestJsonDiff::ignoreCoversEverythingBelow()
{
    const QJsonValue a = json(R"({"data":[{"id":1,"audit":{"by":"x","at":{"s":1}}}]})");
    const QJsonValue b = json(R"({"data":[{"id":1,"audit":{"by":"y","at":{"s":2}},"extra":1}]})");
    JsonDiffOptions options;
    options.ignore = {QStringLiteral("data[*].audit")};
    QCOMPARE(described(JsonDiff::compare(a, b, options)),
             QStringList{QStringLiteral("added data[id=1].extra")});
}

void TestJsonDiff::badPatternsAreRefused_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << "meta.request_id" << true;
    QTest::newRow("wildcards") << "data[*].updated_at" << true;
    QTest::newRow("star") << "*.x" << true;
    QTest::newRow("index") << "[3].name" << true;
    QTest::newRow("id") << "data[id=tpl_7].name" << true;
    QTest::newRow("quoted id") << R"(data[id="a b"])" << true;
    QTest::newRow("quoted key") << R"(["a.b"].c)" << true;
    QTest::newRow("header") << "headers.x-request-id" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("double dot") << "a..b" << false;
    QTest::newRow("trailing dot") << "a." << false;
    QTest::newRow("open bracket") << "a[" << false;
    QTest::newRow("negative") << "a[-1]" << false;
    QTest::newRow("word") << "a[x]" << false;
    QTest::newRow("stray bracket") << "a]b" << false;
    QTest::newRow("unterminated quote") << R"(a["b])" << false;
}

void TestJsonDiff::badPatternsAreRefused()
{
    QFETCH(QString, pattern);
    QFETCH(bool, valid);
    QString error;
    QCOMPARE(JsonDiff::checkPattern(pattern, &error), valid);
    QCOMPARE(error.isEmpty(), valid);
    if (!valid)
        QVERIFY2(error.contains(pattern), qPrintable(error));
}

void TestJsonDiff::oddKeysAreQuotedInPaths()
{
    const QJsonValue a = json(R"({"a.b":{"c d":1},"*":1,"":1,"k":{"x]":1}})");
    const QJsonValue b = json(R"({"a.b":{"c d":2},"*":2,"":2,"k":{"x]":2}})");
    QStringList paths = described(JsonDiff::compare(a, b));
    paths.sort();
    QCOMPARE(paths, (QStringList{QStringLiteral("changed [\"\"]"), QStringLiteral("changed [\"*\"]"),
                                 QStringLiteral("changed [\"a.b\"][\"c d\"]"),
                                 QStringLiteral("changed k[\"x]\"]")}));
    // The paths read back as patterns.
    JsonDiffOptions options;
    options.ignore = {QStringLiteral(R"(["a.b"]["c d"])"), QStringLiteral(R"(["*"])"),
                      QStringLiteral(R"([""])"), QStringLiteral(R"(k["x]"])")};
    QVERIFY(JsonDiff::compare(a, b, options).isEmpty());
}

void TestJsonDiff::limitStopsEarly()
{
    QJsonArray a, b;
    for (int i = 0; i < 1000; ++i) {
        a.append(QJsonObject{{QStringLiteral("id"), i}, {QStringLiteral("v"), i}});
        b.append(QJsonObject{{QStringLiteral("id"), i}, {QStringLiteral("v"), -i}});
    }
    QCOMPARE(JsonDiff::compare(a, b).size(), 999);
    JsonDiffOptions options;
    options.limit = 1;
    const QList<JsonChange> first = JsonDiff::compare(a, b, options);
    QCOMPARE(described(first), QStringList{QStringLiteral("changed [id=1].v")});
}

void TestJsonDiff::summary()
{
    const QJsonValue a = json(R"({"data":[{"id":1,"name":"a"},{"id":2,"name":"b"},{"id":3,"name":"c"},
        {"id":4,"name":"d"},{"id":5,"name":"e"}]})");
    const QJsonValue b = json(R"({"data":[{"id":1,"name":"a"},{"id":2,"name":"b"},{"id":3,"name":"c"},
        {"id":4,"name":"D"},{"id":5,"name":"e"},{"id":6},{"id":7},{"id":8}]})");
    QCOMPARE(JsonDiff::summary(JsonDiff::compare(a, b)),
             QStringLiteral("3 only in B; 1 changed: data[id=4].name"));
    const QJsonValue c = json(R"({"a":1,"b":2,"c":3,"d":4,"e":"x","f":0})");
    const QJsonValue d = json(R"({"a":5,"b":6,"c":7,"d":8,"e":1})");
    QCOMPARE(JsonDiff::summary(JsonDiff::compare(c, d)),
             QStringLiteral("1 only in A; 4 changed: a, b, c, …; 1 changed type: e"));
}

void TestJsonDiff::toJson()
{
    const QList<JsonChange> changes =
        JsonDiff::compare(json(R"({"a":1,"b":"x","c":true})"), json(R"({"a":2,"b":3,"d":null})"));
    const QJsonObject result = JsonDiff::resultToJson(changes);
    QCOMPARE(result.value(QLatin1String("equal")), QJsonValue(false));
    QCOMPARE(result.value(QLatin1String("summary")).toString(), JsonDiff::summary(changes));
    const QJsonArray list = result.value(QLatin1String("changes")).toArray();
    QCOMPARE(list.size(), 4);
    QJsonObject byPath;
    for (const QJsonValue &item : list)
        byPath.insert(item.toObject().value(QLatin1String("path")).toString(), item);
    QCOMPARE(byPath.value(QLatin1String("a")), json(R"({"kind":"changed","path":"a","old":1,"new":2})"));
    QCOMPARE(byPath.value(QLatin1String("b")),
             json(R"({"kind":"typeChanged","path":"b","old":"x","new":3})"));
    QCOMPARE(byPath.value(QLatin1String("c")), json(R"({"kind":"removed","path":"c","old":true})"));
    QCOMPARE(byPath.value(QLatin1String("d")), json(R"({"kind":"added","path":"d","new":null})"));
    QCOMPARE(JsonDiff::resultToJson({}).value(QLatin1String("equal")), QJsonValue(true));
}

void TestJsonDiff::callOutputs()
{
    const QJsonObject headers{{QStringLiteral("content-type"), QStringLiteral("application/json")}};
    const QJsonObject a =
        callOutput(200, headers, json(R"({"data":[{"id":1,"name":"a"}],"meta":{"rid":"1"}})"), 12);
    QJsonObject headersB = headers;
    headersB.insert(QStringLiteral("x-extra"), QStringLiteral("1"));
    const QJsonObject b =
        callOutput(403, headersB, json(R"({"data":[{"id":1,"name":"b"}],"meta":{"rid":"2"}})"), 30);
    QVERIFY(JsonDiff::isCallOutput(a));
    QVERIFY(!JsonDiff::isCallOutput(json(R"({"status":200,"headers":{}})")));
    QVERIFY(!JsonDiff::isCallOutput(a.value(QLatin1String("body"))));
    // elapsed_ms and the rest are not compared; status, headers and body are.
    QCOMPARE(
        described(JsonDiff::compareCallOutputs(a, b)),
        (QStringList{QStringLiteral("changed body.data[id=1].name"), QStringLiteral("changed body.meta.rid"),
                     QStringLiteral("added headers.x-extra"), QStringLiteral("changed status")}));
    // Ignore patterns: relative to the body unless they start with status, headers or body.
    JsonDiffOptions options;
    options.ignore = {QStringLiteral("meta.rid"), QStringLiteral("headers.x-extra"),
                      QStringLiteral("status")};
    QCOMPARE(described(JsonDiff::compareCallOutputs(a, b, options)),
             QStringList{QStringLiteral("changed body.data[id=1].name")});
    options.ignore = {QStringLiteral("body")};
    QCOMPARE(JsonDiff::compareCallOutputs(a, b, options).size(), 2);
    QVERIFY(JsonDiff::compareCallOutputs(a, a).isEmpty());
}

void TestJsonDiff::callOutputVolatileHeaders()
{
    const QJsonObject a =
        callOutput(200,
                   {{QStringLiteral("date"), QStringLiteral("Mon, 07 Dec 2026 08:00:00 GMT")},
                    {QStringLiteral("x-request-id"), QStringLiteral("a")},
                    {QStringLiteral("etag"), QStringLiteral("\"1\"")}},
                   json("[]"), 1);
    const QJsonObject b =
        callOutput(200,
                   {{QStringLiteral("date"), QStringLiteral("Mon, 07 Dec 2026 08:00:01 GMT")},
                    {QStringLiteral("x-request-id"), QStringLiteral("b")},
                    {QStringLiteral("etag"), QStringLiteral("\"2\"")}},
                   json("[]"), 2);
    QCOMPARE(described(JsonDiff::compareCallOutputs(a, b)),
             QStringList{QStringLiteral("changed headers.etag")});
    JsonDiffOptions options;
    options.allHeaders = true;
    QCOMPARE(JsonDiff::compareCallOutputs(a, b, options).size(), 3);
}

void TestJsonDiff::applyRebuildsB()
{
    const QJsonValue a = json(R"({"data":[{"id":1,"n":"a"},{"id":2,"n":"b"},{"id":3,"n":"c"}],
        "list":[1,2,3],"o":{"x":{"y":1}},"gone":1})");
    const QJsonValue b =
        json(R"({"data":[{"id":4,"n":"d"},{"id":1,"n":"a"},{"id":3,"n":"C","t":[1]},{"id":5}],
        "list":[1,"2"],"o":{"x":[1]},"new":{"k":null}})");
    const QList<JsonChange> changes = JsonDiff::compare(a, b);
    QCOMPARE(JsonDiff::apply(a, changes), b);
    QCOMPARE(JsonDiff::apply(a, {}), a);
    QCOMPARE(JsonDiff::apply(json("1"), JsonDiff::compare(json("1"), json(R"({"a":1})"))),
             json(R"({"a":1})"));
}

QTEST_GUILESS_MAIN(TestJsonDiff)
#include "tst_jsondiff.moc"
