// Profiles and sign-in as a user meets them: create a profile for another server in the dialog, switch
// to it from the Profile menu (the old token revoked, signed in as the new client) and back to Demo; a
// wrong secret shows the server's words at the secret field; an unreachable URL marks the URL field; with
// no keychain the dialogs and the status bar say so; profiles outlive the window; renewal is visible; and
// no secret ever lands in a file under HOME.
#ifndef CX_GUI_TEST_SPEC
#define CX_GUI_TEST_SPEC QT_TESTCASE_SOURCEDIR "/test-api.json"
#endif

#include "ConnectSimulator.h"
#include "GuiTestBase.h"
#include "MockClock.h"
#include "SimFixture.h"
#include "UntranslatedScan.h"
#include "profiles/CredentialStore.h"
#include "profiles/ProfileController.h"
#include "profiles/ProfileDialog.h"
#include "profiles/ProfileStore.h"
#include "profiles/SignInDialog.h"
#include "shell/StartupOptions.h"

#include <QAction>
#include <QCheckBox>
#include <QDirIterator>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QTcpServer>

using cx::ProfileStore;
using cx::Session;
using cx::gui::ProfileController;
using cx::gui::ProfileDialog;
using cx::gui::SignInDialog;

namespace {
const char Canary[] = "canary-gui-secret-0c4d71";
const char AcmeClient[] = "acme-support";
} // namespace

class TestProfilesGui : public cx::test::GuiTestBase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void freshStartIsOnDemo();
    void createSwitchToAnotherProfileAndBack();
    void wrongSecretIsShownAtTheSecretField();
    void unreachableUrlIsShownAtTheUrlField();
    void profileDialogChecksTheUrl();
    void memoryFallbackIsSaidPlainly();
    void markFieldForTheErrorPanel();
    void profilesPersistAcrossARecreatedWindow();
    void editAndDeleteProfile();
    void renewalIsVisibleInTheStatusBar();
    void commandLineProfileWithoutSecretAsksForIt();
    void startupOptionNamesASavedProfile();
    void noSecretInAnyFileUnderHome();
    void languageSwitchRewordsMenuAndOpenDialogs();

private:
    ProfileController *controller() const { return window()->profileController(); }
    QMenu *profileMenu() const
    {
        return window()->menuBar()->findChild<QMenu *>(QStringLiteral("profileMenu"));
    }
    QAction *profileAction(const QString &name) const;
    QString checkedProfile() const;
    // New Profile… from the menu, filled in and confirmed like a user would.
    void createProfile(const QString &name, const QString &url, const QString &clientId,
                       const QString &secret);
    bool waitSignedInAs(const QString &clientId, int timeoutMs = 10000) const;

    std::unique_ptr<cx::sim::ConnectSimulator> m_acme;
};

void TestProfilesGui::initTestCase()
{
    setUpEnvironment();
    // No keychain in this test: secrets live in memory, and the app must say so.
    qputenv("CONNECT_EXPLORER_NO_KEYCHAIN", "1");
    cx::sim::SimConfig config;
    config.clientId = QString::fromLatin1(AcmeClient);
    config.clientSecret = QString::fromLatin1(Canary);
    m_acme = cx::test::startSimulator(config);
    QVERIFY(m_acme);
}

void TestProfilesGui::init()
{
    createWindow();
}

void TestProfilesGui::cleanup()
{
    destroyWindow();
    cx::test::switchLanguageNow(QStringLiteral("en"));
    // Each story starts on Demo with no saved profiles.
    ProfileStore store;
    for (const cx::Profile &profile : store.profiles()) {
        if (!profile.isDemo())
            store.remove(profile.id);
    }
}

QAction *TestProfilesGui::profileAction(const QString &name) const
{
    for (QAction *action : controller()->profileActions()) {
        if (action->text() == name || action->text().startsWith(name + QLatin1Char(' ')))
            return action;
    }
    return nullptr;
}

