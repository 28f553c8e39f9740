// Preferences > Language switches the running app: every window retranslates itself at once, open
// requests, drafts and the error panel's contents are kept, and the choice is remembered.
#include "GuiTestBase.h"
#include "UntranslatedScan.h"
#include "errorpanel/ErrorPanel.h"
#include "i18n/Translations.h"
#include "preferences/PreferencesDialog.h"
#include "request/ErrorArea.h"
#include "request/PathParamsForm.h"
#include "request/RequestEditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

using namespace cx;
using namespace cx::gui;

class TestLanguageGui : public cx::test::GuiTestBase
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        setUpEnvironment();
        QVERIFY(m_german.load(QStringLiteral(CX_TS_DIR "/connect-explorer_de.ts")));
        QVERIFY(m_french.load(QStringLiteral(CX_TS_DIR "/connect-explorer_fr.ts")));
        QVERIFY(m_english.load(QStringLiteral(CX_TS_DIR "/connect-explorer_fr.ts"), /*reversed*/ true));
    }
    void init()
    {
        PreferencesDialog::switchLanguage(QStringLiteral("en"));
        createWindow();
    }
    void cleanup()
    {
        destroyWindow();
        test::switchLanguageNow(QStringLiteral("en"));
    }

    void preferencesDialogSwitchesToGermanAndBack();
    void everyVisibleTextIsRetranslated();
    void dialogsOpenWhileSwitchingFollow();
    void choiceIsRememberedAndSystemDefaultClearsIt();
    void theProgramStartsInTheSystemOrChosenLanguage_data();
    void theProgramStartsInTheSystemOrChosenLanguage();

private:
    // Lists what is left, one line each (a QVERIFY2 message is cut short), and fails when anything is.
    static bool reportLeftovers(const char *what, const QStringList &leftovers)
    {
        for (const QString &line : leftovers)
            qInfo("%s: %s", what, qPrintable(line));
        return leftovers.isEmpty();
    }
    // Opens File > Preferences…, picks `code` and presses OK, the way a user does.
    void chooseInPreferences(const QString &code);
    QAction *preferencesAction() const
    {
        return window()->findChild<QAction *>(QStringLiteral("preferencesAction"));
    }

    test::UntranslatedScan m_german;
    test::UntranslatedScan m_french;
    test::UntranslatedScan m_english; // finds French left over
};

void TestLanguageGui::chooseInPreferences(const QString &code)
{
    bool handled = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        const int index = dialog->languageBox()->findData(code);
        QVERIFY(index >= 0);
        dialog->languageBox()->setCurrentIndex(index);
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        handled = true;
    });
    QAction *action = preferencesAction();
    QVERIFY(action);
    action->trigger();
    QVERIFY(handled);
    test::deliverLanguageChange();
}

