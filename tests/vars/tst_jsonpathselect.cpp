// JsonPathSelect: the paths a user writes to set a variable from a response.
#include "vars/JsonPathSelect.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cx;

static QByteArray sampleBody()
{
    return "{\"data\": [{\"id\": \"tpl_1\", \"name\": \"First\"}, {\"id\": \"tpl_2\", \"tags\": [\"a\", "
           "\"b\"]}],"
           "\"meta\": {\"current_page\": 1, \"total\": 2.5, \"key with space\": {\"x\\\"y\": true}, "
           "\"nothing\": null},"
           "\"items\": [10, 20, 30], \"$weird\": \"w\", \"a-b\": \"dash\"}";
}

class TestJsonPathSelect : public QObject
{
    Q_OBJECT

    const QByteArray m_body = sampleBody();

private slots:
    void select_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value");
        QTest::newRow("first id") << "data[0].id"
                                  << "tpl_1";
        QTest::newRow("with root") << "$.data[1].id"
                                   << "tpl_2";
        QTest::newRow("root bracket") << "$['meta'].current_page"
                                      << "1";
        QTest::newRow("nested array") << "data[1].tags[1]"
                                      << "b";
        QTest::newRow("last") << "items[-1]"
                              << "30";
        QTest::newRow("from end") << "items[-3]"
                                  << "10";
        QTest::newRow("space key") << "meta[\"key with space\"][\"x\\\"y\"]"
                                   << "true";
        QTest::newRow("single quotes") << "meta['key with space']"
                                       << "{\"x\\\"y\":true}";
        QTest::newRow("double") << "meta.total"
                                << "2.5";
        QTest::newRow("null") << "meta.nothing"
                              << "null";
        QTest::newRow("array") << "items"
                               << "[10,20,30]";
        QTest::newRow("dollar key") << "[\"$weird\"]"
                                    << "w";
        QTest::newRow("dash key") << "a-b"
                                  << "dash";
    }
    void select()
    {
        QFETCH(QString, path);
        QFETCH(QString, value);
        QString error;
        const auto parsed = JsonPathSelect::parse(path, &error);
        QVERIFY2(parsed, qPrintable(error));
        const auto selected = parsed->select(m_body, &error);
        QVERIFY2(selected, qPrintable(error));
        QCOMPARE(JsonPathSelect::toVariableValue(*selected), value);
    }

    void badPaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("words");
        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("leading dot") << ".a"
                                     << "\".\"";
        QTest::newRow("unclosed quote") << "a[\"b"
                                        << "not closed";
        QTest::newRow("not a number") << "a[x]"
                                      << "position 3";
        QTest::newRow("junk after") << "a b"
                                    << "position 2";
        QTest::newRow("double dot") << "a..b"
                                    << "position 3";
    }
    void badPaths()
    {
        QFETCH(QString, path);
        QFETCH(QString, words);
        QString error;
        QVERIFY(!JsonPathSelect::parse(path, &error));
        QVERIFY2(error.contains(words), qPrintable(error));
    }

    void missingPlaces_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("words");
        QTest::newRow("out of range") << "data[5].id"
                                      << "data has 2 element(s): no [5]";
        QTest::newRow("negative out") << "items[-4]"
                                      << "items has 3";
        QTest::newRow("missing key") << "data[0].nope"
                                     << "data[0] has no key \"nope\"";
        QTest::newRow("not array") << "meta[0]"
                                   << "meta is not an array";
        QTest::newRow("not object") << "items.x"
                                    << "items is not an object";
    }
    void missingPlaces()
    {
        QFETCH(QString, path);
        QFETCH(QString, words);
        QString error;
        const auto parsed = JsonPathSelect::parse(path, &error);
        QVERIFY2(parsed, qPrintable(error));
        QVERIFY(!parsed->select(m_body, &error));
        QVERIFY2(error.contains(words), qPrintable(error));
    }

    void notJson()
    {
        QString error;
        QVERIFY(!JsonPathSelect::parse("a")->select(QByteArray("<html>"), &error));
        QVERIFY2(error.contains("not JSON"), qPrintable(error));
    }

    void formatRoundTrips()
    {
        const QList<JsonPathSelect::Step> steps{
            QString("data"),      qsizetype(0),  QString("key with space"),
            QString("q\"uote\\"), QString("$x"), qsizetype(-1)};
        const QString text = JsonPathSelect::format(steps);
        QCOMPARE(text, QString("data[0][\"key with space\"][\"q\\\"uote\\\\\"][\"$x\"][-1]"));
        const auto parsed = JsonPathSelect::parse(text);
        QVERIFY(parsed);
        QCOMPARE(parsed->steps(), steps);
        QCOMPARE(JsonPathSelect::format({}), QString("$"));
        QCOMPARE(JsonPathSelect::format({qsizetype(2), QString("id")}), QString("[2].id"));
    }

    void rootArray()
    {
        const auto parsed = JsonPathSelect::parse("[1].id");
        QVERIFY(parsed);
        const auto value = parsed->select(QByteArray("[{\"id\":1},{\"id\":\"two\"}]"));
        QVERIFY(value);
        QCOMPARE(value->toString(), QString("two"));
    }
};

QTEST_GUILESS_MAIN(TestJsonPathSelect)
#include "tst_jsonpathselect.moc"
