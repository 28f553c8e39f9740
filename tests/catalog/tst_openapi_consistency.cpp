// The shipped OpenAPI document agrees with itself: every schema and example a parameter reuses satisfies
// that parameter. A mock server built from the document (static or generated examples) hands out ids and
// values from the item schemas; the check-up then sends them back as {id}, folder_id, per_page... and the
// document's own parameters must accept them. A small JSON-schema subset (type, minimum, maximum, enum,
// pattern, required, properties, items, $ref) is enough for what the document uses.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

namespace {

class Document
{
public:
    explicit Document(QJsonObject root) : m_root(std::move(root)) {}

    QJsonObject resolve(QJsonObject object) const
    {
        for (int depth = 0; depth < 16 && object.contains(QStringLiteral("$ref")); ++depth) {
            QJsonValue target = m_root;
            const QStringList parts =
                object.value(QStringLiteral("$ref")).toString().mid(2).split(QLatin1Char('/'));
            for (const QString &part : parts)
                target = target.toObject().value(part);
            object = target.toObject();
        }
        return object;
    }

    // Why `value` does not satisfy `schema` ("" when it does).
    QString violation(const QJsonValue &value, QJsonObject schema, const QString &where) const
    {
        schema = resolve(schema);
        if (value.isNull())
            return schema.value(QStringLiteral("nullable")).toBool() ? QString()
                                                                     : where + QStringLiteral(": null");
        const QString type = schema.value(QStringLiteral("type")).toString();
        const bool typeOk = type.isEmpty() || (type == QLatin1String("string") && value.isString()) ||
                            (type == QLatin1String("boolean") && value.isBool()) ||
                            (type == QLatin1String("number") && value.isDouble()) ||
                            (type == QLatin1String("integer") && value.isDouble() &&
                             value.toDouble() == double(qint64(value.toDouble()))) ||
                            (type == QLatin1String("object") && value.isObject()) ||
                            (type == QLatin1String("array") && value.isArray());
        if (!typeOk)
            return where + QStringLiteral(": not of type ") + type;
        if (schema.contains(QStringLiteral("minimum")) &&
            value.toDouble() < schema.value(QStringLiteral("minimum")).toDouble())
            return where + QStringLiteral(": below the minimum");
        if (schema.contains(QStringLiteral("maximum")) &&
            value.toDouble() > schema.value(QStringLiteral("maximum")).toDouble())
            return where + QStringLiteral(": above the maximum");
        if (schema.contains(QStringLiteral("enum")) &&
            !schema.value(QStringLiteral("enum")).toArray().contains(value))
            return where + QStringLiteral(": not in the enum");
        if (schema.contains(QStringLiteral("pattern")) &&
            !QRegularExpression(schema.value(QStringLiteral("pattern")).toString())
                 .match(value.toString())
                 .hasMatch())
            return where + QStringLiteral(": does not match the pattern");
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (const QJsonValue &name : schema.value(QStringLiteral("required")).toArray()) {
                if (!object.contains(name.toString()))
                    return where + QStringLiteral(": lacks ") + name.toString();
            }
            const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (properties.contains(it.key())) {
                    const QString why =
                        violation(*it, properties.value(it.key()).toObject(), where + u'.' + it.key());
                    if (!why.isEmpty())
                        return why;
                }
            }
        }
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QString why = violation(array.at(i), schema.value(QStringLiteral("items")).toObject(),
                                              where + QStringLiteral("[%1]").arg(i));
                if (!why.isEmpty())
                    return why;
            }
        }
        return {};
    }

    // Why `property` allows values `parameter` refuses ("" when it allows none): what a generator may pick
    // from the property's schema must pass the parameter.
    QString looser(QJsonObject property, QJsonObject parameter, const QString &where) const
    {
        property = resolve(property);
        parameter = resolve(parameter);
        const QString wantType = parameter.value(QStringLiteral("type")).toString();
        const QString haveType = property.value(QStringLiteral("type")).toString();
        if (!wantType.isEmpty() && haveType != wantType &&
            !(wantType == QLatin1String("number") && haveType == QLatin1String("integer")))
            return where + QStringLiteral(": type %1, the parameter wants %2").arg(haveType, wantType);
        if (parameter.contains(QStringLiteral("minimum")) &&
            (!property.contains(QStringLiteral("minimum")) ||
             property.value(QStringLiteral("minimum")).toDouble() <
                 parameter.value(QStringLiteral("minimum")).toDouble()))
            return where + QStringLiteral(": no minimum of at least %1")
                               .arg(parameter.value(QStringLiteral("minimum")).toDouble());
        if (parameter.contains(QStringLiteral("maximum")) &&
            (!property.contains(QStringLiteral("maximum")) ||
             property.value(QStringLiteral("maximum")).toDouble() >
                 parameter.value(QStringLiteral("maximum")).toDouble()))
            return where + QStringLiteral(": no maximum of at most %1")
                               .arg(parameter.value(QStringLiteral("maximum")).toDouble());
        if (parameter.contains(QStringLiteral("enum"))) {
            if (!property.contains(QStringLiteral("enum")))
                return where + QStringLiteral(": no enum");
            for (const QJsonValue &v : property.value(QStringLiteral("enum")).toArray()) {
                if (!parameter.value(QStringLiteral("enum")).toArray().contains(v))
                    return where + QStringLiteral(": enum value outside the parameter's");
            }
        }
        if (parameter.contains(QStringLiteral("pattern")) &&
            property.value(QStringLiteral("pattern")) != parameter.value(QStringLiteral("pattern")))
            return where + QStringLiteral(": not the parameter's pattern");
        // The property's own examples and default are what a static mock server hands out.
        for (const char *key : {"example", "default"}) {
            if (property.contains(QLatin1String(key))) {
                const QString why = violation(property.value(QLatin1String(key)), parameter,
                                              where + u'.' + QLatin1String(key));
                if (!why.isEmpty())
                    return why;
            }
        }
        return {};
    }

    const QJsonObject &root() const { return m_root; }

