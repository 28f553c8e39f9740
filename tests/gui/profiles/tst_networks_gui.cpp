// The app on the networks of issue 14, against real servers on loopback: connect-sim over TLS with a
// self-signed certificate made by openssl for this run (TestPki), and tinyproxy with Basic auth
// (TinyProxy). Real widgets under offscreen:
// - tls_self_signed in the error panel with the certificate's fingerprint; Trust This Certificate… shows
//   the certificate, stores its pin in the profile, and the retry succeeds (200);
// - proxy_auth_required; Proxy Credentials… stores them with the profile (the password never in the
//   settings file) and the retry goes through the proxy (200);
// - Profile → Network round-trips its values, refuses an unreadable CA file at its field;
// - the Timing tab shows the protocol used;
// - Profile → Trusted Certificates… shows the Demo profile's pins (its Edit Profile… is disabled) and
//   removes them, saved at once: the next request fails as untrusted again and offers to trust;
// - Account → Compare Accounts… checks each account over its own network: A through tinyproxy, B direct;
//   the account not in use with its proxy password from the credential store.
#include "ConnectSimulator.h"
#include "GuiTestBase.h"
#include "SimConfig.h"
#include "SimFixture.h"
#include "SimTls.h"
#include "TestPki.h"
#include "TinyProxy.h"
#include "checkup/CheckupController.h"
#include "checkup/CompareDialog.h"
#include "errorpanel/ErrorPanel.h"
#include "errorpanel/ErrorReport.h"
#include "errorpanel/NetworkAction.h"
#include "errorpanel/SimulateMenu.h"
#include "net/ApiClient.h"
#include "profiles/CredentialStore.h"
#include "profiles/NetworkDialogs.h"
#include "profiles/NetworkSettingsForm.h"
#include "profiles/ProfileController.h"
#include "profiles/ProfileDialog.h"
#include "profiles/ProfileNetwork.h"
#include "profiles/ProfileStore.h"
#include "profiles/TrustedCertificatesDialog.h"
#include "response/ResponseTimingView.h"

#include <QComboBox>
#include <QFile>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>

using namespace cx;
using namespace cx::gui;

class TestNetworksGui : public test::GuiTestBase
{
    Q_OBJECT
private:
    test::TestPki m_pki;

    ErrorPanel *panel() const { return window()->errorPanel(); }
    NetworkAction *networkAction() const { return qobject_cast<NetworkAction *>(panel()->actionWidget()); }

    // A saved profile (the current one) at `url` with the simulator's demo client.
    cx::Profile saveProfile(const QString &name, const QString &url, const NetworkSettings &network = {})
    {
        ProfileStore store;
        cx::Profile p;
        p.name = name;
        p.baseUrl = url;
        p.clientId = QString::fromLatin1(sim::DemoClientId);
        p.network = network;
        if (!store.add(p))
            qFatal("cannot add the profile");
        store.setCurrentId(p.id);
        return *store.profile(p.id);
    }

    void openOn(const cx::Profile &stored)
    {
        createWindow(ProfileController::fromStored(stored, QString::fromLatin1(sim::DemoClientSecret)));
    }

