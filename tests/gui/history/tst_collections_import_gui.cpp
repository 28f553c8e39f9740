// The Collections dock's Import Collection… and Export as Postman…, driven as a user would under
// QT_QPA_PLATFORM=offscreen: the action opens the file dialog, a Postman or Insomnia export built by
// those tools (tests/core-extra/collections) is chosen, the notes dialog says what was not taken over,
// and the tree shows the collection as folders ("Collection / Sub") with its requests. The folder's
// variables are kept; exporting the folder gives back a Postman collection with the same requests.
#include "collections/PostmanCollection.h"
#include "history/CollectionStore.h"
#include "history/CollectionTreeModel.h"
#include "history/CollectionsPanel.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace cx;
using namespace cx::gui;

namespace {

const QString Fixtures = QStringLiteral(CX_COLLECTION_FIXTURES);

template<typename T> T *waitForTopLevel(const QString &objectName)
{
    for (int waited = 0; waited < 5000; waited += 20) {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *typed = qobject_cast<T *>(widget);
                typed && typed->objectName() == objectName && typed->isVisible())
                return typed;
        }
        QTest::qWait(20);
    }
    return nullptr;
}

// The folders the tree shows, in order, each with its requests' names.
QStringList treeText(const QAbstractItemModel *model)
{
    QStringList lines;
    for (int i = 0; i < model->rowCount(); ++i) {
        const QModelIndex folder = model->index(i, 0);
        lines.append(folder.data(CollectionTreeModel::FolderRole).toString());
        for (int j = 0; j < model->rowCount(folder); ++j)
            lines.append(QStringLiteral("  ") + model->index(j, 0, folder).data(Qt::DisplayRole).toString());
    }
    return lines;
}

} // namespace

