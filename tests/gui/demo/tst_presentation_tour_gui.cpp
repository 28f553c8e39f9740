// Issue 16, items 4 and 5, as a presenter meets them: presentation mode scales what the audience reads
// (the body editor, Pretty and Raw, the JSON tree, the error panel, the status bar; also what is built
// while presenting) and leaving puts every font and size back exactly; the tour player keeps room for
// its narration and its buttons in one place, plays in a tab of its own (never one the user typed in)
// and starts on an empty error panel.
#include "ConnectSimulator.h"
#include "GuiTestBase.h"
#include "demo/DemoMode.h"
#include "demo/PresentationController.h"
#include "demo/PresentationFonts.h"
#include "demo/TourPlayer.h"
#include "errorpanel/ErrorPanel.h"
#include "request/BodyEditor.h"
#include "request/RequestDraft.h"
#include "request/RequestEditor.h"
#include "response/JsonTreeView.h"
#include "response/PagedTextView.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>

using namespace cx;

namespace {

qreal sizeOf(const QWidget *widget)
{
    return gui::PresentationFonts::sizeOf(widget->font());
}

// A widget's font and size as a presenter would notice them.
struct Look
{
    QPointer<QWidget> widget;
    QString name;
    QFont font;
    QSize size;
};

} // namespace

