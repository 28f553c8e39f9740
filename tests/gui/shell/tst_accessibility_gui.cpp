// Issue 16, item 9: every interactive control a user can reach in the main window and its dialogs has
// a name for assistive technology (a screen reader says what it is), read through QAccessible as a
// screen reader would; a new error and a running countdown are announced.
#include "ConnectSimulator.h"
#include "GuiTestBase.h"
#include "MockClock.h"
#include "common/Announce.h"
#include "errorpanel/ErrorPanel.h"
#include "errorpanel/RetryAction.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QDialog>
#include <QDockWidget>
#include <QMenuBar>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTimer>

using namespace cx;
using namespace cx::gui;

namespace {

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::Link:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::List:
        return true;
    default:
        return false;
    }
}

// The visible interactive widgets under `root` with no accessible name, one readable line each.
QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || widget->window() != root->window())
            continue;
        // Parts of a compound control (a combo box's line edit, a scroll bar, a spin box's edit) are
        // named by their owner.
        if (widget->parentWidget() && widget->parentWidget()->inherits("QComboBox"))
            continue;
        if (widget->parentWidget() && widget->parentWidget()->inherits("QAbstractSpinBox"))
            continue;
        if (widget->inherits("QScrollBar") || widget->inherits("QTabBar") || widget->inherits("QHeaderView"))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        if (!iface || !isInteractive(iface->role()))
            continue;
        if (iface->state().invisible)
            continue;
        if (iface->text(QAccessible::Name).trimmed().isEmpty()) {
            unnamed << QStringLiteral("%1 \"%2\" (parent %3 \"%4\")")
                           .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                                widget->parentWidget()
                                    ? QString::fromLatin1(widget->parentWidget()->metaObject()->className())
                                    : QString(),
                                widget->parentWidget() ? widget->parentWidget()->objectName() : QString());
        }
    }
    return unnamed;
}

} // namespace

class TestAccessibilityGui : public cx::test::GuiTestBase
{
    Q_OBJECT

    // Opens `actionName`'s dialog, checks it while it is open, closes it.
    QStringList unnamedInDialogOf(const QString &actionName)
    {
        QStringList found;
        bool seen = false;
        QTimer::singleShot(200, this, [&] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                seen = true;
                found = unnamedControls(dialog);
                dialog->reject();
            }
        });
        auto *action = window()->findChild<QAction *>(actionName);
        if (!action)
            return {QStringLiteral("no action %1").arg(actionName)};
        action->trigger();
        if (!QTest::qWaitFor([&] { return seen; }, 3000))
            return {QStringLiteral("%1 opened no dialog").arg(actionName)};
        return found;
    }

private slots:
    void initTestCase() { setUpEnvironment(); }
    void init()
    {
        QSettings().clear();
        createWindow();
    }
    void cleanup() { destroyWindow(); }

    void mainWindowControlsAreNamed()
    {
        QVERIFY(waitSignedIn());
        QStringList unnamed = unnamedControls(window());
        QVERIFY2(unnamed.isEmpty(), qPrintable(QLatin1String("\n") + unnamed.join(QLatin1Char('\n'))));
        // After a request with a response and a failure in the error panel, too.
        QVERIFY(clickEndpoint("GET", QStringLiteral("/api/templates")));
        QVERIFY(sendWithKeyboard());
        simulator()->setScenario(
            {QStringLiteral("too_many_requests"), QStringLiteral("/api/templates"), 0, 1});
        QVERIFY(sendWithKeyboard());
        QTRY_VERIFY(window()->findChild<ErrorPanel *>() && window()->findChild<ErrorPanel *>()->isVisible());
        unnamed = unnamedControls(window());
        QVERIFY2(unnamed.isEmpty(), qPrintable(QLatin1String("\n") + unnamed.join(QLatin1Char('\n'))));
    }

    void aNewErrorAndTheCountdownAreAnnounced()
    {
        test::MockClock clock; // the countdown's seconds pass when the test moves this clock on
        disconnect(Announcer::instance(), nullptr, this, nullptr);
        QList<QPointer<QObject>> announced;
        connect(Announcer::instance(), &Announcer::announced, this,
                [&announced](QObject *what) { announced.append(what); });
        QVERIFY(waitSignedIn());
        QVERIFY(clickEndpoint("GET", QStringLiteral("/api/templates")));
        simulator()->setScenario(
            {QStringLiteral("too_many_requests"), QStringLiteral("/api/templates"), 0, 1});
        QVERIFY(sendWithKeyboard());
        auto *panel = window()->findChild<ErrorPanel *>();
        QVERIFY(panel);
        const auto alertsIn = [&](const char *objectName) {
            int count = 0;
            for (const QPointer<QObject> &object : std::as_const(announced)) {
                if (object && object->objectName() == QLatin1String(objectName))
                    ++count;
            }
            return count;
        };
        QTRY_VERIFY(alertsIn("errorPanelTitle") >= 1); // the new error
        QTRY_VERIFY(alertsIn("retryCountdown") >= 1);  // the countdown starting
        // Each second only renames the countdown; the alert is not repeated while it counts.
        auto *retry = panel->findChild<RetryAction *>();
        QVERIFY(retry);
        const int countdownAlerts = alertsIn("retryCountdown");
        QSignalSpy ticks(retry, &RetryAction::tick);
        QVERIFY(ticks.wait(1000));
        const int secondsBefore = ticks.last().at(0).toInt();
        clock.advanceSecs(1);
        QTRY_VERIFY(ticks.last().at(0).toInt() == secondsBefore - 1); // a second later on the countdown
        QCOMPARE(alertsIn("retryCountdown"), countdownAlerts);
    }

    void dialogControlsAreNamed()
    {
        for (const char *action : {"preferencesAction", "shortcutsAction"}) {
            const QStringList unnamed = unnamedInDialogOf(QLatin1String(action));
            QVERIFY2(unnamed.isEmpty(), qPrintable(QLatin1String(action) + QLatin1String(":\n") +
                                                   unnamed.join(QLatin1Char('\n'))));
        }
    }
};

QTEST_MAIN(TestAccessibilityGui)
#include "tst_accessibility_gui.moc"