class TestCollectionsImportGui : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // Triggers Import Collection…, picks `file` in the dialog, and returns the notes dialog's text.
    QString importThroughTheDialog(CollectionsPanel &panel, const QString &file, QString *details)
    {
        panel.importAction()->trigger();
        auto *dialog = waitForTopLevel<QFileDialog>(QStringLiteral("importCollectionDialog"));
        if (!dialog)
            return QStringLiteral("no file dialog");
        dialog->selectFile(file);
        static_cast<QDialog *>(dialog)->accept(); // what the Open button does
        auto *box = waitForTopLevel<QMessageBox>(QStringLiteral("importNotesDialog"));
        if (!box)
            return QStringLiteral("no notes dialog");
        const QString text = box->text();
        *details = box->detailedText();
        box->accept();
        return text;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void importPostmanShowsFoldersAndNotes()
    {
        CollectionStore store(m_dir.filePath(QStringLiteral("postman/collections.json")));
        QVERIFY(store.load());
        CollectionsPanel panel(&store);
        panel.resize(400, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        QString details;
        const QString text = importThroughTheDialog(
            panel, Fixtures + QStringLiteral("/postman/insomnia-complex-v2_1.json"), &details);
        QVERIFY2(text.contains(QLatin1String("6 request")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Complex Test Collection")) || !store.folders().isEmpty());
        // The notes name the request and what was not taken over (its file is not beside the collection,
        // scripts are not run, an unknown body mode).
        QVERIFY2(
            details.contains(QLatin1String("Urlencoded Form Test: Pre-request and test scripts are not run")),
            qPrintable(details));
        QVERIFY(details.contains(QLatin1String("Test Request Unknown Body: Body mode 'unknown'")));

        const QString top = store.folders().first();
        QCOMPARE(store.folders(), (QStringList{top, top + QStringLiteral(" / First Folder")}));
        // The tree as the user sees it: the collection's folder, its requests, the nested folder after it.
        const QStringList tree = treeText(panel.model());
        const QStringList expected{top,
                                   QStringLiteral("  POST  Test Request"),
                                   QStringLiteral("  POST  Test Request Unknown Body"),
                                   QStringLiteral("  POST  Test Request Empty Body"),
                                   QStringLiteral("  POST  Test Request GraphQL Body"),
                                   top + QStringLiteral(" / First Folder"),
                                   QStringLiteral("  POST  {{base_url}}/api/users"),
                                   QStringLiteral("  POST  Urlencoded Form Test")};
        QCOMPARE(tree, expected);
        QCOMPARE(top, QStringLiteral("Complex Test Collection"));
        QCOMPARE(store.requestsIn(top + QStringLiteral(" / First Folder")).size(), 2);
        QCOMPARE(store.requestsIn(top).size(), 4);
        // Templates are kept; the collection's variables live with the folder.
        const SavedRequest saved = store.requestsIn(top).first();
        QCOMPARE(saved.baseUrl, QStringLiteral("{{base_url}}"));
        QVERIFY(saved.request.path.startsWith(QLatin1String("/api")));
        // The same file again goes into a second folder, not over the first.
        importThroughTheDialog(panel, Fixtures + QStringLiteral("/postman/insomnia-complex-v2_1.json"),
                               &details);
        QVERIFY(store.hasFolder(top + QStringLiteral(" (2)")));
    }

    void importInsomniaV5WithVariablesAndExportAsPostman()
    {
        CollectionStore store(m_dir.filePath(QStringLiteral("insomnia/collections.json")));
        QVERIFY(store.load());
        CollectionsPanel panel(&store);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        QString details;
        const QString text = importThroughTheDialog(
            panel, Fixtures + QStringLiteral("/insomnia/smoke-oauth.v5.yaml"), &details);
        QVERIFY2(text.contains(QLatin1String("8 request")), qPrintable(text));
        QVERIFY(
            store.hasFolder(QStringLiteral("OAuth Testing / Folder Level Auth Code / Inherit Auth Folder")));
        QVERIFY(details.contains(QLatin1String("Request with Inherited Auth: ")));

        importThroughTheDialog(panel, Fixtures + QStringLiteral("/insomnia/smoke-auth-types.v5.yaml"),
                               &details);
        const VariableList variables = store.folderVariables(QStringLiteral("Auth tests"));
        QCOMPARE(variables.size(), 1);
        QCOMPARE(variables.first().name, QStringLiteral("customValue"));
        QCOMPARE(variables.first().value, QStringLiteral("fromEnvManager"));

        // Export the first collection back as Postman: the same requests in the same folders.
        QStringList notes;
        const QByteArray postman = panel.exportFolderAsPostman(QStringLiteral("OAuth Testing"), &notes);
        const PortableReadResult back = PostmanCollection::read(postman, VariableScope());
        QVERIFY2(back.ok, qPrintable(back.error));
        QCOMPARE(back.set.requests.size(), 8);
        bool nested = false;
        for (const PortableRequest &request : back.set.requests) {
            QVERIFY(request.url.startsWith(QLatin1String("http://127.0.0.1:4010/oidc/")));
            nested = nested || request.folder == QStringList{QStringLiteral("Folder Level Auth Code"),
                                                             QStringLiteral("Inherit Auth Folder")};
        }
        QVERIFY(nested);

        // The export action is offered for a selected folder.
        panel.view()->setCurrentIndex(panel.model()->folderIndex(QStringLiteral("OAuth Testing")));
        QVERIFY(panel.exportPostmanAction()->isEnabled());
    }

    void refusedFileSaysWhy()
    {
        CollectionStore store(m_dir.filePath(QStringLiteral("refused/collections.json")));
        QVERIFY(store.load());
        CollectionsPanel panel(&store);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QString details;
        const QString text = importThroughTheDialog(
            panel, Fixtures + QStringLiteral("/postman/newman-v1.postman_collection.json"), &details);
        QVERIFY2(text.contains(QLatin1String("not imported")) && text.contains(QLatin1String("v2.1")),
                 qPrintable(text));
        QVERIFY(store.folders().isEmpty());
    }
};

QTEST_MAIN(TestCollectionsImportGui)
#include "tst_collections_import_gui.moc"