QString TestProfilesGui::checkedProfile() const
{
    for (QAction *action : profileMenu()->actions()) {
        if (action->isCheckable() && action->isChecked())
            return action->text();
    }
    return {};
}

void TestProfilesGui::createProfile(const QString &name, const QString &url, const QString &clientId,
                                    const QString &secret)
{
    QVERIFY(controller()->newProfileAction()->isEnabled());
    controller()->newProfileAction()->trigger();
    ProfileDialog *dialog = controller()->profileDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTest::keyClicks(dialog->nameEdit(), name);
    QTest::keyClicks(dialog->baseUrlEdit(), url);
    QTest::keyClicks(dialog->clientIdEdit(), clientId);
    QTest::keyClicks(dialog->secretEdit(), secret);
    QCOMPARE(dialog->secretEdit()->echoMode(), QLineEdit::Password);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!controller()->profileDialog());
}

bool TestProfilesGui::waitSignedInAs(const QString &clientId, int timeoutMs) const
{
    return QTest::qWaitFor(
        [&] {
            return session()->state() == Session::State::SignedIn && session()->clientId() == clientId &&
                   window()->statusPanel()->clientLabel()->text().contains(clientId);
        },
        timeoutMs);
}

void TestProfilesGui::freshStartIsOnDemo()
{
    QCOMPARE(ProfileController::startupProfile().id, ProfileStore::demoId());
    QVERIFY(ProfileController::startupProfile().embeddedSimulator);
    QVERIFY(waitSignedIn());
    QVERIFY2(checkedProfile().contains(QStringLiteral("Demo")), qPrintable(checkedProfile()));
    QCOMPARE(controller()->profileActions().first()->data().toString(), ProfileStore::demoId());
    // Demo is built in: not editable, not deletable.
    QVERIFY(!controller()->editProfileAction()->isEnabled());
    QVERIFY(!controller()->deleteProfileAction()->isEnabled());
}

void TestProfilesGui::createSwitchToAnotherProfileAndBack()
{
    QVERIFY(waitSignedIn());
    const QByteArray demoToken = session()->accessToken();
    QSignalSpy signedOut(session(), &Session::signedOut);
    const int acmeTokens = m_acme->tokenRequestCount();

    createProfile(QStringLiteral("Acme"), m_acme->baseUrl().toString(), QString::fromLatin1(AcmeClient),
                  QString::fromLatin1(Canary));
    // A new profile is switched to: the Demo token revoked, then signed in as Acme's client.
    QVERIFY(waitSignedInAs(QString::fromLatin1(AcmeClient)));
    QCOMPARE(signedOut.count(), 1);
    QVERIFY(session()->accessToken() != demoToken);
    QCOMPARE(m_acme->tokenRequestCount(), acmeTokens + 1);
    QCOMPARE(m_connection->baseUrl(), m_acme->baseUrl());
    QVERIFY(!simulator()); // no embedded simulator for another server
    QVERIFY(window()->windowTitle().contains(QStringLiteral("Acme")));
    QCOMPARE(checkedProfile(), QStringLiteral("Acme"));
    QVERIFY(controller()->editProfileAction()->isEnabled());
    QVERIFY(controller()->deleteProfileAction()->isEnabled());

    // Requests go to Acme now.
    window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window()));
    const int acmeRequests = m_acme->requestCount();
    QVERIFY(clickEndpoint("GET", QStringLiteral("/api/templates")));
    QVERIFY(sendWithKeyboard());
    QVERIFY2(statusText().startsWith(QStringLiteral("200")), qPrintable(statusText()));
    QVERIFY(m_acme->requestCount() > acmeRequests);

    // Back to Demo from the menu.
    QAction *demo = profileAction(QStringLiteral("Demo"));
    QVERIFY(demo);
    demo->trigger();
    QVERIFY(waitSignedInAs(QStringLiteral("demo-client")));
    QVERIFY(simulator());
    QVERIFY(window()->windowTitle().contains(QStringLiteral("Demo")));
    QVERIFY2(checkedProfile().contains(QStringLiteral("Demo")), qPrintable(checkedProfile()));
    QCOMPARE(signedOut.count(), 2);

    // And to Acme again: its secret is known for this session, no dialog.
    profileAction(QStringLiteral("Acme"))->trigger();
    QVERIFY(waitSignedInAs(QString::fromLatin1(AcmeClient)));
    QVERIFY(!controller()->signInDialog());
}

