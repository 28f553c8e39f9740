// The JSON tree model on its own: children exist only once fetched, paths and values are exact, and
// bodies nested deeper than QJsonDocument allows are refused (shown raw by the viewer). Also the page
// breaks the viewer computes on a worker.
#include "response/BodyParser.h"
#include "response/JsonTreeModel.h"
#include "response/PagedTextView.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace cx::gui;

class TestJsonTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void topLevelOnlyUntilFetched();
    void bigArraysComeInBatches();
    void pathsAndValues();
    void oddKeysAreQuotedInPaths();
    void passesTheModelTester();
    void deepNestingIsRefused_data();
    void deepNestingIsRefused();
    void nonJsonIsShownRaw();
    void retranslateRepaintsHeadersAndCreatedValues();
    void longLinesGetShortPages();

private:
    static QJsonDocument parse(const QByteArray &json)
    {
        const ParsedBody parsed = ParsedBody::parse(json, "application/json");
        return parsed.json;
    }
};

void TestJsonTreeModel::topLevelOnlyUntilFetched()
{
    JsonTreeModel model;
    model.setDocument(parse(R"({"data":[{"id":1,"tags":["a","b"]},{"id":2}],"meta":{"total":2}})"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.createdNodeCount(), 2);
    const QModelIndex data = model.index(0, 0);
    QCOMPARE(data.data().toString(), QStringLiteral("data"));
    QVERIFY(model.hasChildren(data));
    QCOMPARE(model.rowCount(data), 0);
    QVERIFY(model.canFetchMore(data));
    model.fetchMore(data);
    QCOMPARE(model.rowCount(data), 2);
    QCOMPARE(model.createdNodeCount(), 4);
    QVERIFY(!model.canFetchMore(data));
    const QModelIndex first = model.index(0, 0, data);
    QCOMPARE(first.data().toString(), QStringLiteral("[0]"));
    QCOMPARE(model.index(0, JsonTreeModel::TypeColumn, data).data().toString(), QStringLiteral("object"));
    QCOMPARE(model.rowCount(first), 0); // still lazy one level down
    QCOMPARE(model.parent(first), data);
    // Scalars have no children to fetch.
    model.fetchMore(first);
    const QModelIndex id = model.index(0, 0, first);
    QVERIFY(!model.hasChildren(id));
    QVERIFY(!model.canFetchMore(id));
}

void TestJsonTreeModel::bigArraysComeInBatches()
{
    QJsonArray array;
    for (int i = 0; i < 100000; ++i)
        array.append(i);
    JsonTreeModel model;
    model.setDocument(QJsonDocument(QJsonObject{{QStringLiteral("items"), array}}));
    const QModelIndex items = model.index(0, 0);
    model.fetchMore(items);
    QCOMPARE(model.rowCount(items), JsonTreeModel::BatchSize);
    QVERIFY(model.canFetchMore(items));
    model.fetchMore(items);
    QCOMPARE(model.rowCount(items), 2 * JsonTreeModel::BatchSize);
    QCOMPARE(model.index(JsonTreeModel::BatchSize + 7, JsonTreeModel::ValueColumn, items).data().toString(),
             QString::number(JsonTreeModel::BatchSize + 7));
    QVERIFY(model.createdNodeCount() < 2000);
    // Finding a child far down fetches only as far as needed.
    const QModelIndex far = model.childFor(items, QStringLiteral("2600"));
    QVERIFY(far.isValid());
    QCOMPARE(model.pathOf(far), QStringLiteral("$.items[2600]"));
    QVERIFY(model.rowCount(items) <= 3000);
}

void TestJsonTreeModel::pathsAndValues()
{
    JsonTreeModel model;
    model.setDocument(
        parse(R"({"data":[{"name":"Summer \"sale\"","price":12.5,"ok":true,"none":null,"tags":["x"]}]})"));
    const QModelIndex item = model.childFor(model.childFor({}, QStringLiteral("data")), QStringLiteral("0"));
    QCOMPARE(model.pathOf(item), QStringLiteral("$.data[0]"));
    const QModelIndex name = model.childFor(item, QStringLiteral("name"));
    QCOMPARE(model.pathOf(name), QStringLiteral("$.data[0].name"));
    QCOMPARE(name.data(JsonTreeModel::PathRole).toString(), QStringLiteral("$.data[0].name"));
    QCOMPARE(model.copyValueOf(name), QStringLiteral("Summer \"sale\""));
    QCOMPARE(model.index(name.row(), JsonTreeModel::ValueColumn, item).data().toString(),
             QStringLiteral("\"Summer \"sale\"\""));
    QCOMPARE(model.copyValueOf(model.childFor(item, QStringLiteral("price"))), QStringLiteral("12.5"));
    QCOMPARE(model.copyValueOf(model.childFor(item, QStringLiteral("ok"))), QStringLiteral("true"));
    QCOMPARE(model.copyValueOf(model.childFor(item, QStringLiteral("none"))), QStringLiteral("null"));
    QCOMPARE(model.copyValueOf(model.childFor(item, QStringLiteral("tags"))), QStringLiteral("[\"x\"]"));
    QCOMPARE(model.index(item.row(), JsonTreeModel::ValueColumn, item.parent()).data().toString(),
             QStringLiteral("{5 keys}"));
    // A top-level array.
    model.setDocument(parse(R"([[1,2],[3]])"));
    const QModelIndex inner = model.childFor(model.childFor({}, QStringLiteral("1")), QStringLiteral("0"));
    QCOMPARE(model.pathOf(inner), QStringLiteral("$[1][0]"));
    QCOMPARE(model.copyValueOf(inner), QStringLiteral("3"));
}