private:
    QJsonObject m_root;
};

QString capitalized(const QString &name)
{
    return name.isEmpty() ? name : name.left(1).toUpper() + name.mid(1);
}

} // namespace

class TestOpenApiConsistency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parametersAcceptWhatTheSchemasHandOut_data();
    void parametersAcceptWhatTheSchemasHandOut();
    void examplesSatisfyTheirSchemas_data();
    void examplesSatisfyTheirSchemas();
    void everyAssumptionIsText();

private:
    std::unique_ptr<Document> m_doc;
};

void TestOpenApiConsistency::initTestCase()
{
    QFile file(QStringLiteral(CX_SOURCE_DIR "/resources/connect-api.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_doc = std::make_unique<Document>(QJsonDocument::fromJson(file.readAll()).object());
    QVERIFY(!m_doc->root().isEmpty());
}

void TestOpenApiConsistency::parametersAcceptWhatTheSchemasHandOut_data()
{
    QTest::addColumn<QJsonObject>("parameter");
    QTest::addColumn<QJsonObject>("property");

    const Document &doc = *m_doc;
    const QJsonObject schemas =
        doc.root().value(QStringLiteral("components")).toObject().value(QStringLiteral("schemas")).toObject();
    const QJsonObject paths = doc.root().value(QStringLiteral("paths")).toObject();
    // The schema a path's 200 answer carries in "data" (an item, or the items of a list).
    auto dataSchema = [&](const QString &path) {
        const QJsonObject ok = doc.resolve(paths.value(path)
                                               .toObject()
                                               .value(QStringLiteral("get"))
                                               .toObject()
                                               .value(QStringLiteral("responses"))
                                               .toObject()
                                               .value(QStringLiteral("200"))
                                               .toObject());
        QJsonObject schema = doc.resolve(ok.value(QStringLiteral("content"))
                                             .toObject()
                                             .value(QStringLiteral("application/json"))
                                             .toObject()
                                             .value(QStringLiteral("schema"))
                                             .toObject());
        schema = doc.resolve(
            schema.value(QStringLiteral("properties")).toObject().value(QStringLiteral("data")).toObject());
        if (schema.value(QStringLiteral("type")) == QLatin1String("array"))
            schema = doc.resolve(schema.value(QStringLiteral("items")).toObject());
        return schema;
    };

    int pairs = 0;
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        const QJsonObject item = path->toObject();
        for (auto operation = item.begin(); operation != item.end(); ++operation) {
            for (const QJsonValue &value :
                 operation->toObject().value(QStringLiteral("parameters")).toArray()) {
                const QJsonObject parameter = doc.resolve(value.toObject());
                const QString name = parameter.value(QStringLiteral("name")).toString();
                const QJsonObject schema = parameter.value(QStringLiteral("schema")).toObject();
                auto add = [&](const QString &where, const QJsonObject &property) {
                    if (property.isEmpty())
                        return;
                    const QString row = QStringLiteral("%1 %2 <- %3").arg(path.key(), name, where);
                    QTest::newRow(qPrintable(row)) << schema << property;
                    ++pairs;
                };
                // Every property of the same name: per_page in PageMeta, folder_id in Asset...
                for (auto s = schemas.begin(); s != schemas.end(); ++s) {
                    const QJsonObject properties =
                        s->toObject().value(QStringLiteral("properties")).toObject();
                    if (properties.contains(name))
                        add(s.key() + u'.' + name, properties.value(name).toObject());
                }
                // folder_id takes a Folder's id.
                if (name.endsWith(QLatin1String("_id"))) {
                    const QString owner = capitalized(name.chopped(3));
                    add(owner + QStringLiteral(".id"), schemas.value(owner)
                                                           .toObject()
                                                           .value(QStringLiteral("properties"))
                                                           .toObject()
                                                           .value(QStringLiteral("id"))
                                                           .toObject());
                }
                // {id} of /api/R/{id} takes the ids its own answer and the list /api/R hand out.
                if (parameter.value(QStringLiteral("in")) == QLatin1String("path")) {
                    const QString list = path.key().section(QLatin1Char('/'), 0, -2);
                    add(path.key() + QStringLiteral(" data.") + name, dataSchema(path.key())
                                                                          .value(QStringLiteral("properties"))
                                                                          .toObject()
                                                                          .value(name)
                                                                          .toObject());
                    add(list + QStringLiteral(" data[].") + name, dataSchema(list)
                                                                      .value(QStringLiteral("properties"))
                                                                      .toObject()
                                                                      .value(name)
                                                                      .toObject());
                }
            }
        }
    }
    QVERIFY2(pairs >= 8, "the document's parameters were not found");
}

void TestOpenApiConsistency::parametersAcceptWhatTheSchemasHandOut()
{
    QFETCH(QJsonObject, parameter);
    QFETCH(QJsonObject, property);
    const QString why = m_doc->looser(property, parameter, QString::fromUtf8(QTest::currentDataTag()));
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestOpenApiConsistency::examplesSatisfyTheirSchemas_data()
{
    QTest::addColumn<QJsonValue>("example");
    QTest::addColumn<QJsonObject>("schema");
    // Every "example" beside a "schema" (media types and parameters), and every property example.
    std::function<void(const QJsonValue &, const QString &)> walk = [&](const QJsonValue &value,
                                                                        const QString &where) {
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i)
                walk(array.at(i), where + u'/' + QString::number(i));
            return;
        }
        const QJsonObject object = value.toObject();
        if (object.contains(QStringLiteral("schema")) && object.contains(QStringLiteral("example")))
            QTest::newRow(qPrintable(where)) << object.value(QStringLiteral("example"))
                                             << object.value(QStringLiteral("schema")).toObject();
        if (object.contains(QStringLiteral("type")) && object.contains(QStringLiteral("example")))
            QTest::newRow(qPrintable(where)) << object.value(QStringLiteral("example")) << object;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it->isObject() || it->isArray())
                walk(*it, where + u'/' + it.key());
        }
    };
    walk(m_doc->root().value(QStringLiteral("paths")), QStringLiteral("#/paths"));
    walk(m_doc->root().value(QStringLiteral("components")), QStringLiteral("#/components"));
}

void TestOpenApiConsistency::examplesSatisfyTheirSchemas()
{
    QFETCH(QJsonValue, example);
    QFETCH(QJsonObject, schema);
    const QString why = m_doc->violation(example, schema, QString::fromUtf8(QTest::currentDataTag()));
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestOpenApiConsistency::everyAssumptionIsText()
{
    // check --contract lists them by their place in the document: each must be one non-empty sentence.
    std::function<int(const QJsonValue &)> count = [&](const QJsonValue &value) {
        int found = 0;
        if (value.isArray()) {
            for (const QJsonValue &v : value.toArray())
                found += count(v);
        }
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == QLatin1String("x-sim-assumption")) {
                [&] { QVERIFY(it->isString() && !it->toString().trimmed().isEmpty()); }();
                ++found;
            } else {
                found += count(*it);
            }
        }
        return found;
    };
    QVERIFY(count(m_doc->root()) >= 20);
}

QTEST_GUILESS_MAIN(TestOpenApiConsistency)
#include "tst_openapi_consistency.moc"