void TestProfilesGui::wrongSecretIsShownAtTheSecretField()
{
    QVERIFY(waitSignedIn());
    createProfile(QStringLiteral("Acme wrong"), m_acme->baseUrl().toString(), QString::fromLatin1(AcmeClient),
                  QStringLiteral("not-the-secret"));
    // Refused: the sign-in dialog opens by itself with the server's words at the secret field.
    QTRY_VERIFY_WITH_TIMEOUT(controller()->signInDialog() && controller()->signInDialog()->isVisible(),
                             10000);
    SignInDialog *dialog = controller()->signInDialog();
    QTRY_VERIFY(!dialog->fieldMessage(SignInDialog::Field::ClientSecret).isEmpty());
    const QString message = dialog->fieldMessage(SignInDialog::Field::ClientSecret);
    QVERIFY2(message.contains(QStringLiteral("invalid_client")), qPrintable(message));
    QVERIFY(dialog->messageLabel(SignInDialog::Field::ClientSecret)->isVisible());
    QVERIFY(dialog->secretEdit()->property("fieldError").toBool());
    QVERIFY(dialog->fieldMessage(SignInDialog::Field::BaseUrl).isEmpty());
    QVERIFY(dialog->fieldMessage(SignInDialog::Field::General).isEmpty());
    QCOMPARE(session()->lastError().code, QStringLiteral("invalid_client"));
    QVERIFY(dialog->fieldMessage(SignInDialog::Field::ClientSecret).contains(session()->lastError().message));

    // The right secret in the same dialog signs in and closes it.
    dialog->secretEdit()->selectAll();
    QTest::keyClicks(dialog->secretEdit(), QString::fromLatin1(Canary));
    QVERIFY(dialog->fieldMessage(SignInDialog::Field::ClientSecret).isEmpty()); // typing answers the mark
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    QVERIFY(waitSignedInAs(QString::fromLatin1(AcmeClient)));
    QTRY_VERIFY(!controller()->signInDialog());
}

void TestProfilesGui::unreachableUrlIsShownAtTheUrlField()
{
    QVERIFY(waitSignedIn());
    QTcpServer closed; // a port that was free a moment ago: nothing listens there
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
    closed.close();
    createProfile(QStringLiteral("Nowhere"), url, QString::fromLatin1(AcmeClient),
                  QString::fromLatin1(Canary));
    QTRY_VERIFY_WITH_TIMEOUT(session()->state() == Session::State::Failed, 10000);

    SignInDialog *dialog = controller()->openSignInDialog();
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->baseUrlEdit()->text(), url);
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->fieldMessage(SignInDialog::Field::BaseUrl).isEmpty(), 10000);
    const QString message = dialog->fieldMessage(SignInDialog::Field::BaseUrl);
    QVERIFY2(message.contains(QStringLiteral("refused"), Qt::CaseInsensitive), qPrintable(message));
    QVERIFY(dialog->fieldMessage(SignInDialog::Field::ClientSecret).isEmpty());
    QVERIFY(dialog->signInButton()->isEnabled()); // ready for another try

    // Fixing the URL in the dialog signs in (and the profile keeps the URL that worked).
    dialog->baseUrlEdit()->selectAll();
    QTest::keyClicks(dialog->baseUrlEdit(), m_acme->baseUrl().toString());
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    QVERIFY(waitSignedInAs(QString::fromLatin1(AcmeClient)));
    QCOMPARE(ProfileStore().findByName(QStringLiteral("Nowhere"))->baseUrl, m_acme->baseUrl().toString());
}

