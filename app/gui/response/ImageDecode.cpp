#include "ImageDecode.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>

namespace cx::gui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cx::gui::DecodedImage)
};
} // namespace

DecodedImage DecodedImage::decode(const QByteArray &body, const QByteArray &formatHint, int allocationLimitMb)
{
    DecodedImage result;
    result.format = formatHint;
    QByteArray data = body; // shared; QBuffer only reads it
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, formatHint);
    reader.setAllocationLimit(allocationLimitMb);
    reader.setDecideFormatFromContent(true);
    const QString formatName = QString::fromLatin1(formatHint.toUpper());
    if (!reader.canRead()) {
        if (!formatHint.isEmpty() && !QImageReader::supportedImageFormats().contains(formatHint))
            result.error = Tr::tr("This build of Qt cannot read %1 images, so the body is shown as hex.")
                               .arg(formatName);
        else
            result.error = Tr::tr("The body is not a readable %1 image (%2); it is shown as hex.")
                               .arg(formatName, reader.errorString());
        return result;
    }
    result.format = reader.format();
    result.declaredSize = reader.size();
    const QSize size = result.declaredSize;
    if (size.isValid() &&
        qint64(size.width()) * size.height() * 4 > qint64(allocationLimitMb) * 1024 * 1024) {
        result.error = Tr::tr("The image declares %1 × %2 pixels, more than the %3 MB allowed for showing an "
                              "image; it is shown as hex.")
                           .arg(size.width())
                           .arg(size.height())
                           .arg(allocationLimitMb);
        return result;
    }
    QImage image = reader.read();
    if (image.isNull()) {
        result.error = Tr::tr("The body is a corrupt %1 image (%2); it is shown as hex.")
                           .arg(QString::fromLatin1(result.format.toUpper()), reader.errorString());
        return result;
    }
    result.image = std::move(image);
    return result;
}

} // namespace cx::gui
