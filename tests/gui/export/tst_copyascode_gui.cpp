// Copy as code and paste a cURL command, as a user does it: Request > Copy as > cURL puts a command on
// the clipboard that holds no token and no client secret; the Copy as Code dialog shows each language
// and writes the real token only with "Include secrets" ticked; Ctrl+Shift+V opens the clipboard's
// cURL command in a new, filled tab that sends, and says plainly what it could not carry over. The
// dialog follows a language switch made while it is open, keeping the chosen language and options.
#include "GuiTestBase.h"
#include "UntranslatedScan.h"
#include "export/CopyAsCodeDialog.h"
#include "history/RequestWorkspace.h"
#include "request/BodyEditor.h"
#include "request/ParamTable.h"
#include "request/RequestEditor.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>

using namespace cx;
using namespace cx::gui;

class TestCopyAsCodeGui : public cx::test::GuiTestBase
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpEnvironment(); }
    void init() { createWindow(); }
    void cleanup()
    {
        destroyWindow();
        if (std::exchange(m_switchedLanguage, false))
            test::switchLanguageNow(QStringLiteral("en"));
    }

    void menusListCopyAsAndPaste();
    void copyAsCurlHoldsNoTokenByDefault();
    void everyLanguageWithoutSecretsHoldsNoToken();
    void dialogWritesTheTokenOnlyWithIncludeSecrets();
    void pasteCurlOpensAFilledTabThatSends();
    void pasteCurlWithABodyAndHeaders();
    void copiedCurlPastesBackWithoutThePlaceholder();
    void pasteCurlSaysWhatItCouldNotCarryOver();
    void pasteOfSomethingElseIsRefusedPlainly();
    void dialogFollowsALanguageSwitchWhileOpen();

private:
    RequestWorkspace *workspace() const { return window()->workspace(); }
    QString base() const { return m_connection->baseUrl().toString(QUrl::StripTrailingSlash); }
    QString clientSecret() const { return m_connection->profile().clientSecret; }
    QMessageBox *message() const { return workspace()->lastMessage(); }
    bool m_switchedLanguage = false;
};

void TestCopyAsCodeGui::menusListCopyAsAndPaste()
{
    QMenuBar *bar = window()->menuBar();
    QMenu *request = bar->findChild<QMenu *>(QStringLiteral("requestMenu"));
    QMenu *edit = bar->findChild<QMenu *>(QStringLiteral("editMenu"));
    QVERIFY(request);
    QVERIFY(edit);
    QVERIFY(request->actions().contains(workspace()->copyAsMenu()->menuAction()));
    QVERIFY(request->actions().contains(workspace()->saveRequestAction()));
    QVERIFY(edit->actions().contains(workspace()->pasteCurlAction()));
    QCOMPARE(workspace()->pasteCurlAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    QCOMPARE(workspace()->saveRequestAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_S));
    QStringList names;
    for (QAction *action : workspace()->copyAsMenu()->actions())
        names << action->text();
    for (const QString &language : {QStringLiteral("cURL"), QStringLiteral("HTTPie")})
        QVERIFY2(names.contains(language), qPrintable(names.join(QLatin1Char(','))));
    QCOMPARE(int(CodeExporter::languages().size()), 5);
}

void TestCopyAsCodeGui::copyAsCurlHoldsNoTokenByDefault()
{
    QVERIFY(waitSignedIn());
    const QByteArray token = session()->accessToken();
    QVERIFY(!token.isEmpty());
    QVERIFY(clickEndpoint("GET", QStringLiteral("/api/templates")));
    QApplication::clipboard()->clear();
    workspace()->copyAsAction(CodeLanguage::Curl)->trigger();
    const QString text = QApplication::clipboard()->text();
    QVERIFY2(text.startsWith(QStringLiteral("curl")), qPrintable(text));
    QVERIFY2(text.contains(base() + QStringLiteral("/api/templates")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("$CONNECT_TOKEN")), qPrintable(text));
    QVERIFY(!text.contains(QString::fromLatin1(token)));
    QVERIFY(!text.contains(clientSecret()));
}

void TestCopyAsCodeGui::everyLanguageWithoutSecretsHoldsNoToken()
{
    QVERIFY(waitSignedIn());
    const QString token = QString::fromLatin1(session()->accessToken());
    QVERIFY(clickEndpoint("GET", QStringLiteral("/api/assets")));
    // Even a token the user pasted into the request's own header stays out.
    page()->editor()->headerTable()->setRows(
        {ParamRow{true, QStringLiteral("Authorization"), QStringLiteral("Bearer ") + token, {}, false}});
    for (CodeLanguage language : CodeExporter::languages()) {
        workspace()->copyAsAction(language)->trigger();
        const QString text = QApplication::clipboard()->text();
        QVERIFY2(text.contains(QStringLiteral("/api/assets")), qPrintable(text));
        QVERIFY2(!text.contains(token), qPrintable(CodeExporter::languageName(language)));
        QVERIFY(!text.contains(clientSecret()));
    }
}

