// Any body, shown as what it is (issue 13, deliver 6): a raw HTTP server on loopback (FaultServer)
// serves a PNG, a Latin-1 text, random bytes with NUL, corrupt PNGs and a 20 MB binary body; ApiClient
// fetches them as the window's send path does; a real ResponseView shows them under the offscreen
// platform. The images and the Latin-1 text are public fixtures (fixtures/bodies/README.md).
#include "FaultServer.h"
#include "errors/ApiError.h"
#include "net/ApiClient.h"
#include "response/BinaryPane.h"
#include "response/HexView.h"
#include "response/ImagePreview.h"
#include "response/PagedTextView.h"
#include "response/ResponseView.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>

using namespace cx;
using namespace cx::gui;
using cx::test::FaultServer;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(CX_BODY_FIXTURES "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture %s missing", qPrintable(name));
    return file.readAll();
}

// A hex dump row written out independently of HexFormat: offset, 16 bytes, ASCII.
QString expectedRow(const QByteArray &data, qint64 row)
{
    const QByteArray bytes = data.mid(row * 16, 16);
    QString text = QString::asprintf("%08llx  ", row * 16);
    for (int i = 0; i < 16; ++i) {
        if (i == 8)
            text += QLatin1Char(' ');
        text += i < bytes.size() ? QString::asprintf("%02x", uchar(bytes[i])) : QStringLiteral("  ");
        if (i < 15)
            text += QLatin1Char(' ');
    }
    text += QStringLiteral("  |");
    for (const char c : bytes)
        text += (uchar(c) >= 32 && uchar(c) < 127) ? QLatin1Char(c) : QLatin1Char('.');
    return text + QLatin1Char('|');
}

} // namespace

class TestResponseBinary : public QObject
{
    Q_OBJECT
private:
    FaultServer *m_server = nullptr;
    ApiClient *m_client = nullptr;
    ResponseView *m_view = nullptr;
    QByteArray m_random;
    QByteArray m_big;

    void serve(const QByteArray &path, const QByteArray &body, const QByteArray &contentType)
    {
        QList<QPair<QByteArray, QByteArray>> headers{{"Content-Length", QByteArray::number(body.size())},
                                                     {"Connection", "close"}};
        if (!contentType.isEmpty())
            headers.prepend({"Content-Type", contentType});
        m_server->setRoute(path, FaultServer::raw(200, headers, body));
    }

    // Fetches `path` and shows it; returns the body as received.
    ApiResponse fetch(const QString &path)
    {
        ApiRequest request;
        request.method = "GET";
        request.path = path;
        request.authenticated = false;
        ApiCall *call = m_client->send(request);
        QSignalSpy finished(call, &ApiCall::finished);
        if (!finished.wait(60000))
            qFatal("no answer for %s", qPrintable(path));
        return call->response();
    }

    bool show(const ApiResponse &response)
    {
        QSignalSpy ready(m_view, &ResponseView::bodyReady);
        m_view->showResponse(response, ApiError::fromResponse(response).isError());
        return ready.count() > 0 || ready.wait(60000);
    }

private slots:
    void initTestCase()
    {
        m_server = new FaultServer(this);
        m_client = new ApiClient(this);
        m_client->setBaseUrl(m_server->baseUrl());
        serve("/logo.png", fixture(QStringLiteral("basn2c08.png")), "image/png");
        serve("/overview", fixture(QStringLiteral("PngSuite.png")), "application/octet-stream");
        serve("/latin1", fixture(QStringLiteral("chardet_iso-8859-1_ude_1.txt")),
              "text/plain; charset=ISO-8859-1");
        serve("/corrupt-signature", fixture(QStringLiteral("xs1n0g01.png")), "image/png");
        serve("/corrupt-no-idat", fixture(QStringLiteral("xdtn0g01.png")), "image/png");
        QRandomGenerator random(13);
        m_random.resize(4096);
        random.fillRange(reinterpret_cast<quint32 *>(m_random.data()), m_random.size() / 4);
        m_random[0] = '\0';
        m_random[5] = '\0';
        serve("/random", m_random, "application/octet-stream");
        m_big.resize(20 * 1024 * 1024);
        random.fillRange(reinterpret_cast<quint32 *>(m_big.data()), m_big.size() / 4);
        serve("/big", m_big, "application/octet-stream");
    }

