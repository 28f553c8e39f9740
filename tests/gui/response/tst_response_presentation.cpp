// Presentation mode (Ctrl+Shift+P, PresentationController) on a window showing a binary body: the hex
// view's font grows with the application's and comes back when presentation mode ends. The body comes
// from a raw HTTP server on loopback through ApiClient, as the window's send path fetches it.
#include "FaultServer.h"
#include "GuiTestBase.h"
#include "common/PresentationMode.h"
#include "demo/PresentationController.h"
#include "errors/ApiError.h"
#include "net/ApiClient.h"
#include "request/BodyEditor.h"
#include "request/RequestEditor.h"
#include "response/HexView.h"
#include "response/PagedTextView.h"

#include <QPlainTextEdit>
#include <QTabWidget>

using namespace cx;
using cx::test::FaultServer;

class TestResponsePresentation : public test::GuiTestBase
{
    Q_OBJECT
private slots:
    void initTestCase() { setUpEnvironment(); }
    void cleanup()
    {
        if (auto *presentation = window() ? window()->findChild<gui::PresentationController *>() : nullptr)
            presentation->setOn(false);
        destroyWindow();
    }

    void theHexViewGrowsWithPresentationMode()
    {
        createWindow();
        QVERIFY(waitSignedIn());
        FaultServer server;
        QByteArray body(1024, '\0');
        for (int i = 0; i < body.size(); ++i)
            body[i] = char(i * 7);
        server.setRoute("/file", FaultServer::raw(200,
                                                  {{"Content-Type", "application/octet-stream"},
                                                   {"Content-Length", QByteArray::number(body.size())},
                                                   {"Connection", "close"}},
                                                  body));
        ApiClient client;
        client.setBaseUrl(server.baseUrl());
        ApiRequest request;
        request.method = "GET";
        request.path = QStringLiteral("/file");
        request.authenticated = false;
        ApiCall *call = client.send(request);
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(finished.wait(10000));

        gui::ResponseView *view = page()->responseView();
        QSignalSpy ready(view, &gui::ResponseView::bodyReady);
        view->showResponse(call->response(), ApiError::fromResponse(call->response()).isError());
        QVERIFY(ready.wait(10000));
        QCOMPARE(view->tabs()->currentIndex(), int(gui::ResponseView::HexTab));
        gui::HexView *hex = view->hexView();
        QCOMPARE(hex->data(), body);
        const qreal before = hex->font().pointSizeF();
        QVERIFY(before > 0);
        // What the audience reads grows too: the Pretty and Raw views and the request's body editor.
        QPlainTextEdit *raw = view->rawView()->editor();
        QPlainTextEdit *bodyEditor = page()->editor()->bodyEditor()->editor();
        const qreal rawBefore = raw->font().pointSizeF();
        const qreal bodyBefore = bodyEditor->font().pointSizeF();

        QTest::keyClick(window(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(gui::PresentationMode::isOn());
        QTRY_VERIFY(hex->font().pointSizeF() > before * 1.2);
        QVERIFY(hex->font().fixedPitch());
        QCOMPARE(hex->font().pointSizeF(), QApplication::font().pointSizeF());
        QTRY_VERIFY(raw->font().pointSizeF() > rawBefore * 1.2);
        QTRY_VERIFY(view->prettyView()->editor()->font().pointSizeF() > rawBefore * 1.2);
        QTRY_VERIFY(bodyEditor->font().pointSizeF() > bodyBefore * 1.2);
        QCOMPARE(hex->visibleRowCount(),
                 qMax(1, hex->viewport()->height() / QFontMetrics(hex->font()).height()));

        QTest::keyClick(window(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!gui::PresentationMode::isOn());
        QTRY_COMPARE(hex->font().pointSizeF(), before);
        QTRY_COMPARE(raw->font().pointSizeF(), rawBefore);
        QTRY_COMPARE(bodyEditor->font().pointSizeF(), bodyBefore);
    }
};

QTEST_MAIN(TestResponsePresentation)
#include "tst_response_presentation.moc"