class TestPresentationTourGui : public test::GuiTestBase
{
    Q_OBJECT

private:
    gui::TourPlayer *player() const { return gui::tourPlayer(window()); }
    gui::PresentationController *presentation() const
    {
        return window()->findChild<gui::PresentationController *>();
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

    // A failed request in a tab of its own: the error panel is built and shows it.
    void failOnce()
    {
        simulator()->setScenario({QStringLiteral("unsupported_version"), QString(), 0, 1});
        gui::RequestDraft failing;
        failing.pathTemplate = QStringLiteral("/api/templates");
        gui::RequestPage *failingPage = window()->newTab();
        failingPage->load(failing);
        QSignalSpy shown(failingPage, &gui::RequestPage::responseShown);
        failingPage->send();
        QVERIFY(shown.wait(10000) || !shown.isEmpty());
        QTRY_VERIFY(window()->errorPanel()->isVisible());
        QTRY_VERIFY(window()->errorPanel()->entryCount() > 0);
    }

    // The editor's Params / Headers / Body tabs.
    static QTabWidget *editorTabs(gui::RequestEditor *editor)
    {
        return editor->findChild<QTabWidget *>(QString(), Qt::FindDirectChildrenOnly);
    }

    static QPoint placeOf(QWidget *button, QWidget *in) { return button->mapTo(in, QPoint(0, 0)); }

private slots:
    void initTestCase() { setUpEnvironment(); }
    void init()
    {
        createWindow();
        QVERIFY(waitSignedIn());
        window()->resize(1280, 860);
        QTest::qWait(50);
    }
    void cleanup()
    {
        if (presentation())
            presentation()->setOn(false);
        destroyWindow();
    }

    void presentationScalesWhatTheAudienceReadsAndRestoresExactly()
    {
        // A JSON answer in the first tab, a typed body, and a failure in the error panel.
        gui::RequestDraft list;
        list.method = "GET";
        list.pathTemplate = QStringLiteral("/api/templates");
        list.body = QStringLiteral("{\n  \"note\": \"what the audience reads\"\n}");
        gui::RequestPage *first = page();
        first->load(list);
        QVERIFY(sendWithKeyboard());
        QVERIFY2(statusText().startsWith(QStringLiteral("200")), qPrintable(statusText()));
        QTRY_VERIFY(!first->responseView()->isParsing());
        failOnce();
        window()->requestTabs()->setCurrentWidget(first);
        QTRY_VERIFY(first->isVisible());

        gui::ResponseView *response = first->responseView();
        gui::JsonTreeView *tree = response->treeView();
        QVERIFY(tree->model()->rowCount() > 0);
        gui::ErrorPanel *panel = window()->errorPanel();
        QList<Look> looks;
        const auto look = [&looks](QWidget *widget, const QString &name) {
            QVERIFY2(widget, qPrintable(name));
            looks.append({widget, name, widget->font(), widget->size()});
        };
        look(first->editor()->bodyEditor()->editor(), QStringLiteral("body editor"));
        look(response->prettyView()->editor(), QStringLiteral("Pretty"));
        look(response->rawView()->editor(), QStringLiteral("Raw"));
        look(tree, QStringLiteral("JSON tree"));
        look(response->statusLabel(), QStringLiteral("status badge"));
        look(first->editor()->pathEdit(), QStringLiteral("path field"));
        look(panel->titleLabel(), QStringLiteral("error panel title"));
        look(panel->messageLabel(), QStringLiteral("error panel message"));
        look(window()->statusBar(), QStringLiteral("status bar"));
        const QFont appFont = QApplication::font();
        const QSize windowSize = window()->size();
        const int keyColumn = tree->columnWidth(0);
        const QList<int> splitterSizes = first->splitter()->sizes();

        presentation()->setOn(true);
        QApplication::processEvents();
        for (const Look &seen : std::as_const(looks)) {
            QVERIFY2(sizeOf(seen.widget) >= gui::PresentationFonts::sizeOf(seen.font) * 1.4,
                     qPrintable(QStringLiteral("%1: %2 -> %3")
                                    .arg(seen.name)
                                    .arg(gui::PresentationFonts::sizeOf(seen.font))
                                    .arg(sizeOf(seen.widget))));
        }
        // The keys of the tree are measured again in the larger font, and the path field has its height.
        QVERIFY2(tree->columnWidth(0) > keyColumn * 1.3,
                 qPrintable(QStringLiteral("%1 -> %2").arg(keyColumn).arg(tree->columnWidth(0))));
        QLineEdit *path = first->editor()->pathEdit();
        QTRY_VERIFY2(
            path->height() >= path->sizeHint().height(),
            qPrintable(QStringLiteral("%1 < %2").arg(path->height()).arg(path->sizeHint().height())));

        // What is shown or built while presenting is large too: a new answer's status badge, a new tab's
        // body editor, the error panel's next failure.
        QVERIFY(sendWithKeyboard());
        QVERIFY2(statusText().startsWith(QStringLiteral("200")), qPrintable(statusText()));
        QVERIFY(sizeOf(response->statusLabel()) >= gui::PresentationFonts::sizeOf(looks.at(4).font) * 1.4);
        gui::RequestPage *later = window()->newTab();
        QPlainTextEdit *laterBody = later->editor()->bodyEditor()->editor();
        editorTabs(later->editor())->setCurrentIndex(2);
        QTRY_VERIFY(laterBody->isVisible());
        QVERIFY(sizeOf(laterBody) >= gui::PresentationFonts::sizeOf(looks.at(0).font) * 1.4);
        window()->requestTabs()->setCurrentWidget(first);

        presentation()->setOn(false);
        QCOMPARE(QApplication::font(), appFont);
        for (const Look &seen : std::as_const(looks)) {
            QVERIFY2(seen.widget->font() == seen.font,
                     qPrintable(QStringLiteral("%1: %2 after leaving, %3 before")
                                    .arg(seen.name, seen.widget->font().toString(), seen.font.toString())));
        }
        QTRY_COMPARE(window()->size(), windowSize);
        QTRY_COMPARE(first->splitter()->sizes(), splitterSizes);
        QCOMPARE(tree->columnWidth(0), keyColumn);
        for (const Look &seen : std::as_const(looks)) {
            if (seen.widget->isVisible())
                QTRY_VERIFY2(seen.widget->size() == seen.size,
                             qPrintable(QStringLiteral("%1: %2x%3 after leaving, %4x%5 before")
                                            .arg(seen.name)
                                            .arg(seen.widget->width())
                                            .arg(seen.widget->height())
                                            .arg(seen.size.width())
                                            .arg(seen.size.height())));
        }
        // What was built while presenting is back to the normal size as well.
        QCOMPARE(sizeOf(laterBody), gui::PresentationFonts::sizeOf(looks.at(0).font));
        QCOMPARE(sizeOf(response->statusLabel()), gui::PresentationFonts::sizeOf(looks.at(4).font));
    }

    // Entering and leaving twice in a row lands on the same sizes (nothing is scaled twice).
    void presentationTwiceIsLikeOnce()
    {
        QLabel *badge = page()->responseView()->statusLabel();
        gui::RequestDraft list;
        list.pathTemplate = QStringLiteral("/api/templates");
        page()->load(list);
        QVERIFY(sendWithKeyboard()); // the badge gets its colour from a style sheet
        QVERIFY2(statusText().startsWith(QStringLiteral("200")), qPrintable(statusText()));
        const QFont before = badge->font();
        presentation()->setOn(true);
        const qreal large = sizeOf(badge);
        presentation()->setOn(false);
        presentation()->setOn(true);
        QCOMPARE(sizeOf(badge), large);
        presentation()->setOn(false);
        QCOMPARE(badge->font(), before);
    }

    void tourKeepsRoomForTheNarrationAndItsButtonsInPlace()
    {
        failOnce();       // the error panel shares the right dock area with the player
        player()->show(); // built on first use, where the last test's window had it
        QTRY_VERIFY(player()->isVisible());
        window()->addDockWidget(Qt::RightDockWidgetArea, window()->errorPanel(), Qt::Vertical);
        window()->addDockWidget(Qt::RightDockWidgetArea, player(), Qt::Vertical);
        window()->errorPanel()->show();
        QTRY_VERIFY(window()->errorPanel()->isVisible() && player()->isVisible());
        QCOMPARE(window()->dockWidgetArea(window()->errorPanel()), Qt::RightDockWidgetArea);
        // Narrow, as a presenter keeps it: outcomes of one line and of two come and go.
        window()->resizeDocks({player()}, {260}, Qt::Horizontal);
        QTest::qWait(50);

        QScrollArea *area = player()->narrationArea();
        const auto reserved = [this, area] {
            return area->viewport()->height() >=
                   gui::TourPlayer::NarrationLines * player()->narrationLabel()->fontMetrics().lineSpacing();
        };
        QTRY_VERIFY(reserved());

        QList<QPushButton *> buttons{player()->backButton(), player()->nextButton(),
                                     player()->restartButton()};
        QList<QRect> places;
        for (QPushButton *button : buttons)
            places.append(QRect(placeOf(button, player()), button->size()));
        for (int step = 0; step < 6; ++step) {
            QSignalSpy finished(player(), &gui::TourPlayer::stepFinished);
            QTest::mouseClick(player()->nextButton(), Qt::LeftButton);
            QApplication::processEvents(); // "Sending…"
            for (int i = 0; i < buttons.size(); ++i)
                QCOMPARE(QRect(placeOf(buttons.at(i), player()), buttons.at(i)->size()), places.at(i));
            QVERIFY(finished.wait(20000) || !finished.isEmpty());
            QApplication::processEvents();
            for (int i = 0; i < buttons.size(); ++i)
                QCOMPARE(QRect(placeOf(buttons.at(i), player()), buttons.at(i)->size()), places.at(i));
            QVERIFY(reserved());
        }

        // A narration longer than the room scrolls within it; the buttons stay.
        TourError error;
        const QString longText = QStringLiteral("A narration that goes on and on. ").repeated(60);
        const auto tour =
            TourLoader::fromJson(QStringLiteral(R"({"format": "connect-tour/1", "title": "Long", "steps": [
                {"id": "a", "title": "A long story", "narration": "%1",
                 "request": {"path": "/api/templates"}, "expect": {"status": 200}}]})")
                                     .arg(longText)
                                     .toUtf8(),
                                 &error);
        QVERIFY2(tour, qPrintable(error.toString()));
        QVERIFY(player()->loadTour(*tour));
        QCOMPARE(playNext(), QStringLiteral("matched"));
        QTRY_VERIFY(area->verticalScrollBar()->maximum() > 0);
        QVERIFY(reserved());
        for (int i = 0; i < buttons.size(); ++i)
            QCOMPARE(QRect(placeOf(buttons.at(i), player()), buttons.at(i)->size()), places.at(i));
    }

    void tourPlaysInItsOwnTabAndNeverInOneTheUserEdited()
    {
        // The user's tab: a path and a JSON body typed in.
        gui::RequestPage *mine = page();
        gui::RequestEditor *editor = mine->editor();
        editor->pathEdit()->setFocus();
        QTest::keyClicks(editor->pathEdit(), QStringLiteral("/oauth/introspect"));
        editorTabs(editor)->setCurrentIndex(2);
        QPlainTextEdit *body = editor->bodyEditor()->editor();
        QTRY_VERIFY(body->isVisible());
        body->setFocus();
        QTest::keyClicks(body, QStringLiteral("{\"token\": \"typed by hand\"}"));
        const gui::RequestDraft typed = editor->draft();
        QCOMPARE(typed.body, QStringLiteral("{\"token\": \"typed by hand\"}"));
        QVERIFY(!mine->isPristine());
        QTabWidget *tabs = window()->requestTabs();
        const int tabCount = tabs->count();

        player()->show(); // built on first use, where the last test's window had it
        QTRY_VERIFY(player()->isVisible());
        for (int step = 0; step < 3; ++step)
            QCOMPARE(playNext(), QStringLiteral("matched"));
        // One tab of its own, named after the tour, for every step.
        QCOMPARE(tabs->count(), tabCount + 1);
        gui::RequestPage *tourPage = player()->tourPage();
        QVERIFY(tourPage && tourPage != mine);
        QCOMPARE(tabs->tabText(tabs->indexOf(tourPage)), player()->tour().title);
        QCOMPARE(page(), tourPage);
        // The user's tab is as they left it.
        QCOMPARE(editor->draft().pathTemplate, typed.pathTemplate);
        QCOMPARE(editor->draft().body, typed.body);
        QCOMPARE(editor->draft().method, typed.method);

        // The user types in the tour's tab: the next step opens another, and the typing stays.
        tourPage->editor()->pathEdit()->setFocus();
        QTest::keyClicks(tourPage->editor()->pathEdit(), QStringLiteral("?mine=1"));
        const QString typedInTour = tourPage->editor()->pathEdit()->text();
        QCOMPARE(playNext(), QStringLiteral("matched"));
        QCOMPARE(tabs->count(), tabCount + 2);
        QVERIFY(player()->tourPage() != tourPage);
        QCOMPARE(tourPage->editor()->pathEdit()->text(), typedInTour);
        QCOMPARE(editor->draft().body, typed.body);
    }

    void tourStartsOnAnEmptyErrorPanel()
    {
        failOnce();
        gui::ErrorPanel *panel = window()->errorPanel();
        QVERIFY(panel->current());
        player()->show(); // built on first use, where the last test's window had it
        QTRY_VERIFY(player()->isVisible());
        QSignalSpy finished(player(), &gui::TourPlayer::stepFinished);
        QTest::mouseClick(player()->nextButton(), Qt::LeftButton);
        // As the first step starts, nothing from before the tour is left.
        QCOMPARE(panel->entryCount(), 0);
        QVERIFY(!panel->current());
        QCOMPARE(panel->historyList()->count(), 0);
        QVERIFY(finished.wait(20000) || !finished.isEmpty());
        QCOMPARE(finished.first().at(1).toString(), QStringLiteral("matched"));
        QCOMPARE(panel->entryCount(), 0);
    }
};

QTEST_MAIN(TestPresentationTourGui)
#include "tst_presentation_tour_gui.moc"
