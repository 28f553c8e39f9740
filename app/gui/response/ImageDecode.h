// A response body decoded as an image, off the UI thread: QImage and QImageReader are safe on any
// thread. The reader's allocation limit (and a check of the size the header declares, before any pixel
// is decoded) keeps a decompression bomb — a few KB declaring 100000 × 100000 pixels — from eating memory.
#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

namespace cx::gui {

struct DecodedImage
{
    QImage image;       // null when the body could not be shown as an image
    QByteArray format;  // what Qt read it as ("png"), or the hint when it could not
    QSize declaredSize; // the size the image's header gives, when it gives one
    QString error;      // why `image` is null, in the current language

    bool ok() const { return !image.isNull(); }

    // At most this many MB of decoded pixels (QImageReader::setAllocationLimit's unit).
    static constexpr int AllocationLimitMb = 256;

    static DecodedImage decode(const QByteArray &body, const QByteArray &formatHint,
                               int allocationLimitMb = AllocationLimitMb);
};

} // namespace cx::gui
