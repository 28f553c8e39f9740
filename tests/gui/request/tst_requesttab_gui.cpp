// Issue 16, the request tab's seams, on the real window against the in-process simulator:
// - {{access_token}} in a tab is the session's token (a tour tab sent again, or after signing out), and
//   history keeps it masked;
// - a body field the server names is marked as the whole `"name": value` member;
// - the header and query tables give the value column the room, not an empty description;
// - a secret header of a draft comes back after a restart by name, with a placeholder, not sent as is,
//   and the editor says that its value was not saved.
#include "GuiTestBase.h"
#include "history/RequestWorkspace.h"
#include "request/BodyEditor.h"
#include "request/ParamTable.h"
#include "request/ParamTableModel.h"
#include "request/RequestEditor.h"

#include <QDirIterator>
#include <QFile>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>

using namespace cx;
using namespace cx::gui;

namespace {

constexpr char TourHeader[] = "Bearer {{access_token}}";
constexpr char PastedSecret[] = "Bearer pasted-secret-7f3a";

ParamRow headerRow(const QString &name, const QString &value, const QString &description = {})
{
    ParamRow r = test::row(name, value);
    r.description = description;
    return r;
}

const ParamRow *findRow(const QList<ParamRow> &rows, const QString &name)
{
    for (const ParamRow &r : rows) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

// Every draft file's bytes, to look for what must not be there.
QByteArray allDraftFiles()
{
    QByteArray all;
    QDirIterator it(DraftStore::defaultDirectory(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

} // namespace

class TestRequestTabGui : public cx::test::GuiTestBase
{
    Q_OBJECT

    RequestEditor *editor() const { return page()->editor(); }

    // Sends the current tab and returns what history was handed (empty on a timeout).
    std::optional<ApiRequest> sendAndRecord()
    {
        std::optional<ApiRequest> recorded;
        const auto connection = connect(page(), &RequestPage::requestFinished, this,
                                        [&recorded](const ApiRequest &request) { recorded = request; });
        const bool shown = sendWithKeyboard(15000);
        disconnect(connection);
        return shown ? recorded : std::nullopt;
    }

    static QByteArray headerValue(const ApiRequest &request, const QByteArray &name)
    {
        for (const auto &[n, v] : request.headers) {
            if (n.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }

    void showHeadersPage()
    {
        ParamTable *table = editor()->headerTable();
        auto *tabs = editor()->findChild<QTabWidget *>();
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->widget(i)->isAncestorOf(table))
                tabs->setCurrentIndex(i);
        }
        QTRY_VERIFY(table->view()->isVisible());
    }

private slots:
    void initTestCase() { setUpEnvironment(); }
    void cleanup()
    {
        destroyWindow();
        m_keepDrafts = false;
        QDir(DraftStore::defaultDirectory()).removeRecursively();
    }

    void accessTokenIsTheSessionsToken()
    {
        createWindow();
        QVERIFY(waitSignedIn());
        RequestDraft draft;
        draft.pathTemplate = QStringLiteral("/api/templates");
        draft.headers = {headerRow(QStringLiteral("Authorization"), QString::fromLatin1(TourHeader))};
        page()->load(draft, false);

        // Sent again (as a user does with a tour's tab): the session's token, not the literal name.
        auto sent = sendAndRecord();
        QVERIFY(sent);
        QVERIFY2(statusText().startsWith(QStringLiteral("200")), qPrintable(statusText()));
        const QByteArray token = session()->accessToken();
        QVERIFY(!token.isEmpty());
        QByteArray recorded = headerValue(*sent, "Authorization");
        QVERIFY2(!recorded.contains("{{"), recorded.constData());  // it was put in...
        QVERIFY2(!recorded.contains(token), recorded.constData()); // ...and history keeps it masked
        QVERIFY(page()->variableScope().isSecret(QStringLiteral("access_token")));

        // Signed out: Send waits for a token (the session signs in again) and then sends with it.
        session()->signOut();
        QVERIFY(session()->accessToken().isEmpty());
        sent = sendAndRecord();
        QVERIFY(sent);
        QVERIFY2(statusText().startsWith(QStringLiteral("200")), qPrintable(statusText()));
        QVERIFY(!session()->accessToken().isEmpty());
        recorded = headerValue(*sent, "Authorization");
        QVERIFY2(!recorded.contains("{{") && !recorded.contains(session()->accessToken()),
                 recorded.constData());
    }

    void bodyFieldMarkCoversTheMember_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("marked");
        QTest::newRow("empty string") << "title"
                                      << "\"title\": \"\"";
        QTest::newRow("number") << "count"
                                << "\"count\": 12";
        QTest::newRow("object with a bracket in a string") << "tags"
                                                           << "\"tags\": {\"a\": [1, \"]\"]}";
        QTest::newRow("escaped quote") << "note"
                                       << "\"note\": \"say \\\"hi\\\"\"";
        QTest::newRow("literal") << "done"
                                 << "\"done\": false";
    }

    void bodyFieldMarkCoversTheMember()
    {
        QFETCH(QString, field);
        QFETCH(QString, marked);
        if (!m_window)
            createWindow();
        RequestDraft draft;
        draft.method = "POST";
        draft.pathTemplate = QStringLiteral("/api/folders");
        draft.body =
            QStringLiteral("{\n  \"title\": \"\",\n  \"count\": 12,\n  \"tags\": {\"a\": [1, \"]\"]},\n"
                           "  \"note\": \"say \\\"hi\\\"\",\n  \"done\": false\n}");
        page()->load(draft, false);
        const QString message = QStringLiteral("The %1 field is invalid.").arg(field);

        // One field, as the error panel marks a message naming it.
        QVERIFY(editor()->highlightBodyField(field, message));
        QList<QTextEdit::ExtraSelection> marks = editor()->bodyEditor()->editor()->extraSelections();
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks.first().cursor.selectedText(), marked);
        QCOMPARE(marks.first().format.toolTip(), message);
        QCOMPARE(editor()->highlightedField(), QStringLiteral("field:") + field);

        // The same member when a validation answer names several.
        RequestEditor::FieldMark mark;
        mark.where = RequestEditor::FieldMark::Where::Body;
        mark.name = field;
        mark.message = message;
        QVERIFY(editor()->highlightFields({mark}));
        marks = editor()->bodyEditor()->editor()->extraSelections();
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks.first().cursor.selectedText(), marked);
        QCOMPARE(marks.first().format.toolTip(), message);
    }

    void valueColumnTakesTheRoom()
    {
        destroyWindow();
        createWindow();
        window()->resize(1200, 900);
        RequestDraft draft;
        draft.pathTemplate = QStringLiteral("/api/templates");
        const QString longValue = QStringLiteral("Bearer ") + QString(60, QLatin1Char('x'));
        draft.headers = {headerRow(QStringLiteral("X-Request-Id"), longValue),
                         headerRow(QStringLiteral("Accept"), QStringLiteral("application/json"))};
        draft.query = {headerRow(QStringLiteral("per_page"), QStringLiteral("25"))};
        page()->load(draft, false);
        showHeadersPage();

        for (ParamTable *table : {editor()->headerTable(), editor()->queryTable()}) {
            if (table == editor()->queryTable()) {
                auto *tabs = editor()->findChild<QTabWidget *>();
                tabs->setCurrentIndex(0);
                QTRY_VERIFY(table->view()->isVisible());
            }
            QTableView *view = table->view();
            const int value = view->columnWidth(ParamTableModel::ValueColumn);
            const int description = view->columnWidth(ParamTableModel::DescriptionColumn);
            const int name = view->columnWidth(ParamTableModel::NameColumn);
            const int width = view->viewport()->width();
            QVERIFY2(width > 400, qPrintable(QString::number(width)));
            // The empty description is only as wide as its title, the value has the rest.
            QVERIFY2(description <=
                         view->horizontalHeader()->sectionSizeHint(ParamTableModel::DescriptionColumn) + 4,
                     qPrintable(QStringLiteral("description %1").arg(description)));
            QVERIFY2(value > width / 2, qPrintable(QStringLiteral("value %1 of %2").arg(value).arg(width)));
            const auto *base = static_cast<const QAbstractItemView *>(view);
            QVERIFY2(name >= base->sizeHintForColumn(ParamTableModel::NameColumn) - 1,
                     qPrintable(QStringLiteral("name %1").arg(name)));
            QVERIFY(name + value + description <= width + 1); // no scrolling sideways for that
        }

        // A described row: the description is as wide as it needs, within limits.
        const QString text = QStringLiteral("How many per page (1 to 100)");
        draft.query = {headerRow(QStringLiteral("per_page"), QStringLiteral("25"), text)};
        page()->load(draft, false);
        QTableView *view = editor()->queryTable()->view();
        QTRY_VERIFY(view->columnWidth(ParamTableModel::DescriptionColumn) >=
                    view->fontMetrics().horizontalAdvance(text));
        QVERIFY(view->columnWidth(ParamTableModel::ValueColumn) >
                view->columnWidth(ParamTableModel::DescriptionColumn));
    }

    void secretHeaderComesBackNamedAfterARestart()
    {
        destroyWindow();
        createWindow();
        QVERIFY(waitSignedIn());
        RequestDraft draft;
        draft.pathTemplate = QStringLiteral("/api/templates");
        draft.headers = {headerRow(QStringLiteral("Authorization"), QString::fromLatin1(PastedSecret)),
                         headerRow(QStringLiteral("X-Trace"), QStringLiteral("kept"))};
        page()->load(draft, false);
        // Typed, so the window saves the tab as a draft.
        QTest::keyClicks(editor()->pathEdit(), QStringLiteral("/"));
        QTest::keyClick(editor()->pathEdit(), Qt::Key_Backspace);
        QTRY_COMPARE_WITH_TIMEOUT(window()->workspace()->draftStore()->loadAll().size(), 1, 3000);
        window()->workspace()->waitForDrafts();

        m_keepDrafts = true;
        destroyWindow();
        QVERIFY2(!allDraftFiles().contains("pasted-secret-7f3a"), "the secret was written to disk");
        createWindow();
        QVERIFY(waitSignedIn());

        // The row is there by name, with a placeholder, disabled, and says why.
        const QList<ParamRow> rows = editor()->headerTable()->rows();
        const ParamRow *auth = findRow(rows, QStringLiteral("Authorization"));
        QVERIFY(auth);
        QVERIFY(auth->valueNotSaved);
        QVERIFY(!auth->enabled);
        QVERIFY(auth->value.isEmpty());
        QVERIFY(findRow(rows, QStringLiteral("X-Trace")));
        const QString note = QStringLiteral(
            "The value of Authorization was not saved (secrets are never written to disk); paste it again.");
        ParamTableModel *model = editor()->headerTable()->model();
        const int at = int(auth - rows.constData());
        QCOMPARE(model->index(at, ParamTableModel::ValueColumn).data().toString(), Redactor::mask());
        QCOMPARE(model->index(at, ParamTableModel::ValueColumn).data(Qt::ToolTipRole).toString(), note);
        QVERIFY(editor()->issueLabel());
        QVERIFY(editor()->issueLabel()->isVisible());
        QVERIFY2(editor()->issueLabel()->text().contains(note), qPrintable(editor()->issueLabel()->text()));

        // Not sent as is: ticked but still empty, the request goes with the session's token.
        model->setData(model->index(at, ParamTableModel::NameColumn), Qt::Checked, Qt::CheckStateRole);
        const ApiRequest request = editor()->draft().toApiRequest();
        QVERIFY(headerValue(request, "Authorization").isNull());
        QVERIFY(sendWithKeyboard());
        QVERIFY2(statusText().startsWith(QStringLiteral("200")), qPrintable(statusText()));

        // Pasted again, it is the user's header once more.
        model->setData(model->index(at, ParamTableModel::ValueColumn), QStringLiteral("Bearer again"));
        QVERIFY(!editor()->headerTable()->rows().at(at).valueNotSaved);
        QCOMPARE(headerValue(editor()->draft().toApiRequest(), "Authorization"), QByteArray("Bearer again"));
    }
};

QTEST_MAIN(TestRequestTabGui)
#include "tst_requesttab_gui.moc"
