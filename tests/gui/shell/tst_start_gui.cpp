// An empty tab leads a newcomer (issue 16, items 6 and 7): the start panel offers the first steps,
// each doing what it says, and only an empty tab builds it; a request is never sent with an empty path or an
// unfilled {id}; and the editor's Headers and Body pages, built on first use, lose nothing loaded before they
// were shown.
#include "GuiTestBase.h"
#include "help/ShortcutsDialog.h"
#include "help/UserGuideDialog.h"
#include "request/BodyEditor.h"
#include "request/ErrorArea.h"
#include "request/ParamTable.h"
#include "request/PathParamsForm.h"
#include "request/RequestEditor.h"
#include "request/RequestPage.h"
#include "response/ResponseView.h"
#include "shell/StartPanel.h"
#include "shell/StepButton.h"

#include <QAccessible>
#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>

using namespace cx;
using namespace cx::gui;

class TestStartGui : public cx::test::GuiTestBase
{
    Q_OBJECT

    StartPanel *startPanel() const { return qobject_cast<StartPanel *>(page()->startPanel()); }
    static QStringList labelTexts(const QWidget *parent)
    {
        QStringList texts;
        for (const QLabel *label : parent->findChildren<QLabel *>())
            texts.append(label->text());
        return texts;
    }
    StepButton *step(const char *name) const
    {
        return startPanel() ? startPanel()->findChild<StepButton *>(QLatin1String(name)) : nullptr;
    }

private slots:
    void initTestCase() { setUpEnvironment(); }
    void init()
    {
        QSettings().clear(); // each test starts on the first-start layout (no dock a test opened)
        createWindow();
    }
    void cleanup() { destroyWindow(); }

    void emptyTabShowsTheFirstSteps()
    {
        QVERIFY(startPanel());
        QVERIFY(startPanel()->isVisible());
        QVERIFY(!page()->responseView()->isVisible());
        const QStringList names = {QStringLiteral("startPickEndpoint"), QStringLiteral("startTour"),
                                   QStringLiteral("startSimulate"), QStringLiteral("startOpenHar"),
                                   QStringLiteral("startCheckup")};
        for (const QString &name : names) {
            auto *button = startPanel()->findChild<StepButton *>(name);
            QVERIFY2(button, qPrintable(name));
            QVERIFY2(!button->text().isEmpty() && !button->description().isEmpty(), qPrintable(name));
            QVERIFY2(button->isEnabled(), qPrintable(name)); // the Demo profile offers them all
        }
    }

    void stepsWrapTheirDescriptionAndAreNeverCut()
    {
        StepButton *button = step("startCheckup");
        QVERIFY(button);
        QTRY_VERIFY(button->isVisible() && button->width() > 0);
        // The layout gives each step the height its description needs at its width.
        QVERIFY2(button->height() >= button->heightForWidth(button->width()),
                 qPrintable(QStringLiteral("%1 px high, needs %2")
                                .arg(button->height())
                                .arg(button->heightForWidth(button->width()))));
        // Narrower: the description takes more lines, so the step grows; the title alone sets the width.
        const int wide = button->heightForWidth(800);
        const int narrow = button->heightForWidth(button->minimumSizeHint().width());
        QVERIFY2(narrow > wide, qPrintable(QStringLiteral("%1 vs %2").arg(narrow).arg(wide)));
        QVERIFY(button->sizeHint().width() >= button->fontMetrics().horizontalAdvance(button->text()));
        // A longer description needs more height at the same width.
        const int before = button->heightForWidth(300);
        button->setDescription(button->description() + QLatin1Char(' ') + button->description());
        QVERIFY(button->heightForWidth(300) > before);
        // Heights are remembered by width; a larger font (presentation mode) must not get the old ones.
        for (int width = 200; width <= 400; ++width)
            button->heightForWidth(width);
        QFont larger = button->font();
        larger.setPointSizeF(larger.pointSizeF() * 1.6);
        button->setFont(larger);
        StepButton fresh;
        fresh.setFont(larger);
        fresh.setText(button->text());
        fresh.setDescription(button->description());
        for (int width = 200; width <= 400; ++width)
            QCOMPARE(button->heightForWidth(width), fresh.heightForWidth(width));
        QCOMPARE(button->sizeHint(), fresh.sizeHint());
    }