    static QByteArray settingsFile()
    {
        auto settings = ProfileStore::openSharedSettings();
        settings->sync();
        QFile file(settings->fileName());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    bool sendTemplates()
    {
        // After a dialog: the shortcut goes to the active window.
        window()->activateWindow();
        if (!QTest::qWaitForWindowActive(window()))
            return false;
        return clickEndpoint("GET", QStringLiteral("/api/templates")) && sendWithKeyboard(20000);
    }

    // Answers the question Compare Accounts asks for the client secret of the account not in use (a
    // modal input dialog), for as long as it lives; asked() counts the answers.
    class SecretAnswers
    {
    public:
        SecretAnswers()
        {
            m_timer.setInterval(20);
            QObject::connect(&m_timer, &QTimer::timeout, [this] {
                if (auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
                    input->setTextValue(QString::fromLatin1(sim::DemoClientSecret));
                    input->accept();
                    ++m_asked;
                }
            });
            m_timer.start();
        }
        void stop() { m_timer.stop(); }
        int asked() const { return m_asked; }

    private:
        QTimer m_timer;
        int m_asked = 0;
    };

    // The proxy's log: `through` signed in and called the API by way of it; `direct` never came by.
    static QString proxyLogProblem(const QByteArray &log, const QUrl &through, const QUrl &direct)
    {
        const QByteArray via = through.toEncoded();
        if (!log.contains("POST " + via + "/oauth/access-token"))
            return QStringLiteral("no sign-in of %1 in the proxy log: %2")
                .arg(through.toString(), log.right(800));
        if (!log.contains("GET " + via + "/api/"))
            return QStringLiteral("no API call of %1 in the proxy log: %2")
                .arg(through.toString(), log.right(800));
        if (log.contains(direct.toEncoded()))
            return QStringLiteral("%1 went through the proxy: %2").arg(direct.toString(), log.right(800));
        return {};
    }

private slots:
    void initTestCase()
    {
        setUpEnvironment();
        qputenv("CONNECT_EXPLORER_NO_KEYCHAIN", "1"); // the memory store: nothing of the tester's touched
        // Whatever the machine's environment says, these tests choose their proxy.
        for (const char *name : {"http_proxy", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
            qunsetenv(name);
        QVERIFY2(m_pki.create(), qPrintable(m_pki.error()));
    }

    void cleanup() { destroyWindow(); }

    void trustSelfSignedCertificateThenRetrySucceeds()
    {
        QString error;
        const auto tls = sim::loadServerTls(
            {m_pki.cert(QStringLiteral("selfsigned")), m_pki.key(QStringLiteral("selfsigned")), {}}, &error);
        QVERIFY2(tls, qPrintable(error));
        sim::ConnectSimulator server;
        server.setTlsConfiguration(*tls);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QVERIFY(server.baseUrl().scheme() == QStringLiteral("https"));
        const QSslCertificate certificate =
            QSslCertificate::fromPath(m_pki.cert(QStringLiteral("selfsigned"))).value(0);
        const QString pin = NetworkSetup::pinOf(certificate);
        const QString hex = NetworkSetup::hexFingerprint(certificate);

        const cx::Profile stored = saveProfile(QStringLiteral("Self-signed"), server.baseUrl().toString());
        openOn(stored);
        QVERIFY(sendTemplates());
        QTRY_VERIFY_WITH_TIMEOUT(networkAction(), 10000);
        QCOMPARE(panel()->current()->error.code, QStringLiteral("tls_self_signed"));
        NetworkAction *action = networkAction();
        QVERIFY(action->certificateLabel());
        QVERIFY2(action->certificateLabel()->text().contains(hex),
                 qPrintable(action->certificateLabel()->text()));
        QVERIFY(action->trustButton() && action->trustButton()->isVisible());
        QVERIFY(!action->proxyButton());
        // At 1024 px nothing in the action is cut: every label wraps or fits.
        window()->resize(1024, 768);
        QApplication::processEvents();
        for (QLabel *label : action->findChildren<QLabel *>()) {
            if (label->isVisible() && !label->text().isEmpty())
                QVERIFY2(label->wordWrap() || label->sizeHint().width() <= label->width(),
                         qPrintable(label->text()));
        }
        QVERIFY(action->certificateLabel()->wordWrap());
        // The support report names the failure code and the certificate's fingerprint.
        const QString report =
            ErrorReport::toMarkdown(panel()->reportInput(*panel()->current()), panel()->redactor());
        QVERIFY2(report.contains(QStringLiteral("`tls_self_signed`")), qPrintable(report));
        QVERIFY2(report.contains(hex), qPrintable(report));
        const QJsonObject json =
            ErrorReport::toJsonObject(panel()->reportInput(*panel()->current()), panel()->redactor());
        QCOMPARE(json.value(QStringLiteral("response"))[QStringLiteral("failure_code")].toString(),
                 QStringLiteral("tls_self_signed"));
        QCOMPARE(json.value(QStringLiteral("response"))[QStringLiteral("certificate")][QStringLiteral("pin")]
                     .toString(),
                 pin);

        QTest::mouseClick(action->trustButton(), Qt::LeftButton);
        TrustCertificateDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window()->findChild<TrustCertificateDialog *>()));
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->detailsLabel()->text().contains(hex));
        QVERIFY(dialog->detailsLabel()->text().contains(QStringLiteral("localhost")));
        QVERIFY(dialog->detailsLabel()->text().contains(panel()->current()->error.certificate.notAfter));
        // Nothing stored before the user says so.
        QVERIFY(ProfileStore().network(stored.id).tls.pins.isEmpty());
        const int before = server.requestCount();
        QTest::mouseClick(dialog->trustButton(), Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(statusText().contains(QStringLiteral("200")), 20000);
        QVERIFY(server.requestCount() > before);
        QCOMPARE(ProfileStore().network(stored.id).tls.pins, QStringList{pin});
        QCOMPARE(m_connection->client()->networkSettings().tls.pins, QStringList{pin});
        QVERIFY(settingsFile().contains(pin.toLatin1()));

        // The Timing tab says which protocol answered (connect-sim speaks HTTP/1.1).
        ResponseTimingView *timing = page()->responseView()->timingView();
        QVERIFY2(timing->protocolLabel()->text().contains(QStringLiteral("HTTP/1.1")),
                 qPrintable(timing->protocolLabel()->text()));
    }

    // The Demo profile shows a TLS failure from the Simulate menu: its server over HTTPS with the demo
    // certificate nothing trusts; trusting it pins it for Demo only; turning it off goes back to HTTP.
    void demoSimulatesSelfSignedCertificate()
    {
        ProfileStore().setCurrentId(ProfileStore::demoId());
        createWindow();
        QVERIFY(waitSignedIn());
        QAction *selfSigned = window()->simulateMenu()->selfSignedAction();
        QVERIFY(selfSigned->isEnabled() && selfSigned->isCheckable());
        selfSigned->trigger();
        QVERIFY(m_connection->isDemoOverTls());
        QCOMPARE(m_connection->baseUrl().scheme(), QStringLiteral("https"));
        QCOMPARE(m_connection->baseUrl().host(), QStringLiteral("127.0.0.1"));

        QVERIFY(sendTemplates());
        QTRY_VERIFY_WITH_TIMEOUT(networkAction(), 10000);
        QCOMPARE(panel()->current()->error.code, QStringLiteral("tls_self_signed"));
        const CertificateSummary certificate = panel()->current()->error.certificate;
        QVERIFY(certificate.subject.contains(QStringLiteral("trusted nowhere")));
        QVERIFY(networkAction()->certificateLabel()->text().contains(certificate.sha256));
        QTest::mouseClick(networkAction()->trustButton(), Qt::LeftButton);
        TrustCertificateDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window()->findChild<TrustCertificateDialog *>()));
        // How to remove it again: Profile ▸ Trusted Certificates…, which Demo has (not Edit Profile…).
        auto *hint = dialog->findChild<QLabel *>(QStringLiteral("trustWarning"));
        QVERIFY(hint);
        const QString menuEntry =
            window()->profileController()->trustedCertificatesAction()->text().remove(QLatin1Char('&'));
        QVERIFY(window()->profileController()->trustedCertificatesAction()->isEnabled());
        QVERIFY2(hint->text().contains(menuEntry), qPrintable(hint->text()));
        QVERIFY2(!hint->text().contains(QStringLiteral("Edit Profile")), qPrintable(hint->text()));
        QTest::mouseClick(dialog->trustButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(statusText().contains(QStringLiteral("200")), 20000);
        QCOMPARE(ProfileStore().network(ProfileStore::demoId()).tls.pins, QStringList{certificate.pin});

        selfSigned->trigger();
        QVERIFY(!m_connection->isDemoOverTls());
        QCOMPARE(m_connection->baseUrl().scheme(), QStringLiteral("http"));
        QVERIFY(sendTemplates());
        QTRY_VERIFY_WITH_TIMEOUT(statusText().contains(QStringLiteral("200")), 20000);
        ProfileStore().setNetwork(ProfileStore::demoId(), NetworkSettings{});
    }

