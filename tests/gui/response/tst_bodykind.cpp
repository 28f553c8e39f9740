// The widget-free parts of the response body views: BodyKind (what a body is, and its text),
// HexFormat (the rows of the hex dump) and DecodedImage (images, corrupt ones, decompression bombs).
// Images and text come from public corpora (tests/gui/fixtures/bodies/README.md).
#include "response/BodyKind.h"
#include "response/HexFormat.h"
#include "response/ImageDecode.h"

#include <QFile>
#include <QImageReader>
#include <QStringDecoder>
#include <QTest>

using namespace cx::gui;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(CX_BODY_FIXTURES "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture %s missing", qPrintable(name));
    return file.readAll();
}

quint32 crc32(const QByteArray &bytes)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : bytes) {
        crc ^= uchar(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray bigEndian(quint32 value)
{
    QByteArray out(4, '\0');
    for (int i = 0; i < 4; ++i)
        out[i] = char((value >> (24 - 8 * i)) & 0xFF);
    return out;
}

QByteArray chunk(const QByteArray &type, const QByteArray &data)
{
    return bigEndian(quint32(data.size())) + type + data + bigEndian(crc32(type + data));
}

// A well-formed PNG header declaring width × height RGBA pixels, followed by the IDAT of a real
// 32 × 32 image: a few hundred bytes that would need width × height × 4 bytes to decode.
QByteArray pngDeclaring(quint32 width, quint32 height)
{
    const QByteArray real = fixture(QStringLiteral("basn2c08.png"));
    QByteArray ihdr = bigEndian(width) + bigEndian(height);
    ihdr += QByteArray::fromHex("0806000000"); // 8 bits, RGBA, deflate, no filter, no interlace
    QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", ihdr);
    const qsizetype idat = real.indexOf("IDAT") - 4;
    const qsizetype idatLength = qsizetype(uchar(real[idat + 2])) << 8 | uchar(real[idat + 3]);
    png += real.mid(idat, idatLength + 12);
    return png + chunk("IEND", {});
}

} // namespace

class TestBodyKind : public QObject
{
    Q_OBJECT
private slots:
    void classifiesByContentTypeAndMagic_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("format");
        const int text = int(BodyKind::Kind::Text);
        const int image = int(BodyKind::Kind::Image);
        const int binary = int(BodyKind::Kind::Binary);
        const QByteArray png = fixture(QStringLiteral("basn2c08.png"));
        const QByteArray latin1 = fixture(QStringLiteral("chardet_iso-8859-1_ude_1.txt"));
        QTest::newRow("json") << QByteArray("{\"a\":1}") << QByteArray("application/json") << text
                              << QByteArray();
        QTest::newRow("problem+json")
            << QByteArray("{}") << QByteArray("application/problem+json") << text << QByteArray();
        QTest::newRow("untyped utf-8") << QByteArray("caf\xc3\xa9") << QByteArray() << text << QByteArray();
        QTest::newRow("png by type") << png << QByteArray("image/png") << image << QByteArray("png");
        QTest::newRow("png by magic")
            << png << QByteArray("application/octet-stream") << image << QByteArray("png");
        QTest::newRow("png untyped") << png << QByteArray() << image << QByteArray("png");
        QTest::newRow("corrupt png by type") << fixture(QStringLiteral("xs1n0g01.png"))
                                             << QByteArray("image/png") << image << QByteArray("png");
        QTest::newRow("jpeg magic") << QByteArray("\xFF\xD8\xFF\xE0rest", 8) << QByteArray() << image
                                    << QByteArray("jpeg");
        QTest::newRow("gif magic") << QByteArray("GIF89a....") << QByteArray() << image << QByteArray("gif");
        QTest::newRow("webp magic") << QByteArray("RIFF\x10\0\0\0WEBPVP8 ", 16) << QByteArray() << image
                                    << QByteArray("webp");
        QTest::newRow("svg by type") << QByteArray("<svg xmlns='http://www.w3.org/2000/svg'/>")
                                     << QByteArray("image/svg+xml") << image << QByteArray("svg");
        QTest::newRow("svg sniffed") << QByteArray("<?xml version='1.0'?>\n<svg width='1' height='1'/>")
                                     << QByteArray() << image << QByteArray("svg");
        QTest::newRow("html is not svg")
            << QByteArray("<html><svg/></html>") << QByteArray("text/html") << text << QByteArray();
        QTest::newRow("latin-1 declared")
            << latin1 << QByteArray("text/plain; charset=ISO-8859-1") << text << QByteArray();
        QTest::newRow("latin-1 as utf-8")
            << latin1 << QByteArray("text/plain; charset=utf-8") << binary << QByteArray();
        QTest::newRow("latin-1 untyped") << latin1 << QByteArray() << binary << QByteArray();
        QTest::newRow("nul untyped") << QByteArray("ab\0cd", 5) << QByteArray() << binary << QByteArray();
        QTest::newRow("octet-stream ascii")
            << QByteArray("hello") << QByteArray("application/octet-stream") << binary << QByteArray();
        QTest::newRow("unknown charset")
            << QByteArray("hello") << QByteArray("text/plain; charset=x-no-such") << binary << QByteArray();
    }
    void classifiesByContentTypeAndMagic()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, kind);
        QFETCH(QByteArray, format);
        const BodyKind classified = BodyKind::classify(body, contentType);
        QCOMPARE(int(classified.kind), kind);
        QCOMPARE(classified.imageFormat, format);
        QCOMPARE(classified.note().isEmpty(), kind == int(BodyKind::Kind::Text));
    }

    void whyABodyIsNotText()
    {
        const BodyKind unknown = BodyKind::classify("x", "text/plain; charset=x-no-such");
        QCOMPARE(unknown.notText, BodyKind::NotText::UnknownCharset);
        QVERIFY(unknown.note().contains(QStringLiteral("x-no-such")));
        const BodyKind invalid = BodyKind::classify("caf\xe9", "application/json");
        QCOMPARE(invalid.notText, BodyKind::NotText::InvalidInCharset);
        QVERIFY(invalid.note().contains(QStringLiteral("UTF-8")));
        QVERIFY(invalid.note().contains(QStringLiteral("Latin-1")));
    }

    void latin1TextIsDecoded()
    {
        const QByteArray body = fixture(QStringLiteral("chardet_iso-8859-1_ude_1.txt"));
        BodyKind kind = BodyKind::classify(body, "text/plain; charset=\"iso-8859-1\"");
        QCOMPARE(kind.charset, QByteArray("iso-8859-1"));
        const QByteArray utf8 = BodyKind::textAsUtf8(body, &kind);
        QCOMPARE(kind.kind, BodyKind::Kind::Text);
        // Every byte of a Latin-1 text is its code point.
        QString expected;
        for (const char c : body)
            expected += QChar(uchar(c));
        QCOMPARE(QString::fromUtf8(utf8), expected);
        QVERIFY(QString::fromUtf8(utf8).contains(QStringLiteral("tão bem determinada")));

        BodyKind cafe = BodyKind::classify("caf\xe9", "text/plain; charset=ISO-8859-1");
        QCOMPARE(QString::fromUtf8(BodyKind::textAsUtf8("caf\xe9", &cafe)), QStringLiteral("café"));
    }

    void otherCharsetsQtKnows()
    {
        // UTF-16LE with its BOM: a charset that is not ASCII-compatible at all.
        QStringEncoder encoder(QStringEncoder::Utf16LE);
        const QByteArray body =
            QByteArray("\xFF\xFE", 2) + QByteArray(encoder.encode(QStringLiteral("Grüße")));
        BodyKind kind = BodyKind::classify(body, "text/plain; charset=UTF-16LE");
        QCOMPARE(kind.kind, BodyKind::Kind::Text);
        QCOMPARE(QString::fromUtf8(BodyKind::textAsUtf8(body, &kind)).remove(QChar(0xFEFF)),
                 QStringLiteral("Grüße"));
    }

    void utf8TextIsSharedNotCopied()
    {
        const QByteArray body(3 * 1024 * 1024, 'a'); // over several decode pieces
        BodyKind kind = BodyKind::classify(body, "text/plain");
        QCOMPARE(kind.kind, BodyKind::Kind::Text);
        const QByteArray text = BodyKind::textAsUtf8(body, &kind);
        QCOMPARE(text.constData(), body.constData());
    }

    void aCharacterCutBetweenPiecesIsStillValid()
    {
        // "é" (2 bytes) straddling the 1 MiB piece boundary.
        QByteArray body(1024 * 1024 - 1, 'a');
        body += "\xc3\xa9";
        body += QByteArray(100, 'b');
        QCOMPARE(BodyKind::classify(body, "text/plain").kind, BodyKind::Kind::Text);
        body.chop(101); // ends in half a character
        QCOMPARE(BodyKind::classify(body, "text/plain").kind, BodyKind::Kind::Binary);
    }

    void binaryAsLatin1KeepsEveryByte()
    {
        QByteArray body;
        for (int i = 0; i < 256; ++i)
            body += char(i);
        BodyKind kind = BodyKind::classify(body, "application/octet-stream");
        QCOMPARE(kind.kind, BodyKind::Kind::Binary);
        const QString text = QString::fromUtf8(BodyKind::textAsUtf8(body, &kind));
        QCOMPARE(text.size(), 256);
        QCOMPARE(text.at(0), QChar(0x2400)); // NUL shown as ␀
        for (int i = 1; i < 256; ++i)
            QCOMPARE(text.at(i).unicode(), ushort(i));
    }

    void sizeAndType()
    {
        const QString text = BodyKind::sizeAndType(1234567, "application/octet-stream");
        QVERIFY2(text.endsWith(QStringLiteral(", application/octet-stream")), qPrintable(text));
        QVERIFY2(text.startsWith(QLocale().formattedDataSize(1234567, 1)), qPrintable(text));
        QVERIFY(BodyKind::sizeAndType(5, {}).contains(QStringLiteral("no Content-Type")));
    }

    void hexRows()
    {
        const QByteArray png = fixture(QStringLiteral("basn2c08.png"));
        // The PNG signature and the IHDR chunk's length and type, as the PNG specification fixes them.
        QCOMPARE(
            HexFormat::rowText(png, 0, 8),
            QStringLiteral("00000000  89 50 4e 47 0d 0a 1a 0a  00 00 00 0d 49 48 44 52  |.PNG........IHDR|"));
        const QByteArray tail("ab\0\xff", 4);
        QCOMPARE(HexFormat::rowText(tail, 0, 8), QStringLiteral("00000000  61 62 00 ff") +
                                                     QString(37 + 2, QLatin1Char(' ')) +
                                                     QStringLiteral("|ab..|"));
        QCOMPARE(HexFormat::rowText(tail, 1, 8), QString());
        QCOMPARE(HexFormat::rowCount(0), 0);
        QCOMPARE(HexFormat::rowCount(16), 1);
        QCOMPARE(HexFormat::rowCount(17), 2);
        QCOMPARE(HexFormat::offsetDigits(50 * 1024 * 1024), 8);
        QCOMPARE(HexFormat::offsetDigits(qint64(1) << 32), 9);
        QCOMPARE(HexFormat::toHex(QByteArray("\x00\x7f\x80\xff", 4)), QStringLiteral("00 7f 80 ff"));
        QCOMPARE(HexFormat::toHex({}), QString());
        // Every row has the same width, so the columns line up.
        QByteArray body(40, 'x');
        QCOMPARE(HexFormat::rowText(body, 2, 8).size(), HexFormat::rowText(body, 0, 8).size() - 8);
    }

    void decodesARealPng()
    {
        const DecodedImage decoded = DecodedImage::decode(fixture(QStringLiteral("basn2c08.png")), "png");
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        QCOMPARE(decoded.image.size(), QSize(32, 32));
        QCOMPARE(decoded.format, QByteArray("png"));
    }

    void corruptPngsSaySo_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("signature byte 1 wrong") << QStringLiteral("xs1n0g01.png");
        QTest::newRow("no IDAT chunk") << QStringLiteral("xdtn0g01.png");
    }
    void corruptPngsSaySo()
    {
        QFETCH(QString, file);
        const DecodedImage decoded = DecodedImage::decode(fixture(file), "png");
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error.contains(QStringLiteral("PNG")), qPrintable(decoded.error));
        QVERIFY2(decoded.error.contains(QStringLiteral("hex")), qPrintable(decoded.error));
    }

    void aDecompressionBombIsRefusedBeforeDecoding()
    {
        const QByteArray bomb = pngDeclaring(60000, 60000); // 14.4 GB of RGBA
        QVERIFY(bomb.size() < 1024);
        const DecodedImage decoded = DecodedImage::decode(bomb, "png");
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.declaredSize, QSize(60000, 60000));
        QVERIFY2(decoded.error.contains(QStringLiteral("60000 × 60000")), qPrintable(decoded.error));
        // Under a small limit, a modest declared size is refused the same way.
        const DecodedImage limited = DecodedImage::decode(pngDeclaring(4000, 4000), "png", 16);
        QVERIFY(!limited.ok());
        QVERIFY2(limited.error.contains(QStringLiteral("16 MB")), qPrintable(limited.error));
    }

    void aFormatWithoutAPluginSaysSo()
    {
        if (QImageReader::supportedImageFormats().contains("webp"))
            QSKIP("this Qt has a WebP plugin");
        const DecodedImage decoded = DecodedImage::decode(QByteArray("RIFF\x10\0\0\0WEBPVP8 ", 16), "webp");
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error.contains(QStringLiteral("cannot read WEBP")), qPrintable(decoded.error));
    }

    void svgIsRendered()
    {
        if (!QImageReader::supportedImageFormats().contains("svg"))
            QSKIP("no SVG image plugin");
        const DecodedImage decoded = DecodedImage::decode(
            "<svg xmlns='http://www.w3.org/2000/svg' width='40' height='20'><rect width='40' height='20' "
            "fill='red'/></svg>",
            "svg");
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        QCOMPARE(decoded.image.size(), QSize(40, 20));
    }
};

QTEST_MAIN(TestBodyKind)
#include "tst_bodykind.moc"
