// gzip (RFC 1952) bodies for the hand-written test servers: QtHttpServer cannot send them, and the
// tests need exact control over what is on the wire (valid, cut short, or a bomb).
#pragma once

#include <QByteArray>
#include <array>

namespace cx::test {

inline quint32 crc32(const QByteArray &data)
{
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

// From qCompress's zlib stream (4-byte length, 2-byte zlib header, deflate, adler32): the deflate
// part between a gzip header and the CRC-32 and size trailer. `level` as for qCompress.
inline QByteArray gzip(const QByteArray &data, int level = 9)
{
    const QByteArray zlib = qCompress(data, level);
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff", 10);
    out += zlib.mid(6, zlib.size() - 6 - 4);
    const quint32 crc = crc32(data);
    const quint32 size = quint32(data.size());
    for (int i = 0; i < 4; ++i)
        out += char((crc >> (8 * i)) & 0xFF);
    for (int i = 0; i < 4; ++i)
        out += char((size >> (8 * i)) & 0xFF);
    return out;
}

} // namespace cx::test
