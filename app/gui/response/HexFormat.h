// The text of a hex dump, one row of 16 bytes at a time: "00000010  89 50 4e 47 …  |.PNG…|". Pure:
// HexView paints only the rows on screen with it, and copies a selection as hex with toHex().
#pragma once

#include <QByteArrayView>
#include <QString>

namespace cx::gui::HexFormat {

constexpr int BytesPerRow = 16;

// Hex digits of the offset column: 8, or more for a body past 4 GiB.
int offsetDigits(qint64 size);
// How many rows `size` bytes take.
qint64 rowCount(qint64 size);
// The offset, in lower-case hex, padded to `digits`.
QString offsetText(qint64 offset, int digits);
// The row starting at `row * 16` of `data`: offset, two spaces, 16 bytes as "xx " with an extra space
// after the eighth, then the bytes between bars, printable ASCII as itself and anything else as '.'.
QString rowText(QByteArrayView data, qint64 row, int digits);
// The hex column alone ("89 50 4e 47  0d 0a" — the gap after the eighth byte of a row kept), padded.
QString hexColumn(QByteArrayView rowBytes);
// The ASCII column alone.
QString asciiColumn(QByteArrayView rowBytes);
// `bytes` as hex pairs separated by spaces ("89 50 4e 47"), what a copied selection puts on the clipboard.
QString toHex(QByteArrayView bytes);

} // namespace cx::gui::HexFormat
