// Takes real screenshots of the app for the README and the user guide (docs/user-guide): the Demo
// profile, templates listed, a failed request, the sign-in and profile dialogs, the history dock, the
// copy-as-code dialog, the error panel's permission notice, the check-up's report card, the comparison of
// two accounts, a HAR file listed, the notice shown on the start after a crash, and the error panel in a
// 1024x700 window in English and in German.
// Usage: gui-screenshots OUTPUT_DIR [--dark] (run offscreen or under Xvfb; scripts/screenshots.sh does).
// With --error-panel, only the last two (error-panel-1024.png, error-panel-1024-de.png).
// Re-runnable: every file is overwritten. Not a test.
//
// gui-screenshots OUTPUT_DIR --check [--lang CODE] [--presentation] (scripts/screenshots.sh --check): the
// window at 1024x700 (at most the screen's available geometry), in the language CODE, in presentation
// mode, goes through the states that matter (the first start, a 200, a 403 missing_scope with the error
// panel, a 422 with its field marked, a 429 counting down, the tour player, History, and the dialogs that
// need no network); in each, LayoutCheck (LayoutCheck.h) looks at the window and the open dialogs and
// every problem is printed ("PROBLEM state: ..."). Exits 1 when there is any. Each state's picture goes
// to OUTPUT_DIR as check-STATE.png.
#include "ConnectSimulator.h"
#include "GuiTestBase.h"
#include "LayoutCheck.h"
#include "MockClock.h"
#include "checkup/CheckReportModel.h"
#include "checkup/CheckupController.h"
#include "checkup/CheckupDialog.h"
#include "checkup/CompareDialog.h"
#include "checkup/HarDialog.h"
#include "demo/TourPlayer.h"
#include "errorpanel/ErrorPanel.h"
#include "errorpanel/PermissionAction.h"
#include "errorpanel/RetryAction.h"
#include "export/CopyAsCodeDialog.h"
#include "history/RequestWorkspace.h"
#include "preferences/PreferencesDialog.h"
#include "profiles/ProfileController.h"
#include "profiles/ProfileDialog.h"
#include "profiles/SignInDialog.h"
#include "request/ParamTable.h"
#include "request/PathParamsForm.h"
#include "request/RequestEditor.h"
#include "response/JsonTreeModel.h"
#include "response/JsonTreeView.h"
#include "shell/CrashGuard.h"

#include <QAction>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QListWidget>
#include <QMessageBox>
#include <QPalette>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>

class Screenshots : public cx::test::GuiTestBase
{
public:
    QString suffix;
    QString language;          // --lang CODE (check mode): as if chosen in Preferences
    bool presentation = false; // --presentation (check mode)

