#include "BodyKind.h"

#include "net/ApiTypes.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringDecoder>
#include <cstring>

namespace cx::gui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cx::gui::BodyKind)
};

// Text is checked and converted in pieces of this size, so a 50 MB body never has a 100 MB UTF-16
// copy made of it just to learn that it is valid.
constexpr qsizetype DecodePiece = 1024 * 1024;

bool isUtf8Name(const QByteArray &charset)
{
    const QByteArray name = charset.toLower();
    return name.isEmpty() || name == "utf-8" || name == "utf8";
}

// Media types whose bytes are characters (as connect-cli call --json reads them).
bool isTextMediaType(const QByteArray &type)
{
    return type.startsWith("text/") || type.contains("json") || type.endsWith("/xml") ||
           type.endsWith("+xml") || type.contains("javascript") || type.contains("ecmascript") ||
           type == "application/x-www-form-urlencoded" || type == "application/yaml" ||
           type == "application/x-yaml" || type == "application/graphql" || type == "application/sql";
}

// Media types that say "bytes" outright: never sniffed as text.
bool isBinaryMediaType(const QByteArray &type)
{
    return type == "application/octet-stream" || type.startsWith("audio/") || type.startsWith("video/") ||
           type.startsWith("font/") || type == "application/pdf" || type == "application/zip" ||
           type == "application/gzip" || type == "application/x-gzip" || type == "application/x-tar" ||
           type.contains("protobuf") || type == "application/wasm";
}

// Where a UTF-8 piece may end without cutting a character (at most 3 bytes back).
qsizetype utf8Boundary(QByteArrayView bytes, qsizetype end)
{
    qsizetype cut = end;
    while (cut > 0 && end - cut < 4 && cut < bytes.size() && (uchar(bytes.at(cut)) & 0xC0) == 0x80)
        --cut;
    return cut > 0 ? cut : end;
}

// True when every byte of `bytes` is valid UTF-8; checked piece by piece, nothing kept.
bool isValidUtf8(QByteArrayView bytes)
{
    for (qsizetype at = 0; at < bytes.size();) {
        qsizetype end = qMin(at + DecodePiece, bytes.size());
        if (end < bytes.size())
            end = utf8Boundary(bytes, end);
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder.decode(bytes.sliced(at, end - at));
        Q_UNUSED(decoded);
        if (decoder.hasError())
            return false;
        at = end;
    }
    return true;
}

bool hasNul(QByteArrayView bytes)
{
    return !bytes.isEmpty() && std::memchr(bytes.data(), 0, size_t(bytes.size())) != nullptr;
}

// `bytes` in `charset` (not UTF-8) as UTF-8, or nothing when Qt does not know the charset or the bytes
// are not valid in it.
std::optional<QByteArray> transcode(QByteArrayView bytes, const QByteArray &charset)
{
    QStringDecoder decoder(charset.constData());
    if (!decoder.isValid())
        return std::nullopt;
    QByteArray utf8;
    utf8.reserve(bytes.size() + bytes.size() / 8);
    // Stateful: a multi-byte character cut between two pieces is carried over by the decoder.
    for (qsizetype at = 0; at < bytes.size(); at += DecodePiece) {
        utf8 += QString(decoder.decode(bytes.sliced(at, qMin(DecodePiece, bytes.size() - at)))).toUtf8();
        if (decoder.hasError())
            return std::nullopt;
    }
    return utf8;
}

bool looksLikeSvg(QByteArrayView body)
{
    QByteArrayView head = body.first(qMin<qsizetype>(body.size(), 2048));
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    head = head.trimmed();
    if (!head.startsWith('<'))
        return false;
    return QByteArray(head.data(), head.size()).toLower().contains("<svg");
}

} // namespace

QByteArray BodyKind::mediaTypeOf(const QByteArray &contentType)
{
    return contentType.split(';').first().trimmed().toLower();
}

QByteArray BodyKind::charsetOf(const QByteArray &contentType)
{
    return cx::charsetOf(contentType);
}

QByteArray BodyKind::imageFormatFromMagic(QByteArrayView body)
{
    if (body.startsWith("\x89PNG\r\n\x1a\n"))
        return "png";
    if (body.startsWith("\xFF\xD8\xFF"))
        return "jpeg";
    if (body.startsWith("GIF87a") || body.startsWith("GIF89a"))
        return "gif";
    if (body.size() >= 12 && body.startsWith("RIFF") && body.sliced(8, 4) == QByteArrayView("WEBP"))
        return "webp";
    return {};
}

QByteArray BodyKind::imageFormatFromMediaType(const QByteArray &mediaType)
{
    if (!mediaType.startsWith("image/"))
        return {};
    QByteArray subtype = mediaType.mid(6);
    if (subtype == "svg+xml")
        return "svg";
    if (subtype == "jpg" || subtype == "pjpeg")
        return "jpeg";
    if (subtype == "x-ms-bmp")
        return "bmp";
    if (subtype == "x-icon" || subtype == "vnd.microsoft.icon")
        return "ico";
    if (subtype.startsWith("x-"))
        subtype = subtype.mid(2);
    return subtype;
}

