// LayoutCheck (tests/gui/LayoutCheck.h), which gui-screenshots --check runs on every window, can fail:
// a label cut without a tooltip, a wrapped label cut mid-word or at the bottom, a button whose text does
// not fit, a widget past its window and a status message too long for its bar are reported; the same
// label with its full text in a tooltip, a label that wraps, and a scroll area's content are not.
#include "LayoutCheck.h"

#include <QCommandLinkButton>
#include <QHBoxLayout>
#include <QMainWindow>
#include <QPushButton>
#include <QScrollArea>
#include <QStatusBar>
#include <QTest>
#include <QVBoxLayout>
#include <memory>

using namespace cx::test;

namespace {
const QString LongText =
    QStringLiteral("Die Anfrage wurde abgelehnt, weil dem Token der Bereich assets:read fehlt");
} // namespace

class TestLayoutCheck : public QObject
{
    Q_OBJECT

    // A small window holding `child` at a fixed width, shown and laid out.
    static std::unique_ptr<QWidget> windowWith(QWidget *child, int width = 200)
    {
        auto window = std::make_unique<QWidget>();
        window->setObjectName(QStringLiteral("testWindow"));
        auto *layout = new QVBoxLayout(window.get());
        layout->addWidget(child);
        window->setFixedWidth(width);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qWarning("window not exposed");
        // As tall as its wrapped labels need at this width (a top-level window is not made so by itself).
        window->resize(width, qMax(window->height(), window->heightForWidth(width)));
        QCoreApplication::processEvents();
        return window;
    }
    static void print(const QStringList &problems)
    {
        for (const QString &line : problems)
            qInfo("%s", qPrintable(line));
    }

private slots:
    void cutLabelWithoutToolTipIsReported()
    {
        auto *label = new QLabel(LongText);
        label->setObjectName(QStringLiteral("scopeLabel"));
        label->setMinimumWidth(1); // a layout may squeeze it below its text
        auto window = windowWith(label);
        QVERIFY(label->width() < 200);
        const QStringList problems = layout::check(window.get());
        print(problems);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().startsWith(QStringLiteral("label cut: ")));
        QVERIFY(problems.first().contains(QStringLiteral("QLabel#scopeLabel")));
        QVERIFY(problems.first().contains(QStringLiteral("Die Anfrage wurde")));
    }

    void cutLabelWithTheFullTextInItsToolTipIsNot()
    {
        auto *label = new QLabel(LongText);
        label->setMinimumWidth(1);
        label->setToolTip(LongText);
        auto window = windowWith(label);
        QCOMPARE(layout::check(window.get()), QStringList());
        // A tooltip that says something else does not count.
        label->setToolTip(QStringLiteral("Scopes"));
        QCOMPARE(layout::check(window.get()).size(), 1);
    }

    void richTextLabelIsMeasuredByItsDocument()
    {
        auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(LongText));
        label->setMinimumWidth(1);
        auto window = windowWith(label);
        const QStringList problems = layout::check(window.get());
        print(problems);
        QCOMPARE(problems.size(), 1);
        QVERIFY(!problems.first().contains(QStringLiteral("<b>")));
    }

    void wrappedLabelIsNot()
    {
        auto *label = new QLabel(LongText);
        label->setWordWrap(true);
        auto window = windowWith(label);
        QVERIFY(label->heightForWidth(label->width()) <= label->height());
        QCOMPARE(layout::check(window.get()), QStringList());
    }

    void wrappedLabelCutMidWordOrAtTheBottomIs()
    {
        auto *word = new QLabel(QStringLiteral("Zugriffsberechtigungsüberprüfungsergebnisse"));
        word->setObjectName(QStringLiteral("longWord"));
        word->setWordWrap(true);
        word->setMinimumWidth(1);
        auto window = windowWith(word, 120);
        QStringList problems = layout::check(window.get());
        print(problems);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().startsWith(QStringLiteral("wrapped label cut mid-word: ")));

        auto *lines = new QLabel(LongText);
        lines->setObjectName(QStringLiteral("fixedHeight"));
        lines->setWordWrap(true);
        lines->setFixedHeight(QFontMetrics(lines->font()).height());
        auto other = windowWith(lines);
        problems = layout::check(other.get());
        print(problems);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().startsWith(QStringLiteral("wrapped label cut at the bottom: ")));
    }

    void buttonWithADescriptionCutAtTheBottomIs()
    {
        // Any button whose height depends on its width (QCommandLinkButton here, the start panel's
        // StepButton in the app) must get the height its description needs.
        auto *link = new QCommandLinkButton(QStringLiteral("Check-up"), LongText);
        link->setObjectName(QStringLiteral("squeezedStep"));
        link->setFixedHeight(QFontMetrics(link->font()).height());
        auto window = windowWith(link);
        QStringList problems = layout::check(window.get());
        print(problems);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().startsWith(QStringLiteral("button cut at the bottom: ")));

        auto *roomy = new QCommandLinkButton(QStringLiteral("Check-up"), LongText);
        auto fits = windowWith(roomy);
        problems = layout::check(fits.get());
        print(problems);
        QVERIFY(problems.isEmpty());
    }

    void buttonWhoseTextDoesNotFitIs()
    {
        auto *button = new QPushButton(QStringLiteral("Fehlenden Bereich anfordern und erneut senden"));
        button->setObjectName(QStringLiteral("requestScope"));
        button->setMinimumWidth(1);
        button->setMaximumWidth(100);
        auto window = windowWith(button);
        QStringList problems = layout::check(window.get());
        print(problems);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().startsWith(QStringLiteral("button text cut: ")));
        button->setToolTip(button->text());
        QCOMPARE(layout::check(window.get()), QStringList());
    }

    void buttonPushedPastTheWindowIs()
    {
        auto window = std::make_unique<QWidget>();
        window->setObjectName(QStringLiteral("testWindow"));
        window->resize(200, 100);
        auto *button = new QPushButton(QStringLiteral("OK"), window.get());
        button->setObjectName(QStringLiteral("okButton"));
        button->setGeometry(150, 10, 80, 30); // 30 px past the right edge
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QStringList problems = layout::check(window.get());
        print(problems);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().startsWith(QStringLiteral("past its window: ")));
        QVERIFY(problems.first().contains(QStringLiteral("QPushButton#okButton")));
        button->move(100, 10);
        QCOMPARE(layout::check(window.get()), QStringList());

        // A panel pushed out with its children: the panel is reported, not each thing it carries.
        auto *panel = new QWidget(window.get());
        panel->setObjectName(QStringLiteral("panel"));
        panel->setGeometry(120, 50, 150, 40);
        auto *inside = new QPushButton(QStringLiteral("Go"), panel);
        inside->setGeometry(60, 5, 85, 30);
        panel->show();
        problems = layout::check(window.get());
        print(problems);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(QStringLiteral("QWidget#panel")));
    }

    void scrollAreaContentIsJudgedByItsViewport()
    {
        auto *area = new QScrollArea;
        auto *content = new QWidget;
        content->setObjectName(QStringLiteral("content"));
        content->setFixedSize(600, 60);
        area->setWidget(content);
        auto window = windowWith(area);
        // It scrolls sideways: nothing is lost.
        QCOMPARE(layout::check(window.get()), QStringList());
        // It cannot: the content's right part is out of reach.
        area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        const QStringList problems = layout::check(window.get());
        print(problems);
        QCOMPARE(problems.size(), 1);
        QVERIFY(
            problems.first().startsWith(QStringLiteral("past its scroll area (no scrolling sideways): ")));
    }

    void statusMessageTooLongIs()
    {
        QMainWindow window;
        window.resize(300, 200);
        window.statusBar();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.statusBar()->showMessage(QStringLiteral("Kurz"));
        QCOMPARE(layout::check(&window), QStringList());
        window.statusBar()->showMessage(LongText);
        const QStringList problems = layout::check(&window);
        print(problems);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().startsWith(QStringLiteral("status message cut: ")));
        window.statusBar()->setToolTip(LongText);
        QCOMPARE(layout::check(&window), QStringList());
    }

    void windowLargerThanItsScreenIs()
    {
        QWidget window;
        const QSize screen = window.screen()->availableGeometry().size();
        window.resize(screen.width() + 100, 100);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        if (window.frameGeometry().width() <= screen.width())
            QSKIP("The platform kept the window within the screen");
        const QStringList problems = layout::check(&window);
        print(problems);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().startsWith(QStringLiteral("window larger than the screen: ")));
    }
};

QTEST_MAIN(TestLayoutCheck)
#include "tst_layout_check.moc"