    void stepsWorkFromTheKeyboardAndAreNamed()
    {
        StepButton *button = step("startPickEndpoint");
        QVERIFY(button);
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(button);
        QVERIFY(accessible);
        QCOMPARE(accessible->role(), QAccessible::Button);
        QCOMPARE(accessible->text(QAccessible::Name), button->text().remove(QLatin1Char('&')));
        QCOMPARE(accessible->text(QAccessible::Description), button->description());
        QSignalSpy clicked(button, &QAbstractButton::clicked);
        button->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(button->hasFocus());
        QTest::keyClick(button, Qt::Key_Space);
        QCOMPARE(clicked.count(), 1);
        QTRY_VERIFY(filterEdit()->hasFocus()); // what the step does
    }

    void pickAnEndpointFocusesTheFilter()
    {
        page()->editor()->pathEdit()->setFocus();
        QTest::mouseClick(step("startPickEndpoint"), Qt::LeftButton);
        QTRY_VERIFY(filterEdit()->hasFocus());
    }

    void theTourStepOpensTheTourPlayer()
    {
        QTest::mouseClick(step("startTour"), Qt::LeftButton);
        QTRY_VERIFY([this] {
            auto *dock = window()->findChild<QDockWidget *>(QStringLiteral("tourPlayer"));
            return dock && dock->isVisible();
        }());
    }

    void simulateStepOpensTheSimulateMenu()
    {
        // The first frame shows only the menu's title: its entries are built when it first opens.
        auto *simulate = window()->findChild<QMenu *>(QStringLiteral("simulateMenu"));
        QVERIFY(simulate);
        QVERIFY(simulate->actions().isEmpty());
        QVERIFY(simulate->menuAction()->isEnabled());
        QCOMPARE(simulate->title(), QStringLiteral("Si&mulate"));
        QTest::mouseClick(step("startSimulate"), Qt::LeftButton);
        // The Simulate menu pops up at the button, listing the simulations.
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QCOMPARE(menu->objectName(), QStringLiteral("simulateMenu"));
        QVERIFY(!menu->actions().isEmpty());
        QVERIFY(menu->isEnabled());
        // Every entry is there, in this language, the dialect checked as the server has it.
        auto *faults = menu->findChild<QMenu *>(QStringLiteral("simulate_faults"));
        QVERIFY(faults);
        QCOMPARE(faults->title(), QStringLiteral("&Network and proxy"));
        QVERIFY(menu->findChild<QAction *>(QStringLiteral("simulate_delay")));
        QCOMPARE(menu->findChild<QAction *>(QStringLiteral("simulate_clear"))->text(),
                 QStringLiteral("&Clear Simulated Errors"));
        QVERIFY(menu->findChild<QAction *>(QStringLiteral("simulate_dialect_code_message"))->isChecked());
        menu->close();
        QTRY_VERIFY(!QApplication::activePopupWidget());
    }

    void loadingAnEndpointGivesWayToTheResponse()
    {
        // The first frame builds neither the response view nor the error area (issue 15)...
        QVERIFY(page()->startPanel());
        QVERIFY(!page()->findChild<ResponseView *>());
        QVERIFY(!page()->findChild<ErrorArea *>());
        QVERIFY(clickEndpoint("GET", QStringLiteral("/api/templates")));
        QTRY_VERIFY(!page()->startPanel());
        // ...nor does loading a request: the panel's place says there is no response yet...
        QVERIFY(!page()->findChild<ResponseView *>());
        QWidget *noResponse = page()->noResponsePanel();
        QVERIFY(noResponse);
        QVERIFY(noResponse->isVisible());
        QVERIFY(labelTexts(noResponse).contains(QStringLiteral("No response yet")));
        // ...until the first request, whose answer the view then shows in its place.
        QVERIFY(waitSignedIn());
        QVERIFY(sendWithKeyboard());
        auto *response = page()->findChild<ResponseView *>();
        QVERIFY(response);
        QVERIFY(response->isVisible());
        QCOMPARE(page()->responseView(), response);
        QTRY_VERIFY(!page()->noResponsePanel());
        QVERIFY2(statusText().contains(QStringLiteral("200")), qPrintable(statusText()));
    }

