// The status bar's temporary messages against the permanent StatusPanel (issue 16): in German, in
// presentation mode, in a 1024-pixel window, a message such as "Das Token wurde automatisch erneuert."
// is readable whole (the panel gives up what it needs, its labels elide with their text in the tooltip);
// one too long even then has its whole text in the status bar's tooltip; once it is gone, the panel shows
// everything again. LayoutCheck, which scripts/screenshots.sh --check runs, is the judge.
#include "ConnectSimulator.h"
#include "GuiTestBase.h"
#include "LayoutCheck.h"
#include "MockClock.h"
#include "UntranslatedScan.h"

#include <QAction>
#include <QScopeGuard>
#include <QStatusBar>

using namespace cx;
using namespace cx::gui;

class TestStatusPanelGui : public test::GuiTestBase
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void renewalMessageIsWholeInGermanPresentationMode();
    void messageTooLongForTheBarIsItsTooltip();

private:
    QStatusBar *bar() const { return window()->statusBar(); }
    StatusPanel *panel() const { return window()->statusPanel(); }
    void setPresentation(bool on);
    // What LayoutCheck finds wrong inside the window now (not the window against the offscreen
    // platform's 800x800 screen: scripts/screenshots.sh --check looks at that on a real one).
    QStringList problems() const
    {
        QStringList found = test::layout::check(window());
        found.removeIf([](const QString &problem) { return problem.startsWith(QLatin1String("window ")); });
        return found;
    }
};

void TestStatusPanelGui::initTestCase()
{
    setUpEnvironment();
    createWindow();
    QVERIFY(waitSignedIn());
}

void TestStatusPanelGui::cleanupTestCase()
{
    destroyWindow();
}

void TestStatusPanelGui::init()
{
    // German, presentation mode (its larger font), a 1024x700 window.
    window()->resize(1024, 700);
    test::switchLanguageNow(QStringLiteral("de"));
    setPresentation(true);
    bar()->clearMessage();
    QTest::qWait(200);
}

void TestStatusPanelGui::cleanup()
{
    bar()->clearMessage();
    setPresentation(false);
    test::switchLanguageNow(QStringLiteral("en"));
}

void TestStatusPanelGui::setPresentation(bool on)
{
    QAction *presentation = window()->findChild<QAction *>(QStringLiteral("presentationModeAction"));
    QVERIFY(presentation);
    if (presentation->isChecked() != on)
        presentation->trigger();
    QTRY_COMPARE(presentation->isChecked(), on);
}

void TestStatusPanelGui::renewalMessageIsWholeInGermanPresentationMode()
{
    // A token that lives 3 s: the session renews it on its own, and the window says so in the bar. The
    // test's clock is moved to the moment the renewal is due rather than waited for.
    test::MockClock clock;
    simulator()->setTokenLifetime(3);
    auto restore = qScopeGuard([this] { // runs before the clock goes
        simulator()->setTokenLifetime(2592000);
        session()->signIn(); // a long-lived token again: no more renewals
        // (qWaitFor: a QTRY would not wait once the test has failed, and the next one needs this.)
        QVERIFY(QTest::qWaitFor([this] { return session()->state() == Session::State::SignedIn; }, 10000));
    });
    QSignalSpy signedIn(session(), &Session::signedIn);
    window()->signIn();
    QVERIFY(signedIn.wait(5000));
    QVERIFY(session()->renewalDue().isValid());
    QSignalSpy renewed(session(), &Session::renewed);
    clock.setNow(session()->renewalDue());
    session()->checkRenewalDue(); // what the session's timer does when it fires
    QVERIFY(renewed.wait(5000));
    QCOMPARE(bar()->currentMessage(), QStringLiteral("Das Token wurde automatisch erneuert."));
    QVERIFY(panel()->renewedLabel()->isVisible()); // "Token erneuert um …" stays beside it
    QTest::qWait(200);
    QStringList found = problems();
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    QVERIFY(bar()->toolTip().isEmpty()); // it fits: nothing to explain

    // A narrower window: still whole.
    window()->resize(900, 700);
    QTest::qWait(200);
    found = problems();
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    window()->resize(1024, 700);
}

void TestStatusPanelGui::messageTooLongForTheBarIsItsTooltip()
{
    const int fullWidth = panel()->width();
    QVERIFY(panel()->lifetimeLabel()->isVisible());
    const QString text =
        QStringLiteral("Der Server hat die Abmeldung nicht bestätigt: ") +
        QStringLiteral("die Verbindung wurde unterbrochen, bevor eine Antwort kam; ").repeated(3);
    bar()->showMessage(text, 10000);
    QTest::qWait(200);
    QVERIFY(!panel()->lifetimeLabel()->isVisible());
    QVERIFY(!panel()->scopesLabel()->isVisible());
    QCOMPARE(bar()->toolTip(), text);
    QStringList found = problems();
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));

    // Gone: the panel shows everything at its full width again, and the tooltip goes with the message.
    bar()->clearMessage();
    QTest::qWait(200);
    QVERIFY(bar()->toolTip().isEmpty());
    QVERIFY(panel()->lifetimeLabel()->isVisible());
    QVERIFY(panel()->scopesLabel()->isVisible());
    QTRY_COMPARE(panel()->width(), fullWidth);
    found = problems();
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestStatusPanelGui)
#include "tst_statuspanel_gui.moc"
