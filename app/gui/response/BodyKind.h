// What a response body is, decided once from its Content-Type and its first bytes: text in a charset
// (JSON is text; ParsedBody decides that afterwards), an image, or bytes that are not text. Pure and
// thread-safe: ResponseView runs classify() and textAsUtf8() on a worker, because both read every byte.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

namespace cx::gui {

struct BodyKind
{
    enum class Kind { Empty, Text, Image, Binary };
    // Why a body that says it is text is shown as bytes.
    enum class NotText { None, UnknownCharset, InvalidInCharset };

    Kind kind = Kind::Empty;
    QByteArray mediaType;   // "text/html", lower-case, no parameters ("" when there is no Content-Type)
    QByteArray charset;     // the charset parameter as sent ("" when none)
    QByteArray imageFormat; // Image only: "png", "jpeg", "gif", "webp", "svg", "bmp" (QImageReader's names)
    NotText notText = NotText::None;

    static BodyKind classify(QByteArrayView body, const QByteArray &contentType);

    static QByteArray mediaTypeOf(const QByteArray &contentType);
    static QByteArray charsetOf(const QByteArray &contentType);
    // The image format the first bytes announce ("" when they announce none).
    static QByteArray imageFormatFromMagic(QByteArrayView body);
    // The image format an image/* media type names ("" when it is not one Qt could know).
    static QByteArray imageFormatFromMediaType(const QByteArray &mediaType);

    // The body as UTF-8 for the text views: Text decoded from its charset (the body itself, shared,
    // when that is UTF-8); anything else read as Latin-1, one character per byte, with NUL shown as ␀.
    // Text whose bytes turn out not to be valid in its charset becomes Binary in `kind`.
    static QByteArray textAsUtf8(const QByteArray &body, BodyKind *kind);

    // "1.2 MB, application/octet-stream": the size and the media type, for the hex view's header.
    static QString sizeAndType(qint64 bytes, const QByteArray &mediaType);

    // The sentence the raw text view shows above a body that is not text (empty for text).
    QString note() const;
};

} // namespace cx::gui
