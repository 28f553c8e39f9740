#include "ZipWriter.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <array>
#include <limits>

namespace cx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cx::ZipWriter)
};

constexpr std::array<quint32, 256> makeCrcTable()
{
    std::array<quint32, 256> table{};
    for (quint32 n = 0; n < 256; ++n) {
        quint32 c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    return table;
}

constexpr std::array<quint32, 256> crcTable = makeCrcTable();

void put16(QByteArray &out, quint16 value)
{
    out += char(value & 0xff);
    out += char((value >> 8) & 0xff);
}

void put32(QByteArray &out, quint32 value)
{
    for (int shift = 0; shift < 32; shift += 8)
        out += char((value >> shift) & 0xff);
}

// Raw deflate (RFC 1951): qCompress gives a 4-byte big-endian length, then a zlib stream (RFC 1950: a
// 2-byte header, the deflate data, a 4-byte Adler-32).
QByteArray rawDeflate(const QByteArray &data)
{
    const QByteArray zlib = qCompress(data, 9);
    if (zlib.size() < 4 + 2 + 4)
        return {};
    return zlib.mid(6, zlib.size() - 6 - 4);
}

constexpr quint16 Utf8Names = 0x0800;
constexpr quint16 VersionNeeded = 20; // 2.0: deflate, folders

} // namespace

quint32 ZipWriter::crc32(QByteArrayView data)
{
    quint32 c = 0xffffffffu;
    for (const char byte : data)
        c = crcTable[(c ^ quint8(byte)) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

bool ZipWriter::addFile(const QString &name, const QByteArray &data, const QDateTime &modified)
{
    const QByteArray utf8 = name.toUtf8();
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
        name.split(QLatin1Char('/')).contains(QStringLiteral("..")) || utf8.size() > 0xffff ||
        data.size() >= qsizetype(std::numeric_limits<quint32>::max()) || names().contains(name))
        return false;
    Entry entry;
    entry.name = utf8;
    entry.crc = crc32(data);
    entry.size = quint32(data.size());
    const QByteArray deflated = data.isEmpty() ? QByteArray() : rawDeflate(data);
    if (!deflated.isEmpty() && deflated.size() < data.size()) {
        entry.method = 8;
        entry.data = deflated;
    } else {
        entry.data = data;
    }
    // MS-DOS date and time (local time, two-second resolution); 1980-01-01 is the earliest it can say.
    const QDateTime local = modified.isValid() ? modified.toLocalTime() : QDateTime::currentDateTime();
    const QDate date = local.date().year() < 1980 ? QDate(1980, 1, 1) : local.date();
    const QTime time = local.date().year() < 1980 ? QTime(0, 0) : local.time();
    entry.dosDate = quint16(((date.year() - 1980) << 9) | (date.month() << 5) | date.day());
    entry.dosTime = quint16((time.hour() << 11) | (time.minute() << 5) | (time.second() / 2));
    m_entries.append(entry);
    return true;
}

QStringList ZipWriter::names() const
{
    QStringList list;
    for (const Entry &entry : m_entries)
        list.append(QString::fromUtf8(entry.name));
    return list;
}

QByteArray ZipWriter::toZip() const
{
    QByteArray out;
    QList<quint32> offsets;
    for (const Entry &entry : m_entries) {
        offsets.append(quint32(out.size()));
        put32(out, 0x04034b50); // local file header
        put16(out, VersionNeeded);
        put16(out, Utf8Names);
        put16(out, entry.method);
        put16(out, entry.dosTime);
        put16(out, entry.dosDate);
        put32(out, entry.crc);
        put32(out, quint32(entry.data.size()));
        put32(out, entry.size);
        put16(out, quint16(entry.name.size()));
        put16(out, 0); // extra field
        out += entry.name;
        out += entry.data;
    }
    const quint32 directoryStart = quint32(out.size());
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const Entry &entry = m_entries.at(i);
        put32(out, 0x02014b50);                        // central directory header
        put16(out, quint16((3 << 8) | VersionNeeded)); // made by: Unix, so the attributes below apply
        put16(out, VersionNeeded);
        put16(out, Utf8Names);
        put16(out, entry.method);
        put16(out, entry.dosTime);
        put16(out, entry.dosDate);
        put32(out, entry.crc);
        put32(out, quint32(entry.data.size()));
        put32(out, entry.size);
        put16(out, quint16(entry.name.size()));
        put16(out, 0);                      // extra field
        put16(out, 0);                      // comment
        put16(out, 0);                      // disk number start
        put16(out, 0);                      // internal attributes
        put32(out, quint32(0100644) << 16); // a regular file, rw-r--r--
        put32(out, offsets.at(i));
        out += entry.name;
    }
    const quint32 directorySize = quint32(out.size()) - directoryStart;
    put32(out, 0x06054b50); // end of central directory
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(m_entries.size()));
    put16(out, quint16(m_entries.size()));
    put32(out, directorySize);
    put32(out, directoryStart);
    put16(out, 0); // comment
    return out;
}

bool ZipWriter::writeFile(const QString &fileName, QString *error) const
{
    const QByteArray zip = toZip();
    if (zip.size() >= qsizetype(std::numeric_limits<quint32>::max()) || m_entries.size() > 0xffff) {
        *error = Tr::tr("the archive would be larger than a zip file without ZIP64 can hold");
        return false;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(zip) != zip.size() || !file.commit()) {
        *error = Tr::tr("cannot write '%1': %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

} // namespace cx