void TestProfilesGui::profileDialogChecksTheUrl()
{
    controller()->newProfileAction()->trigger();
    ProfileDialog *dialog = controller()->profileDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Bad URL"));
    QTest::keyClicks(dialog->baseUrlEdit(), QStringLiteral("ftp://example.com"));
    QTest::keyClicks(dialog->clientIdEdit(), QStringLiteral("x"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->baseUrlMessageLabel()->isVisible());
    QVERIFY(dialog->baseUrlMessageLabel()->text().contains(QStringLiteral("http")));
    QVERIFY(!ProfileStore().findByName(QStringLiteral("Bad URL")));

    // A taken name is refused by the store; the dialog stays open and says why.
    dialog->baseUrlEdit()->selectAll();
    QTest::keyClicks(dialog->baseUrlEdit(), QStringLiteral("https://example.com"));
    dialog->nameEdit()->selectAll();
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("demo"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->errorLabel()->text().contains(QStringLiteral("already exists")),
             qPrintable(dialog->errorLabel()->text()));
    dialog->reject();
}

void TestProfilesGui::memoryFallbackIsSaidPlainly()
{
    const QString notice = ProfileController::memoryFallbackNotice();
    QCOMPARE(notice,
             QStringLiteral("No keychain available: the secret is kept in memory for this session only"));
    QVERIFY(controller()->credentials()->isUsingMemoryFallback());
    QLabel *status = window()->statusPanel()->keychainLabel();
    QCOMPARE(status->text(), notice);
    QVERIFY(status->isVisible());

    controller()->newProfileAction()->trigger();
    ProfileDialog *profileDialog = controller()->profileDialog();
    QVERIFY(profileDialog->keychainNoticeLabel()->isVisible());
    QVERIFY(profileDialog->keychainNoticeLabel()->text().startsWith(notice));
    profileDialog->reject();

    SignInDialog *signIn = controller()->openSignInDialog();
    QVERIFY(signIn->keychainNoticeLabel()->isVisible());
    QVERIFY(signIn->keychainNoticeLabel()->text().startsWith(notice));
    // On Demo: its URL is the simulator's and its credentials are never stored.
    QVERIFY(signIn->baseUrlEdit()->isReadOnly());
    QVERIFY(!signIn->rememberBox()->isEnabled());
    signIn->reject();
}

void TestProfilesGui::markFieldForTheErrorPanel()
{
    SignInDialog *dialog = controller()->openSignInDialog(SignInDialog::Field::ClientSecret,
                                                          QStringLiteral("Client authentication failed"));
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->fieldMessage(SignInDialog::Field::ClientSecret),
             QStringLiteral("Client authentication failed"));
    QVERIFY(dialog->messageLabel(SignInDialog::Field::ClientSecret)->isVisible());
    QCOMPARE(dialog->focusWidget(), dialog->secretEdit());
    // Opening it again brings up the same dialog.
    QCOMPARE(controller()->openSignInDialog(), dialog);
    dialog->clearMarks();
    QVERIFY(!dialog->messageLabel(SignInDialog::Field::ClientSecret)->isVisible());
    dialog->reject();
}

