// Demo mode as a presenter uses it: presentation mode masks a canary token everywhere it could show, the
// built-in tour plays to the end against the Demo profile's in-process simulator with every outcome
// matched, a step whose outcome does not match is shown as failed, not skipped, and the tour player
// and the presentation badge follow a language switch made while they are open.
#include "ConnectSimulator.h"
#include "GuiTestBase.h"
#include "ScenarioInjector.h"
#include "UntranslatedScan.h"
#include "common/PresentationMode.h"
#include "demo/DemoMode.h"
#include "demo/PresentationController.h"
#include "demo/TourPlayer.h"
#include "errorpanel/ErrorPanel.h"
#include "errorpanel/PermissionAction.h"
#include "errorpanel/SimulateMenu.h"
#include "export/CopyAsCodeDialog.h"
#include "profiles/ProfileController.h"
#include "profiles/SignInDialog.h"
#include "request/ErrorArea.h"
#include "request/ParamTable.h"
#include "request/RequestDraft.h"
#include "request/RequestEditor.h"
#include "response/HeaderListModel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextEdit>

using namespace cx;

namespace {

// Every place on screen where `secret` can be read: label text, line edits as displayed, read-only and
// editable text, item views' displayed cells, the status bar message.
QStringList placesShowing(const QString &secret)
{
    QStringList places;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (!top->isVisible())
            continue;
        QList<QWidget *> widgets = top->findChildren<QWidget *>();
        widgets.prepend(top);
        for (QWidget *widget : widgets) {
            if (!widget->isVisible())
                continue;
            const QString name = widget->objectName().isEmpty()
                                     ? QString::fromLatin1(widget->metaObject()->className())
                                     : widget->objectName();
            if (auto *label = qobject_cast<QLabel *>(widget); label && label->text().contains(secret))
                places << name;
            if (auto *edit = qobject_cast<QLineEdit *>(widget); edit && edit->displayText().contains(secret))
                places << name;
            if (auto *plain = qobject_cast<QPlainTextEdit *>(widget);
                plain && plain->isReadOnly() && plain->toPlainText().contains(secret))
                places << name;
            if (auto *rich = qobject_cast<QTextEdit *>(widget);
                rich && rich->isReadOnly() && rich->toPlainText().contains(secret))
                places << name;
            if (auto *statusBar = qobject_cast<QStatusBar *>(widget);
                statusBar && statusBar->currentMessage().contains(secret))
                places << QStringLiteral("status bar message");
            if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
                const QAbstractItemModel *model = view->model();
                for (int row = 0; row < model->rowCount(); ++row) {
                    for (int column = 0; column < model->columnCount(); ++column) {
                        // What the view paints: the model's text through the view's delegate.
                        const QModelIndex index = model->index(row, column);
                        QString shown = index.data(Qt::DisplayRole).toString();
                        if (auto *styled =
                                qobject_cast<QStyledItemDelegate *>(view->itemDelegateForIndex(index)))
                            shown = styled->displayText(index.data(Qt::DisplayRole), QLocale());
                        if (shown.contains(secret))
                            places << name + QStringLiteral("[%1,%2]").arg(row).arg(column);
                    }
                }
            }
        }
    }
    return places;
}

} // namespace

class TestDemoGui : public test::GuiTestBase
{
    Q_OBJECT

private:
    gui::TourPlayer *player() const { return gui::tourPlayer(window()); } // built on first use
    gui::PresentationController *presentation() const
    {
        return window()->findChild<gui::PresentationController *>();
    }
    bool m_switchedLanguage = false;

    // The scopes the error panel's permission widget lists as granted to the token.
    static QStringList grantedShown(gui::PermissionAction *permission)
    {
        QStringList scopes;
        for (int row = 0; row < permission->grantedList()->count(); ++row)
            scopes << permission->grantedList()->item(row)->text();
        return scopes;
    }
    gui::PermissionAction *permission() const
    {
        return qobject_cast<gui::PermissionAction *>(window()->errorPanel()->actionWidget());
    }
    // Loads GET `path` into the current tab and sends it as the user would (Ctrl+Enter).
    bool sendGet(const QString &path)
    {
        gui::RequestDraft draft;
        draft.method = "GET";
        draft.pathTemplate = path;
        page()->load(draft);
        return sendWithKeyboard();
    }

