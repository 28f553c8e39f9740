// Variables in the app, as a user meets them (issue 13, deliver 5), against the in-process simulator:
// define {{templateId}} in the profile's variables, use it in the path, see the resolved URL under the
// path, send, and the simulator answers for that template; an undefined one is named and the request
// is not sent until it is defined; a value set from the last response through the JSON tree's context
// menu; a secret variable masked in what history records and in Copy as Code, or kept as a shell
// variable when asked.
#include "GuiTestBase.h"
#include "export/CopyAsCodeDialog.h"
#include "history/RequestWorkspace.h"
#include "profiles/ProfileDialog.h"
#include "profiles/ProfileStore.h"
#include "request/ParamTable.h"
#include "request/RequestEditor.h"
#include "response/JsonTreeModel.h"
#include "response/JsonTreeView.h"
#include "vars/SetVariableDialog.h"
#include "vars/VariableContext.h"
#include "vars/VariablesDialog.h"
#include "vars/VariablesTable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QToolButton>

using namespace cx;
using namespace cx::gui;

namespace {

template<typename T> T *openDialog(QWidget *parent)
{
    T *found = nullptr;
    (void)QTest::qWaitFor([&] {
        const auto all = parent->findChildren<T *>();
        for (T *dialog : all)
            if (dialog->isVisible())
                found = dialog;
        return found != nullptr;
    });
    return found;
}

// Types a row into the variables table as a user does: Add, then name and value.
void typeVariable(VariablesTable *table, const QString &name, const QString &value, bool secret = false)
{
    QTest::mouseClick(table->addButton(), Qt::LeftButton);
    QTableWidget *t = table->table();
    const int row = t->currentRow();
    // Add opens the name for editing; the test fills the cells directly instead.
    if (auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget()))
        QTest::keyClick(editor, Qt::Key_Escape);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    t->item(row, VariablesTable::NameColumn)->setText(name);
    t->item(row, VariablesTable::ValueColumn)->setText(value);
    if (secret)
        t->item(row, VariablesTable::SecretColumn)->setCheckState(Qt::Checked);
}

QModelIndex findPath(const JsonTreeModel *model, const QString &path, const QModelIndex &parent = {},
                     int depth = 0)
{
    auto *lazy = const_cast<JsonTreeModel *>(model); // the tree fills its nodes on demand
    while (lazy->canFetchMore(parent))
        lazy->fetchMore(parent);
    for (int row = 0; row < model->rowCount(parent) && depth < 4; ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (model->pathOf(index) == path)
            return index;
        if (const QModelIndex inner = findPath(model, path, index, depth + 1); inner.isValid())
            return inner;
    }
    return {};
}

} // namespace

class TestVariablesGui : public cx::test::GuiTestBase
{
    Q_OBJECT

    QString demoId() const { return m_connection->profile().id; }

    void setPath(const QString &path)
    {
        QLineEdit *edit = page()->editor()->pathEdit();
        edit->selectAll();
        QTest::keyClicks(edit, path);
        QCOMPARE(edit->text(), path);
    }

    // Clicks Send; the request that went out, or std::nullopt when none did.
    std::optional<ApiRequest> clickSend()
    {
        std::optional<ApiRequest> sent;
        QSignalSpy shown(page(), &RequestPage::responseShown);
        const auto connection = connect(page(), &RequestPage::requestFinished, this,
                                        [&](const ApiRequest &request) { sent = request; });
        QTest::mouseClick(page()->editor()->sendButton(), Qt::LeftButton);
        (void)QTest::qWaitFor([&] { return sent.has_value(); }, 5000);
        disconnect(connection);
        if (sent && shown.isEmpty())
            shown.wait(5000);
        return sent;
    }

private slots:
    void initTestCase()
    {
        setUpEnvironment();
        qputenv("CONNECT_EXPLORER_NO_KEYCHAIN", "1"); // secret values in memory: no keychain here
    }
    void init()
    {
        createWindow();
        QVERIFY(waitSignedIn());
        VariableContext::instance()->setVariables(demoId(), {});
    }
    void cleanup() { destroyWindow(); }