    // The Demo profile's pins cannot be reached through Edit Profile… (disabled for Demo): Profile ▸
    // Trusted Certificates… lists them and removes them, saved at once, and the next request meets the
    // certificate as untrusted again and offers to trust it.
    void demoPinsAreRemovedInTrustedCertificates()
    {
        ProfileStore().setCurrentId(ProfileStore::demoId());
        ProfileStore().setNetwork(ProfileStore::demoId(), NetworkSettings{});
        createWindow();
        QVERIFY(waitSignedIn());
        QAction *selfSigned = window()->simulateMenu()->selfSignedAction();
        selfSigned->trigger();
        QVERIFY(m_connection->isDemoOverTls());
        QVERIFY(sendTemplates());
        QTRY_VERIFY_WITH_TIMEOUT(networkAction(), 10000);
        QCOMPARE(panel()->current()->error.code, QStringLiteral("tls_self_signed"));
        const CertificateSummary certificate = panel()->current()->error.certificate;
        QTest::mouseClick(networkAction()->trustButton(), Qt::LeftButton);
        TrustCertificateDialog *trust = nullptr;
        QTRY_VERIFY((trust = window()->findChild<TrustCertificateDialog *>()));
        QTest::mouseClick(trust->trustButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(statusText().contains(QStringLiteral("200")), 20000);
        QCOMPARE(ProfileStore().network(ProfileStore::demoId()).tls.pins, QStringList{certificate.pin});
        // A second pin (another server's certificate, trusted earlier) that stays when the first goes.
        const QString otherPin =
            NetworkSetup::pinOf(QSslCertificate::fromPath(m_pki.cert(QStringLiteral("selfsigned"))).value(0));
        QVERIFY(otherPin != certificate.pin);
        NetworkSettings two = m_connection->profile().network;
        two.tls.pins << otherPin;
        QVERIFY(window()->profileController()->saveNetwork(two));

        // In the Profile menu, enabled for Demo where Edit Profile… is not.
        ProfileController *profiles = window()->profileController();
        QVERIFY(!profiles->editProfileAction()->isEnabled());
        QAction *open = profiles->trustedCertificatesAction();
        QVERIFY(open->isEnabled());
        bool inAMenu = false;
        for (const QMenu *menu : window()->findChildren<QMenu *>())
            inAMenu = inAMenu || menu->actions().contains(open);
        QVERIFY(inAMenu);
        open->trigger();
        TrustedCertificatesDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window()->findChild<TrustedCertificatesDialog *>()));
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(!dialog->list()->accessibleName().isEmpty());
        QVERIFY(!dialog->removeButton()->accessibleName().isEmpty());
        QVERIFY(!dialog->removeAllButton()->accessibleName().isEmpty());
        QCOMPARE(dialog->list()->count(), 2);
        QListWidgetItem *first = dialog->list()->item(0);
        // The fingerprint as the error panel showed it, and the pin.
        QVERIFY2(first->text().contains(certificate.sha256), qPrintable(first->text()));
        QVERIFY2(first->text().contains(certificate.pin), qPrintable(first->text()));
        QCOMPARE(TrustedCertificatesDialog::fingerprintOf(certificate.pin), certificate.sha256);
        QVERIFY(!first->data(Qt::AccessibleTextRole).toString().isEmpty());
        QVERIFY(!dialog->removeButton()->isEnabled()); // nothing selected yet
        QVERIFY(dialog->removeAllButton()->isEnabled());