    // --check: every state that matters, looked at by LayoutCheck; 1 when anything is cut off.
    int check(const QString &directory)
    {
        setUpEnvironment();
        if (!language.isEmpty())
            cx::gui::PreferencesDialog::switchLanguage(language); // saved and installed, as main() finds it
        createWindow();
        fitToScreen();
        if (presentation) {
            QAction *action = window()->findChild<QAction *>(QStringLiteral("presentationModeAction"));
            if (!action)
                return fail("presentation mode action");
            action->trigger();
            QTest::qWait(300);
        }
        if (!waitSignedIn())
            return fail("sign-in");
        m_directory = directory;

        // The first start: the start panel in the empty tab.
        if (!page() || !page()->startPanel() || !page()->startPanel()->isVisible())
            qWarning("the empty tab shows no start panel");
        inspect("first-start");

        // A request opened and not sent yet: where its answer will come, and how to send it.
        if (!openRequest("GET", QStringLiteral("/api/templates")))
            return fail("open a request");
        if (!page()->noResponsePanel() || !page()->noResponsePanel()->isVisible())
            qWarning("the opened request does not say there is no response yet");
        inspect("request-opened");

        // A 200 with the templates listed.
        if (!openRequest("GET", QStringLiteral("/api/templates")) || !send())
            return fail("send 200");
        inspect("200-templates");

        // A 403 missing_scope with the error panel open.
        simulator()->setScenario({QStringLiteral("missing_scope"), QStringLiteral("/api/templates"), 0, 1});
        if (!openRequest("GET", QStringLiteral("/api/templates")) || !send())
            return fail("send 403");
        if (!QTest::qWaitFor([this] { return window()->errorPanel()->isVisible(); }, 5000))
            return fail("error panel for the 403");
        inspect("403-missing-scope");
        // The 403 withheld the scope from this token for good, as the API does: given back for the next
        // states (else the 422's request is refused with another 403).
        simulator()->clearScenarios();

        // A 422 (the documented dialect's Laravel validation) with its field marked in the editor.
        simulator()->setDialect(cx::sim::Dialect::Documented);
        if (!openRequest("GET", QStringLiteral("/api/templates")))
            return fail("open 422");
        page()->editor()->queryTable()->setRows(
            {cx::gui::ParamRow{true, QStringLiteral("page"), QStringLiteral("0"), {}, false}});
        if (!send())
            return fail("send 422");
        if (page()->editor()->highlightedField().isEmpty())
            qWarning("the 422 marked no field");
        inspect("422-field-marked");
        simulator()->setDialect(cx::sim::Dialect::CodeMessage);

        // A 429 counting down (the clock stands still, so the countdown does not run out meanwhile).
        {
            const cx::test::MockClock clock;
            simulator()->setScenario(
                {QStringLiteral("too_many_requests"), QStringLiteral("/api/templates"), 0, 1});
            if (!openRequest("GET", QStringLiteral("/api/templates")) || !send())
                return fail("send 429");
            auto retry = [this] {
                return qobject_cast<cx::gui::RetryAction *>(window()->errorPanel()->actionWidget());
            };
            if (!QTest::qWaitFor([&] { return retry() && retry()->isCounting(); }, 5000))
                return fail("429 countdown");
            inspect("429-countdown");
            retry()->cancel();
        }

        // The tour player, opened and on its first step.
        if (!toggleDock("tourPlayerAction"))
            return fail("tour player");
        inspect("tour-player");
        if (auto *player = window()->findChild<cx::gui::TourPlayer *>()) {
            player->next();
            if (!QTest::qWaitFor([player] { return !player->isPlaying(); }, 10000))
                qWarning("the tour's first step is still playing");
            inspect("tour-step-1");
        }
        toggleDock("tourPlayerAction");

        // History.
        if (!toggleDock("historyAction"))
            return fail("history");
        inspect("history");
        toggleDock("historyAction");

        // The dialogs that need no network (About is a QMessageBox: Qt lays it out).
        inspectDialog("dialog-preferences", [this] { trigger("preferencesAction"); });
        inspectDialog("dialog-sign-in", [this] { window()->profileController()->openSignInDialog(); });
        inspectDialog("dialog-new-profile", [this] { trigger("newProfileAction"); });
        inspectDialog("dialog-copy-as-code", [this] { trigger("copyAsCodeAction"); });
        inspectDialog("dialog-variables", [this] { trigger("editVariablesAction"); });
        inspectDialog("dialog-save-request", [this] { trigger("saveRequestAction"); });

        summarize();
        destroyWindow();
        return m_problemCount == 0 ? 0 : 1;
    }

    int run(const QString &directory)
    {
        setUpEnvironment();
        createWindow();
        window()->resize(1280, 800);
        if (!waitSignedIn())
            return fail("sign-in");
        if (!clickEndpoint("GET", QStringLiteral("/api/templates"), QStringLiteral("templates")) ||
            !sendWithKeyboard())
            return fail("list templates");
        auto *tree = page()->responseView()->treeView();
        const QModelIndex data = page()->responseView()->treeModel()->childFor({}, QStringLiteral("data"));
        tree->expand(data);
        tree->expand(page()->responseView()->treeModel()->childFor(data, QStringLiteral("0")));
        QTest::qWait(200);
        if (!save(directory, QStringLiteral("connect-explorer-templates%1.png").arg(suffix)))
            return fail("save");
        if (!clickEndpoint("GET", QStringLiteral("/api/templates/{id}"), QStringLiteral("templates")))
            return fail("pick template by id");
        QTest::keyClicks(page()->editor()->pathParams()->editFor(QStringLiteral("id")),
                         QStringLiteral("999999"));
        if (!sendWithKeyboard())
            return fail("send 404");
        QTest::qWait(200);
        if (!save(directory, QStringLiteral("connect-explorer-error%1.png").arg(suffix)))
            return fail("save");
        if (const int failed = guideShots(directory))
            return failed;
        if (const int failed = checkupShots(directory))
            return failed;
        if (const int failed = crashNoticeShot(directory))
            return failed;
        if (const int failed = errorPanelShots(directory))
            return failed;
        destroyWindow();
        return 0;
    }