    void aPageWithoutStartPanelSaysThereIsNoResponseFromItsFirstFrame()
    {
        // A restored or pasted request has no start panel: from its first frame on it says where the
        // answer will come and how to get one, and builds the response view only when asked for it.
        RequestPage standalone(window()->connection()->client());
        standalone.resize(800, 600);
        standalone.show();
        QVERIFY(QTest::qWaitForWindowExposed(&standalone));
        QVERIFY(!standalone.findChild<ResponseView *>());
        QVERIFY(!standalone.findChild<ErrorArea *>());
        QWidget *noResponse = standalone.noResponsePanel();
        QVERIFY(noResponse);
        QVERIFY(noResponse->isVisible());
        const QStringList texts = labelTexts(noResponse);
        QVERIFY2(texts.join(u' ').contains(QStringLiteral("Ctrl+Return")), qPrintable(texts.join(u'|')));
        // Asked for (a response is coming), the view takes the panel's place at once, with the room
        // it has in a page that showed it from the start.
        RequestPage reference(window()->connection()->client());
        reference.resize(standalone.size());
        reference.responseView();
        reference.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reference));
        ResponseView *response = standalone.responseView();
        QVERIFY(response->isVisible());
        QTRY_VERIFY(!standalone.noResponsePanel());
        const int expected = reference.responseView()->height();
        QVERIFY2(expected > standalone.height() / 4, qPrintable(QString::number(expected)));
        QTRY_VERIFY2(qAbs(response->height() - expected) <= expected / 10,
                     qPrintable(QStringLiteral("%1 against %2").arg(response->height()).arg(expected)));
    }

    void aTabForARequestBuildsNoPanel()
    {
        // A restored draft, an endpoint opened beside a typed-in tab, a reopened request: the request
        // is loaded at once, so no panel is built only to be dropped (issue 15, item 7).
        RequestPage *blank = window()->newTab();
        QCOMPARE(blank->findChildren<StartPanel *>().size(), 1);
        RequestPage *forRequest = window()->newTabForRequest();
        QVERIFY(forRequest->findChildren<StartPanel *>().isEmpty()); // not even one waiting to be deleted
        QTest::keyClicks(forRequest->editor()->pathEdit(), QStringLiteral("/api/me"));
        QVERIFY(clickEndpoint("GET", QStringLiteral("/api/templates")));
        QCOMPARE(window()->requestTabs()->count(), 4);
        RequestPage *opened = window()->currentPage();
        QVERIFY(opened != forRequest);
        QVERIFY(opened->findChildren<StartPanel *>().isEmpty());
        QCOMPARE(opened->editor()->pathEdit()->text(), QStringLiteral("/api/templates"));
        QVERIFY(opened->noResponsePanel());
        QTRY_VERIFY(opened->noResponsePanel()->isVisible());
    }

    void typingInTheEmptyTabDropsThePanel()
    {
        QTest::keyClicks(page()->editor()->pathEdit(), QStringLiteral("/api/me"));
        QTRY_VERIFY(!page()->startPanel());
    }

    void emptyPathIsRefusedOnTheSpot()
    {
        QVERIFY(waitSignedIn());
        QSignalSpy finished(page(), &RequestPage::requestFinished);
        QTest::keyClick(window(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!page()->isBusy());
        QTest::qWait(100);
        QCOMPARE(finished.count(), 0);
        RequestEditor *editor = page()->editor();
        QCOMPARE(editor->highlightedField(), QStringLiteral("path"));
        QVERIFY(editor->issueLabel() && editor->issueLabel()->isVisible());
        QVERIFY2(editor->issueLabel()->text().contains(QStringLiteral("path is empty")),
                 qPrintable(editor->issueLabel()->text()));
        QVERIFY(editor->pathEdit()->hasFocus());
        // Typing a path takes the mark away.
        QTest::keyClicks(editor->pathEdit(), QStringLiteral("/api/me"));
        QCOMPARE(editor->highlightedField(), QString());
        QVERIFY(!editor->issueLabel()->isVisible());
    }

    void unfilledPathParameterIsRefused()
    {
        QVERIFY(waitSignedIn());
        QVERIFY(clickEndpoint("GET", QStringLiteral("/api/templates/{id}")));
        RequestEditor *editor = page()->editor();
        QSignalSpy finished(page(), &RequestPage::requestFinished);
        QTest::mouseClick(editor->sendButton(), Qt::LeftButton);
        QTest::qWait(100);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(editor->highlightedField(), QStringLiteral("path:id"));
        QVERIFY2(editor->issueLabel()->text().contains(QStringLiteral("{id}")),
                 qPrintable(editor->issueLabel()->text()));
        QLineEdit *id = editor->pathParams()->editFor(QStringLiteral("id"));
        QVERIFY(id);
        QVERIFY(!id->styleSheet().isEmpty());
        QTest::keyClicks(id, QStringLiteral("1"));
        QCOMPARE(editor->highlightedField(), QString());
        QVERIFY(id->styleSheet().isEmpty());
        QVERIFY(sendWithKeyboard());
        QCOMPARE(finished.count(), 1);
    }

    void helpMenuLeadsToGuideShortcutsAndTour()
    {
        auto *help = window()->menuBar()->findChild<QMenu *>(QStringLiteral("helpMenu"));
        QVERIFY(help);
        QStringList names;
        for (const QAction *action : help->actions())
            names << action->objectName();
        for (const char *name : {"userGuideAction", "shortcutsAction", "tourPlayerAction"})
            QVERIFY2(names.contains(QLatin1String(name)), qPrintable(names.join(QLatin1Char(','))));
    }

    void shortcutsPageListsTheWindowsShortcuts()
    {
        ShortcutsDialog dialog(window());
        const QTableWidget *table = dialog.table();
        QVERIFY(table->rowCount() > 10);
        QMap<QString, QString> keysOf; // what -> keys
        for (int row = 0; row < table->rowCount(); ++row)
            keysOf.insert(table->item(row, 1)->text(), table->item(row, 2)->text());
        // Read from the actions themselves: Send, presentation mode, the shortcuts page itself.
        QVERIFY2(keysOf.value(QStringLiteral("Send"))
                     .contains(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)),
                 qPrintable(keysOf.value(QStringLiteral("Send"))));
        QVERIFY(keysOf.contains(QStringLiteral("Keyboard Shortcuts")));
        QVERIFY(keysOf.contains(QStringLiteral("From the filter into the list")));
    }

    void userGuideOpensOfflineAndFollowsItsLinks()
    {
        UserGuideDialog dialog(window());
        QTextBrowser *browser = dialog.browser();
        QVERIFY2(browser->toPlainText().contains(QStringLiteral("Connect Explorer")),
                 qPrintable(browser->toPlainText().left(200)));
        dialog.open(QStringLiteral("error-panel.md"));
        QCOMPARE(browser->source().fileName(), QStringLiteral("error-panel.md"));
        QVERIFY(browser->toPlainText().size() > 500);
        // Its pictures are bundled too.
        QVERIFY(QFile::exists(QStringLiteral(":/user-guide/images/error-panel-permission.png")));
        QVERIFY(browser->isBackwardAvailable());
    }

    void headersAndBodyLoadedBeforeTheirPagesAreShownAreKept()
    {
        RequestDraft draft;
        draft.method = "POST";
        draft.pathTemplate = QStringLiteral("/api/folders");
        draft.headers = {test::row(QStringLiteral("X-Case"), QStringLiteral("4711"))};
        draft.body = QStringLiteral("{\"name\": \"Q3\"}");
        page()->load(draft);
        // Not built yet, yet the draft is whole (what drafts, history and Copy as cURL read).
        QCOMPARE(page()->editor()->draft().headers, draft.headers);
        QCOMPARE(page()->editor()->draft().body, draft.body);
        auto *tabs = page()->editor()->findChild<QTabWidget *>();
        QVERIFY(tabs);
        tabs->setCurrentIndex(1);
        QCOMPARE(page()->editor()->headerTable()->rows(), draft.headers);
        tabs->setCurrentIndex(2);
        QCOMPARE(page()->editor()->bodyEditor()->text(), draft.body);
        // Edits in the built pages are the draft from then on.
        QTest::keyClicks(page()->editor()->bodyEditor()->editor(), QStringLiteral(" "));
        QVERIFY(page()->editor()->draft().body != draft.body);
    }
};

QTEST_MAIN(TestStartGui)
#include "tst_start_gui.moc"