        first->setSelected(true);
        QVERIFY(dialog->removeButton()->isEnabled());
        QTest::mouseClick(dialog->removeButton(), Qt::LeftButton);
        QCOMPARE(dialog->list()->count(), 1);
        QCOMPARE(ProfileStore().network(ProfileStore::demoId()).tls.pins, QStringList{otherPin});
        QCOMPARE(m_connection->client()->networkSettings().tls.pins, QStringList{otherPin});
        QVERIFY(!settingsFile().contains(certificate.pin.toLatin1()));

        // The next request: untrusted again, and the panel offers to trust it.
        dialog->close();
        QSignalSpy shown(panel(), &ErrorPanel::entryShown);
        QVERIFY(sendTemplates());
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(networkAction(), 10000);
        QCOMPARE(panel()->current()->error.code, QStringLiteral("tls_self_signed"));
        QCOMPARE(panel()->current()->error.certificate.pin, certificate.pin);
        QVERIFY(networkAction()->trustButton() && networkAction()->trustButton()->isVisible());

        // Remove All empties the list and the profile.
        open->trigger();
        QTRY_VERIFY((dialog = window()->findChild<TrustedCertificatesDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->list()->count(), 1);
        QTest::mouseClick(dialog->removeAllButton(), Qt::LeftButton);
        QCOMPARE(dialog->list()->count(), 0);
        QVERIFY(dialog->emptyLabel()->isVisible());
        QVERIFY(!dialog->removeAllButton()->isEnabled());
        QVERIFY(ProfileStore().network(ProfileStore::demoId()).tls.pins.isEmpty());
        dialog->close();

        selfSigned->trigger();
        QVERIFY(!m_connection->isDemoOverTls());
        ProfileStore().setNetwork(ProfileStore::demoId(), NetworkSettings{});
    }

