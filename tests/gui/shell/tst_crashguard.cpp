// CrashGuard: a run killed with SIGKILL leaves its marker, and the next window says so once (status bar
// and a non-modal notice with "Open Log Folder"); a clean exit leaves nothing to say.
// The killed run is this test binary started again with "--child MARKER_DIR" (QProcess).
// The notice follows a language switch while it is open.
#include "GuiTestBase.h"
#include "UntranslatedScan.h"
#include "shell/CrashGuard.h"

#include <QDir>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QStatusBar>
#include <csignal>
#include <cstdio>

using namespace cx;

class TestCrashGuard : public test::GuiTestBase
{
    Q_OBJECT

public:
    QString childMarkerDir;

    // The child: the window as main() opens it, with a guard, then wait to be killed.
    int runChild()
    {
        setUpEnvironment();
        gui::CrashGuard guard(childMarkerDir);
        createWindow();
        std::printf("ready %s\n", qPrintable(guard.markerPath()));
        std::fflush(stdout);
        return QCoreApplication::exec();
    }

private:
    QTemporaryDir m_markers;

    static QMessageBox *notice(QWidget *window)
    {
        return window->findChild<QMessageBox *>(QStringLiteral("crashNotice"));
    }

private slots:
    void initTestCase()
    {
        setUpEnvironment();
        QVERIFY(m_markers.isValid());
    }

    void killedRunIsReportedOnce()
    {
#ifndef Q_OS_UNIX
        QSKIP("SIGKILL is POSIX");
#endif
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), m_markers.path()});
        QVERIFY(child.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(child.canReadLine() || child.state() == QProcess::NotRunning, 30000);
        const QByteArray ready = child.readLine().trimmed();
        QVERIFY2(ready.startsWith("ready "), ready.constData());
        const QString marker = QString::fromLocal8Bit(ready.mid(6));
        QVERIFY(QFile::exists(marker));
        ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QVERIFY(QFile::exists(marker)); // nobody cleaned up

        {
            gui::CrashGuard guard(m_markers.path(), QStringLiteral("/some/log/dir"));
            QVERIFY(guard.previousRunCrashed());
            QVERIFY(guard.previousStart() >= before);
            QVERIFY(!QFile::exists(marker));
            QVERIFY(QFile::exists(guard.markerPath()));
            createWindow();
            QMessageBox *box = guard.showNoticeIn(window());
            QVERIFY(box);
            QCOMPARE(notice(window()), box);
            QVERIFY(box->isVisible());
            QVERIFY(!box->isModal());
            QVERIFY(window()->isEnabled());
            QVERIFY2(box->text().contains(QStringLiteral("did not close properly last time")),
                     qPrintable(box->text()));
            QVERIFY(box->text().contains(QDir::toNativeSeparators(QStringLiteral("/some/log/dir"))));
            QVERIFY(box->text().contains(QStringLiteral("drafts were kept")));
            auto *open = box->findChild<QPushButton *>(QStringLiteral("openLogFolder"));
            QVERIFY(open);
            QCOMPARE(open->text(), QStringLiteral("Open Log Folder"));
            QVERIFY(
                window()->statusBar()->currentMessage().contains(QStringLiteral("did not close properly")));
            // Once only.
            QVERIFY(!guard.showNoticeIn(window()));
            box->close();
            destroyWindow();
        } // a clean exit: the marker goes
        QCOMPARE(QDir(m_markers.path()).entryList(QDir::Files).size(), 0);
    }

    void cleanExitShowsNothing()
    {
        {
            gui::CrashGuard first(m_markers.path());
        }
        gui::CrashGuard guard(m_markers.path());
        QVERIFY(!guard.previousRunCrashed());
        QVERIFY(guard.noticeText().isEmpty());
        createWindow();
        QVERIFY(!guard.showNoticeIn(window()));
        QVERIFY(!notice(window()));
        QVERIFY(!window()->statusBar()->currentMessage().contains(QStringLiteral("did not close properly")));
        destroyWindow();
    }

    void liveInstanceIsNotACrash()
    {
        // A second window while the first still runs: its marker belongs to a live process.
        gui::CrashGuard first(m_markers.path());
        QFile copy(first.markerPath());
        QVERIFY(copy.copy(QDir(m_markers.path()).filePath(QStringLiteral("other.json"))));
        QFile other(QDir(m_markers.path()).filePath(QStringLiteral("other.json")));
        QVERIFY(other.open(QIODevice::WriteOnly | QIODevice::Truncate));
        other.write(QStringLiteral("{\"pid\":%1,\"started\":\"2026-01-01T00:00:00Z\"}")
                        .arg(QCoreApplication::applicationPid())
                        .toUtf8());
        other.close();
        gui::CrashGuard second(m_markers.path());
        QVERIFY(!second.previousRunCrashed());
        QFile::remove(other.fileName());
    }

    void noticeFollowsTheLanguage()
    {
        // A marker left by a process that no longer exists (no pid is that high).
        QFile stale(QDir(m_markers.path()).filePath(QStringLiteral("stale.json")));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write(R"({"pid":2000000000,"started":"2026-01-01T00:00:00Z"})");
        stale.close();
        gui::CrashGuard guard(m_markers.path(), QStringLiteral("/some/log/dir"));
        QVERIFY(guard.previousRunCrashed());
        createWindow();
        const auto restore = qScopeGuard([this] {
            test::switchLanguageNow(QStringLiteral("en"));
            destroyWindow();
        });
        QPointer<QMessageBox> box = guard.showNoticeIn(window());
        QVERIFY(box);
        auto *open = box->findChild<QPushButton *>(QStringLiteral("openLogFolder"));
        QVERIFY(open);

        test::switchLanguageNow(QStringLiteral("de"));
        QCOMPARE(open->text(), QStringLiteral("Protokollordner öffnen"));
        QVERIFY2(box->text().startsWith(QStringLiteral("Connect Explorer wurde beim letzten Mal nicht")),
                 qPrintable(box->text()));
        QCOMPARE(box->text(), guard.noticeText());
        QVERIFY(box->text().contains(QDir::toNativeSeparators(QStringLiteral("/some/log/dir"))));
        QCOMPARE(window()->statusBar()->currentMessage(),
                 QStringLiteral("Connect Explorer wurde beim letzten Mal nicht ordnungsgemäß beendet."));
        QVERIFY(box->isVisible());

        test::switchLanguageNow(QStringLiteral("en"));
        QCOMPARE(open->text(), QStringLiteral("Open Log Folder"));
        QVERIFY(box->text().contains(QStringLiteral("drafts were kept")));
        QCOMPARE(window()->statusBar()->currentMessage(),
                 QStringLiteral("Connect Explorer did not close properly last time."));
        box->close();
    }

private:
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestCrashGuard test;
    if (argc > 2 && QByteArray(argv[1]) == "--child") {
        test.childMarkerDir = QString::fromLocal8Bit(argv[2]);
        return test.runChild();
    }
    return QTest::qExec(&test, argc, argv);
}
#include "tst_crashguard.moc"
