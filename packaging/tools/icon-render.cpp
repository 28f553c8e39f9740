// connect-icon-render: renders the app icon (SVG) into the raster files packages need, at build time,
// with nothing but Qt (QtSvg) — no rsvg-convert, ImageMagick or iconutil on the build machine.
//
//   connect-icon-render ICON.svg OUT.png  SIZE         one square PNG
//   connect-icon-render ICON.svg OUT.ico  SIZE...      Windows icon, one PNG-compressed image per size
//   connect-icon-render ICON.svg OUT.icns SIZE...      macOS icon family, one PNG entry per size
//
// ICO entries hold PNG data (read by Windows Vista and later, NSIS and the Explorer shell); ICNS entries
// use the PNG-based types (icp4 ... ic10), read by macOS 10.7 and later. Exit status 0 on success, 1 on
// a file error, 2 on a bad command line.
#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QSvgRenderer>
#include <QtEndian>
#include <cstdio>

namespace {

QByteArray renderPng(QSvgRenderer &renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.convertToFormat(QImage::Format_ARGB32).save(&buffer, "PNG");
    return png;
}

void appendLE16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void appendLE32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

void appendBE32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

// ICONDIR (6 bytes), one ICONDIRENTRY (16 bytes) per image, then the images.
QByteArray makeIco(const QList<int> &sizes, const QList<QByteArray> &pngs)
{
    QByteArray out;
    appendLE16(out, 0); // reserved
    appendLE16(out, 1); // type: icon
    appendLE16(out, quint16(sizes.size()));
    quint32 offset = 6 + 16 * quint32(sizes.size());
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        const int size = sizes.at(i);
        out.append(char(size >= 256 ? 0 : size)); // width, 0 means 256
        out.append(char(size >= 256 ? 0 : size)); // height
        out.append(char(0));                      // palette colours
        out.append(char(0));                      // reserved
        appendLE16(out, 1);                       // colour planes
        appendLE16(out, 32);                      // bits per pixel
        appendLE32(out, quint32(pngs.at(i).size()));
        appendLE32(out, offset);
        offset += quint32(pngs.at(i).size());
    }
    for (const QByteArray &png : pngs)
        out.append(png);
    return out;
}

// The PNG-based ICNS element types by pixel size.
const char *icnsType(int size)
{
    switch (size) {
    case 16:
        return "icp4";
    case 32:
        return "icp5";
    case 64:
        return "icp6";
    case 128:
        return "ic07";
    case 256:
        return "ic08";
    case 512:
        return "ic09";
    case 1024:
        return "ic10";
    default:
        return nullptr;
    }
}

QByteArray makeIcns(const QList<int> &sizes, const QList<QByteArray> &pngs)
{
    QByteArray body;
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        body.append(icnsType(sizes.at(i)), 4);
        appendBE32(body, quint32(8 + pngs.at(i).size()));
        body.append(pngs.at(i));
    }
    QByteArray out("icns");
    appendBE32(out, quint32(8 + body.size()));
    return out + body;
}

int usage()
{
    std::fprintf(stderr, "usage: connect-icon-render ICON.svg OUT.{png,ico,icns} SIZE...\n");
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    // QImage + QPainter need no platform plugin and no display, so the tool runs on any build machine
    // (a QGuiApplication would be needed only if the icon drew text).
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 4)
        return usage();
    const QString svgFile = arguments.at(1);
    const QString outFile = arguments.at(2);
    QList<int> sizes;
    for (qsizetype i = 3; i < arguments.size(); ++i) {
        bool ok = false;
        const int size = arguments.at(i).toInt(&ok);
        if (!ok || size < 1 || size > 1024)
            return usage();
        sizes << size;
    }

    QSvgRenderer renderer(svgFile);
    if (!renderer.isValid()) {
        std::fprintf(stderr, "connect-icon-render: cannot read SVG '%s'\n", qPrintable(svgFile));
        return 1;
    }
    QList<QByteArray> pngs;
    for (int size : sizes)
        pngs << renderPng(renderer, size);

    QByteArray data;
    if (outFile.endsWith(QLatin1String(".png"))) {
        if (sizes.size() != 1)
            return usage();
        data = pngs.first();
    } else if (outFile.endsWith(QLatin1String(".ico"))) {
        for (int size : sizes) {
            if (size > 256)
                return usage();
        }
        data = makeIco(sizes, pngs);
    } else if (outFile.endsWith(QLatin1String(".icns"))) {
        for (int size : sizes) {
            if (!icnsType(size))
                return usage();
        }
        data = makeIcns(sizes, pngs);
    } else {
        return usage();
    }

    QFile out(outFile);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.flush()) {
        std::fprintf(stderr, "connect-icon-render: cannot write '%s': %s\n", qPrintable(outFile),
                     qPrintable(out.errorString()));
        return 1;
    }
    return 0;
}