    void defineUseSeeAndSend()
    {
        QVERIFY(page()->editor()->variablesButton()->menu()->actions().contains(
            page()->editor()->editVariablesAction()));
        page()->editor()->editVariablesAction()->trigger();
        auto *dialog = openDialog<VariablesDialog>(page());
        QVERIFY(dialog);
        typeVariable(dialog->table(), QStringLiteral("templateId"), QStringLiteral("1003"));
        dialog->accept();
        QCOMPARE(VariableContext::instance()->variables(demoId()).size(), 1);

        setPath(QStringLiteral("/api/templates/{{templateId}}"));
        const QString preview = page()->editor()->previewLabel()->text();
        QVERIFY2(preview.startsWith(QStringLiteral("→ ")) &&
                     preview.endsWith(QStringLiteral("/api/templates/1003")),
                 qPrintable(preview));
        QVERIFY2(
            page()->editor()->previewLabel()->toolTip().contains(QStringLiteral("{{templateId}} = 1003")),
            qPrintable(page()->editor()->previewLabel()->toolTip()));
        // {{templateId}} is no path parameter to fill in.
        QVERIFY(page()->editor()->draft().pathValues.isEmpty());

        const auto sent = clickSend();
        QVERIFY(sent);
        QCOMPARE(sent->path, QStringLiteral("/api/templates/1003"));
        const QJsonObject body = QJsonDocument::fromJson(page()->lastResponseBody()).object();
        QCOMPARE(body.value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toInteger(), 1003);

        // A change of value shows at once and is what goes out next.
        VariableContext::instance()->setVariable(demoId(), QStringLiteral("templateId"),
                                                 QStringLiteral("1002"));
        QVERIFY(page()->editor()->previewLabel()->text().endsWith(QStringLiteral("/api/templates/1002")));
        QCOMPARE(clickSend()->path, QStringLiteral("/api/templates/1002"));
    }

    // A saved request of an imported collection resolves with its folder's variables (after the profile's).
    void savedRequestUsesItsCollectionsVariables()
    {
        RequestWorkspace *workspace = window()->workspace();
        CollectionStore *store = workspace->collectionStore();
        ApiRequest request;
        request.path = QStringLiteral("/api/templates/{{templateId}}");
        const SavedRequest saved =
            store->save(QStringLiteral("One template"), QStringLiteral("Imported"), request);
        QVERIFY(store->setFolderVariables(QStringLiteral("Imported"),
                                          {Variable{QStringLiteral("templateId"), QStringLiteral("1002")}}));
        QVERIFY(workspace->openSavedRequest(saved.id));
        RequestPage *opened = window()->currentPage();
        QCOMPARE(opened->variableScope().value(QStringLiteral("templateId")).value_or(QString()),
                 QStringLiteral("1002"));
        QVERIFY2(opened->editor()->previewLabel()->text().endsWith(QStringLiteral("/api/templates/1002")),
                 qPrintable(opened->editor()->previewLabel()->text()));
        QCOMPARE(clickSend()->path, QStringLiteral("/api/templates/1002"));
        // The profile's own value wins over the collection's.
        VariableContext::instance()->setVariable(demoId(), QStringLiteral("templateId"),
                                                 QStringLiteral("1003"));
        QVERIFY(opened->editor()->previewLabel()->text().endsWith(QStringLiteral("/api/templates/1003")));
    }