    // Compare Accounts runs the check-up on each account with that account's network settings (Profile ▸
    // Network): A's through tinyproxy (a manual proxy), B's direct, to two servers, so the proxy's log
    // tells them apart. Either may be the profile in use (its settings then come from the live client,
    // the other's from the profile store); the other one's secret is asked for, as the user would type it.
    void compareAccountsUsesEachAccountsNetwork_data()
    {
        QTest::addColumn<bool>("currentIsA");
        QTest::newRow("A in use") << true;
        QTest::newRow("B in use") << false;
    }

    void compareAccountsUsesEachAccountsNetwork()
    {
        QFETCH(bool, currentIsA);
        test::TinyProxy proxy;
        QVERIFY2(proxy.start(), qPrintable(proxy.error()));
        const auto serverA = test::startSimulator();
        const auto serverB = test::startSimulator();
        NetworkSettings throughProxy;
        throughProxy.proxy.mode = ProxySettings::Mode::Manual;
        throughProxy.proxy.host = QStringLiteral("127.0.0.1");
        throughProxy.proxy.port = proxy.port();
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        const cx::Profile a = saveProfile(QStringLiteral("Behind tinyproxy (%1)").arg(tag),
                                          serverA->baseUrl().toString(), throughProxy);
        const cx::Profile b =
            saveProfile(QStringLiteral("Direct (%1)").arg(tag), serverB->baseUrl().toString());
        ProfileStore().setCurrentId(currentIsA ? a.id : b.id);
        openOn(currentIsA ? a : b);
        QVERIFY(waitSignedIn());

        auto *checkup = window()->findChild<CheckupController *>();
        QVERIFY(checkup);
        CompareDialog *dialog = checkup->compareAccounts();
        QVERIFY(dialog);
        QSignalSpy compared(dialog, &CompareDialog::compared);
        // The account not in use: its client secret, typed into the question the dialog asks.
        SecretAnswers answers;
        const int beforeA = serverA->requestCount();
        const int beforeB = serverB->requestCount();
        dialog->runOnProfiles(a.id, b.id);
        QVERIFY(compared.wait(60000) || compared.count() > 0);
        answers.stop();
        QCOMPARE(answers.asked(), 1);

        // Both finished, alike: the same simulator behind each, every check the same verdict.
        QVERIFY2(dialog->comparison().identical(), qPrintable(dialog->comparison().toText()));
        QVERIFY(dialog->checksTable()->rowCount() > 0);
        QVERIFY(serverA->requestCount() > beforeA);
        QVERIFY(serverB->requestCount() > beforeB);
        // A's check-up went through the proxy, B's did not.
        const QString problem = proxyLogProblem(proxy.log(), serverA->baseUrl(), serverB->baseUrl());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        dialog->close();
    }

