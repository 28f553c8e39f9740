// Reads a whole file, or standard input, but never more than a stated maximum. Customer material (a
// tour, a HAR file, a report, a collection, an OpenAPI document, a request body) may be anything: a
// 2 GB export, /dev/zero, a FIFO that never ends. Reading it with readAll() ends in std::bad_alloc and
// an abort; this reads in pieces and stops one byte past the limit, so the caller can refuse the file
// with a clear error before it has taken more memory than the limit.
#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

namespace cx {

struct BoundedReadResult
{
    bool ok = false;
    bool tooLarge = false; // the input holds more than the maximum (the rest was not read)
    QByteArray data;       // what was read when ok; empty otherwise
    QString error;         // translated, names the file and the limit
};

namespace BoundedRead {

// The limits, one per kind of input, stated in the README's security notes.
constexpr qint64 KiB = 1024;
constexpr qint64 MiB = 1024 * KiB;
constexpr qint64 MaxRequestBody = 256 * MiB; // connect-cli --data @file (--max-body changes it)
constexpr qint64 MaxTour = 4 * MiB;
constexpr qint64 MaxReport = 16 * MiB;
constexpr qint64 MaxHar = 512 * MiB;
constexpr qint64 MaxCollection = 64 * MiB;
constexpr qint64 MaxOpenApi = 64 * MiB;

// `fileName` "-" reads standard input. A regular file larger than `maxBytes` is refused from its size
// without reading it; anything else (a pipe, a device, a file that grows) is read in pieces up to one
// byte past the limit.
BoundedReadResult readFile(const QString &fileName, qint64 maxBytes);
// The same for a device that is already open.
BoundedReadResult readDevice(QIODevice *device, const QString &displayName, qint64 maxBytes);

// "4 MiB", "256 MiB", "1.5 GiB": a size as the messages state it.
QString formatSize(qint64 bytes);

} // namespace BoundedRead

} // namespace cx