void TestLanguageGui::preferencesDialogSwitchesToGermanAndBack()
{
    QVERIFY(waitSignedIn());
    // Work in progress that a language switch must not lose: a typed path parameter.
    QVERIFY(clickEndpoint("GET", QStringLiteral("/api/assets/{id}")));
    QTest::keyClicks(page()->editor()->pathParams()->editFor(QStringLiteral("id")), QStringLiteral("424242"));
    const int tabs = window()->requestTabs()->count();

    chooseInPreferences(QStringLiteral("de"));
    QCOMPARE(savedLanguage(), QStringLiteral("de"));
    QCOMPARE(window()->menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
    QCOMPARE(window()->sendAction()->text(), QStringLiteral("&Senden"));
    QCOMPARE(window()->requestTabs()->count(), tabs);
    QCOMPARE(page()->editor()->pathParams()->editFor(QStringLiteral("id"))->text(), QStringLiteral("424242"));

    chooseInPreferences(QStringLiteral("en"));
    QCOMPARE(window()->menuBar()->actions().first()->text(), QStringLiteral("&File"));
    QCOMPARE(window()->sendAction()->text(), QStringLiteral("&Send"));
}

void TestLanguageGui::everyVisibleTextIsRetranslated()
{
    QVERIFY(waitSignedIn());
    // A failed request, so the error area and the error panel hold texts too.
    QVERIFY(clickEndpoint("GET", QStringLiteral("/api/assets/{id}")));
    QTest::keyClicks(page()->editor()->pathParams()->editFor(QStringLiteral("id")), QStringLiteral("424242"));
    QVERIFY(sendWithKeyboard());
    QVERIFY(page()->errorArea()->isVisible());
    QVERIFY(QTest::qWaitFor([this] { return window()->errorPanel()->isVisible(); }, 5000));

    test::switchLanguageNow(QStringLiteral("de"));
    QVERIFY2(reportLeftovers("English left after switching to German", m_german.findEnglish()),
             "English left after switching to German");

    test::switchLanguageNow(QStringLiteral("fr"));
    QVERIFY2(reportLeftovers("English left after switching to French", m_french.findEnglish()),
             "English left after switching to French");
    // And no German left behind on the way back to English.
    test::switchLanguageNow(QStringLiteral("en"));
    QVERIFY2(reportLeftovers("French left after switching back to English", m_english.findEnglish()),
             "French left after switching back to English");
    QCOMPARE(page()->errorArea()->code(), QStringLiteral("asset_not_found"));
}

void TestLanguageGui::dialogsOpenWhileSwitchingFollow()
{
    // A dialog open while the language changes (here Preferences itself) retranslates with the window.
    PreferencesDialog dialog(window());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    test::switchLanguageNow(QStringLiteral("de"));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Einstellungen"));
    // Qt's own strings (standard buttons) come from its qtbase translation, switched along with ours.
    if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm")))
        QCOMPARE(dialog.buttons()->button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')),
                 QStringLiteral("Abbrechen"));
    else
        qInfo("qtbase_de.qm is not installed (qt6-translations-l10n): Qt's own buttons stay English");
    QVERIFY2(reportLeftovers("English left in the open dialog", m_german.findEnglish()),
             "English left in the open dialog");
}

void TestLanguageGui::choiceIsRememberedAndSystemDefaultClearsIt()
{
    chooseInPreferences(QStringLiteral("es"));
    QCOMPARE(savedLanguage(), QStringLiteral("es"));
    QCOMPARE(localeForLanguage(savedLanguage()).language(), QLocale::Spanish);
    QCOMPARE(window()->menuBar()->actions().first()->text(), QStringLiteral("&Archivo"));
    // "System default" forgets the choice; offscreen tests run in the C/English locale.
    chooseInPreferences(QString());
    QCOMPARE(savedLanguage(), QString());
    QCOMPARE(localeForLanguage(QString()), QLocale::system());
    // Unknown values in the settings file fall back to the system's language.
    QSettings().setValue(QStringLiteral("General/language"), QStringLiteral("tlh"));
    QCOMPARE(savedLanguage(), QString());
}

void TestLanguageGui::theProgramStartsInTheSystemOrChosenLanguage_data()
{
    QTest::addColumn<QString>("systemLocale");
    QTest::addColumn<QString>("chosen"); // in Preferences, before this start; empty: never chosen
    QTest::addColumn<QString>("expected");
    QTest::newRow("German system") << "de_DE.UTF-8" << QString() << "Diese Hilfe anzeigen.";
    QTest::newRow("French system") << "fr_FR.UTF-8" << QString() << "Afficher cette aide.";
    QTest::newRow("German system, French chosen") << "de_DE.UTF-8"
                                                  << "fr"
                                                  << "Afficher cette aide.";
    QTest::newRow("German system, English chosen") << "de_DE.UTF-8"
                                                   << "en"
                                                   << "Show this help.";
    QTest::newRow("unsupported system") << "it_IT.UTF-8" << QString() << "Show this help.";
}

// The real connect-explorer binary, started the way a user's session starts it: the language follows
// the system's locale until one is chosen in Preferences, then the choice wins. (--help answers
// without a window, so no display is needed.)
void TestLanguageGui::theProgramStartsInTheSystemOrChosenLanguage()
{
#if !defined(Q_OS_LINUX) || defined(Q_OS_ANDROID)
    QSKIP("Only on Linux does the system language come from the environment and the settings from "
          "XDG_CONFIG_HOME");
#endif
    QFETCH(QString, systemLocale);
    QFETCH(QString, chosen);
    QFETCH(QString, expected);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    if (!chosen.isEmpty()) {
        // Where the program's QSettings live on Linux (organisation "Cliquify").
        QSettings settings(home.filePath(QStringLiteral("config/Cliquify/Connect Explorer.conf")),
                           QSettings::IniFormat);
        settings.setValue(QStringLiteral("General/language"), chosen);
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.remove(QStringLiteral("LC_MESSAGES"));
    environment.insert(QStringLiteral("LC_ALL"), systemLocale);
    environment.insert(QStringLiteral("LANG"), systemLocale);
    QProcess program;
    program.setProcessEnvironment(environment);
    program.start(QStringLiteral(CX_EXPLORER_BINARY), {QStringLiteral("--help")});
    QVERIFY(program.waitForFinished(30000));
    QCOMPARE(program.exitCode(), 0);
    const QString help = QString::fromUtf8(program.readAllStandardOutput());
    QVERIFY2(help.contains(expected), qPrintable(help));
}

QTEST_MAIN(TestLanguageGui)
#include "tst_language_gui.moc"