    // An account whose network settings cannot be applied any more (its CA file was deleted since it was
    // saved) is not checked over another network instead: the comparison stops and says why.
    void compareAccountsStopsOnUnusableNetworkSettings()
    {
        const auto serverA = test::startSimulator();
        const auto serverB = test::startSimulator();
        const QString ca = m_pki.path() + QStringLiteral("/compare-ca.pem");
        QFile::remove(ca);
        QVERIFY(QFile::copy(m_pki.cert(QStringLiteral("ca")), ca));
        NetworkSettings withCa;
        withCa.tls.caPaths << ca;
        const cx::Profile a = saveProfile(QStringLiteral("CA gone"), serverA->baseUrl().toString(), withCa);
        const cx::Profile b = saveProfile(QStringLiteral("Still fine"), serverB->baseUrl().toString());
        QVERIFY(QFile::remove(ca));
        openOn(b);
        QVERIFY(waitSignedIn());

        CompareDialog *dialog = window()->findChild<CheckupController *>()->compareAccounts();
        QSignalSpy compared(dialog, &CompareDialog::compared);
        SecretAnswers answers;
        const int beforeA = serverA->requestCount();
        dialog->runOnProfiles(a.id, b.id);
        answers.stop();
        // The account not in use gets its network once its secrets are loaded (later, not in the call).
        QTRY_VERIFY2(dialog->summaryLabel()->text().contains(QStringLiteral("CA gone")) &&
                         dialog->summaryLabel()->text().contains(QStringLiteral("compare-ca.pem")),
                     qPrintable(dialog->summaryLabel()->text()));
        QTest::qWait(300);
        QCOMPARE(compared.count(), 0);
        QCOMPARE(serverA->requestCount(), beforeA);
        dialog->close();
    }

    // The account not in use behind a proxy that asks for a password: the password is not in the profile
    // store but in the app's credential store (memory here, the keychain otherwise), saved the way
    // Profile ▸ Network saves it. Compare Accounts loads it for that account's check-up, which goes
    // through the proxy and passes like the other account's.
    void compareAccountsLoadsTheOtherAccountsProxyPassword()
    {
        test::TinyProxy proxy;
        QVERIFY2(proxy.start(QStringLiteral("bob"), QStringLiteral("b0b-pr0xy")), qPrintable(proxy.error()));
        const auto serverA = test::startSimulator();
        const auto serverB = test::startSimulator();
        NetworkSettings behindAuth;
        behindAuth.proxy.mode = ProxySettings::Mode::Manual;
        behindAuth.proxy.host = QStringLiteral("127.0.0.1");
        behindAuth.proxy.port = proxy.port();
        behindAuth.proxy.user = QStringLiteral("bob");
        const cx::Profile a = saveProfile(QStringLiteral("Direct (in use)"), serverA->baseUrl().toString());
        const cx::Profile b = saveProfile(QStringLiteral("Behind tinyproxy with a password"),
                                          serverB->baseUrl().toString(), behindAuth);
        ProfileStore().setCurrentId(a.id);
        openOn(a);
        QVERIFY(waitSignedIn());

        CredentialStore *credentials = window()->credentialStore();
        QVERIFY(credentials);
        QCOMPARE(credentials, window()->profileController()->credentials());
        NetworkSettings withPassword = behindAuth;
        withPassword.proxy.password = QStringLiteral("b0b-pr0xy");
        ProfileNetwork::saveSecrets(credentials, b.id, withPassword, this);
        bool stored = false;
        ProfileNetwork::loadSecrets(credentials, b.id, behindAuth, this, [&stored](const NetworkSettings &n) {
            stored = n.proxy.password == QStringLiteral("b0b-pr0xy");
        });
        QTRY_VERIFY(stored);
        QVERIFY(ProfileStore().network(b.id).proxy.password.isEmpty());
        QVERIFY(!settingsFile().contains("b0b-pr0xy"));

        CompareDialog *dialog = window()->findChild<CheckupController *>()->compareAccounts();
        QVERIFY(dialog);
        QSignalSpy compared(dialog, &CompareDialog::compared);
        SecretAnswers answers;
        const int beforeA = serverA->requestCount();
        const int beforeB = serverB->requestCount();
        dialog->runOnProfiles(a.id, b.id);
        QVERIFY(compared.wait(60000) || compared.count() > 0);
        answers.stop();
        QCOMPARE(answers.asked(), 1); // B's client secret; its proxy password is not asked for

        // B's check-up passed through the proxy with its password: the same verdicts as A's, direct.
        QVERIFY2(dialog->comparison().identical(), qPrintable(dialog->comparison().toText()));
        QVERIFY(dialog->checksTable()->rowCount() > 0);
        QVERIFY(serverA->requestCount() > beforeA);
        QVERIFY(serverB->requestCount() > beforeB);
        const QString problem = proxyLogProblem(proxy.log(), serverB->baseUrl(), serverA->baseUrl());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        dialog->close();
    }