void TestProfilesGui::profilesPersistAcrossARecreatedWindow()
{
    QVERIFY(waitSignedIn());
    createProfile(QStringLiteral("Acme"), m_acme->baseUrl().toString(), QString::fromLatin1(AcmeClient),
                  QString::fromLatin1(Canary));
    QVERIFY(waitSignedInAs(QString::fromLatin1(AcmeClient)));

    // Quit and start again the way main() does: on the last used profile.
    destroyWindow();
    const cx::Profile startup = ProfileController::startupProfile();
    QCOMPARE(startup.name, QStringLiteral("Acme"));
    QCOMPARE(QUrl(startup.baseUrl), m_acme->baseUrl());
    QVERIFY(startup.clientSecret.isEmpty()); // never from the settings
    createWindow(startup);
    QCOMPARE(checkedProfile(), QStringLiteral("Acme"));
    QVERIFY(profileAction(QStringLiteral("Demo")));
    // No keychain here: the secret did not outlive the session, so the app asks for it.
    QTRY_VERIFY_WITH_TIMEOUT(controller()->signInDialog() && controller()->signInDialog()->isVisible(),
                             10000);
    SignInDialog *dialog = controller()->signInDialog();
    QCOMPARE(dialog->clientIdEdit()->text(), QString::fromLatin1(AcmeClient));
    QCOMPARE(dialog->baseUrlEdit()->text(), m_acme->baseUrl().toString());
    QTest::keyClicks(dialog->secretEdit(), QString::fromLatin1(Canary));
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    QVERIFY(waitSignedInAs(QString::fromLatin1(AcmeClient)));

    // Back to Demo, then a restart opens on Demo.
    profileAction(QStringLiteral("Demo"))->trigger();
    QVERIFY(waitSignedInAs(QStringLiteral("demo-client")));
    destroyWindow();
    QCOMPARE(ProfileController::startupProfile().id, ProfileStore::demoId());
    createWindow(ProfileController::startupProfile());
    QVERIFY(waitSignedIn());
    QVERIFY(profileAction(QStringLiteral("Acme"))); // still listed
}

void TestProfilesGui::editAndDeleteProfile()
{
    QVERIFY(waitSignedIn());
    createProfile(QStringLiteral("Acme"), m_acme->baseUrl().toString(), QStringLiteral("wrong-client"),
                  QString::fromLatin1(Canary));
    QTRY_VERIFY_WITH_TIMEOUT(controller()->signInDialog() && controller()->signInDialog()->isVisible(),
                             10000);
    controller()->signInDialog()->reject();

    // Edit Profile…: the client id fixed, the secret left as it was: signs in again.
    controller()->editProfileAction()->trigger();
    ProfileDialog *dialog = controller()->profileDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("Acme"));
    QVERIFY(dialog->secretEdit()->text().isEmpty()); // never shown back
    dialog->clientIdEdit()->selectAll();
    QTest::keyClicks(dialog->clientIdEdit(), QString::fromLatin1(AcmeClient));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(waitSignedInAs(QString::fromLatin1(AcmeClient)));
    QCOMPARE(ProfileStore().findByName(QStringLiteral("Acme"))->clientId, QString::fromLatin1(AcmeClient));

    // Delete Profile: gone from the menu and the settings; back on Demo.
    QVERIFY(controller()->deleteProfile(m_connection->profile().id));
    QVERIFY(waitSignedInAs(QStringLiteral("demo-client")));
    QVERIFY(!profileAction(QStringLiteral("Acme")));
    QVERIFY(!ProfileStore().findByName(QStringLiteral("Acme")));
    QCOMPARE(ProfileStore().currentId(), ProfileStore::demoId());
}

void TestProfilesGui::renewalIsVisibleInTheStatusBar()
{
    QVERIFY(waitSignedIn());
    QVERIFY(session()->autoRenew());
    // The test's clock stands still and is moved to the moment the renewal is due: no waiting for it.
    cx::test::MockClock clock;
    simulator()->setTokenLifetime(3);
    const auto longTokens = qScopeGuard([this] { simulator()->setTokenLifetime(2592000); });
    QSignalSpy signedIn(session(), &Session::signedIn);
    window()->signIn(); // a new token, 3 s to live
    QVERIFY(signedIn.wait(5000));
    QLabel *renewed = window()->statusPanel()->renewedLabel();
    const QDateTime firstExpiry = session()->expiresAt();
    QVERIFY(session()->renewalDue().isValid());
    QVERIFY(session()->renewalDue() < firstExpiry);
    QSignalSpy renewedSpy(session(), &Session::renewed);
    clock.setNow(session()->renewalDue());
    session()->checkRenewalDue(); // what the session's timer does when it fires
    QVERIFY(renewedSpy.wait(5000));
    QVERIFY(clock.now() < firstExpiry); // renewed before the old token ran out
    QVERIFY(renewed->isVisible());
    QVERIFY2(
        renewed->text().startsWith(QStringLiteral("Token renewed at %1")
                                       .arg(clock.now().toLocalTime().toString(QStringLiteral("HH:mm:ss")))),
        qPrintable(renewed->text()));
    QVERIFY(session()->expiresAt() > firstExpiry);
    // The countdown starts again from the new token's three seconds, on the same clock.
    QTRY_VERIFY(window()->statusPanel()->lifetimeLabel()->text().contains(QStringLiteral("00:00:0")));
    QCOMPARE(session()->state(), Session::State::SignedIn);
}