BodyKind BodyKind::classify(QByteArrayView body, const QByteArray &contentType)
{
    BodyKind kind;
    kind.mediaType = mediaTypeOf(contentType);
    kind.charset = charsetOf(contentType);
    if (body.isEmpty())
        return kind;

    // An image is known by its first bytes whatever the server calls it; one the server calls an image
    // is tried as one even when its bytes do not say so (a corrupt image then says so and shows as hex).
    kind.imageFormat = imageFormatFromMagic(body);
    if (kind.imageFormat.isEmpty())
        kind.imageFormat = imageFormatFromMediaType(kind.mediaType);
    if (kind.imageFormat.isEmpty() &&
        (kind.mediaType.isEmpty() || kind.mediaType == "application/octet-stream" ||
         kind.mediaType.endsWith("/xml")) &&
        looksLikeSvg(body))
        kind.imageFormat = "svg";
    if (!kind.imageFormat.isEmpty()) {
        kind.kind = Kind::Image;
        return kind;
    }

    const bool declaredText = isTextMediaType(kind.mediaType) || !kind.charset.isEmpty();
    if (declaredText) {
        kind.kind = Kind::Text;
        if (isUtf8Name(kind.charset)) {
            if (!isValidUtf8(body))
                kind.notText = NotText::InvalidInCharset;
        } else if (!QStringDecoder(kind.charset.constData()).isValid()) {
            kind.notText = NotText::UnknownCharset;
        } else {
            // Checked for real by textAsUtf8(); a quick strict pass over the first piece here.
            QStringDecoder decoder(kind.charset.constData());
            const QString decoded = decoder.decode(body.first(qMin(body.size(), DecodePiece)));
            Q_UNUSED(decoded);
            if (decoder.hasError())
                kind.notText = NotText::InvalidInCharset;
        }
        if (kind.notText != NotText::None)
            kind.kind = Kind::Binary;
        return kind;
    }
    // No word from the server, or a type that is not known as text: text when it is UTF-8 without NUL.
    if (!isBinaryMediaType(kind.mediaType) && !hasNul(body) && isValidUtf8(body))
        kind.kind = Kind::Text;
    else
        kind.kind = Kind::Binary;
    return kind;
}

QByteArray BodyKind::textAsUtf8(const QByteArray &body, BodyKind *kind)
{
    if (kind->kind == Kind::Text) {
        if (isUtf8Name(kind->charset))
            return body;
        if (std::optional<QByteArray> utf8 = transcode(body, kind->charset))
            return *utf8;
        // Not valid after all (the error was past the first piece): bytes, read as Latin-1 below.
        kind->kind = Kind::Binary;
        kind->notText = NotText::InvalidInCharset;
    }
    // Latin-1: every byte is one character, so nothing is lost and nothing fails; NUL as ␀ (U+2400).
    QByteArray utf8;
    utf8.reserve(body.size() + body.size() / 2);
    for (const char c : body) {
        const uchar byte = uchar(c);
        if (byte == 0) {
            utf8 += "\xE2\x90\x80";
        } else if (byte < 0x80) {
            utf8 += c;
        } else {
            utf8 += char(0xC0 | (byte >> 6));
            utf8 += char(0x80 | (byte & 0x3F));
        }
    }
    return utf8;
}

QString BodyKind::sizeAndType(qint64 bytes, const QByteArray &mediaType)
{
    const QString size = QLocale().formattedDataSize(bytes, 1);
    if (mediaType.isEmpty())
        return Tr::tr("%1, no Content-Type").arg(size);
    return Tr::tr("%1, %2").arg(size, QString::fromLatin1(mediaType));
}

QString BodyKind::note() const
{
    switch (kind) {
    case Kind::Empty:
    case Kind::Text:
        return {};
    case Kind::Image:
        return Tr::tr("The body is an image (%1); as text, each byte is read as one Latin-1 character.")
            .arg(QString::fromLatin1(imageFormat.toUpper()));
    case Kind::Binary:
        break;
    }
    switch (notText) {
    case NotText::UnknownCharset:
        return Tr::tr("The body's charset %1 is unknown to this version of Qt; as text, each byte is read as "
                      "one Latin-1 character.")
            .arg(QString::fromLatin1(charset));
    case NotText::InvalidInCharset:
        return Tr::tr("The body is not valid %1 text; as text, each byte is read as one Latin-1 character.")
            .arg(QString::fromLatin1(charset.isEmpty() ? QByteArray("UTF-8") : charset));
    case NotText::None:
        break;
    }
    return Tr::tr("The body is binary, not text; as text, each byte is read as one Latin-1 character (NUL "
                  "shown as ␀).");
}

} // namespace cx::gui
