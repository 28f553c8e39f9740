// The endpoint tree: grouped by tag, filtered as the browser filters it, missing scopes marked, and
// in the language the user switches to.
#include "UntranslatedScan.h"
#include "endpoints/EndpointBrowser.h"
#include "endpoints/EndpointTreeModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>

using namespace cx;
using namespace cx::gui;

class TestEndpointTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void groupsByTag();
    void untaggedEndpointsGoUnderOther();
    void filterMatchesMethodPathSummaryAndTag_data();
    void filterMatchesMethodPathSummaryAndTag();
    void missingScopesAreMarked();
    void passesTheModelTester();
    void followsTheLanguage();

private:
    static EndpointCatalog catalogWithUntagged();
    static int leafCount(const QAbstractItemModel *model);
    EndpointCatalog m_catalog;
};

void TestEndpointTreeModel::initTestCase()
{
    QFile file(QStringLiteral(CX_GUI_TEST_SPEC));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    auto catalog = EndpointCatalog::fromJson(file.readAll(), &error);
    QVERIFY2(catalog, qPrintable(error));
    m_catalog = *catalog;
}

int TestEndpointTreeModel::leafCount(const QAbstractItemModel *model)
{
    int count = 0;
    for (int group = 0; group < model->rowCount(); ++group)
        count += model->rowCount(model->index(group, 0));
    return count;
}

void TestEndpointTreeModel::groupsByTag()
{
    EndpointTreeModel model;
    model.setCatalog(m_catalog);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Templates"));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Assets"));
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("Brand Kit"));
    const QModelIndex templates = model.index(0, 0);
    QCOMPARE(model.rowCount(templates), 2);
    const QModelIndex list = model.index(0, 0, templates);
    QCOMPARE(list.data(EndpointTreeModel::MethodRole).toByteArray(), QByteArray("GET"));
    QCOMPARE(list.data(EndpointTreeModel::PathRole).toString(), QStringLiteral("/api/templates"));
    QCOMPARE(list.data().toString(), QStringLiteral("GET /api/templates"));
    QCOMPARE(model.index(0, EndpointTreeModel::SummaryColumn, templates).data().toString(),
             QStringLiteral("List templates"));
    QCOMPARE(model.index(0, EndpointTreeModel::ScopesColumn, templates).data().toString(),
             QStringLiteral("templates:read"));
    QCOMPARE(model.parent(list), templates);
    QVERIFY(model.endpointAt(list));
    QCOMPARE(model.endpointAt(list)->path, QStringLiteral("/api/templates"));
    QVERIFY(!model.endpointAt(templates));
    QCOMPARE(
        model.indexOf("get", QStringLiteral("/api/assets/{id}")).data(EndpointTreeModel::PathRole).toString(),
        QStringLiteral("/api/assets/{id}"));
    QCOMPARE(leafCount(&model), int(m_catalog.endpoints().size()));
}

EndpointCatalog TestEndpointTreeModel::catalogWithUntagged()
{
    QString error;
    auto catalog = EndpointCatalog::fromJson(
        R"({"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{
            "/a":{"get":{"tags":["A"],"summary":"a"}},
            "/b":{"get":{"summary":"b"}},
            "/c":{"post":{"tags":["A","C"],"summary":"c"}}}})",
        &error);
    if (!catalog)
        qFatal("catalog with an untagged endpoint: %s", qPrintable(error));
    return *catalog;
}

void TestEndpointTreeModel::untaggedEndpointsGoUnderOther()
{
    EndpointTreeModel model;
    model.setCatalog(catalogWithUntagged());
    QStringList groups;
    for (int row = 0; row < model.rowCount(); ++row)
        groups << model.index(row, 0).data().toString();
    QCOMPARE(groups, (QStringList{QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("Other")}));
    QCOMPARE(model.rowCount(model.index(0, 0)), 2); // /a and /c
    QCOMPARE(model.rowCount(model.index(1, 0)), 1); // /c again, under its second tag
}

void TestEndpointTreeModel::filterMatchesMethodPathSummaryAndTag_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("matches");
    QTest::newRow("nothing") << QString() << 6;
    QTest::newRow("path") << QStringLiteral("/api/assets") << 2;
    QTest::newRow("path template") << QStringLiteral("{id}") << 2;
    QTest::newRow("method and path") << QStringLiteral("get /api/templates") << 2;
    QTest::newRow("summary, any case") << QStringLiteral("LIST") << 3;
    QTest::newRow("tag") << QStringLiteral("brand kit") << 1;
    QTest::newRow("no match") << QStringLiteral("zzz") << 0;
}

void TestEndpointTreeModel::filterMatchesMethodPathSummaryAndTag()
{
    QFETCH(QString, filter);
    QFETCH(int, matches);
    EndpointBrowser browser;
    browser.setCatalog(m_catalog);
    QTest::keyClicks(browser.filterEdit(), filter);
    QCOMPARE(leafCount(browser.filterModel()), matches);
    // Tag rows stay only when something under them matches.
    const QAbstractItemModel *proxy = browser.filterModel();
    for (int group = 0; group < proxy->rowCount(); ++group)
        QVERIFY(proxy->rowCount(proxy->index(group, 0)) > 0);
}

