// BoundedRead: customer material is read up to a stated maximum and refused early beyond it — a large
// file from its size, a device or FIFO that never ends after one byte past the limit — never an abort.
#include "TempFile.h"
#include "io/BoundedRead.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace cx;

class TestBoundedRead : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &data)
    {
        return test::writeTempFile(m_dir, name, data);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void regularFiles_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<bool>("ok");
        QTest::newRow("empty") << 0 << qint64(10) << true;
        QTest::newRow("below") << 9 << qint64(10) << true;
        QTest::newRow("exactly the limit") << 10 << qint64(10) << true;
        QTest::newRow("one byte over") << 11 << qint64(10) << false;
        QTest::newRow("far over") << 5000 << qint64(10) << false;
    }
    void regularFiles()
    {
        QFETCH(int, size);
        QFETCH(qint64, limit);
        QFETCH(bool, ok);
        const QByteArray data(size, 'x');
        const QString path = write(QStringLiteral("f%1.txt").arg(size), data);
        const BoundedReadResult result = BoundedRead::readFile(path, limit);
        QCOMPARE(result.ok, ok);
        QCOMPARE(result.tooLarge, !ok);
        if (ok) {
            QCOMPARE(result.data, data);
            QVERIFY(result.error.isEmpty());
        } else {
            QVERIFY(result.data.isEmpty());
            QVERIFY2(result.error.contains(path) && result.error.contains(QStringLiteral("10 bytes")),
                     qPrintable(result.error));
        }
    }

    // A 2 GB sparse file costs no disk and no memory to refuse: its size says it all.
    void sparseTwoGigabytesIsRefusedFromItsSize()
    {
        const QString path = m_dir.filePath(QStringLiteral("sparse.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        if (!file.resize(qint64(2) * 1024 * 1024 * 1024))
            QSKIP("the file system cannot hold a sparse 2 GB file");
        file.close();
        QElapsedTimer timer;
        timer.start();
        const BoundedReadResult result = BoundedRead::readFile(path, BoundedRead::MaxTour);
        QVERIFY(!result.ok);
        QVERIFY(result.tooLarge);
        QVERIFY2(result.error.contains(QStringLiteral("4 MiB")), qPrintable(result.error));
        QVERIFY2(timer.elapsed() < 2000, "the file was read instead of refused from its size");
    }

#ifdef Q_OS_UNIX
    // The reported crash: `tour validate /dev/zero` took 2.1 GB, then aborted.
    void devZeroStopsOneBytePastTheLimit()
    {
        if (!QFile::exists(QStringLiteral("/dev/zero")))
            QSKIP("no /dev/zero");
        const BoundedReadResult result =
            BoundedRead::readFile(QStringLiteral("/dev/zero"), BoundedRead::MaxTour);
        QVERIFY(!result.ok);
        QVERIFY(result.tooLarge);
        QVERIFY(result.data.isEmpty());
        QVERIFY2(result.error.contains(QStringLiteral("'/dev/zero'")) &&
                     result.error.contains(QStringLiteral("4 MiB")),
                 qPrintable(result.error));
    }

    void devNullIsEmpty()
    {
        const BoundedReadResult result = BoundedRead::readFile(QStringLiteral("/dev/null"), 10);
        QVERIFY(result.ok);
        QVERIFY(result.data.isEmpty());
    }

    void endlessFifoIsRefused()
    {
        const QString fifo = m_dir.filePath(QStringLiteral("endless.fifo"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        QProcess writer;
        writer.start(QStringLiteral("sh"),
                     {QStringLiteral("-c"), QStringLiteral("cat /dev/zero > \"$0\""), fifo});
        QVERIFY(writer.waitForStarted());
        const BoundedReadResult result = BoundedRead::readFile(fifo, 3 * BoundedRead::MiB);
        QVERIFY(!result.ok);
        QVERIFY(result.tooLarge);
        QVERIFY2(result.error.contains(QStringLiteral("3 MiB")), qPrintable(result.error));
        // The reader closed its end: the writer ends with SIGPIPE.
        if (!writer.waitForFinished(5000)) {
            writer.kill();
            writer.waitForFinished();
        }
    }

    void shortFifoIsRead()
    {
        const QString fifo = m_dir.filePath(QStringLiteral("short.fifo"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        QProcess writer;
        writer.start(QStringLiteral("sh"),
                     {QStringLiteral("-c"), QStringLiteral("printf abc > \"$0\""), fifo});
        QVERIFY(writer.waitForStarted());
        const BoundedReadResult result = BoundedRead::readFile(fifo, 10);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.data, QByteArray("abc"));
        QVERIFY(writer.waitForFinished(5000));
    }
#endif

    void folderAndMissingFileAreErrorsNotCrashes()
    {
        BoundedReadResult result = BoundedRead::readFile(m_dir.path(), 10);
        QVERIFY(!result.ok);
        QVERIFY(!result.tooLarge);
        QVERIFY2(result.error.contains(QStringLiteral("folder")), qPrintable(result.error));
        result = BoundedRead::readFile(m_dir.filePath(QStringLiteral("missing.json")), 10);
        QVERIFY(!result.ok);
        QVERIFY(!result.tooLarge);
        QVERIFY2(result.error.contains(QStringLiteral("missing.json")), qPrintable(result.error));
    }

    void sizesAreStatedPlainly_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("bytes") << qint64(10) << QStringLiteral("10 bytes");
        QTest::newRow("KiB") << qint64(4096) << QStringLiteral("4 KiB");
        QTest::newRow("MiB") << BoundedRead::MaxTour << QStringLiteral("4 MiB");
        QTest::newRow("fraction MiB") << qint64(1536 * 1024) << QStringLiteral("1.5 MiB");
        QTest::newRow("GiB") << qint64(2) * 1024 * BoundedRead::MiB << QStringLiteral("2 GiB");
    }
    void sizesAreStatedPlainly()
    {
        QFETCH(qint64, bytes);
        QFETCH(QString, text);
        QCOMPARE(BoundedRead::formatSize(bytes), text);
    }
};

QTEST_GUILESS_MAIN(TestBoundedRead)
#include "tst_boundedread.moc"
