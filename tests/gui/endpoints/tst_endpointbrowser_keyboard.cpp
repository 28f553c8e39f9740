// The endpoint sidebar with the keyboard alone and at sidebar width (issue 16, item 6 and part of 8): Down
// in the filter enters the tree, Return opens the first match, arrowing previews without taking the
// focus; method and path only, the summary and scopes in a details line; /_sim hidden unless asked.
// The real window on the Demo profile, offscreen.
#include "GuiTestBase.h"
#include "request/RequestEditor.h"

#include <QAction>
#include <QTabWidget>

using namespace cx;

class TestEndpointBrowserKeyboard : public test::GuiTestBase
{
    Q_OBJECT
private:
    gui::EndpointBrowser *browser() const { return window()->endpointBrowser(); }
    QString pagePath() const { return page()->editor()->pathEdit()->text(); }
    static bool isEndpoint(const QModelIndex &index)
    {
        return !index.data(gui::EndpointTreeModel::MethodRole).toByteArray().isEmpty();
    }
    // Every endpoint path the tree shows right now.
    QStringList visiblePaths() const
    {
        QStringList paths;
        const QAbstractItemModel *model = endpointTree()->model();
        for (int group = 0; group < model->rowCount(); ++group) {
            const QModelIndex parent = model->index(group, 0);
            for (int row = 0; row < model->rowCount(parent); ++row)
                paths << model->index(row, 0, parent).data(gui::EndpointTreeModel::PathRole).toString();
        }
        return paths;
    }

private slots:
    void initTestCase() { setUpEnvironment(); }
    void init() { createWindow(); }
    void cleanup() { destroyWindow(); }

    void downInTheFilterEntersTheTree()
    {
        QTest::keyClick(window(), Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(filterEdit()->hasFocus());
        QTest::keyClicks(filterEdit(), QStringLiteral("templates"));
        QVERIFY(!endpointTree()->currentIndex().isValid() || !isEndpoint(endpointTree()->currentIndex()));
        QTest::keyClick(filterEdit(), Qt::Key_Down);
        QTRY_VERIFY(endpointTree()->hasFocus());
        const QModelIndex current = endpointTree()->currentIndex();
        QVERIFY(isEndpoint(current));
        QVERIFY(
            current.data(gui::EndpointTreeModel::PathRole).toString().contains(QStringLiteral("templates")));
        // It is the first endpoint the filter lets through.
        const QAbstractItemModel *model = endpointTree()->model();
        QModelIndex first;
        for (int group = 0; group < model->rowCount() && !first.isValid(); ++group) {
            if (model->rowCount(model->index(group, 0)) > 0)
                first = model->index(0, 0, model->index(group, 0));
        }
        QCOMPARE(current, first);
    }

    void returnInTheFilterOpensTheFirstMatch()
    {
        QTest::keyClick(window(), Qt::Key_K, Qt::ControlModifier);
        QTest::keyClicks(filterEdit(), QStringLiteral("/api/assets"));
        QTest::keyClick(filterEdit(), Qt::Key_Return);
        const QModelIndex current = endpointTree()->currentIndex();
        QVERIFY(isEndpoint(current)); // never a tag row
        const QString path = current.data(gui::EndpointTreeModel::PathRole).toString();
        QVERIFY(path.startsWith(QStringLiteral("/api/assets")));
        // A request tab for it.
        QTRY_COMPARE(pagePath(), path);
        QVERIFY(window()->requestTabs()->tabText(window()->requestTabs()->currentIndex()).contains(path));
    }

    void arrowingPreviewsAndKeepsTheFocus()
    {
        QTest::keyClick(window(), Qt::Key_K, Qt::ControlModifier);
        QTest::keyClick(filterEdit(), Qt::Key_Down);
        QTRY_VERIFY(endpointTree()->hasFocus());
        QString previous = pagePath();
        int endpointsSeen = 0;
        for (int i = 0; i < 6; ++i) {
            QTest::keyClick(endpointTree(), Qt::Key_Down);
            QVERIFY2(endpointTree()->hasFocus(),
                     qPrintable(QApplication::focusWidget() ? QApplication::focusWidget()->objectName()
                                                            : QStringLiteral("(none)")));
            const QModelIndex current = endpointTree()->currentIndex();
            if (!isEndpoint(current))
                continue;
            ++endpointsSeen;
            const QString path = current.data(gui::EndpointTreeModel::PathRole).toString();
            QTRY_COMPARE(pagePath(), path); // previewed in the tab
            // The details line names the endpoint's summary and scopes.
            const gui::EndpointBrowser *b = browser();
            const Endpoint *endpoint = b->model()->endpointAt(b->filterModel()->mapToSource(current));
            QVERIFY(endpoint);
            QVERIFY(b->detailsLabel()->isVisible() ||
                    (endpoint->summary.isEmpty() && endpoint->requiredScopes.isEmpty()));
            if (!endpoint->summary.isEmpty())
                QVERIFY(b->detailsLabel()->text().contains(endpoint->summary));
            for (const QString &scope : endpoint->requiredScopes)
                QVERIFY(b->detailsLabel()->text().contains(scope));
            previous = path;
        }
        QVERIFY(endpointsSeen >= 3);
        QVERIFY(!previous.isEmpty());
    }

    void theTreeShowsMethodAndPathOnly()
    {
        QTreeView *tree = endpointTree();
        QVERIFY(!tree->isColumnHidden(gui::EndpointTreeModel::EndpointColumn));
        QVERIFY(tree->isColumnHidden(gui::EndpointTreeModel::SummaryColumn));
        QVERIFY(tree->isColumnHidden(gui::EndpointTreeModel::ScopesColumn));
    }

    void simulatorEndpointsAreHiddenUnlessAsked()
    {
        QVERIFY(catalog().find("GET", QStringLiteral("/_sim/state")) != nullptr);
        QStringList paths = visiblePaths();
        QVERIFY(!paths.isEmpty());
        for (const QString &path : paths)
            QVERIFY2(!path.startsWith(QStringLiteral("/_sim")), qPrintable(path));
        // Not even when the filter names them.
        QTest::keyClicks(filterEdit(), QStringLiteral("_sim"));
        for (const QString &path : visiblePaths())
            QVERIFY2(!path.startsWith(QStringLiteral("/_sim")), qPrintable(path));

        QAction *show = browser()->showSimulatorAction();
        QVERIFY(endpointTree()->actions().contains(show)); // in the tree's context menu
        QVERIFY(!show->isChecked());
        show->trigger();
        QVERIFY(browser()->showsSimulatorEndpoints());
        paths = visiblePaths();
        QVERIFY(paths.contains(QStringLiteral("/_sim/state")));
        show->trigger();
        QVERIFY(!visiblePaths().contains(QStringLiteral("/_sim/state")));

        // Selecting one from elsewhere (a history entry) shows them.
        filterEdit()->clear();
        QVERIFY(browser()->selectEndpoint("GET", QStringLiteral("/_sim/state")));
        QVERIFY(browser()->showsSimulatorEndpoints());
    }
};

QTEST_MAIN(TestEndpointBrowserKeyboard)
#include "tst_endpointbrowser_keyboard.moc"
