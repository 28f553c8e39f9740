#include "HexFormat.h"

namespace cx::gui::HexFormat {

namespace {
constexpr char Digits[] = "0123456789abcdef";
}

int offsetDigits(qint64 size)
{
    int digits = 8;
    while (digits < 16 && (quint64(size) >> (4 * digits)) != 0)
        ++digits;
    return digits;
}

qint64 rowCount(qint64 size)
{
    return (size + BytesPerRow - 1) / BytesPerRow;
}

QString offsetText(qint64 offset, int digits)
{
    return QString::number(offset, 16).rightJustified(digits, QLatin1Char('0'));
}

QString hexColumn(QByteArrayView rowBytes)
{
    QString text;
    text.reserve(BytesPerRow * 3 + 1);
    for (int i = 0; i < BytesPerRow; ++i) {
        if (i == 8)
            text += QLatin1Char(' ');
        if (i < rowBytes.size()) {
            const uchar byte = uchar(rowBytes.at(i));
            text += QLatin1Char(Digits[byte >> 4]);
            text += QLatin1Char(Digits[byte & 0xF]);
        } else {
            text += QLatin1String("  ");
        }
        if (i + 1 < BytesPerRow)
            text += QLatin1Char(' ');
    }
    return text;
}

QString asciiColumn(QByteArrayView rowBytes)
{
    QString text;
    text.reserve(rowBytes.size());
    for (const char c : rowBytes)
        text += (c >= 0x20 && c < 0x7F) ? QLatin1Char(c) : QLatin1Char('.');
    return text;
}

QString rowText(QByteArrayView data, qint64 row, int digits)
{
    const qint64 start = row * BytesPerRow;
    if (start < 0 || start >= data.size())
        return {};
    const QByteArrayView bytes = data.sliced(start, qMin<qint64>(BytesPerRow, data.size() - start));
    return offsetText(start, digits) + QLatin1String("  ") + hexColumn(bytes) + QLatin1String("  |") +
           asciiColumn(bytes) + QLatin1Char('|');
}

QString toHex(QByteArrayView bytes)
{
    QString text(bytes.isEmpty() ? 0 : bytes.size() * 3 - 1, QLatin1Char(' '));
    QChar *out = text.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar byte = uchar(bytes.at(i));
        out[i * 3] = QLatin1Char(Digits[byte >> 4]);
        out[i * 3 + 1] = QLatin1Char(Digits[byte & 0xF]);
    }
    return text;
}

} // namespace cx::gui::HexFormat
