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
        // app/ given as files, with every source folder as include path — without them lupdate cannot
        // see a class's namespace and files its strings under a context the runtime never asks for.
        QFile list(scratch.filePath(QStringLiteral("sources.lst")));
        QVERIFY(list.open(QIODevice::WriteOnly));
        for (const char *folder : {"core", "gui", "cli", "sim"})
            list.write(QByteArray("-I" CX_SOURCE_DIR "/app/") + folder + '\n');
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

    // The issue's bar: every message of every language translated, none left "unfinished".
    void everyMessageIsFinished_data() { tsFilesHoldEverySourceString_data(); }
    void everyMessageIsFinished()
    {
        QFETCH(QString, tsFile);
        QString error;
        const QList<Message> messages = readMessages(tsFile, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList unfinished;
        for (const Message &message : messages) {
            if (message.unfinished)
                unfinished << QStringLiteral("[%1] %2").arg(message.context, message.source);
        }
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(QStringLiteral("%1 unfinished in %2:\n%3")
                                .arg(unfinished.size())
                                .arg(QFileInfo(tsFile).fileName(), unfinished.join(QLatin1Char('\n')))));
    }

    // tr() looks a message up by the class's runtime name (cx::gui::ProfileController), so a context
    // lupdate wrote differently ("ProfileController", or empty when it could not follow an alias)
    // is never translated on screen, whatever the .ts file says.
    void contextsAreTheNamesTheCodeLooksUp_data() { tsFilesHoldEverySourceString_data(); }
    void contextsAreTheNamesTheCodeLooksUp()
    {
        QFETCH(QString, tsFile);
        // The names the code declares: Q_OBJECT classes with their namespace, Q_DECLARE_TR_FUNCTIONS(X),
        // QCoreApplication::translate("X", …) and QT_TRANSLATE_NOOP("X", …).
        QSet<QString> declared;
        static const QRegularExpression explicitName(
            QStringLiteral("(?:Q_DECLARE_TR_FUNCTIONS\\(\\s*([\\w:]+)\\s*\\)|(?:translate|QT_TRANSLATE_NOOP)"
                           "\\(\\s*\"([^\"]+)\")"));
        static const QRegularExpression namespaceOrClass(
            QStringLiteral("\\bnamespace\\s+([\\w:]+)\\s*\\{|\\b(?:class|struct)\\s+(?:\\w+\\s+)?(\\w+)\\s*"
                           "(?::[^;{]*)?\\{[^{}]*?\\bQ_OBJECT\\b"));
        QDirIterator it(QStringLiteral(CX_SOURCE_DIR "/app"),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            for (auto match = explicitName.globalMatch(text); match.hasNext();) {
                const QRegularExpressionMatch m = match.next();
                declared.insert(m.captured(1).isEmpty() ? m.captured(2) : m.captured(1));
            }
            // One namespace per file is the rule here; a Q_OBJECT class takes the last one opened
            // before it (namespaces closed before the class are rare enough to ignore).
            QString currentNamespace;
            for (auto match = namespaceOrClass.globalMatch(text); match.hasNext();) {
                const QRegularExpressionMatch m = match.next();
                if (!m.captured(1).isEmpty())
                    currentNamespace = m.captured(1);
                else
                    declared.insert(currentNamespace.isEmpty()
                                        ? m.captured(2)
                                        : currentNamespace + QStringLiteral("::") + m.captured(2));
            }
        }
        QString error;
        const QList<Message> messages = readMessages(tsFile, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList unknown;
        for (const Message &message : messages) {
            if (!declared.contains(message.context))
                unknown << QStringLiteral("\"%1\" (e.g. %2)").arg(message.context, message.source);
        }
        // One line per context is enough to act on.
        QSet<QString> seen;
        unknown.removeIf([&seen](const QString &line) {
            const QString context = line.section(QLatin1Char('"'), 1, 1);
            if (seen.contains(context))
                return true;
            seen.insert(context);
            return false;
        });
        QVERIFY2(unknown.isEmpty(), qPrintable(QStringLiteral("contexts no code looks up:\n") +
                                               unknown.join(QLatin1Char('\n'))));
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
