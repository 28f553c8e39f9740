// cx::LogFile: nothing secret reaches the file at any level, debug lines follow QT_LOGGING_RULES,
// the previous handler still gets every message, and the file rotates keeping three old ones.
#include "logging/LogFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

QStringList g_chained;

void recordingHandler(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_chained.append(message);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestLogFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QtMessageHandler m_original = nullptr;

    void installFresh(const QString &sub)
    {
        cx::LogFile::uninstall();
        g_chained.clear();
        qInstallMessageHandler(recordingHandler);
        cx::LogFile::install(m_dir.filePath(sub));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_original = qInstallMessageHandler(nullptr);
        qInstallMessageHandler(m_original);
    }

    void cleanup()
    {
        cx::LogFile::uninstall();
        qInstallMessageHandler(m_original);
        cx::LogFile::setMaxSize(1024 * 1024);
        cx::LogFile::setKeepCount(3);
    }

    void defaultLocation() { QVERIFY(cx::LogFile::defaultDirectory().endsWith(QStringLiteral("/logs"))); }

    void canaryNeverReachesTheFile()
    {
        qputenv("QT_LOGGING_RULES", "*.debug=true");
        installFresh(QStringLiteral("canary"));
        const QString canary = QStringLiteral("cnry-Zq81-secret-value");
        const QByteArray jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhYmMifQ.c2lnbmF0dXJlLWhlcmU";
        cx::LogFile::addSecret(canary);
        const QByteArray c = canary.toUtf8();
        qDebug("debug %s", c.constData());
        qInfo("info %s", c.constData());
        qWarning("warning %s", c.constData());
        qCritical("critical %s", c.constData());
        qWarning("Authorization: Bearer %s", "opaqueTokenValue123");
        qWarning("header Authorization=%s", "rawcredential42");
        qInfo("jwt %s", jwt.constData());
        qInfo("body grant_type=client_credentials&client_secret=%s&x=1", "formSecret99");
        qInfo("json {\"access_token\": \"%s\"}", "jsonToken77");
        qInfo("percent %s", QUrl::toPercentEncoding(canary + QStringLiteral("/+")).constData());

        const QString path = cx::LogFile::filePath();
        QVERIFY(path.endsWith(QStringLiteral("connect-explorer.log")));
        const QByteArray log = readAll(path);
        for (const QByteArray &secret : {c, QByteArray("opaqueTokenValue123"), QByteArray("rawcredential42"),
                                         jwt, QByteArray("formSecret99"), QByteArray("jsonToken77")})
            QVERIFY2(!log.contains(secret), log.constData());
        for (const char *level : {" debug ", " info ", " warning ", " critical "})
            QVERIFY2(log.contains(level), level);
        QVERIFY(log.contains("Bearer [redacted]"));
        QVERIFY(log.contains("client_secret=[redacted]&x=1"));
        // The previous handler gets every message, redacted too.
        QCOMPARE(g_chained.size(), 10);
        for (const QString &line : std::as_const(g_chained))
            QVERIFY2(!line.contains(canary), qPrintable(line));
        qunsetenv("QT_LOGGING_RULES");
    }

    void debugOnlyWhenRulesAskForIt()
    {
        qunsetenv("QT_LOGGING_RULES");
        installFresh(QStringLiteral("nodebug"));
        qDebug("a debug line");
        qInfo("an info line");
        const QByteArray log = readAll(cx::LogFile::filePath());
        QVERIFY(!log.contains("a debug line"));
        QVERIFY(log.contains("an info line"));
        QCOMPARE(g_chained.size(), 2); // the console still gets both
    }

    void rotation()
    {
        installFresh(QStringLiteral("rotate"));
        cx::LogFile::setMaxSize(4096);
        cx::LogFile::setKeepCount(3);
        const QString line(200, QLatin1Char('x'));
        for (int i = 0; i < 200; ++i) // ~44 KB: many rotations
            qInfo("%d %s", i, qPrintable(line));
        const QString base = cx::LogFile::filePath();
        QVERIFY(QFile::exists(base));
        for (int i = 1; i <= 3; ++i) {
            const QString rotated = base + QLatin1Char('.') + QString::number(i);
            QVERIFY2(QFile::exists(rotated), qPrintable(rotated));
            QVERIFY(QFileInfo(rotated).size() <= 4096);
        }
        QVERIFY(!QFile::exists(base + QStringLiteral(".4")));
        QVERIFY(QFileInfo(base).size() <= 4096);
        // The newest lines are in the current file, the oldest kept ones in .3.
        QVERIFY(readAll(base).contains("info 199 "));
        QVERIFY(!readAll(base + QStringLiteral(".3")).contains("info 199 "));
        QCOMPARE(QDir(cx::LogFile::directory()).entryList(QDir::Files).size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