    void unresolvedIsRefusedAndOfferedToDefine()
    {
        setPath(QStringLiteral("/api/templates/{{nope}}"));
        page()->editor()->headerTable()->setRows(
            {test::row(QStringLiteral("X-Trace"), QStringLiteral("{{trace}}"))});
        QVERIFY2(page()->editor()->previewLabel()->text().contains(QStringLiteral("{{nope}}")),
                 qPrintable(page()->editor()->previewLabel()->text()));
        QVERIFY(!clickSend()); // nothing went out
        QLabel *line = page()->editor()->unresolvedLabel();
        QVERIFY(line->isVisible());
        QVERIFY2(line->text().contains(QStringLiteral("{{nope}}")) &&
                     line->text().contains(QStringLiteral("{{trace}}")),
                 qPrintable(line->text()));

        QVERIFY(page()->editor()->defineVariablesButton()->isVisible());
        QTest::mouseClick(page()->editor()->defineVariablesButton(), Qt::LeftButton);
        auto *dialog = openDialog<VariablesDialog>(page());
        QVERIFY(dialog);
        // The missing names are there to fill in.
        QTableWidget *t = dialog->table()->table();
        QCOMPARE(t->rowCount(), 2);
        QCOMPARE(t->item(0, VariablesTable::NameColumn)->text(), QStringLiteral("nope"));
        QCOMPARE(t->item(1, VariablesTable::NameColumn)->text(), QStringLiteral("trace"));
        t->item(0, VariablesTable::ValueColumn)->setText(QStringLiteral("1004"));
        t->item(1, VariablesTable::ValueColumn)->setText(QStringLiteral("t-1"));
        dialog->accept();
        QTRY_VERIFY(!line->isVisible());
        const auto sent = clickSend();
        QVERIFY(sent);
        QCOMPARE(sent->path, QStringLiteral("/api/templates/1004"));
        bool traced = false;
        for (const auto &[name, value] : sent->headers)
            traced = traced || (name == "X-Trace" && value == "t-1");
        QVERIFY(traced);
    }

    void setFromTheResponsesJsonTree()
    {
        setPath(QStringLiteral("/api/templates"));
        QVERIFY(clickSend());
        JsonTreeView *tree = page()->responseView()->treeView();
        auto *model = qobject_cast<JsonTreeModel *>(tree->model());
        QVERIFY(model);
        QModelIndex id;
        QTRY_VERIFY((id = findPath(model, QStringLiteral("$.data[0].id"))).isValid());
        tree->setCurrentIndex(id);
        QCOMPARE(tree->variablePath(), QStringLiteral("data[0].id"));
        QVERIFY(tree->actions().contains(tree->setVariableAction()));
        tree->setVariableAction()->trigger();
        auto *dialog = openDialog<SetVariableDialog>(page());
        QVERIFY(dialog);
        QCOMPARE(dialog->pathEdit()->text(), QStringLiteral("data[0].id"));
        const QString firstId = QString::number(QJsonDocument::fromJson(page()->lastResponseBody())
                                                    .object()
                                                    .value("data")
                                                    .toArray()
                                                    .at(0)
                                                    .toObject()
                                                    .value("id")
                                                    .toInteger());
        QCOMPARE(dialog->selectedValue(), firstId);
        dialog->nameCombo()->setEditText(QStringLiteral("templateId"));
        // A path that names nothing is said, and OK waits.
        dialog->pathEdit()->setText(QStringLiteral("data[99].id"));
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY2(dialog->valueLabel()->text().contains(QStringLiteral("no [99]")),
                 qPrintable(dialog->valueLabel()->text()));
        dialog->pathEdit()->setText(QStringLiteral("data[-1].id"));
        QVERIFY(dialog->okButton()->isEnabled());
        const QString lastId = dialog->selectedValue();
        QVERIFY(!lastId.isEmpty() && lastId != firstId);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QCOMPARE(VariableContext::instance()->variables(demoId()).constFirst().value, lastId);

        setPath(QStringLiteral("/api/templates/{{templateId}}"));
        const auto sent = clickSend();
        QVERIFY(sent);
        QCOMPARE(sent->path, QStringLiteral("/api/templates/") + lastId);
    }