    // --error-panel: only the error panel's pictures at 1024x700 (errorPanelShots()).
    int runErrorPanel(const QString &directory)
    {
        setUpEnvironment();
        createWindow();
        if (!waitSignedIn())
            return fail("sign-in");
        const int failed = errorPanelShots(directory);
        destroyWindow();
        return failed;
    }

private:
    // docs/user-guide/error-panel.md: the window at 1024x700 (issue 16) with the error panel on a 403
    // missing_scope, in English (error-panel-1024.png) and in German (error-panel-1024-de.png).
    int errorPanelShots(const QString &directory)
    {
        const QSize before = window()->size();
        window()->resize(1024, 700);
        window()->errorPanel()->clearHistory();
        simulator()->setScenario({QStringLiteral("missing_scope"), QStringLiteral("/api/templates"), 0, 1});
        if (!openRequest("GET", QStringLiteral("/api/templates")) || !send())
            return fail("send 403 for the error panel");
        auto permission = [this] {
            return qobject_cast<cx::gui::PermissionAction *>(window()->errorPanel()->actionWidget());
        };
        // Shown, and the granted scopes known (the panel asks introspection again on a 403).
        if (!QTest::qWaitFor(
                [&] {
                    return window()->errorPanel()->isVisible() && permission() &&
                           permission()->grantedList()->count() > 0 &&
                           permission()->grantedList()->item(0)->text() != QLatin1String("(not known yet)");
                },
                10000))
            return fail("error panel for the 403");
        QTest::qWait(300);
        if (!save(directory, QStringLiteral("error-panel-1024%1.png").arg(suffix)))
            return fail("save");
        cx::gui::PreferencesDialog::switchLanguage(QStringLiteral("de"));
        QTest::qWait(500);
        const bool saved = save(directory, QStringLiteral("error-panel-1024-de%1.png").arg(suffix));
        cx::gui::PreferencesDialog::switchLanguage(QStringLiteral("en"));
        QTest::qWait(300);
        window()->resize(before);
        simulator()->clearScenarios(); // the withheld scope back
        return saved ? 0 : fail("save");
    }