void TestCopyAsCodeGui::dialogWritesTheTokenOnlyWithIncludeSecrets()
{
    QVERIFY(waitSignedIn());
    const QString token = QString::fromLatin1(session()->accessToken());
    QVERIFY(clickEndpoint("GET", QStringLiteral("/api/templates")));
    QTest::keyClick(window(), Qt::Key_C, Qt::ControlModifier | Qt::AltModifier);
    auto *dialog = window()->findChild<CopyAsCodeDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->preview()->isReadOnly());
    QVERIFY(!dialog->includeSecretsBox()->isChecked());
    QCOMPARE(dialog->languageCombo()->count(), 5);
    QVERIFY(dialog->code().startsWith(QStringLiteral("curl")));
    QVERIFY(!dialog->code().contains(token));

    dialog->languageCombo()->setCurrentIndex(
        dialog->languageCombo()->findText(CodeExporter::languageName(CodeLanguage::PythonRequests)));
    QVERIFY2(dialog->code().contains(QStringLiteral("requests")), qPrintable(dialog->code()));
    QVERIFY(!dialog->code().contains(token));

    QTest::mouseClick(dialog->includeSecretsBox(), Qt::LeftButton, {},
                      QPoint(4, dialog->includeSecretsBox()->height() / 2));
    QVERIFY(dialog->includeSecretsBox()->isChecked());
    QVERIFY2(dialog->code().contains(token), qPrintable(dialog->code()));
    QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
    QVERIFY(QApplication::clipboard()->text().contains(token));
    QVERIFY(!QApplication::clipboard()->text().contains(clientSecret()));

    dialog->includeSecretsBox()->setChecked(false);
    QVERIFY(!dialog->code().contains(token));
    QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
    QVERIFY(!QApplication::clipboard()->text().contains(token));
    dialog->close();
}

