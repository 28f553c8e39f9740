#include "DiffCommand.h"

#include "CliText.h"
#include "io/BoundedRead.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>
#include <cstdio>

namespace cx::cli {

namespace {

// diff's own exit codes, as diff(1) and cmp(1) have them.
enum DiffExit : int { DiffEqual = 0, DiffDifferent = 1, DiffTrouble = 2 };

constexpr qint64 MaxDiffFile = 256 * BoundedRead::MiB;
constexpr qsizetype MaxValueText = 200;

QString valueText(const QJsonValue &value)
{
    QString text = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    text = text.mid(1, text.size() - 2);
    if (text.size() > MaxValueText)
        text = text.left(MaxValueText) + QStringLiteral("…");
    return text;
}

bool readJson(const QString &fileName, QJsonValue *value, QString *error)
{
    const BoundedReadResult file = BoundedRead::readFile(fileName, MaxDiffFile);
    if (!file.ok) {
        *error = CliText::tr("cannot read %1: %2").arg(fileName, file.error);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = CliText::tr("%1 is not JSON: %2 at offset %3")
                     .arg(fileName, parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    *value = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    return true;
}

void writeOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    fflush(stdout);
}

} // namespace

QString diffText(const QList<JsonChange> &changes)
{
    QString text;
    for (const JsonChange &change : changes) {
        const QString path = change.segments.isEmpty() ? QStringLiteral("$") : change.path();
        switch (change.kind) {
        case JsonChange::Kind::Added:
            text += QStringLiteral("+ %1: %2\n").arg(path, valueText(change.newValue));
            break;
        case JsonChange::Kind::Removed:
            text += QStringLiteral("- %1: %2\n").arg(path, valueText(change.oldValue));
            break;
        case JsonChange::Kind::Changed:
            text += QStringLiteral("~ %1: %2 -> %3\n")
                        .arg(path, valueText(change.oldValue), valueText(change.newValue));
            break;
        case JsonChange::Kind::TypeChanged:
            text += QStringLiteral("~ %1: %2 -> %3 (%4 -> %5)\n")
                        .arg(path, valueText(change.oldValue), valueText(change.newValue),
                             JsonDiff::typeName(change.oldValue), JsonDiff::typeName(change.newValue));
            break;
        }
    }
    return forTerminal(text + JsonDiff::summary(changes) + QLatin1Char('\n'));
}

int runDiff(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Compare two responses, JSON-aware: objects by key (their order does not matter), lists of objects "
        "with an id by id, other arrays by position. A and B are two outputs of 'connect-cli call --json' "
        "(status, headers and body are compared) or two JSON bodies.\n"
        "Exit codes: 0 equal, 1 different, 2 bad command line or a file that cannot be read or is not "
        "JSON."));
    parser.addHelpOption();
    const QCommandLineOption ignoreOption(
        QStringLiteral("ignore"),
        CliText::tr("Leave out this path and everything below it (repeatable): e.g. meta.request_id, "
                    "data[*].updated_at (* any key, [*] any item, [3], [id=tpl_7]). In call outputs a path "
                    "that does not start with status, headers or body is taken within the body."),
        QStringLiteral("PATH"));
    const QCommandLineOption allHeadersOption(
        QStringLiteral("all-headers"),
        CliText::tr("Also compare the headers that change with every response (%1).")
            .arg(JsonDiff::volatileHeaders().join(QStringLiteral(", "))));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        CliText::tr("Print one JSON object: {equal, summary, changes}."));
    parser.addOptions({ignoreOption, allHeadersOption, jsonOption});
    parser.addPositionalArgument(QStringLiteral("A"),
                                 CliText::tr("The first response (a file, or - for standard input)."));
    parser.addPositionalArgument(QStringLiteral("B"), CliText::tr("The second response."));

    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return DiffTrouble;
    }
    if (helpRequested(parser)) {
        QTextStream(stdout) << parser.helpText();
        return DiffEqual;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 2) {
        printError(CliText::tr("diff expects two files, e.g. connect-cli diff a.json b.json"));
        return DiffTrouble;
    }
    JsonDiffOptions options;
    options.ignore = parser.values(ignoreOption);
    options.allHeaders = parser.isSet(allHeadersOption);
    for (const QString &pattern : std::as_const(options.ignore)) {
        QString error;
        if (!JsonDiff::checkPattern(pattern, &error)) {
            printError(QStringLiteral("--ignore: ") + error);
            return DiffTrouble;
        }
    }
    QJsonValue a, b;
    QString error;
    if (!readJson(files.at(0), &a, &error) || !readJson(files.at(1), &b, &error)) {
        printError(error);
        return DiffTrouble;
    }
    const bool callA = JsonDiff::isCallOutput(a);
    const bool callB = JsonDiff::isCallOutput(b);
    QList<JsonChange> changes;
    if (callA && callB) {
        changes = JsonDiff::compareCallOutputs(a.toObject(), b.toObject(), options);
    } else {
        // One call output and one body: the bodies are compared.
        changes = JsonDiff::compare(callA ? a.toObject().value(QLatin1String("body")) : a,
                                    callB ? b.toObject().value(QLatin1String("body")) : b, options);
    }
    if (parser.isSet(jsonOption))
        writeOut(QString::fromUtf8(
                     QJsonDocument(JsonDiff::resultToJson(changes))
                         .toJson(stdoutIsTerminal() ? QJsonDocument::Indented : QJsonDocument::Compact)) +
                 (stdoutIsTerminal() ? QString() : QStringLiteral("\n")));
    else
        writeOut(diffText(changes));
    return changes.isEmpty() ? DiffEqual : DiffDifferent;
}

} // namespace cx::cli