    // The user guide's pictures (docs/user-guide/*.md).
    int guideShots(const QString &directory)
    {
        auto *profiles = window()->profileController();

        // The sign-in dialog, as Profile > Sign In... opens it (the secret field is masked).
        auto *signIn = profiles->openSignInDialog();
        if (!signIn)
            return fail("sign-in dialog");
        if (!QTest::qWaitForWindowExposed(signIn))
            return fail("expose");
        QTest::qWait(200);
        if (!saveWidget(signIn, directory, QStringLiteral("guide-sign-in%1.png").arg(suffix)))
            return fail("save");
        signIn->reject();
        QTest::qWait(100);

        // A new profile being filled in.
        profiles->newProfileAction()->trigger();
        auto *profile = profiles->profileDialog();
        if (!profile)
            return fail("profile dialog");
        if (!QTest::qWaitForWindowExposed(profile))
            return fail("expose");
        QTest::keyClicks(profile->nameEdit(), QStringLiteral("Production"));
        QTest::keyClicks(profile->baseUrlEdit(), QStringLiteral("https://connect.cliquify.me"));
        QTest::keyClicks(profile->clientIdEdit(), QStringLiteral("my-client-id"));
        QTest::keyClicks(profile->secretEdit(), QStringLiteral("not-a-real-secret"));
        QTest::qWait(200);
        if (!saveWidget(profile, directory, QStringLiteral("guide-profile%1.png").arg(suffix)))
            return fail("save");
        profile->reject();
        QTest::qWait(100);

        // The history dock beside the requests sent so far.
        QDockWidget *history = window()->workspace()->historyDock();
        history->show();
        history->raise();
        QTest::qWait(300);
        if (!save(directory, QStringLiteral("guide-history%1.png").arg(suffix)))
            return fail("save");
        history->hide();

        // Copy as code (Ctrl+Alt+C) on the templates request.
        if (!clickEndpoint("GET", QStringLiteral("/api/templates"), QStringLiteral("templates")))
            return fail("pick templates");
        window()->activateWindow();
        const QKeySequence copyKeys(Qt::CTRL | Qt::ALT | Qt::Key_C);
        for (QAction *action : window()->findChildren<QAction *>()) {
            if (action->shortcut() == copyKeys && action->isEnabled()) {
                action->trigger();
                break;
            }
        }
        auto *copy = window()->findChild<cx::gui::CopyAsCodeDialog *>();
        if (!copy)
            return fail("copy-as-code dialog");
        if (!QTest::qWaitForWindowExposed(copy))
            return fail("expose");
        QTest::qWait(200);
        if (!saveWidget(copy, directory, QStringLiteral("guide-copy-as-code%1.png").arg(suffix)))
            return fail("save");
        copy->close();
        QTest::qWait(100);

        // The error panel's permission notice: an account without assets:read asks for the assets.
        simulator()->setScopes({QStringLiteral("profile:read"), QStringLiteral("templates:read")});
        session()->signIn();
        QTest::qWait(500);
        window()->activateWindow();
        if (!clickEndpoint("GET", QStringLiteral("/api/assets"), QStringLiteral("assets")))
            return fail("pick assets");
        QSignalSpy shown(page(), &cx::gui::RequestPage::responseShown);
        window()->sendAction()->trigger();
        if (!shown.wait(10000) && shown.isEmpty())
            return fail("send without scope");
        QTest::qWait(300);
        if (!save(directory, QStringLiteral("guide-permission%1.png").arg(suffix)))
            return fail("save");
        return documentedShapeShots(directory);
    }

    // docs/user-guide/error-panel.md: a Laravel 422 from the documented dialect names its field, which the
    // editor marks; and a header that cannot go on the wire is marked and not sent.
    int documentedShapeShots(const QString &directory)
    {
        simulator()->setScopes(cx::sim::allScopes());
        session()->signIn();
        QTest::qWait(500);
        simulator()->setDialect(cx::sim::Dialect::Documented);
        window()->activateWindow();
        if (!clickEndpoint("GET", QStringLiteral("/api/templates"), QStringLiteral("templates")))
            return fail("pick templates");
        page()->editor()->queryTable()->setRows(
            {cx::gui::ParamRow{true, QStringLiteral("page"), QStringLiteral("0"), {}, false}});
        QSignalSpy shown(page(), &cx::gui::RequestPage::responseShown);
        window()->sendAction()->trigger();
        if (!shown.wait(10000) && shown.isEmpty())
            return fail("send page=0");
        QTest::qWait(300);
        if (!save(directory, QStringLiteral("guide-validation%1.png").arg(suffix)))
            return fail("save");
        simulator()->setDialect(cx::sim::Dialect::CodeMessage);

        if (!clickEndpoint("GET", QStringLiteral("/api/templates/tags"), QStringLiteral("templates")))
            return fail("pick template tags");
        page()->editor()->headerTable()->setRows({cx::gui::ParamRow{
            true, QStringLiteral("X-Trace"), QStringLiteral("a\r\nGET /smuggled HTTP/1.1"), {}, false}});
        page()->editor()->checkSendable(); // what Send does first: the row and the fault line say why
        page()->editor()->headerTable()->view()->clearSelection(); // the mark, not the selection colour
        QTest::qWait(300);
        if (!save(directory, QStringLiteral("guide-header-refused%1.png").arg(suffix)))
            return fail("save");
        page()->editor()->headerTable()->setRows({});
        return 0;
    }

