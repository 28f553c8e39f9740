// A minimal .zip writer (PKWARE APPNOTE 6.3): entries deflated (raw deflate from qCompress, whose zlib
// header and Adler-32 trailer are stripped) or stored when deflate does not make them smaller; CRC-32
// from a table; UTF-8 names (general purpose bit 11); no ZIP64, so the archive and every entry stay below
// 4 GiB. Qt 6.4 has no public zip writer; `unzip -t` and Python's zipfile accept what this writes.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace cx {

class ZipWriter
{
public:
    // CRC-32 (ISO 3309, the one zip and gzip use) of `data`.
    static quint32 crc32(QByteArrayView data);

    // Adds a file; `name` uses '/' between folders ("checkup/report.json"). False (and nothing added) for
    // an empty or absolute name, one with "..", a duplicate or data too large for a zip without ZIP64.
    bool addFile(const QString &name, const QByteArray &data,
                 const QDateTime &modified = QDateTime::currentDateTime());

    QStringList names() const;
    // The whole archive.
    QByteArray toZip() const;
    // Writes toZip() atomically (QSaveFile). False and `error` when it cannot.
    bool writeFile(const QString &fileName, QString *error) const;

private:
    struct Entry
    {
        QByteArray name; // UTF-8
        QByteArray data; // as stored (deflated or not)
        quint32 crc = 0;
        quint32 size = 0;
        quint16 method = 0; // 0 stored, 8 deflated
        quint16 dosTime = 0;
        quint16 dosDate = 0;
    };
    QList<Entry> m_entries;
};

} // namespace cx