    void secretsMaskedInHistoryAndCode()
    {
        const QString secret = QStringLiteral("sk-live-7f3a9c0e");
        QVERIFY(VariableContext::instance()->setVariables(
            demoId(), {{QStringLiteral("templateId"), QStringLiteral("1003")},
                       {QStringLiteral("apiKey"), secret, true}}));
        setPath(QStringLiteral("/api/templates/{{templateId}}"));
        page()->editor()->headerTable()->setRows(
            {test::row(QStringLiteral("X-Api-Key"), QStringLiteral("{{apiKey}}"))});
        const auto recorded = clickSend();
        QVERIFY(recorded);
        // What history records: resolved, the secret masked.
        QCOMPARE(recorded->path, QStringLiteral("/api/templates/1003"));
        for (const auto &[name, value] : recorded->headers)
            if (name == "X-Api-Key")
                QCOMPARE(value, QByteArray("[redacted]"));
        QVERIFY(!QString::fromUtf8(recorded->body).contains(secret));

        CopyAsCodeDialog *code = window()->workspace()->showCopyAsCodeDialog(CodeLanguage::Curl);
        QVERIFY(code);
        QVERIFY(code->keepVariablesBox()->isVisibleTo(code));
        QVERIFY2(code->code().contains(QStringLiteral("/api/templates/1003")), qPrintable(code->code()));
        QVERIFY2(!code->code().contains(secret), qPrintable(code->code()));
        code->includeSecretsBox()->setChecked(true);
        QVERIFY2(code->code().contains(QStringLiteral("X-Api-Key: ") + secret), qPrintable(code->code()));
        code->includeSecretsBox()->setChecked(false);
        code->keepVariablesBox()->setChecked(true);
        QVERIFY2(
            code->code().contains(QStringLiteral("'\"${templateId}\"'")) &&
                code->code().contains(QStringLiteral("'\"${apiKey}\"'")) &&
                !code->code().contains(QStringLiteral("templates/1003")), // not "1003": the port may hold it
            qPrintable(code->code()));
        code->close();
    }

    void profileDialogEditsVariablesSecretMasked()
    {
        ProfileStore store;
        cx::Profile acme;
        acme.name = QStringLiteral("Acme vars");
        acme.baseUrl = QStringLiteral("https://api.example.com");
        acme.clientId = QStringLiteral("acme");
        acme.variables = {{QStringLiteral("templateId"), QStringLiteral("tpl_9")}};
        QVERIFY(store.add(acme));

        ProfileDialog dialog(ProfileDialog::Mode::Edit, window());
        dialog.setProfile(*store.profile(acme.id), true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.activateWindow();
        VariablesTable *table = dialog.variablesTable();
        QCOMPARE(table->variables().size(), 1);
        QCOMPARE(table->variables().constFirst().value, QStringLiteral("tpl_9"));
        const QString secret = QStringLiteral("sk-dialog-5e6f");
        typeVariable(table, QStringLiteral("apiKey"), secret, true);
        // A secret value is edited in a password field.
        QTableWidget *t = table->table();
        t->editItem(t->item(1, VariablesTable::ValueColumn));
        QLineEdit *editor = nullptr;
        for (QLineEdit *each : t->viewport()->findChildren<QLineEdit *>())
            if (each->isVisible())
                editor = each;
        QVERIFY(editor);
        QCOMPARE(editor->echoMode(), QLineEdit::Password);
        QTest::keyClick(editor, Qt::Key_Escape); // close the editor, value unchanged
        QCOMPARE(table->variables().at(1).value, secret);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const VariableList saved = VariableContext::instance()->variables(acme.id);
        QCOMPARE(saved.size(), 2);
        QCOMPARE(saved.at(1).value, secret); // in memory (no keychain here)
        QVERIFY(VariableContext::instance()->secretValues(acme.id).contains(secret));
        QCOMPARE(store.variables(acme.id).at(1).value, QString()); // not in the settings
        auto settings = ProfileStore::openSharedSettings();
        settings->sync();
        QFile file(settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray disk = file.readAll();
        QVERIFY(disk.contains("tpl_9"));
        QVERIFY(!disk.contains(secret.toUtf8()));
    }
};

QTEST_MAIN(TestVariablesGui)
#include "tst_variables_gui.moc"