    // docs/user-guide/account-checkup.md: the report card of an account without assets:read, that account
    // compared with a healthy one, and the session's own history opened as a HAR file.
    int checkupShots(const QString &directory)
    {
        auto *checkup = window()->findChild<cx::gui::CheckupController *>();
        if (!checkup)
            return fail("check-up controller");
        QStringList withoutAssets = cx::sim::allScopes();
        withoutAssets.removeAll(QStringLiteral("assets:read"));
        simulator()->setScopes(cx::sim::allScopes());
        const auto healthy = runCheckup(checkup);
        simulator()->setScopes(withoutAssets);
        const auto lacking = runCheckup(checkup);
        if (!healthy || !lacking)
            return fail("check-up");
        cx::gui::CheckupDialog *card = checkup->checkupDialog();
        card->resize(980, 520);
        selectRow(card->view(), card->model(), QStringLiteral("GET /api/assets"));
        QTest::qWait(300);
        if (!saveWidget(card, directory, QStringLiteral("checkup-report-card%1.png").arg(suffix)))
            return fail("save");
        card->close();

        cx::gui::CompareDialog *compare = checkup->compareAccounts();
        compare->resize(1180, 560);
        compare->setReports(*healthy, *lacking, QStringLiteral("customer-a"), QStringLiteral("customer-b"));
        for (int row = 0; row < compare->checksTable()->rowCount(); ++row) {
            if (compare->checksTable()->item(row, cx::gui::CompareDialog::CheckNameColumn)->text() ==
                QStringLiteral("GET /api/assets"))
                compare->checksTable()->setCurrentCell(row, cx::gui::CompareDialog::CheckNameColumn);
        }
        QTest::qWait(300);
        if (!saveWidget(compare, directory, QStringLiteral("checkup-compare%1.png").arg(suffix)))
            return fail("save");
        compare->close();

        // A HAR file as a customer would send one: here the session's own history, which holds the
        // failed requests sent above (the 404 and the 403).
        const QString har = QDir(m_home.path()).filePath(QStringLiteral("support-ticket.har"));
        QString error;
        if (!checkup->exportHistoryAsHar(har, &error))
            return fail("export history as HAR");
        cx::gui::HarDialog *harDialog = checkup->openHarFile(har);
        if (!harDialog || harDialog->callCount() == 0)
            return fail("HAR dialog");
        harDialog->resize(1000, 560);
        for (int row = 0; row < harDialog->callCount(); ++row) {
            if (harDialog->call(row).status == 403)
                harDialog->view()->setCurrentIndex(harDialog->model()->index(row, 0));
        }
        QTest::qWait(300);
        if (!saveWidget(harDialog, directory, QStringLiteral("checkup-har%1.png").arg(suffix)))
            return fail("save");
        harDialog->close();
        simulator()->setScopes(cx::sim::allScopes());
        return 0;
    }

    static std::optional<cx::CheckReport> runCheckup(cx::gui::CheckupController *checkup)
    {
        cx::gui::CheckupDialog *dialog = checkup->checkCurrentAccount();
        if (!QTest::qWaitFor([dialog] { return dialog->hasReport(); }, 60000))
            return std::nullopt;
        return dialog->report();
    }