    // Clicks Next and waits for the step's verdict.
    QString playNext()
    {
        QSignalSpy finished(player(), &gui::TourPlayer::stepFinished);
        if (!player()->nextButton()->isEnabled())
            return QStringLiteral("next disabled");
        QTest::mouseClick(player()->nextButton(), Qt::LeftButton);
        if (!finished.wait(20000) && finished.isEmpty())
            return QStringLiteral("no verdict");
        return finished.first().at(1).toString();
    }

private slots:
    void initTestCase() { setUpEnvironment(); }
    void init()
    {
        createWindow();
        QVERIFY(waitSignedIn());
    }
    void cleanup()
    {
        if (presentation())
            presentation()->setOn(false);
        destroyWindow();
        if (std::exchange(m_switchedLanguage, false))
            test::switchLanguageNow(QStringLiteral("en"));
    }

    void presentationModeIsInTheViewMenu()
    {
        QAction *action = presentation()->toggleAction();
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
        QMenu *view = window()->menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
        QVERIFY(view->actions().contains(action));

        const qreal before = QApplication::font().pointSizeF();
        QVERIFY(window()->endpointBrowser()->isVisible());
        QTest::keyClick(window(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(gui::PresentationMode::isOn());
        QVERIFY(presentation()->badge()->isVisible());
        QCOMPARE(presentation()->badge()->text(), QStringLiteral("Presentation mode"));
        QVERIFY(QApplication::font().pointSizeF() > before * 1.2);
        QVERIFY(!window()->endpointBrowser()->isVisible()); // a non-essential panel

        QTest::keyClick(window(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!gui::PresentationMode::isOn());
        QVERIFY(!presentation()->badge()->isVisible());
        QCOMPARE(QApplication::font().pointSizeF(), before);
        QVERIFY(window()->endpointBrowser()->isVisible()); // the layout is back
    }

    // The session's real token, planted everywhere a secret could show, is read nowhere on screen.
    void presentationModeMasksTheTokenEverywhere()
    {
        const QString token = QString::fromUtf8(session()->accessToken());
        QVERIFY(token.size() > 16);

        // An error report: a failed request whose panel offers the redacted report.
        simulator()->setScenario({QStringLiteral("unsupported_version"), QString(), 0, 1});
        gui::RequestDraft failing;
        failing.pathTemplate = QStringLiteral("/api/templates");
        gui::RequestPage *failingPage = window()->newTab();
        failingPage->load(failing);
        QSignalSpy shown(failingPage, &gui::RequestPage::responseShown);
        failingPage->send();
        QVERIFY(shown.wait(10000) || !shown.isEmpty());
        QTRY_VERIFY(window()->errorPanel()->isVisible());

        // Request headers and query as the user typed them, and the URL preview.
        gui::RequestDraft draft;
        draft.pathTemplate = QStringLiteral("/api/templates");
        draft.headers.append(
            {true, QStringLiteral("Authorization"), QStringLiteral("Bearer ") + token, {}, false});
        draft.headers.append({true, QStringLiteral("X-Note"), QStringLiteral("copied ") + token, {}, false});
        draft.query.append({true, QStringLiteral("access_token"), token, {}, false});
        page()->load(draft);
        // The editor keeps the real value for editing and sending.
        QCOMPARE(page()->editor()->draft().headers.first().value, QStringLiteral("Bearer ") + token);

        // Response headers that echo a credential.
        auto *headersView = page()->findChild<QTableView *>(QStringLiteral("headersView"));
        QVERIFY(headersView);
        auto *headersModel = qobject_cast<gui::HeaderListModel *>(headersView->model());
        QVERIFY(headersModel);
        headersModel->setHeaders({{"Set-Cookie", "sid=" + token.toUtf8() + "; Path=/"},
                                  {"X-Debug-Authorization", "Bearer " + token.toUtf8()}});

        // The status bar.
        window()->statusBar()->showMessage(QStringLiteral("Signed in with Bearer %1").arg(token));

        // A code preview with the token included on purpose.
        auto *code = new gui::CopyAsCodeDialog(page()->editor()->draft().toApiRequest(),
                                               simulator()->baseUrl().toString(), token.toUtf8(),
                                               CodeLanguage::Curl, window());
        code->setAttribute(Qt::WA_DeleteOnClose);
        code->findChild<QCheckBox *>(QStringLiteral("includeSecrets"))->setChecked(true);
        code->show();

        // The sign-in dialog with the secret typed in.
        gui::SignInDialog *signIn = window()->profileController()->openSignInDialog();
        QVERIFY(signIn);
        auto *secretEdit = signIn->findChild<QLineEdit *>(QStringLiteral("clientSecretEdit"));
        QVERIFY(secretEdit);
        secretEdit->clear();
        QTest::keyClicks(secretEdit, token);

        // A list somewhere else in the app (a plain Qt view) that happens to show it.
        auto *list = new QListWidget(window());
        list->setWindowFlag(Qt::Window);
        list->setAttribute(Qt::WA_DeleteOnClose);
        list->addItem(QStringLiteral("Authorization: Bearer %1").arg(token));
        list->show();

        // Outside presentation mode the token is readable in those places (the test would catch nothing
        // otherwise)...
        const QStringList before = placesShowing(token);
        QVERIFY2(before.size() >= 6, qPrintable(before.join(QLatin1String(", "))));
        // ...and once presentation mode is on, nowhere.
        presentation()->setOn(true);
        QTRY_VERIFY2(placesShowing(token).isEmpty(),
                     qPrintable(placesShowing(token).join(QLatin1String(", "))));
        QVERIFY(placesShowing(gui::PresentationMode::mask()).size() >= 3);
        // Leaving puts back what was masked: the code preview shows the code as generated again.
        auto *preview = code->findChild<QPlainTextEdit *>(QStringLiteral("codePreview"));
        QVERIFY(!preview->toPlainText().contains(token));
        presentation()->setOn(false);
        QVERIFY(preview->toPlainText().contains(token));
        signIn->close();
        code->close();
        list->close();
    }

    void builtinTourPlaysToTheEndWithEveryOutcomeMatched()
    {
        QTest::keyClick(window(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        window()->findChild<QAction *>(QStringLiteral("tourPlayerAction"))->trigger();
        QTRY_VERIFY(player()->isVisible());
        QCOMPARE(player()->titleLabel()->text(), QStringLiteral("The Connect API in five minutes"));
        const int steps = int(player()->tour().steps.size());
        QCOMPARE(steps, 8);
        for (int i = 0; i < steps; ++i) {
            const QString verdict = playNext();
            QVERIFY2(verdict == QLatin1String("matched"),
                     qPrintable(QStringLiteral("step %1: %2 — %3")
                                    .arg(i + 1)
                                    .arg(verdict, player()->outcomeLabel()->text())));
            QCOMPARE(player()->counterLabel()->text(), QStringLiteral("Step %1 of %2").arg(i + 1).arg(steps));
            QCOMPARE(player()->narrationLabel()->text(), player()->tour().steps.at(i).narration);
            // The request editor shows the step's request, and the named widget is highlighted.
            QCOMPARE(page()->editor()->draft().pathTemplate, player()->tour().steps.at(i).request.path);
            QVERIFY(player()->highlightedWidget());
            QCOMPARE(player()->highlightedWidget()->objectName(), player()->tour().steps.at(i).highlight);
            QVERIFY(player()->highlightedWidget()->graphicsEffect());
        }
        for (int i = 0; i < steps; ++i)
            QCOMPARE(player()->stepList()->item(i)->data(Qt::UserRole).toString(), QStringLiteral("matched"));
        QVERIFY(player()->runner()->allMatched());
        QVERIFY(!player()->nextButton()->isEnabled());
        QVERIFY(player()->outcomeLabel()->text().contains(QStringLiteral("renewed")));

        // Back replays the previous step; Restart starts over.
        QSignalSpy finished(player(), &gui::TourPlayer::stepFinished);
        QTest::mouseClick(player()->backButton(), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(player()->currentStep(), steps - 2);
        QCOMPARE(finished.first().at(1).toString(), QStringLiteral("matched"));

        // The transcript: every step, no token.
        const QString file = m_home.filePath(QStringLiteral("transcript.md"));
        QString error;
        QVERIFY2(player()->exportTranscript(file, &error), qPrintable(error));
        QFile read(file);
        QVERIFY(read.open(QIODevice::ReadOnly));
        const QByteArray text = read.readAll();
        QVERIFY(text.startsWith("# The Connect API in five minutes"));
        QVERIFY(text.contains("## 8. An expired token, renewed (matched)"));
        for (const QString &secret : gui::PresentationMode::secrets())
            QVERIFY2(!text.contains(secret.toUtf8()), "a token is in the transcript");

        QTest::mouseClick(player()->restartButton(), Qt::LeftButton);
        QTRY_COMPARE(player()->currentStep(), 0);
        QTRY_COMPARE(player()->stepList()->item(0)->data(Qt::UserRole).toString(), QStringLiteral("matched"));
        QCOMPARE(player()->stepList()->item(1)->data(Qt::UserRole).toString(), QStringLiteral("pending"));
    }

    // Step 6 of the built-in tour says "Without brandkit:read the API answers 403 missing_scope": the
    // 403 names brandkit:read, and the error panel lists the token's scopes without it (profile:read, the
    // scope every route needs, stays granted).
    void tourMissingScopeAgreesWithTheNarrationAndThePanel()
    {
        window()->findChild<QAction *>(QStringLiteral("tourPlayerAction"))->trigger();
        QTRY_VERIFY(player()->isVisible());
        QCOMPARE(player()->tour().steps.at(5).id, QStringLiteral("missing-scope"));
        for (int i = 0; i < 6; ++i)
            QCOMPARE(playNext(), QStringLiteral("matched"));
        QVERIFY(player()->narrationLabel()->text().contains(QStringLiteral("brandkit:read")));
        QVERIFY(page()->errorArea()->message().contains(QStringLiteral("'brandkit:read'")));
        QTRY_VERIFY(permission());
        QCOMPARE(permission()->missingLabel()->text(), QStringLiteral("Missing scope: brandkit:read"));
        QTRY_VERIFY2(grantedShown(permission()) ==
                         (QStringList{QStringLiteral("profile:read"), QStringLiteral("templates:read"),
                                      QStringLiteral("assets:read")}),
                     qPrintable(grantedShown(permission()).join(QLatin1Char(','))));
    }

    // Simulate > missing_scope, "next request only", twice on other endpoints: each 403 names the scope of
    // the endpoint sent to, and the panel (which already knew the token's scopes the second time) lists
    // it as not granted; Clear Simulated Errors gives them back, and the panel shows them again.
    void simulatedMissingScopeIsWithheldFromTheToken()
    {
        gui::SimulateMenu *menu = window()->simulateMenu();
        QCOMPARE(menu->count(), 1);
        menu->actionFor(QStringLiteral("missing_scope"))->trigger();
        QVERIFY(sendGet(QStringLiteral("/api/templates")));
        QVERIFY2(statusText().startsWith(QStringLiteral("403")), qPrintable(statusText()));
        QTRY_VERIFY(permission());
        QCOMPARE(permission()->missingLabel()->text(), QStringLiteral("Missing scope: templates:read"));
        QTRY_VERIFY(!grantedShown(permission()).contains(QStringLiteral("templates:read")) &&
                    grantedShown(permission()).contains(QStringLiteral("assets:read")));

        menu->actionFor(QStringLiteral("missing_scope"))->trigger();
        QVERIFY(sendGet(QStringLiteral("/api/assets")));
        QVERIFY2(statusText().startsWith(QStringLiteral("403")), qPrintable(statusText()));
        QTRY_VERIFY(permission());
        QCOMPARE(permission()->missingLabel()->text(), QStringLiteral("Missing scope: assets:read"));
        QTRY_VERIFY2(grantedShown(permission()) ==
                         (QStringList{QStringLiteral("profile:read"), QStringLiteral("brandkit:read")}),
                     qPrintable(grantedShown(permission()).join(QLatin1Char(','))));

        // The scenario is spent, the scopes stay withheld from this token: other endpoints answer, these
        // are refused for real, until the simulated errors are cleared.
        QVERIFY(sendGet(QStringLiteral("/api/brandkit")));
        QVERIFY2(statusText().startsWith(QStringLiteral("200")), qPrintable(statusText()));
        QVERIFY(sendGet(QStringLiteral("/api/assets")));
        QVERIFY2(statusText().startsWith(QStringLiteral("403")), qPrintable(statusText()));
        QPointer<gui::PermissionAction> shown = permission();
        QVERIFY(shown);
        menu->clearAction()->trigger();
        QTRY_VERIFY2(grantedShown(shown) == sim::allScopes(),
                     qPrintable(grantedShown(shown).join(QLatin1Char(','))));
        QVERIFY(sendGet(QStringLiteral("/api/assets")));
        QVERIFY2(statusText().startsWith(QStringLiteral("200")), qPrintable(statusText()));
    }

    // Simulate > Dropped connection, "next request only": the user's GET fails as a dropped connection
    // (Qt's silent resend of the GET is dropped too), and the next request is answered.
    void simulatedDropHitsTheUsersRequest()
    {
        gui::SimulateMenu *menu = window()->simulateMenu();
        QCOMPARE(menu->count(), 1);
        QVERIFY(sendGet(QStringLiteral("/api/templates"))); // a keep-alive connection to reuse
        QVERIFY2(statusText().startsWith(QStringLiteral("200")), qPrintable(statusText()));
        menu->actionFor(QStringLiteral("drop"))->trigger();
        QVERIFY(sendGet(QStringLiteral("/api/templates")));
        QVERIFY2(!statusText().startsWith(QStringLiteral("200")), qPrintable(statusText()));
        QCOMPARE(page()->errorArea()->actionName(), QStringLiteral("network"));
        QTest::qWait(sim::ScenarioInjector::ResendWindowMs + 100);
        QVERIFY(sendGet(QStringLiteral("/api/templates")));
        QVERIFY2(statusText().startsWith(QStringLiteral("200")), qPrintable(statusText()));
    }

    // Simulate > invalid_field / missing_field name an input of the request they hit: a body field of
    // POST /oauth/introspect (a writable endpoint of the Demo's catalogue), a query parameter of a GET,
    // which the editor marks there, not in a body the GET does not have.
    void simulatedFieldErrorsMarkWhatTheRequestHas()
    {
        gui::SimulateMenu *menu = window()->simulateMenu();
        menu->actionFor(QStringLiteral("invalid_field"))->trigger();
        gui::RequestDraft introspect;
        introspect.method = "POST";
        introspect.pathTemplate = QStringLiteral("/oauth/introspect");
        introspect.body = QStringLiteral("{\n  \"token\": \"not-a-token\"\n}");
        page()->load(introspect);
        QVERIFY(sendWithKeyboard());
        QVERIFY2(statusText().startsWith(QStringLiteral("422")), qPrintable(statusText()));
        QCOMPARE(page()->errorArea()->code(), QStringLiteral("invalid_field"));
        QVERIFY(page()->errorArea()->message().contains(QStringLiteral("'token'")));
        QTRY_COMPARE(page()->editor()->highlightedField(), QStringLiteral("field:token"));

        menu->actionFor(QStringLiteral("missing_field"))->trigger();
        gui::RequestDraft list;
        list.method = "GET";
        list.pathTemplate = QStringLiteral("/api/templates");
        gui::ParamRow perPage;
        perPage.name = QStringLiteral("per_page");
        perPage.value = QStringLiteral("5");
        list.query = {perPage};
        page()->load(list);
        QVERIFY(sendWithKeyboard());
        QVERIFY2(statusText().startsWith(QStringLiteral("422")), qPrintable(statusText()));
        QVERIFY(page()->errorArea()->message().contains(QStringLiteral("query parameter 'per_page'")));
        QTRY_COMPARE(page()->editor()->highlightedField(), QStringLiteral("query:per_page"));

        // Next request only: the one after is answered.
        QVERIFY(sendWithKeyboard());
        QVERIFY2(statusText().startsWith(QStringLiteral("200")), qPrintable(statusText()));
    }

    void aStepThatDoesNotMatchIsShownAsFailedNotSkipped()
    {
        TourError error;
        const auto tour = TourLoader::fromJson(R"({"format": "connect-tour/1", "title": "Wrong on purpose",
  "steps": [
    {"id": "expects-404", "title": "Expects a 404", "narration": "The list exists, so this does not match.",
     "request": {"path": "/api/templates"}, "expect": {"status": 404, "action": "not_found"},
     "highlight": "pathEdit"},
    {"id": "limit", "title": "A rate limit that is not there", "narration": "n",
     "request": {"path": "/api/templates"}, "scenario": {"code": "delay", "delay_ms": 10},
     "expect": {"status": 429}}]})",
                                               &error);
        QVERIFY2(tour, qPrintable(error.toString()));
        QVERIFY(player()->loadTour(*tour));
        player()->show();
        QCOMPARE(playNext(), QStringLiteral("failed"));
        QCOMPARE(player()->stepList()->item(0)->data(Qt::UserRole).toString(), QStringLiteral("failed"));
        QCOMPARE(player()->outcomeLabel()->property("verdict").toString(), QStringLiteral("failed"));
        QVERIFY2(player()->outcomeLabel()->text().contains(QStringLiteral("status 200, expected 404")),
                 qPrintable(player()->outcomeLabel()->text()));
        // With the simulator's control available, a scenario step is played, and fails: never skipped.
        QCOMPARE(playNext(), QStringLiteral("failed"));
        QCOMPARE(player()->stepList()->item(1)->data(Qt::UserRole).toString(), QStringLiteral("failed"));
        QVERIFY(!player()->runner()->allMatched());
    }

    void tourPlayerFollowsALanguageSwitchWhileOpen()
    {
        test::UntranslatedScan german;
        QVERIFY(german.load(QStringLiteral(CX_TS_DIR "/connect-explorer_de.ts")));
        QAction *tourAction = window()->findChild<QAction *>(QStringLiteral("tourPlayerAction"));
        player()->show();
        QTRY_VERIFY(player()->isVisible());
        const int steps = int(player()->tour().steps.size());

        // Before the first step: the introduction and the buttons.
        m_switchedLanguage = true;
        test::switchLanguageNow(QStringLiteral("de"));
        QCOMPARE(tourAction->text(), QStringLiteral("&Tour-Player"));
        QCOMPARE(player()->nextButton()->text(), QStringLiteral("&Weiter ▶"));
        QVERIFY2(player()->narrationLabel()->text().endsWith(
                     QStringLiteral("Klicken Sie auf „Weiter“, um zu beginnen.")),
                 qPrintable(player()->narrationLabel()->text()));
        QStringList leftovers = german.findEnglishUnder(player());
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char('\n'))));

        // A step played in English, then the switch: what it showed is said again in German.
        test::switchLanguageNow(QStringLiteral("en"));
        QCOMPARE(player()->nextButton()->text(), QStringLiteral("&Next ▶"));
        QCOMPARE(playNext(), QStringLiteral("matched"));
        presentation()->setOn(true);
        const QString narration = player()->narrationLabel()->text();
        QVERIFY(player()->outcomeLabel()->text().startsWith(QStringLiteral("Matched: ")));

        test::switchLanguageNow(QStringLiteral("de"));
        QCOMPARE(player()->counterLabel()->text(), QStringLiteral("Schritt 1 von %1").arg(steps));
        QVERIFY2(player()->outcomeLabel()->text().startsWith(QStringLiteral("Erfüllt: ")),
                 qPrintable(player()->outcomeLabel()->text()));
        QVERIFY2(player()->stepList()->item(0)->text().endsWith(QStringLiteral("— erfüllt")),
                 qPrintable(player()->stepList()->item(0)->text()));
        QCOMPARE(presentation()->badge()->text(), QStringLiteral("Präsentationsmodus"));
        leftovers = german.findEnglishUnder(player()) + german.findEnglishUnder(presentation()->badge());
        for (const QAction *action : {tourAction, presentation()->toggleAction()}) {
            if (german.isEnglish(action->text()) || german.isEnglish(action->toolTip()))
                leftovers << action->objectName() + QStringLiteral(": ") + action->text();
        }
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char('\n'))));
        // The tour stays where it was.
        QCOMPARE(player()->currentStep(), 0);
        QCOMPARE(player()->narrationLabel()->text(), narration);
        QCOMPARE(player()->stepList()->item(0)->data(Qt::UserRole).toString(), QStringLiteral("matched"));
        QVERIFY(player()->nextButton()->isEnabled());
        QVERIFY(gui::PresentationMode::isOn());

        test::switchLanguageNow(QStringLiteral("en"));
        QCOMPARE(player()->counterLabel()->text(), QStringLiteral("Step 1 of %1").arg(steps));
        QVERIFY(player()->outcomeLabel()->text().startsWith(QStringLiteral("Matched: ")));
        QVERIFY(player()->stepList()->item(0)->text().endsWith(QStringLiteral("— matched")));
        QCOMPARE(presentation()->badge()->text(), QStringLiteral("Presentation mode"));
        QCOMPARE(tourAction->text(), QStringLiteral("&Tour Player"));
    }
};

QTEST_MAIN(TestDemoGui)
#include "tst_demo_gui.moc"
