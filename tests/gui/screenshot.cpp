// Takes real screenshots of the app for the README and the user guide (docs/user-guide): the Demo
// profile, templates listed, a failed request, the sign-in and profile dialogs, the history dock, the
// copy-as-code dialog, the error panel's permission notice, the check-up's report card, the comparison of
// two accounts, a HAR file listed, and the notice shown on the start after a crash.
// Usage: gui-screenshots OUTPUT_DIR [--dark] (run offscreen or under Xvfb; scripts/screenshots.sh does).
// Re-runnable: every file is overwritten. Not a test.
#include "ConnectSimulator.h"
#include "GuiTestBase.h"
#include "checkup/CheckReportModel.h"
#include "checkup/CheckupController.h"
#include "checkup/CheckupDialog.h"
#include "checkup/CompareDialog.h"
#include "checkup/HarDialog.h"
#include "export/CopyAsCodeDialog.h"
#include "history/RequestWorkspace.h"
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
#include <QDir>
#include <QDockWidget>
#include <QMessageBox>
#include <QPalette>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <cstdlib>

class Screenshots : public cx::test::GuiTestBase
{
public:
    QString suffix;

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
        destroyWindow();
        return 0;
    }

private:
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
        qWarning("usage: gui-screenshots OUTPUT_DIR [--dark]");
        return 2;
    }
    QDir().mkpath(QString::fromLocal8Bit(argv[1]));
    Screenshots screenshots;
    if (argc > 2 && QByteArray(argv[2]) == "--dark") {
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
    return screenshots.run(QString::fromLocal8Bit(argv[1]));
}