void TestProfilesGui::commandLineProfileWithoutSecretAsksForIt()
{
    // connect-explorer --base-url URL --client-id ID without the secret in the environment.
    destroyWindow();
    cx::Profile profile;
    profile.name = QStringLiteral("acme");
    profile.baseUrl = m_acme->baseUrl().toString();
    profile.clientId = QString::fromLatin1(AcmeClient);
    createWindow(profile);
    QTRY_VERIFY_WITH_TIMEOUT(controller()->signInDialog() && controller()->signInDialog()->isVisible(), 5000);
    SignInDialog *dialog = controller()->signInDialog();
    QVERIFY(!dialog->rememberBox()->isEnabled()); // not a saved profile: nothing to keep it under
    QVERIFY2(checkedProfile().contains(QStringLiteral("command line")), qPrintable(checkedProfile()));
    QTest::keyClicks(dialog->secretEdit(), QString::fromLatin1(Canary));
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    QVERIFY(waitSignedInAs(QString::fromLatin1(AcmeClient)));
    QVERIFY(ProfileStore().profiles().size() == 1); // still only Demo saved
}

void TestProfilesGui::startupOptionNamesASavedProfile()
{
    cx::Profile saved;
    saved.name = QStringLiteral("Acme");
    saved.baseUrl = m_acme->baseUrl().toString();
    saved.clientId = QString::fromLatin1(AcmeClient);
    QVERIFY(ProfileStore().add(saved));
    cx::gui::StartupOptions options;
    QString error;
    const QProcessEnvironment environment;
    QVERIFY2(cx::gui::StartupOptions::parse(
                 {QStringLiteral("connect-explorer"), QStringLiteral("--profile"), QStringLiteral("acme")},
                 environment, &options, &error),
             qPrintable(error));
    QVERIFY(options.profileFromCommandLine);
    QCOMPARE(options.profile.id, saved.id);
    QCOMPARE(options.profile.baseUrl, m_acme->baseUrl());
    QVERIFY(options.profile.clientSecret.isEmpty()); // from the keychain once the window is up
    QVERIFY(!cx::gui::StartupOptions::parse(
        {QStringLiteral("connect-explorer"), QStringLiteral("--profile"), QStringLiteral("Nobody")},
        environment, &options, &error));
    QVERIFY2(error.contains(QStringLiteral("Nobody")), qPrintable(error));
}

void TestProfilesGui::noSecretInAnyFileUnderHome()
{
    // After every story above: neither the canary nor the secret of the Acme profile is in any file.
    QVERIFY(waitSignedIn());
    createProfile(QStringLiteral("Acme"), m_acme->baseUrl().toString(), QString::fromLatin1(AcmeClient),
                  QString::fromLatin1(Canary));
    QVERIFY(waitSignedInAs(QString::fromLatin1(AcmeClient)));
    destroyWindow(); // settings written on close
    const QByteArray canary(Canary);
    QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                       QDirIterator::Subdirectories);
    int checked = 0;
    bool sawProfiles = false;
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++checked;
        const QByteArray content = file.readAll();
        sawProfiles = sawProfiles || content.contains("acme-support");
        QVERIFY2(!content.contains(canary), qPrintable(file.fileName()));
    }
    QVERIFY(checked > 0);
    QVERIFY(sawProfiles); // the profile was saved, just not its secret
    createWindow();
}

