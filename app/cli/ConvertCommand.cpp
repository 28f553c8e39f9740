#include "ConvertCommand.h"

#include "CliOutput.h"
#include "CliText.h"
#include "convert/Converter.h"
#include "io/BoundedRead.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>
#include <cstdio>

namespace cx::cli {

namespace {

qint64 limitFor(std::optional<SourceFormat> format)
{
    if (!format || *format == SourceFormat::Har)
        return BoundedRead::MaxHar;
    return BoundedRead::MaxCollection; // a collection, or a cURL command with its body
}

bool writeOutput(const QString &fileName, const QByteArray &data, QString *error)
{
    if (fileName.isEmpty() || fileName == QLatin1String("-")) {
        fwrite(data.constData(), 1, size_t(data.size()), stdout);
        fflush(stdout);
        return true;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error =
            CliText::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString());
        return false;
    }
    return true;
}

} // namespace

int runConvert(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Convert customer material: a cURL command (several with --next or one after the other), a HAR file, "
        "a Postman (v2.1) or Insomnia (v4/v5) collection, into JSON, code or a HAR/Postman file.\n"
        "--to json prints one array [{name, method, url, headers: [[name, value]...], body_base64, notes}].\n"
        "What cannot be read exactly is refused (exit 64) with the option or field at fault; what the target "
        "cannot express is said in a 'note:' line on standard error."));
    parser.addHelpOption();
    const QCommandLineOption fromOption(
        QStringLiteral("from"),
        CliText::tr("What the input is: %1. Without it the content decides, when it is clear.")
            .arg(Converter::sourceFormatNames().join(QStringLiteral(", "))),
        QStringLiteral("format"));
    const QCommandLineOption toOption(
        QStringLiteral("to"),
        CliText::tr("What to write: %1.").arg(Converter::targetFormatNames().join(QStringLiteral(", "))),
        QStringLiteral("format"));
    const QCommandLineOption secretsOption(
        QStringLiteral("include-secrets"),
        CliText::tr("Write Authorization headers and other secrets as they are (masked otherwise)."));
    const QCommandLineOption baseUrlOption(
        QStringLiteral("base-url"),
        CliText::tr("The profile's base URL: a HAR's Connect calls are those on its origin."),
        QStringLiteral("URL"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          CliText::tr("Write to FILE instead of standard output."),
                                          QStringLiteral("FILE"));
    parser.addOptions({fromOption, toOption, secretsOption, baseUrlOption, outputOption});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 CliText::tr("The input; '-' or none for standard input."),
                                 QStringLiteral("[FILE|-]"));
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (helpRequested(parser)) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    if (parser.positionalArguments().size() > 1) {
        printError(CliText::tr("convert reads one input; got %1").arg(parser.positionalArguments().size()));
        return ExitUsage;
    }
    if (!parser.isSet(toOption)) {
        printError(CliText::tr("--to is required: %1")
                       .arg(Converter::targetFormatNames().join(QStringLiteral(", "))));
        return ExitUsage;
    }
    const auto target = Converter::targetFormat(parser.value(toOption));
    if (!target) {
        printError(
            CliText::tr("--to %1 is not a format convert writes: %2")
                .arg(parser.value(toOption), Converter::targetFormatNames().join(QStringLiteral(", "))));
        return ExitUsage;
    }
    std::optional<SourceFormat> source;
    if (parser.isSet(fromOption)) {
        source = Converter::sourceFormat(parser.value(fromOption));
        if (!source) {
            printError(CliText::tr("--from %1 is not a format convert reads: %2")
                           .arg(parser.value(fromOption),
                                Converter::sourceFormatNames().join(QStringLiteral(", "))));
            return ExitUsage;
        }
    }

    const QString input = parser.positionalArguments().value(0, QStringLiteral("-"));
    const BoundedReadResult read = BoundedRead::readFile(input, limitFor(source));
    if (!read.ok) {
        printError(read.error);
        return ExitUsage;
    }
    if (!source) {
        source = Converter::detect(read.data);
        if (!source) {
            printError(CliText::tr("cannot tell what %1 is: give --from (%2)")
                           .arg(input == QLatin1String("-") ? CliText::tr("standard input") : input,
                                Converter::sourceFormatNames().join(QStringLiteral(", "))));
            return ExitUsage;
        }
    }

    ConvertReadOptions readOptions;
    // Files the input names (a cURL command's -d @file, a collection's form-data files) are next to the
    // input file, or in the current directory.
    readOptions.directory =
        input == QLatin1String("-") ? QDir::currentPath() : QFileInfo(input).absolutePath();
    readOptions.profileBaseUrl = parser.value(baseUrlOption);
    const PortableReadResult portable = Converter::read(*source, read.data, readOptions);
    if (!portable.ok) {
        printError(portable.error);
        return ExitUsage;
    }
    ConvertWriteOptions writeOptions;
    writeOptions.includeSecrets = parser.isSet(secretsOption);
    const ConvertOutput output = Converter::write(*target, portable.set, writeOptions);
    if (!output.ok) {
        printError(output.error);
        return ExitUsage;
    }
    QTextStream err(stderr);
    for (const QString &note : portable.set.notes + output.notes)
        err << forTerminal(CliText::tr("note: %1").arg(note)) << '\n';
    err.flush();
    QString error;
    if (!writeOutput(parser.value(outputOption), output.data, &error)) {
        printError(error);
        return ExitUsage;
    }
    return ExitOk;
}

} // namespace cx::cli
