#include "io/BoundedRead.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace cx::BoundedRead {

namespace {

// The context lupdate files these strings under and the one looked up at run time, the same by
// construction (a plain tr() helper would leave lupdate to guess it from the caller).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cx::BoundedRead)
};

BoundedReadResult tooLarge(const QString &displayName, qint64 maxBytes)
{
    BoundedReadResult result;
    result.tooLarge = true;
    result.error = Tr::tr("%1 is larger than the %2 allowed for it").arg(displayName, formatSize(maxBytes));
    return result;
}

// Pieces small enough that a device which never ends costs at most the limit plus one piece.
constexpr qint64 PieceBytes = 1 * MiB;

} // namespace

QString formatSize(qint64 bytes)
{
    if (bytes >= 1024 * MiB && bytes % (1024 * MiB) != 0)
        return Tr::tr("%1 GiB").arg(double(bytes) / double(1024 * MiB), 0, 'f', 1);
    if (bytes >= 1024 * MiB)
        return Tr::tr("%1 GiB").arg(bytes / (1024 * MiB));
    if (bytes >= MiB && bytes % MiB == 0)
        return Tr::tr("%1 MiB").arg(bytes / MiB);
    if (bytes >= MiB)
        return Tr::tr("%1 MiB").arg(double(bytes) / double(MiB), 0, 'f', 1);
    if (bytes >= KiB && bytes % KiB == 0)
        return Tr::tr("%1 KiB").arg(bytes / KiB);
    return Tr::tr("%1 bytes").arg(bytes);
}

BoundedReadResult readDevice(QIODevice *device, const QString &displayName, qint64 maxBytes)
{
    BoundedReadResult result;
    QByteArray data;
    // A regular file says how large it is: refuse it before reading a byte, and reserve what it needs.
    if (!device->isSequential()) {
        const qint64 size = device->size() - device->pos();
        if (size > maxBytes)
            return tooLarge(displayName, maxBytes);
        if (size > 0)
            data.reserve(size);
    }
    for (;;) {
        const qint64 room = maxBytes + 1 - data.size(); // one byte past the limit tells "too large"
        if (room <= 0)
            return tooLarge(displayName, maxBytes);
        const qint64 want = qMin(room, PieceBytes);
        const qsizetype before = data.size();
        data.resize(before + want);
        const qint64 got = device->read(data.data() + before, want);
        if (got < 0) {
            result.error = Tr::tr("%1 could not be read: %2").arg(displayName, device->errorString());
            return result;
        }
        data.resize(before + got);
        if (got == 0 && (device->atEnd() || !device->waitForReadyRead(-1)))
            break;
    }
    if (data.size() > maxBytes)
        return tooLarge(displayName, maxBytes);
    data.squeeze();
    result.ok = true;
    result.data = std::move(data);
    return result;
}

BoundedReadResult readFile(const QString &fileName, qint64 maxBytes)
{
    QFile file;
    const bool standardInput = fileName == QLatin1String("-");
    const QString displayName =
        standardInput ? Tr::tr("Standard input") : QStringLiteral("'%1'").arg(fileName);
    if (!standardInput) {
        const QFileInfo info(fileName);
        if (info.isDir()) {
            BoundedReadResult result;
            result.error = Tr::tr("%1 is a folder, not a file").arg(displayName);
            return result;
        }
        if (info.isFile() && info.size() > maxBytes)
            return tooLarge(displayName, maxBytes);
    }
    const bool opened = standardInput ? file.open(stdin, QIODevice::ReadOnly)
                                      : (file.setFileName(fileName), file.open(QIODevice::ReadOnly));
    if (!opened) {
        BoundedReadResult result;
        result.error = Tr::tr("%1 could not be opened: %2").arg(displayName, file.errorString());
        return result;
    }
    return readDevice(&file, displayName, maxBytes);
}

} // namespace cx::BoundedRead
