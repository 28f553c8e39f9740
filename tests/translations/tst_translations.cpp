// The .ts files are kept current and sound: every tr() string of the sources is in every .ts file (lupdate
// run into a scratch copy finds nothing new), and no translation drops or invents a %1-style placeholder.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or the numerus forms
    bool unfinished = false;
};

QList<Message> readMessages(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && current.source.isNull())
                context = xml.readElementText();
            else if (name == QLatin1String("message"))
                current = Message{context, QString(), {}, false};
            else if (name == QLatin1String("source"))
                current.source = xml.readElementText();
            else if (name == QLatin1String("translation")) {
                current.unfinished =
                    xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                if (xml.attributes().value(QLatin1String("type")) == QLatin1String("vanished") ||
                    xml.attributes().value(QLatin1String("type")) == QLatin1String("obsolete"))
                    current.unfinished = true; // not a live message either way
                // Either plain text or <numerusform> children.
                QString text;
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        current.translations << xml.readElementText();
                    else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                        break;
                }
                if (current.translations.isEmpty())
                    current.translations << text;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << current;
            current = Message{};
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(L?[1-9]|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1).remove(QLatin1Char('L')));
    return found;
}

QStringList tsFiles()
{
    const QDir dir(QStringLiteral(CX_SOURCE_DIR "/translations"));
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void everyLanguageIsThere()
    {
        const QStringList files = tsFiles();
        for (const char *language : {"de", "fr", "es"})
            QVERIFY2(files.contains(QStringLiteral(CX_SOURCE_DIR "/translations/connect-explorer_%1.ts")
                                        .arg(QLatin1String(language))),
                     language);
    }

    // lupdate over the sources into a scratch copy: any new source text means the .ts file is stale.
    void tsFilesHoldEverySourceString_data()
    {
        QTest::addColumn<QString>("tsFile");
        for (const QString &file : tsFiles())
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
    }
    void tsFilesHoldEverySourceString()
    {
        QFETCH(QString, tsFile);
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        const QString copy = scratch.filePath(QFileInfo(tsFile).fileName());
        QVERIFY(QFile::copy(tsFile, copy));
        // The same input as the update_translations target (translations/CMakeLists.txt): every .cpp/.h of
        // app/ given as files, with app/core as include path — a directory scan resolves some contexts
        // differently.
        QFile list(scratch.filePath(QStringLiteral("sources.lst")));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write("-I" CX_SOURCE_DIR "/app/core\n");
        QStringList sources;
        QDirIterator it(QStringLiteral(CX_SOURCE_DIR "/app"),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            sources << it.next();
        sources.sort();
        for (const QString &source : std::as_const(sources))
            list.write(source.toLocal8Bit() + '\n');
        list.close();
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(CX_LUPDATE),
                      {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QLatin1Char('@') + list.fileName(), QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120000));
        const QString output = QString::fromLocal8Bit(lupdate.readAll());
        QCOMPARE(lupdate.exitCode(), 0);
        static const QRegularExpression found(QStringLiteral("\\((\\d+) new and (\\d+) already existing\\)"));
        const QRegularExpressionMatch match = found.match(output);
        QVERIFY2(match.hasMatch(), qPrintable(output));
        QVERIFY2(match.captured(1) == QLatin1String("0"),
                 qPrintable(QStringLiteral("%1 source strings are missing from %2: run "
                                           "'cmake --build build --target update_translations'\n%3")
                                .arg(match.captured(1), QFileInfo(tsFile).fileName(), output)));
    }

    void translationsKeepTheirPlaceholders_data() { tsFilesHoldEverySourceString_data(); }
    void translationsKeepTheirPlaceholders()
    {
        QFETCH(QString, tsFile);
        QString error;
        const QList<Message> messages = readMessages(tsFile, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        QStringList broken;
        for (const Message &message : messages) {
            if (message.unfinished)
                continue;
            const QSet<QString> wanted = placeholders(message.source);
            for (const QString &translation : message.translations) {
                // %n may be left out of a singular form ("one item"), never an argument placeholder.
                QSet<QString> got = placeholders(translation);
                QSet<QString> need = wanted;
                if (message.translations.size() > 1) {
                    need.remove(QStringLiteral("n"));
                    got.remove(QStringLiteral("n"));
                }
                if (got != need)
                    broken
                        << QStringLiteral("[%1] %2 -> %3").arg(message.context, message.source, translation);
            }
        }
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