void TestCopyAsCodeGui::pasteCurlOpensAFilledTabThatSends()
{
    QVERIFY(waitSignedIn());
    QTabWidget *tabs = window()->requestTabs();
    const int before = tabs->count();
    QApplication::clipboard()->setText(
        QStringLiteral("curl -s '%1/api/templates?page=1' \\\n  -H 'Accept: application/json'").arg(base()));
    QTest::keyClick(window(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(tabs->count(), before + 1);
    QVERIFY(!message()); // nothing to tell
    RequestEditor *editor = page()->editor();
    QCOMPARE(editor->methodCombo()->currentText(), QStringLiteral("GET"));
    QCOMPARE(editor->pathEdit()->text(), QStringLiteral("/api/templates"));
    const QList<ParamRow> query = editor->queryTable()->rows();
    QCOMPARE(query.size(), 1);
    QCOMPARE(query.first().name, QStringLiteral("page"));
    QCOMPARE(query.first().value, QStringLiteral("1"));
    const QList<ParamRow> headers = editor->headerTable()->rows();
    QCOMPARE(headers.size(), 1);
    QCOMPARE(headers.first().name, QStringLiteral("Accept"));
    QVERIFY(sendWithKeyboard());
    QVERIFY2(statusText().startsWith(QStringLiteral("200")), qPrintable(statusText()));
}

void TestCopyAsCodeGui::pasteCurlWithABodyAndHeaders()
{
    const QString command =
        QStringLiteral("curl -X PATCH %1/api/folders/7 -H 'Content-Type: application/json' "
                       "-H 'X-Trace: t1' --data-raw '{\"name\": \"Renamed\"}'")
            .arg(base());
    QVERIFY(workspace()->pasteCurlCommand(command));
    RequestEditor *editor = page()->editor();
    QCOMPARE(editor->methodCombo()->currentText(), QStringLiteral("PATCH"));
    QCOMPARE(editor->pathEdit()->text(), QStringLiteral("/api/folders/7"));
    QCOMPARE(editor->bodyEditor()->text(), QStringLiteral("{\"name\": \"Renamed\"}"));
    const QList<ParamRow> headers = editor->headerTable()->rows();
    QCOMPARE(headers.size(), 2);
    QCOMPARE(headers.at(0).name, QStringLiteral("Content-Type"));
    QCOMPARE(headers.at(1).value, QStringLiteral("t1"));
    // Pasted content is the user's: an endpoint click opens another tab instead of replacing it.
    QVERIFY(!page()->isPristine());
}

void TestCopyAsCodeGui::copiedCurlPastesBackWithoutThePlaceholder()
{
    QVERIFY(waitSignedIn());
    QVERIFY(clickEndpoint("GET", QStringLiteral("/api/assets")));
    workspace()->copyAsAction(CodeLanguage::Curl)->trigger();
    QVERIFY(workspace()->pasteCurlFromClipboard());
    QCOMPARE(page()->editor()->pathEdit()->text(), QStringLiteral("/api/assets"));
    for (const ParamRow &row : page()->editor()->headerTable()->rows())
        QVERIFY2(row.name.compare(QStringLiteral("Authorization"), Qt::CaseInsensitive) != 0,
                 qPrintable(row.value));
    QVERIFY(message());
    QVERIFY2(message()->text().contains(QStringLiteral("Authorization")), qPrintable(message()->text()));
    message()->close();
    QVERIFY(sendWithKeyboard());
    QVERIFY2(statusText().startsWith(QStringLiteral("200")), qPrintable(statusText()));
}

void TestCopyAsCodeGui::pasteCurlSaysWhatItCouldNotCarryOver()
{
    const int before = window()->requestTabs()->count();
    QApplication::clipboard()->setText(QStringLiteral(
        "curl https://elsewhere.example/api/assets --resolve elsewhere.example:443:127.0.0.1"));
    workspace()->pasteCurlAction()->trigger();
    QTRY_COMPARE(window()->requestTabs()->count(), before + 1);
    QCOMPARE(page()->editor()->pathEdit()->text(), QStringLiteral("/api/assets"));
    QVERIFY(message());
    QTRY_VERIFY(message()->isVisible());
    const QString text = message()->text();
    QVERIFY2(text.contains(QStringLiteral("elsewhere.example")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("--resolve")), qPrintable(text));
    message()->close();
}

void TestCopyAsCodeGui::pasteOfSomethingElseIsRefusedPlainly()
{
    const int before = window()->requestTabs()->count();
    QApplication::clipboard()->setText(QStringLiteral("curl 'https://x.example/api/unterminated"));
    workspace()->pasteCurlAction()->trigger();
    QVERIFY(message());
    QTRY_VERIFY(message()->isVisible());
    QCOMPARE(message()->icon(), QMessageBox::Warning);
    QCOMPARE(window()->requestTabs()->count(), before);
    message()->close();

    QApplication::clipboard()->clear();
    workspace()->pasteCurlAction()->trigger();
    QVERIFY(message());
    QVERIFY2(message()->text().contains(QStringLiteral("no text")), qPrintable(message()->text()));
    QCOMPARE(window()->requestTabs()->count(), before);
    message()->close();
}

void TestCopyAsCodeGui::dialogFollowsALanguageSwitchWhileOpen()
{
    test::UntranslatedScan german;
    QVERIFY(german.load(QStringLiteral(CX_TS_DIR "/connect-explorer_de.ts")));
    QVERIFY(waitSignedIn());
    QVERIFY(clickEndpoint("GET", QStringLiteral("/api/templates")));
    CopyAsCodeDialog *dialog = workspace()->showCopyAsCodeDialog(CodeLanguage::PythonRequests);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->includeSecretsBox()->setChecked(true);
    dialog->copy();
    const QString code = dialog->code();
    auto *note = dialog->findChild<QLabel *>(QStringLiteral("codeNote"));
    QVERIFY(note);

    m_switchedLanguage = true;
    test::switchLanguageNow(QStringLiteral("de"));
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Als Code kopieren"));
    QCOMPARE(dialog->includeSecretsBox()->text(), QStringLiteral("&Secrets einschließen"));
    QCOMPARE(dialog->copyButton()->text(), QStringLiteral("Kopiert")); // it was pressed
    QCOMPARE(note->text(),
             QStringLiteral("Der Code enthält das echte Token der Sitzung: Halten Sie ihn vertraulich."));
    const QStringList leftovers = german.findEnglishUnder(dialog);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char('\n'))));
    // The choices and the code stay.
    QCOMPARE(dialog->language(), CodeLanguage::PythonRequests);
    QVERIFY(dialog->includeSecretsBox()->isChecked());
    QCOMPARE(dialog->code(), code);

    test::switchLanguageNow(QStringLiteral("en"));
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Copy as Code"));
    QCOMPARE(dialog->copyButton()->text(), QStringLiteral("Copied"));
    QCOMPARE(note->text(), QStringLiteral("The code holds the session's real token: keep it private."));
    dialog->close();
}

QTEST_MAIN(TestCopyAsCodeGui)
#include "tst_copyascode_gui.moc"