void TestProfilesGui::languageSwitchRewordsMenuAndOpenDialogs()
{
    QVERIFY(waitSignedIn());
    // A sign-in dialog left half done: a field marked, the id being retyped.
    SignInDialog *signIn = controller()->openSignInDialog();
    QTRY_VERIFY(signIn->isVisible());
    signIn->clientIdEdit()->clear();
    QTest::mouseClick(signIn->signInButton(), Qt::LeftButton);
    QCOMPARE(signIn->fieldMessage(SignInDialog::Field::ClientId), QStringLiteral("Enter the client id"));
    const QString baseUrl = signIn->baseUrlEdit()->text();

    cx::test::switchLanguageNow(QStringLiteral("de"));
    QCOMPARE(window()->menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
    // Each text as the German translation has it (its tr() context: the class that words it).
    const auto german = [](const char *context, const char *source) {
        return QCoreApplication::translate(context, source);
    };
    const char *controllerContext = "cx::gui::ProfileController";
    QCOMPARE(controller()->newProfileAction()->text(), german(controllerContext, "&New Profile…"));
    QCOMPARE(controller()->editProfileAction()->text(), german(controllerContext, "&Edit Profile…"));
    QCOMPARE(controller()->deleteProfileAction()->text(), german(controllerContext, "&Delete Profile"));
    QAction *demo = profileAction(QStringLiteral("Demo"));
    QVERIFY(demo);
    QCOMPARE(demo->text(), german(controllerContext, "%1 (built-in simulator)").arg(QStringLiteral("Demo")));
    QVERIFY(demo->isChecked());
    bool section = false;
    for (QAction *action : profileMenu()->actions())
        section =
            section || (action->isSeparator() && action->text() == german(controllerContext, "Profiles"));
    QVERIFY(section);

    // The open dialog: worded again, nothing typed or marked lost.
    QCOMPARE(controller()->signInDialog(), signIn);
    QCOMPARE(signIn->windowTitle(), german(controllerContext, "Sign In — %1").arg(QStringLiteral("Demo")));
    QCOMPARE(signIn->fieldMessage(SignInDialog::Field::ClientId),
             german("cx::gui::SignInDialog", "Enter the client id"));
    QVERIFY(signIn->messageLabel(SignInDialog::Field::ClientId)->isVisible());
    QCOMPARE(signIn->signInButton()->text(), german("cx::gui::SignInDialog", "&Sign In"));
    QCOMPARE(signIn->rememberBox()->toolTip(),
             german(controllerContext, "The Demo profile's credentials are never stored"));
    QCOMPARE(signIn->baseUrlEdit()->text(), baseUrl);
    QVERIFY(signIn->clientIdEdit()->text().isEmpty());
    signIn->reject();

    ProfileDialog *profile = controller()->openNewProfileDialog();
    QTest::keyClicks(profile->nameEdit(), QStringLiteral("Acme"));
    QTest::mouseClick(profile->okButton(), Qt::LeftButton);
    QCOMPARE(profile->windowTitle(), german("cx::gui::ProfileDialog", "New Profile"));
    QCOMPARE(
        profile->baseUrlMessageLabel()->text(),
        german("cx::gui::ProfileDialog", "Enter an http:// or https:// URL, e.g. https://oauth.cliquify.me"));
    cx::test::switchLanguageNow(QStringLiteral("en"));
    QCOMPARE(profile->windowTitle(), QStringLiteral("New Profile"));
    QCOMPARE(profile->baseUrlMessageLabel()->text(),
             QStringLiteral("Enter an http:// or https:// URL, e.g. https://oauth.cliquify.me"));
    QCOMPARE(profile->nameEdit()->text(), QStringLiteral("Acme"));
    QCOMPARE(controller()->newProfileAction()->text(), QStringLiteral("&New Profile…"));
    QCOMPARE(demo->text(), QStringLiteral("Demo (built-in simulator)"));
    profile->reject();
}

QTEST_MAIN(TestProfilesGui)
#include "tst_profiles_gui.moc"