    static void selectRow(QTableView *view, const QAbstractItemModel *model, const QString &checkId)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(cx::gui::CheckReportModel::CheckIdRole).toString() == checkId)
                view->setCurrentIndex(model->index(row, 1));
        }
    }

    // docs/user-guide/crashes-and-logs.md: the notice on the start after a crash. A child process leaves
    // its running marker behind (it ends without cleaning up, as a crash does); a guard created now finds
    // it and shows the notice over the window.
    int crashNoticeShot(const QString &directory)
    {
        const QString markers = QDir(m_home.path()).filePath(QStringLiteral("crash-markers"));
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--leave-marker"), markers});
        if (!child.waitForFinished(30000) || child.exitStatus() != QProcess::NormalExit)
            return fail("crashing child");
        // The log folder as the guide names it, rather than this run's temporary HOME.
        cx::gui::CrashGuard guard(markers, QStringLiteral("~/.local/share/Cliquify/Connect Explorer/logs"));
        if (!guard.previousRunCrashed())
            return fail("crash marker");
        QMessageBox *notice = guard.showNoticeIn(window());
        if (!notice || !QTest::qWaitForWindowExposed(notice))
            return fail("crash notice");
        QTest::qWait(300);
        const bool saved = saveWidget(notice, directory, QStringLiteral("crash-notice%1.png").arg(suffix));
        notice->close();
        return saved ? 0 : fail("save");
    }

    static bool saveWidget(QWidget *widget, const QString &directory, const QString &name)
    {
        const QString path = QDir(directory).filePath(name);
        const bool ok = widget->grab().save(path);
        qInfo("%s %s", ok ? "wrote" : "could not write", qPrintable(path));
        return ok;
    }

    bool save(const QString &directory, const QString &name)
    {
        const QString path = QDir(directory).filePath(name);
        const bool ok = window()->grab().save(path);
        qInfo("%s %s", ok ? "wrote" : "could not write", qPrintable(path));
        return ok;
    }
    static int fail(const char *step)
    {
        qWarning("screenshot step failed: %s", step);
        return 1;
    }

    // Check mode's helpers.

    // 1024x700, or less when the screen's available geometry (less the window frame) is smaller.
    void fitToScreen()
    {
        const QRect available = window()->screen()->availableGeometry();
        const QSize frame = window()->frameGeometry().size() - window()->geometry().size();
        window()->resize(QSize(1024, 700).boundedTo(available.size() - frame));
        window()->move(available.topLeft());
        QTest::qWait(300);
        m_fitted = window()->size();
        qInfo("window %dx%d (frame %dx%d) on a screen of %dx%d available", window()->width(),
              window()->height(), window()->frameGeometry().width(), window()->frameGeometry().height(),
              available.width(), available.height());
    }

    // The endpoint in a new tab, as picking it in the endpoint browser does (which presentation mode hides).
    bool openRequest(const QByteArray &method, const QString &path)
    {
        const cx::Endpoint *endpoint = window()->catalog().find(method, path);
        if (!endpoint)
            return false;
        window()->openInNewTab(cx::gui::RequestDraft::fromEndpoint(*endpoint));
        return page() != nullptr;
    }

    bool send()
    {
        QSignalSpy shown(page(), &cx::gui::RequestPage::responseShown);
        window()->sendAction()->trigger();
        const bool ok = shown.wait(10000) || !shown.isEmpty();
        QTest::qWait(300);
        return ok;
    }

    void trigger(const char *actionName)
    {
        QAction *action = window()->findChild<QAction *>(QLatin1String(actionName));
        if (!action || !action->isEnabled()) {
            qWarning("no enabled action %s", actionName);
            return;
        }
        action->trigger();
    }

    // Shows or hides the dock behind a View-menu entry; true when it is shown now.
    bool toggleDock(const char *actionName)
    {
        QAction *action = window()->findChild<QAction *>(QLatin1String(actionName));
        if (!action)
            return false;
        action->trigger();
        QTest::qWait(400);
        return action->isChecked();
    }

    // Looks at every window shown now, saves their pictures, prints and counts the problems.
    void inspect(const char *state)
    {
        QTest::qWait(300);
        if (window()->size() != m_fitted)
            std::printf("NOTE %s: the window is %dx%d now, it was made %dx%d\n", state, window()->width(),
                        window()->height(), m_fitted.width(), m_fitted.height());
        const QList<QWidget *> windows = cx::test::layout::visibleWindows();
        int index = 0;
        for (QWidget *shown : windows) {
            const QString name = shown == window()
                                     ? QStringLiteral("check-%1.png").arg(QLatin1String(state))
                                     : QStringLiteral("check-%1-%2-%3.png")
                                           .arg(QLatin1String(state))
                                           .arg(++index)
                                           .arg(shown->objectName().isEmpty()
                                                    ? QString::fromLatin1(shown->metaObject()->className())
                                                    : shown->objectName());
            saveWidget(shown, m_directory, name);
            const QStringList problems = cx::test::layout::check(shown);
            for (const QString &problem : problems) {
                std::printf("PROBLEM %s: %s\n", state, qPrintable(problem));
                // One entry per widget and kind of problem: a text that counts down or sizes that differ
                // from state to state do not make it another.
                QString key = problem;
                key.replace(QRegularExpression(QStringLiteral("[0-9]+")), QStringLiteral("#"));
                auto &seen = m_seen[key];
                if (seen.first.isEmpty())
                    seen.first = problem;
                if (!seen.second.contains(QLatin1String(state)))
                    seen.second.append(QLatin1String(state));
            }
            m_problemCount += int(problems.size());
        }
        std::fflush(stdout);
    }

    // Opens a dialog with `open` (which may block in exec()), inspects it while it is shown, closes it.
    void inspectDialog(const char *state, const std::function<void()> &open)
    {
        const QList<QWidget *> before = cx::test::layout::visibleWindows();
        auto opened = [before] {
            QList<QWidget *> added;
            for (QWidget *shown : cx::test::layout::visibleWindows()) {
                if (!before.contains(shown))
                    added.append(shown);
            }
            return added;
        };
        bool done = false;
        QTimer::singleShot(0, window(), [&] {
            if (!QTest::qWaitFor([&] { return !opened().isEmpty(); }, 5000)) {
                qWarning("%s: no dialog opened", state);
            } else {
                for (QWidget *shown : opened()) {
                    if (!QTest::qWaitForWindowExposed(shown))
                        qWarning("%s: %s not exposed", state, shown->metaObject()->className());
                }
                inspect(state);
            }
            for (QWidget *shown : opened()) {
                if (auto *dialog = qobject_cast<QDialog *>(shown))
                    dialog->reject();
                else
                    shown->close();
            }
            done = true;
        });
        open();
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("%s: the dialog was not inspected", state);
        QTest::qWait(200);
    }

    // Each distinct problem once, with the states it was seen in.
    void summarize() const
    {
        std::printf("LAYOUT CHECK: %d problem(s) in all states, %d distinct\n", m_problemCount,
                    int(m_seen.size()));
        for (const auto &[key, seen] : m_seen)
            std::printf("DISTINCT %s [%s]\n", qPrintable(seen.first),
                        qPrintable(seen.second.join(QLatin1Char(','))));
        std::fflush(stdout);
    }

    QString m_directory;
    QSize m_fitted;
    int m_problemCount = 0;
    std::map<QString, std::pair<QString, QStringList>> m_seen; // key: the problem without its numbers
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc > 2 && QByteArray(argv[1]) == "--leave-marker") {
        // The run that "crashes": its guard writes the running marker, and the process ends without the
        // guard's clean-up, the way a crash ends it.
        QCoreApplication::setApplicationName(QStringLiteral("Connect Explorer"));
        new cx::gui::CrashGuard(QString::fromLocal8Bit(argv[2]), QDir::tempPath());
        std::_Exit(0);
    }
    if (argc < 2) {
        qWarning(
            "usage: gui-screenshots OUTPUT_DIR [--dark] [--error-panel] | OUTPUT_DIR --check [--lang CODE] "
            "[--presentation]");
        return 2;
    }
    QDir().mkpath(QString::fromLocal8Bit(argv[1]));
    Screenshots screenshots;
    bool dark = false;
    bool check = false;
    bool errorPanelOnly = false;
    for (int i = 2; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--dark") {
            dark = true;
        } else if (argument == "--error-panel") {
            errorPanelOnly = true;
        } else if (argument == "--check") {
            check = true;
        } else if (argument == "--presentation") {
            screenshots.presentation = true;
        } else if (argument == "--lang" && i + 1 < argc) {
            screenshots.language = QString::fromLocal8Bit(argv[++i]);
        } else {
            qWarning("unknown option %s", argv[i]);
            return 2;
        }
    }
    if (check)
        return screenshots.check(QString::fromLocal8Bit(argv[1]));
    if (dark) {
        // A dark system palette, to check that nothing hard-codes light colours.
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        QApplication::setPalette(dark);
        screenshots.suffix = QStringLiteral("-dark");
    }
    if (errorPanelOnly)
        return screenshots.runErrorPanel(QString::fromLocal8Bit(argv[1]));
    return screenshots.run(QString::fromLocal8Bit(argv[1]));
}