    void init()
    {
        m_view = new ResponseView;
        m_view->resize(900, 600);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view));
    }

    void cleanup()
    {
        delete m_view;
        m_view = nullptr;
    }

    void aPngIsShownAsAnImage()
    {
        const ApiResponse response = fetch(QStringLiteral("/logo.png"));
        QCOMPARE(response.body, fixture(QStringLiteral("basn2c08.png")));
        QVERIFY(show(response));
        QCOMPARE(m_view->bodyKind().kind, BodyKind::Kind::Image);
        QCOMPARE(m_view->tabs()->currentIndex(), int(ResponseView::ImageTab));
        QVERIFY(m_view->tabs()->isTabEnabled(ResponseView::ImageTab));
        QCOMPARE(m_view->imagePreview()->image().size(), QSize(32, 32));
        const QString info = m_view->imagePreview()->infoLabel()->text();
        QVERIFY2(info.contains(QStringLiteral("PNG")) && info.contains(QStringLiteral("32 × 32")),
                 qPrintable(info));
        // The hex view is there for an image too, its first row the PNG signature and IHDR.
        m_view->tabs()->setCurrentIndex(ResponseView::HexTab);
        QCOMPARE(
            m_view->hexView()->rowText(0),
            QStringLiteral("00000000  89 50 4e 47 0d 0a 1a 0a  00 00 00 0d 49 48 44 52  |.PNG........IHDR|"));
        QVERIFY(m_view->binaryPane()->infoLabel()->text().contains(QStringLiteral("image/png")));
    }

    void anImageByItsMagicBytesIsScaledToFitOrShownAtActualSize()
    {
        m_view->resize(300, 200); // smaller than the 256 × 256 image
        QVERIFY(show(fetch(QStringLiteral("/overview"))));
        QCOMPARE(m_view->bodyKind().kind, BodyKind::Kind::Image); // served as application/octet-stream
        QCOMPARE(m_view->tabs()->currentIndex(), int(ResponseView::ImageTab));
        ImagePreview *preview = m_view->imagePreview();
        QCOMPARE(preview->image().size(), QSize(256, 256));
        QTRY_VERIFY(preview->shownSize().height() < 256);
        QCOMPARE(preview->shownSize().width(), preview->shownSize().height());
        QTRY_VERIFY2(preview->infoLabel()->text().contains(QStringLiteral("shown at")),
                     qPrintable(preview->infoLabel()->text()));
        QTest::mouseClick(preview->actualSizeButton(), Qt::LeftButton);
        QVERIFY(preview->isActualSize());
        QCOMPARE(preview->shownSize(), QSize(256, 256));
        QTRY_VERIFY(!preview->infoLabel()->text().contains(QStringLiteral("shown at")));
        QTest::mouseClick(preview->actualSizeButton(), Qt::LeftButton);
        QVERIFY(!preview->isActualSize());
        QTRY_VERIFY(preview->shownSize().height() < 256);
    }

    void aLatin1TextIsDecodedInItsCharset()
    {
        const QByteArray bytes = fixture(QStringLiteral("chardet_iso-8859-1_ude_1.txt"));
        QVERIFY(show(fetch(QStringLiteral("/latin1"))));
        QCOMPARE(m_view->bodyKind().kind, BodyKind::Kind::Text);
        QCOMPARE(m_view->tabs()->currentIndex(), int(ResponseView::RawTab));
        const QString shown = m_view->rawView()->editor()->toPlainText();
        QVERIFY2(shown.startsWith(
                     QStringLiteral("Nas paginas que em seguida se leem acha-se tão bem determinada")),
                 qPrintable(shown.left(80)));
        QVERIFY(!shown.contains(QChar(0xFFFD)));
        QCOMPARE(shown.size(), bytes.size() - bytes.count('\r'));
        QVERIFY(!m_view->noteLabel()->text().contains(QStringLiteral("Latin-1"))); // text, not bytes
        // The hex view shows the bytes as they came (é is e9 in Latin-1).
        m_view->tabs()->setCurrentIndex(ResponseView::HexTab);
        QCOMPARE(m_view->hexView()->rowText(0), expectedRow(bytes, 0));
    }

    void randomBytesShowAsHexAndSaveExactly()
    {
        QVERIFY(show(fetch(QStringLiteral("/random"))));
        QCOMPARE(m_view->bodyKind().kind, BodyKind::Kind::Binary);
        QCOMPARE(m_view->tabs()->currentIndex(), int(ResponseView::HexTab));
        HexView *hex = m_view->hexView();
        QCOMPARE(hex->rowCount(), qint64(4096 / 16));
        QCOMPARE(hex->rowText(0), expectedRow(m_random, 0));
        QCOMPARE(hex->rowText(255), expectedRow(m_random, 255));
        const QString info = m_view->binaryPane()->infoLabel()->text();
        QVERIFY2(info.contains(QStringLiteral("application/octet-stream")) &&
                     info.contains(QLocale().formattedDataSize(4096, 1)),
                 qPrintable(info));
        QVERIFY(m_view->noteLabel()->isVisible());

        // A selection made with the mouse and Shift+Right, copied as hex.
        const QPoint firstByte(hex->viewport()->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 10 + 6,
                               4);
        QTest::mouseClick(hex->viewport(), Qt::LeftButton, {}, firstByte);
        QCOMPARE(hex->selectionStart(), qint64(0));
        QCOMPARE(hex->selectionLength(), qint64(1));
        for (int i = 0; i < 5; ++i)
            QTest::keyClick(hex, Qt::Key_Right, Qt::ShiftModifier);
        QCOMPARE(hex->selectionLength(), qint64(6));
        QTest::keyClick(hex, Qt::Key_C, Qt::ControlModifier);
        QString expectedHex;
        for (int i = 0; i < 6; ++i)
            expectedHex += QString::asprintf(i ? " %02x" : "%02x", uchar(m_random[i]));
        QCOMPARE(QApplication::clipboard()->text(), expectedHex);

        // Save body as…: the dialog, a name, the exact bytes on disk.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("random.bin"));
        QSignalSpy saved(m_view->binaryPane(), &BinaryPane::bodySaved);
        QTest::mouseClick(m_view->binaryPane()->saveButton(), Qt::LeftButton);
        auto *dialog = m_view->binaryPane()->findChild<QFileDialog *>(QStringLiteral("saveBodyDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // what the Save button does
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.first().at(1).toBool(), true);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), m_random);
        QVERIFY(m_view->binaryPane()->messageLabel()->text().contains(QStringLiteral("random.bin")));

        // The text view is still there: each byte as Latin-1, and it says so.
        QSignalSpy rawReady(m_view, &ResponseView::rawTextReady);
        m_view->tabs()->setCurrentIndex(ResponseView::RawTab);
        QVERIFY(rawReady.wait(10000));
        const QString text = m_view->rawView()->editor()->toPlainText();
        QCOMPARE(text.at(0), QChar(0x2400)); // NUL shown as ␀
        // Up to the first control character (which the editor may lay out its own way), byte = character.
        for (int i = 1; i < 64 && (uchar(m_random[i]) >= 0xA0 ||
                                   (uchar(m_random[i]) >= 0x20 && uchar(m_random[i]) < 0x7F));
             ++i)
            QCOMPARE(text.at(i), QChar(uchar(m_random[i])));
        QVERIFY(m_view->noteLabel()->text().contains(QStringLiteral("Latin-1")));
        QVERIFY(m_view->rawView()->content().size() >= m_random.size());
    }

    void aCorruptPngSaysSoAndFallsBackToHex_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("signature") << QStringLiteral("/corrupt-signature");
        QTest::newRow("no IDAT") << QStringLiteral("/corrupt-no-idat");
    }
    void aCorruptPngSaysSoAndFallsBackToHex()
    {
        QFETCH(QString, path);
        const ApiResponse response = fetch(path);
        QVERIFY(show(response));
        QCOMPARE(m_view->bodyKind().kind, BodyKind::Kind::Image);
        QCOMPARE(m_view->tabs()->currentIndex(), int(ResponseView::HexTab));
        QVERIFY(m_view->imagePreview()->image().isNull());
        const QString said = m_view->imagePreview()->infoLabel()->text();
        QVERIFY2(said.contains(QStringLiteral("PNG")) && said.contains(QStringLiteral("hex")),
                 qPrintable(said));
        QVERIFY(m_view->noteLabel()->isVisible());
        QVERIFY(m_view->noteLabel()->text().contains(said));
        QCOMPARE(m_view->hexView()->rowText(0), expectedRow(response.body, 0));
    }

    void aLargeBinaryBodyKeepsTheWindowLive()
    {
        // The UI thread must keep turning while 20 MB arrive and are classified: count a timer's ticks.
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start();
        const ApiResponse response = fetch(QStringLiteral("/big"));
        QCOMPARE(response.body.size(), m_big.size());
        QSignalSpy ready(m_view, &ResponseView::bodyReady);
        m_view->showResponse(response, false);
        QVERIFY(m_view->isParsing()); // the work went to a worker
        QVERIFY(ready.wait(60000));
        QVERIFY(ticks > 0);

        QCOMPARE(m_view->bodyKind().kind, BodyKind::Kind::Binary);
        QCOMPARE(m_view->tabs()->currentIndex(), int(ResponseView::HexTab));
        // Nothing was turned into text: the raw view waits to be opened, the hex view shares the bytes.
        QVERIFY(m_view->rawView()->content().isEmpty());
        HexView *hex = m_view->hexView();
        QCOMPARE(hex->data().constData(), response.body.constData());
        QCOMPARE(hex->rowCount(), qint64(m_big.size() / 16));
        QCOMPARE(hex->rowText(0), expectedRow(m_big, 0));
        // Scrolled to the end, the last row is painted from the bytes there.
        hex->setFocus();
        QTest::keyClick(hex, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(hex->selectionStart(), qint64(m_big.size() - 1));
        QVERIFY(hex->firstVisibleRow() + hex->visibleRowCount() >= hex->rowCount());
        QCOMPARE(hex->rowText(hex->rowCount() - 1), expectedRow(m_big, hex->rowCount() - 1));
        QVERIFY(!hex->grab().isNull());
        // Copying 20 MB as hex is refused with a reason, not attempted.
        hex->setSelection(0, m_big.size());
        QVERIFY(!hex->copySelection());
        QVERIFY(m_view->binaryPane()->messageLabel()->text().contains(QStringLiteral("too large")));

        // Opening the Raw tab reads the 20 MB as Latin-1 on a worker: the timer keeps ticking meanwhile,
        // and only one page of it goes into the editor.
        const int ticksBeforeRaw = ticks;
        QSignalSpy rawReady(m_view, &ResponseView::rawTextReady);
        m_view->tabs()->setCurrentIndex(ResponseView::RawTab);
        QVERIFY(m_view->isMakingRawText());
        QVERIFY(rawReady.wait(60000));
        QVERIFY(ticks > ticksBeforeRaw);
        ticker.stop();
        QVERIFY(m_view->rawView()->pageCount() > 100);
        QVERIFY(m_view->rawView()->editor()->document()->characterCount() < 2 * PagedTextView::PageBytes);
    }

    void theHexFontFollowsTheApplicationFont()
    {
        // Presentation mode enlarges the application's font (PresentationController::enter); the hex view
        // keeps its fixed-pitch family and takes the new size.
        QVERIFY(show(fetch(QStringLiteral("/random"))));
        HexView *hex = m_view->hexView();
        QVERIFY(hex->font().fixedPitch());
        const QFont saved = QApplication::font();
        QVERIFY(saved.pointSizeF() > 0);
        // Rows are laid out with the font's own line height, whatever size it has.
        const auto rowsFit = [hex] {
            return qMax(1, hex->viewport()->height() / QFontMetrics(hex->font()).height());
        };
        QCOMPARE(hex->visibleRowCount(), rowsFit());
        const int lineBefore = QFontMetrics(hex->font()).height();
        QFont larger = saved;
        larger.setPointSizeF(saved.pointSizeF() * 1.6);
        QApplication::setFont(larger);
        QTRY_COMPARE(hex->font().pointSizeF(), larger.pointSizeF());
        QVERIFY(hex->font().fixedPitch());
        QVERIFY(QFontMetrics(hex->font()).height() > lineBefore);
        QCOMPARE(hex->visibleRowCount(), rowsFit());
        QApplication::setFont(saved);
        QTRY_COMPARE(hex->font().pointSizeF(), saved.pointSizeF());
        QCOMPARE(QFontMetrics(hex->font()).height(), lineBefore);
        QCOMPARE(hex->visibleRowCount(), rowsFit());
    }
};

QTEST_MAIN(TestResponseBinary)
#include "tst_response_binary.moc"