    // Closing Compare Accounts while the other account's secrets are still loading: nothing runs, nothing
    // crashes.
    void compareAccountsClosedWhileLoadingSecrets()
    {
        const auto serverA = test::startSimulator();
        const auto serverB = test::startSimulator();
        const cx::Profile a = saveProfile(QStringLiteral("In use"), serverA->baseUrl().toString());
        const cx::Profile b = saveProfile(QStringLiteral("Not in use"), serverB->baseUrl().toString());
        ProfileStore().setCurrentId(a.id);
        openOn(a);
        QVERIFY(waitSignedIn());
        QPointer<CompareDialog> dialog = window()->findChild<CheckupController *>()->compareAccounts();
        QVERIFY(dialog);
        SecretAnswers answers;
        const int beforeB = serverB->requestCount();
        dialog->runOnProfiles(a.id, b.id);
        answers.stop();
        delete dialog.data();
        QTest::qWait(500);
        QCOMPARE(serverB->requestCount(), beforeB);
        QVERIFY(sendTemplates()); // the window still works
        QTRY_VERIFY_WITH_TIMEOUT(statusText().contains(QStringLiteral("200")), 20000);
    }

    void proxyCredentialsThenRetrySucceeds()
    {
        test::TinyProxy proxy;
        QVERIFY2(proxy.start(QStringLiteral("alice"), QStringLiteral("pr0xy-s3cret")),
                 qPrintable(proxy.error()));
        const auto server = test::startSimulator();

        NetworkSettings network;
        network.proxy.mode = ProxySettings::Mode::Manual;
        network.proxy.host = QStringLiteral("127.0.0.1");
        network.proxy.port = proxy.port();
        const cx::Profile stored =
            saveProfile(QStringLiteral("Behind a proxy"), server->baseUrl().toString(), network);
        openOn(stored);
        QVERIFY(sendTemplates());
        QTRY_VERIFY_WITH_TIMEOUT(networkAction(), 10000);
        QCOMPARE(panel()->current()->error.code, QStringLiteral("proxy_auth_required"));
        NetworkAction *action = networkAction();
        QVERIFY(action->proxyButton() && action->proxyButton()->isVisible());
        QVERIFY(!action->trustButton());

        QTest::mouseClick(action->proxyButton(), Qt::LeftButton);
        ProxyCredentialsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window()->findChild<ProxyCredentialsDialog *>()));
        QTest::keyClicks(dialog->userEdit(), QStringLiteral("alice"));
        QTest::keyClicks(dialog->passwordEdit(), QStringLiteral("pr0xy-s3cret"));
        const int before = server->requestCount();
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(statusText().contains(QStringLiteral("200")), 20000);
        QVERIFY(server->requestCount() > before);
        QVERIFY2(proxy.log().contains("/api/templates"), proxy.log().constData()); // through the proxy
        const NetworkSettings saved = ProfileStore().network(stored.id);
        QCOMPARE(saved.proxy.user, QStringLiteral("alice"));
        QVERIFY(saved.proxy.password.isEmpty());
        QVERIFY(!settingsFile().contains("pr0xy-s3cret"));
        QCOMPARE(m_connection->client()->networkSettings().proxy.password, QStringLiteral("pr0xy-s3cret"));
    }

    void profileDialogNetworkTabRoundTrips()
    {
        const auto server = test::startSimulator();
        const cx::Profile stored = saveProfile(QStringLiteral("Edited"), server->baseUrl().toString());
        openOn(stored);
        ProfileDialog *dialog = window()->profileController()->openEditProfileDialog();
        QVERIFY(dialog);
        dialog->tabs()->setCurrentWidget(dialog->networkForm());
        NetworkSettingsForm *form = dialog->networkForm();
        QVERIFY(!form->proxyHostEdit()->isEnabled()); // System by default
        form->proxyModeBox()->setCurrentIndex(
            form->proxyModeBox()->findData(int(ProxySettings::Mode::Manual)));
        QVERIFY(form->proxyHostEdit()->isEnabled());
        form->proxyTypeBox()->setCurrentIndex(
            form->proxyTypeBox()->findData(int(QNetworkProxy::Socks5Proxy)));
        QTest::keyClicks(form->proxyHostEdit(), QStringLiteral("socks.example.net"));
        form->proxyPortBox()->setValue(1080);
        QTest::keyClicks(form->proxyUserEdit(), QStringLiteral("bob"));
        QTest::keyClicks(form->proxyPasswordEdit(), QStringLiteral("dialog-Pa55-word"));

        // A CA file that is not there: refused at its field, the dialog stays.
        form->addCaPath(m_pki.path() + QStringLiteral("/missing-ca.pem"));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(form->tlsMessageLabel()->isVisible());
        QVERIFY2(form->tlsMessageLabel()->text().contains(QStringLiteral("missing-ca.pem")),
                 qPrintable(form->tlsMessageLabel()->text()));
        form->caList()->setCurrentRow(0);
        QTest::mouseClick(form->removeCaButton(), Qt::LeftButton);
        QCOMPARE(form->caList()->count(), 0);
        form->addCaPath(m_pki.cert(QStringLiteral("ca")));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());

        const NetworkSettings saved = ProfileStore().network(stored.id);
        QCOMPARE(saved.proxy.mode, ProxySettings::Mode::Manual);
        QCOMPARE(saved.proxy.type, QNetworkProxy::Socks5Proxy);
        QCOMPARE(saved.proxy.host, QStringLiteral("socks.example.net"));
        QCOMPARE(saved.proxy.port, quint16(1080));
        QCOMPARE(saved.proxy.user, QStringLiteral("bob"));
        QCOMPARE(saved.tls.caPaths, QStringList{m_pki.cert(QStringLiteral("ca"))});
        QVERIFY(saved.proxy.password.isEmpty());
        QVERIFY(!settingsFile().contains("dialog-Pa55-word"));

        // Applied to the client once the profile signed in again; the dialog opens on the same values.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_connection->profile().network.proxy.host == QStringLiteral("socks.example.net"), 10000);
        QCOMPARE(m_connection->client()->networkSettings().proxy.password,
                 QStringLiteral("dialog-Pa55-word"));
        ProfileDialog *again = window()->profileController()->openEditProfileDialog();
        QVERIFY(again);
        QCOMPARE(again->networkForm()->proxyHostEdit()->text(), QStringLiteral("socks.example.net"));
        QCOMPARE(again->networkForm()->proxyPortBox()->value(), 1080);
        QCOMPARE(again->networkForm()->proxyPasswordEdit()->text(), QStringLiteral("dialog-Pa55-word"));
        QCOMPARE(again->networkForm()->caList()->count(), 1);
        again->reject();
    }
};

QTEST_MAIN(TestNetworksGui)
#include "tst_networks_gui.moc"