void TestEndpointTreeModel::missingScopesAreMarked()
{
    EndpointTreeModel model;
    model.setCatalog(m_catalog);
    const QModelIndex assets = model.indexOf("GET", QStringLiteral("/api/assets"));
    // Before introspection nothing is marked.
    QVERIFY(assets.data(EndpointTreeModel::MissingScopesRole).toStringList().isEmpty());
    QVERIFY(model.index(assets.row(), EndpointTreeModel::ScopesColumn, assets.parent())
                .data(Qt::DecorationRole)
                .isNull());

    model.setGrantedScopes({QStringLiteral("templates:read")});
    QCOMPARE(assets.data(EndpointTreeModel::MissingScopesRole).toStringList(),
             QStringList{QStringLiteral("assets:read")});
    const QModelIndex scopes = model.index(assets.row(), EndpointTreeModel::ScopesColumn, assets.parent());
    QVERIFY(!scopes.data(Qt::DecorationRole).isNull());
    QVERIFY(scopes.data(Qt::ToolTipRole).toString().contains(QStringLiteral("assets:read")));
    QVERIFY(assets.data(Qt::FontRole).value<QFont>().italic());
    const QModelIndex templates = model.indexOf("GET", QStringLiteral("/api/templates"));
    QVERIFY(templates.data(EndpointTreeModel::MissingScopesRole).toStringList().isEmpty());
    // The endpoint column's tooltip holds the whole method and path (the sidebar elides long paths),
    // and the scope notice only where one is missing.
    QVERIFY(templates.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("GET /api/templates")));
    QVERIFY(!templates.data(Qt::ToolTipRole).toString().contains(QStringLiteral("lacks")));
    QVERIFY(assets.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("GET /api/assets")));
    QVERIFY(assets.data(Qt::ToolTipRole).toString().contains(QStringLiteral("assets:read")));

    model.setGrantedScopes({QStringLiteral("templates:read"), QStringLiteral("assets:read")});
    QVERIFY(assets.data(EndpointTreeModel::MissingScopesRole).toStringList().isEmpty());
    model.clearGrantedScopes();
    QVERIFY(model.indexOf("GET", QStringLiteral("/api/brandkit"))
                .data(EndpointTreeModel::MissingScopesRole)
                .toStringList()
                .isEmpty());
}

void TestEndpointTreeModel::passesTheModelTester()
{
    EndpointTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(m_catalog);
    model.setGrantedScopes({QStringLiteral("profile:read")});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setRecursiveFilteringEnabled(true);
    proxy.setFilterRole(EndpointTreeModel::FilterTextRole);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFilterFixedString(QStringLiteral("assets"));
    proxy.setFilterFixedString(QString());
}

void TestEndpointTreeModel::followsTheLanguage()
{
    test::UntranslatedScan german;
    QVERIFY(german.load(QStringLiteral(CX_TS_DIR "/connect-explorer_de.ts")));
    const auto backToEnglish = qScopeGuard([&] { test::switchLanguageWithoutSaving(QStringLiteral("en")); });

    EndpointBrowser browser;
    browser.setCatalog(catalogWithUntagged());
    QTest::keyClicks(browser.filterEdit(), QStringLiteral("/b"));
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    const EndpointTreeModel *model = browser.model();
    const QModelIndex other = model->index(2, 0);
    QCOMPARE(other.data().toString(), QStringLiteral("Other"));
    QCOMPARE(leafCount(browser.filterModel()), 1);
    QSignalSpy headerChanged(model, &QAbstractItemModel::headerDataChanged);

    test::switchLanguageWithoutSaving(QStringLiteral("de"));
    const QStringList leftovers = german.findEnglish();
    for (const QString &line : leftovers)
        qInfo("English left after switching to German: %s", qPrintable(line));
    QVERIFY(leftovers.isEmpty());
    QVERIFY(!headerChanged.isEmpty()); // so the view repaints its header
    QCOMPARE(model->headerData(EndpointTreeModel::EndpointColumn, Qt::Horizontal).toString(),
             QStringLiteral("Endpunkt"));
    QCOMPARE(browser.filterEdit()->placeholderText(), QStringLiteral("Endpunkte filtern (Ctrl+K)"));
    QCOMPARE(other.data().toString(), QStringLiteral("Sonstige"));
    QCOMPARE(model->index(0, EndpointTreeModel::SummaryColumn).data().toString(),
             QStringLiteral("2 Endpunkte"));
    // The filter typed before the switch stays, and so does what it shows.
    QCOMPARE(browser.filterEdit()->text(), QStringLiteral("/b"));
    QCOMPARE(leafCount(browser.filterModel()), 1);
    QCOMPARE(browser.filterModel()->index(0, 0).data().toString(), QStringLiteral("Sonstige"));
}

QTEST_MAIN(TestEndpointTreeModel)
#include "tst_endpointtreemodel.moc"
