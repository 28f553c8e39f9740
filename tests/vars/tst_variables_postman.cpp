// {{name}} as Postman reads it, on Postman collections nobody here wrote (tests/core-extra/collections/
// postman: exports from Kong/insomnia's importer fixtures, postmanlabs/newman and postmanlabs/schemas;
// sources and licences in that folder's README.md). Postman finds variables with the pattern
// /{{([^{}]*?)}}/g (postman-collection, lib/superstring/index.js, Substitutor.REGEX_EXTRACT_VARS):
// every string in every collection must name the same variables here, and resolving with the
// collection's own "variable" values (plus a value for each other name) must leave none behind.
#include "vars/Variables.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace cx;

namespace {

void collectStrings(const QJsonValue &value, QStringList *out)
{
    if (value.isString())
        out->append(value.toString());
    else if (value.isArray())
        for (const QJsonValue &each : value.toArray())
            collectStrings(each, out);
    else if (value.isObject())
        for (const QJsonValue &each : value.toObject())
            collectStrings(each, out);
}

// Postman's names, each once in order of first use; a name we do not accept (spaces at either end
// are trimmed here, as Insomnia does; none in these files) is left out.
QStringList postmanNames(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("\\{\\{([^{}]*?)\\}\\}"));
    QStringList names;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1).trimmed();
        if (Variables::isValidName(name) && !names.contains(name))
            names.append(name);
    }
    return names;
}

} // namespace

class TestVariablesPostman : public QObject
{
    Q_OBJECT

private slots:
    void sameNamesAsPostman_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(QStringLiteral(POSTMAN_DIR));
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 20);
        for (const QString &name : files)
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }
    void sameNamesAsPostman()
    {
        QFETCH(QString, file);
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QJsonDocument document = QJsonDocument::fromJson(in.readAll());
        QStringList strings;
        collectStrings(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()),
                       &strings);

        VariableList own;
        for (const QJsonValue &v : document.object().value(QStringLiteral("variable")).toArray())
            own.append(
                {v[QStringLiteral("key")].toString(), v[QStringLiteral("value")].toVariant().toString()});
        VariableScope scope;
        scope.addLayer(QStringLiteral("collection"), own);
        VariableList others;
        for (const QString &text : std::as_const(strings)) {
            const QStringList expected = postmanNames(text);
            QCOMPARE(Variables::references(text), expected);
            m_total += expected.size();
            for (const QString &name : expected)
                if (!name.startsWith(QLatin1Char('$')) && !scope.value(name))
                    others.append({name, QStringLiteral("v-") + name});
        }
        scope.addLayer(QStringLiteral("profile"), others);
        for (const QString &text : std::as_const(strings)) {
            const VariableResolution r = Variables::resolve(text, scope);
            // Only Postman's faker names that are not ours stay, and are named.
            for (const QString &left : postmanNames(r.text)) {
                QVERIFY2(left.startsWith(QLatin1Char('$')), qPrintable(left));
                QVERIFY(r.unresolved.contains(left));
            }
        }
    }

    void cleanupTestCase()
    {
        // The files hold {{base_url}}, {{$guid}}, {{username}}, {{token}} and others: 41 in all, 39 once
        // per string (what m_total counts). Fewer means a reference went unseen.
        QVERIFY2(m_total >= 39, qPrintable(QString::number(m_total)));
    }

private:
    qsizetype m_total = 0;
};

QTEST_GUILESS_MAIN(TestVariablesPostman)
#include "tst_variables_postman.moc"
