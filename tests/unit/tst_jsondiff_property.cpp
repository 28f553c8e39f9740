// JsonDiff's properties over a few hundred random documents (seeded, so a failure repeats): a document
// does not differ from itself, and applying the diff of A and B to A gives B. B is A after random
// mutations: values changed, types changed, keys added and removed, array items inserted, removed and
// edited, ids changed (so both the by-id and the by-position matching are exercised).
#include "diff/JsonDiff.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace cx;

namespace {

class Generator
{
public:
    explicit Generator(quint32 seed) : m_random(seed) {}

    int below(int n) { return int(m_random.bounded(n)); }
    bool chance(int percent) { return below(100) < percent; }

    QString word()
    {
        static const char *const words[] = {"id", "name", "tags", "data", "meta", "a.b", "x y", "*", "", "n"};
        return QString::fromLatin1(words[below(10)]) + (chance(50) ? QString::number(below(5)) : QString());
    }

    QJsonValue scalar()
    {
        switch (below(5)) {
        case 0:
            return QJsonValue(QJsonValue::Null);
        case 1:
            return chance(50);
        case 2:
            return below(1000) - 500;
        case 3:
            return below(1000) / 8.0;
        default:
            return word();
        }
    }

    QJsonValue value(int depth)
    {
        const int kind = depth <= 0 ? 0 : below(10);
        if (kind < 4)
            return scalar();
        if (kind < 7)
            return object(depth - 1);
        if (kind < 9)
            return itemsWithIds(depth - 1);
        QJsonArray array;
        for (int i = below(5); i > 0; --i)
            array.append(value(depth - 1));
        return array;
    }

    QJsonObject object(int depth)
    {
        QJsonObject object;
        for (int i = below(6); i > 0; --i)
            object.insert(word(), value(depth));
        return object;
    }

    // An API list: objects with unique ids (numbers or strings), matched by id.
    QJsonArray itemsWithIds(int depth)
    {
        QJsonArray array;
        const bool strings = chance(50);
        int next = below(5);
        for (int i = below(8); i > 0; --i) {
            QJsonObject item = object(depth);
            next += 1 + below(3);
            item.insert(QStringLiteral("id"),
                        strings ? QJsonValue(QStringLiteral("tpl_%1").arg(next)) : QJsonValue(next));
            array.append(item);
        }
        return array;
    }

    // `value` with random changes, each part changed with a small probability.
    QJsonValue mutate(const QJsonValue &value, int depth)
    {
        if (chance(5))
            return this->value(depth); // replaced (often another type)
        if (value.isObject()) {
            QJsonObject object = value.toObject();
            const QStringList keys = object.keys();
            for (const QString &key : keys) {
                if (chance(8))
                    object.remove(key);
                else if (chance(30))
                    object.insert(key, mutate(object.value(key), depth - 1));
            }
            if (chance(15))
                object.insert(word(), this->value(depth - 1));
            return object;
        }
        if (value.isArray()) {
            QJsonArray array = value.toArray();
            for (qsizetype i = array.size() - 1; i >= 0; --i) {
                if (chance(10))
                    array.removeAt(i);
                else if (chance(30))
                    array[i] = mutate(array.at(i), depth - 1);
            }
            if (chance(20)) {
                // A new item in the list's own shape, at a random place, with an id no other item has.
                QJsonValue item = array.isEmpty() || !array.at(0).isObject() ? this->value(depth - 1)
                                                                             : QJsonValue(object(depth - 1));
                if (item.isObject() && chance(80)) {
                    QJsonObject withId = item.toObject();
                    withId.insert(QStringLiteral("id"), 10000 + below(100000));
                    item = withId;
                }
                array.insert(below(int(array.size()) + 1), item);
            }
            return array;
        }
        return chance(30) ? scalar() : value;
    }

private:
    QRandomGenerator m_random;
};

QByteArray text(const QJsonValue &value)
{
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
}

} // namespace

class TestJsonDiffProperty : public QObject
{
    Q_OBJECT

private slots:
    void selfDiffIsEmptyAndApplyGivesB();
    void bothMatchingsAreExercised();
};

void TestJsonDiffProperty::selfDiffIsEmptyAndApplyGivesB()
{
    int different = 0;
    for (quint32 seed = 1; seed <= 400; ++seed) {
        Generator generator(seed);
        const QJsonValue a = generator.chance(80) ? QJsonValue(generator.object(4)) : generator.value(4);
        const QJsonValue b = generator.mutate(a, 4);
        QVERIFY2(JsonDiff::compare(a, a).isEmpty(), qPrintable(QStringLiteral("seed %1").arg(seed)));
        QVERIFY2(JsonDiff::compare(b, b).isEmpty(), qPrintable(QStringLiteral("seed %1").arg(seed)));
        const QList<JsonChange> changes = JsonDiff::compare(a, b);
        QCOMPARE(changes.isEmpty(), a == b);
        different += changes.isEmpty() ? 0 : 1;
        const QJsonValue rebuilt = JsonDiff::apply(a, changes);
        if (rebuilt != b) {
            QStringList paths;
            for (const JsonChange &change : changes)
                paths.append(JsonDiff::kindName(change.kind) + QLatin1Char(' ') + change.path());
            QFAIL(qPrintable(QStringLiteral("seed %1\nA: %2\nB: %3\napplied: %4\nchanges: %5")
                                 .arg(seed)
                                 .arg(QString::fromUtf8(text(a)), QString::fromUtf8(text(b)),
                                      QString::fromUtf8(text(rebuilt)), paths.join(QStringLiteral("; ")))));
        }
        // And back: B with the diff of B and A is A.
        QCOMPARE(JsonDiff::apply(b, JsonDiff::compare(b, a)), a);
    }
    QVERIFY2(different > 200, qPrintable(QString::number(different))); // the mutations did change things
}

// The generated pairs reach both array matchings (a path with [id=...] and one with [N]).
void TestJsonDiffProperty::bothMatchingsAreExercised()
{
    int byId = 0;
    int byPosition = 0;
    for (quint32 seed = 1; seed <= 400; ++seed) {
        Generator generator(seed);
        const QJsonValue a = generator.chance(80) ? QJsonValue(generator.object(4)) : generator.value(4);
        const QJsonValue b = generator.mutate(a, 4);
        for (const JsonChange &change : JsonDiff::compare(a, b)) {
            for (const JsonPathSegment &segment : change.segments) {
                byId += segment.kind == JsonPathSegment::Kind::Id ? 1 : 0;
                byPosition += segment.kind == JsonPathSegment::Kind::Index ? 1 : 0;
            }
        }
    }
    QVERIFY2(byId > 50, qPrintable(QString::number(byId)));
    QVERIFY2(byPosition > 50, qPrintable(QString::number(byPosition)));
}

QTEST_GUILESS_MAIN(TestJsonDiffProperty)
#include "tst_jsondiff_property.moc"