void TestJsonTreeModel::oddKeysAreQuotedInPaths()
{
    JsonTreeModel model;
    model.setDocument(parse(R"({"a b":{"x\"y":1,"_ok$":2,"9lives":3}})"));
    const QModelIndex ab = model.childFor({}, QStringLiteral("a b"));
    QCOMPARE(model.pathOf(ab), QStringLiteral("$[\"a b\"]"));
    QCOMPARE(model.pathOf(model.childFor(ab, QStringLiteral("x\"y"))),
             QStringLiteral("$[\"a b\"][\"x\\\"y\"]"));
    QCOMPARE(model.pathOf(model.childFor(ab, QStringLiteral("_ok$"))), QStringLiteral("$[\"a b\"]._ok$"));
    QCOMPARE(model.pathOf(model.childFor(ab, QStringLiteral("9lives"))),
             QStringLiteral("$[\"a b\"][\"9lives\"]"));
}

void TestJsonTreeModel::passesTheModelTester()
{
    JsonTreeModel model;
    model.setDocument(parse(R"({"a":[1,2,{"b":[]}],"c":{}})"));
    // The tester walks (and fetches) the whole tree, then watches every later change.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.rowCount(model.index(0, 0)) == 3);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestJsonTreeModel::deepNestingIsRefused_data()
{
    QTest::addColumn<int>("depth");
    QTest::addColumn<bool>("json");
    QTest::newRow("1000 levels") << 1000 << true;
    QTest::newRow("1025 levels") << ParsedBody::MaxDepth + 1 << false;
    QTest::newRow("5000 levels") << 5000 << false;
}

void TestJsonTreeModel::deepNestingIsRefused()
{
    QFETCH(int, depth);
    QFETCH(bool, json);
    const QByteArray body = QByteArray(depth, '[') + QByteArray(depth, ']');
    const ParsedBody parsed = ParsedBody::parse(body, "application/json");
    QCOMPARE(parsed.kind == ParsedBody::Kind::Json, json);
    if (!json) {
        QCOMPARE(parsed.kind, ParsedBody::Kind::Raw);
        QVERIFY2(parsed.note().contains(QStringLiteral("1024")), qPrintable(parsed.note()));
    } else {
        JsonTreeModel model;
        model.setDocument(parsed.json);
        QModelIndex index = model.index(0, 0);
        for (int level = 0; level < 5; ++level) {
            model.fetchMore(index);
            index = model.index(0, 0, index);
        }
        QCOMPARE(model.pathOf(index), QStringLiteral("$[0][0][0][0][0][0]"));
    }
}

void TestJsonTreeModel::nonJsonIsShownRaw()
{
    ParsedBody parsed = ParsedBody::parse("<html>Bad gateway</html>", "text/html");
    QCOMPARE(parsed.kind, ParsedBody::Kind::Raw);
    QVERIFY(!parsed.note().isEmpty());
    parsed = ParsedBody::parse("{\"a\": ", "application/json");
    QCOMPARE(parsed.kind, ParsedBody::Kind::Raw);
    QVERIFY(parsed.note().contains(QStringLiteral("not valid JSON")));
    parsed = ParsedBody::parse({}, "application/json");
    QCOMPARE(parsed.kind, ParsedBody::Kind::Empty);
    parsed = ParsedBody::parse("{\"a\":1}", "application/json");
    QCOMPARE(parsed.kind, ParsedBody::Kind::Json);
    QVERIFY(parsed.pretty.contains("\n    \"a\": 1"));
}

void TestJsonTreeModel::retranslateRepaintsHeadersAndCreatedValues()
{
    JsonTreeModel model;
    model.setDocument(parse(R"({"data":[{"id":1},{"id":2}],"meta":{"total":2}})"));
    const QModelIndex data = model.index(0, 0);
    model.fetchMore(data);
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy values(&model, &QAbstractItemModel::dataChanged);
    model.retranslate();
    QCOMPARE(headers.count(), 1);
    QCOMPARE(headers.at(0).at(2).toInt(), JsonTreeModel::ColumnCount - 1);
    // The top level and the expanded "data" ("{1 key}" texts), not the children never created.
    QCOMPARE(values.count(), 2);
    QCOMPARE(values.at(0).at(0).toModelIndex(), model.index(0, JsonTreeModel::ValueColumn));
    QCOMPARE(values.at(1).at(1).toModelIndex(), model.index(1, JsonTreeModel::ValueColumn, data));
}

void TestJsonTreeModel::longLinesGetShortPages()
{
    // Minified JSON has no line break: its pages are LongLineBytes, cut between characters.
    QByteArray oneLine = "[";
    while (oneLine.size() < 5 * PagedTextView::PageBytes)
        oneLine += "\"é\",";
    const QList<qsizetype> starts = PagedTextView::pageStartsOf(oneLine);
    QCOMPARE(starts.first(), 0);
    for (qsizetype i = 1; i < starts.size(); ++i) {
        QVERIFY(starts[i] - starts[i - 1] <= PagedTextView::LongLineBytes);
        QVERIFY(starts[i] - starts[i - 1] > PagedTextView::LongLineBytes - 4);
        QVERIFY((uchar(oneLine.at(starts[i])) & 0xC0) != 0x80); // never inside a UTF-8 sequence
    }
    // Text with lines keeps full pages that end after a line break.
    QByteArray lines;
    for (int i = 0; lines.size() < 5 * PagedTextView::PageBytes; ++i)
        lines += "line " + QByteArray::number(i) + "\n";
    const QList<qsizetype> lineStarts = PagedTextView::pageStartsOf(lines);
    QCOMPARE(lineStarts.size(), 5);
    for (qsizetype i = 1; i < lineStarts.size(); ++i) {
        QCOMPARE(lines.at(lineStarts[i] - 1), '\n');
        QVERIFY(lineStarts[i] - lineStarts[i - 1] >= PagedTextView::PageBytes);
    }
    QCOMPARE(PagedTextView::pageStartsOf(QByteArray()), QList<qsizetype>{0});
}

QTEST_GUILESS_MAIN(TestJsonTreeModel)
#include "tst_jsontreemodel.moc"
