#include "TourCommand.h"

#include "CliOutput.h"
#include "CliText.h"
#include "net/ApiClient.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>
#include <cstdio>

namespace cx::cli {

namespace {

void writeOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    fflush(stdout);
}

QString usageText()
{
    return CliText::tr(
        "Usage: connect-cli tour run FILE|builtin:NAME [--json] [--transcript FILE]\n"
        "                  [--base-url URL --client-id ID --client-secret-env VAR | --profile NAME]\n"
        "       connect-cli tour validate FILE|builtin:NAME\n");
}

QString symbolFor(StepVerdict verdict)
{
    switch (verdict) {
    case StepVerdict::Matched:
        return QStringLiteral("✔ ");
    case StepVerdict::Failed:
        return QStringLiteral("✘ ");
    case StepVerdict::Skipped:
        return QStringLiteral("– ");
    case StepVerdict::Pending:
        break;
    }
    return QStringLiteral("  ");
}

QJsonObject resultToJson(const TourStepResult &result)
{
    QJsonObject object{
        {QStringLiteral("id"), result.stepId},
        {QStringLiteral("title"), result.title},
        {QStringLiteral("verdict"), TourRunner::verdictName(result.verdict)},
        {QStringLiteral("status"), result.status},
        {QStringLiteral("action"), result.action},
        {QStringLiteral("code"), result.code.isEmpty() ? QJsonValue() : QJsonValue(result.code)},
        {QStringLiteral("elapsed_ms"), result.elapsedMs},
        {QStringLiteral("renewed"), result.renewed},
        {QStringLiteral("mismatches"), QJsonArray::fromStringList(result.mismatches)},
        {QStringLiteral("note"), result.note},
    };
    if (!result.failure.isEmpty())
        object.insert(QStringLiteral("network_failure"), result.failure);
    return object;
}

} // namespace

int runTour(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Play a guided tour headless and check every step's outcome.\n"
                    "  tour run FILE|builtin:NAME      play it against the server and print each verdict\n"
                    "  tour validate FILE|builtin:NAME check the file only\n"
                    "Built-in tours: %1\n"
                    "Exit codes: 0 every step matched (skipped steps allowed), 1 a step failed (named), "
                    "64 a malformed tour file or bad command line.")
            .arg(TourLoader::builtinNames().join(QStringLiteral(", "))));
    const QCommandLineOption jsonOption(QStringLiteral("json"), CliText::tr("Print one JSON object."));
    const QCommandLineOption transcriptOption(
        QStringLiteral("transcript"),
        CliText::tr("Also write the Markdown transcript (secrets masked) to FILE."), QStringLiteral("file"));
    parser.addOptions({jsonOption, transcriptOption});
    const ConnectionOptions connection = addConnectionOptions(&parser);
    parser.addPositionalArgument(QStringLiteral("verb"), CliText::tr("run or validate"),
                                 QStringLiteral("run|validate"));
    parser.addPositionalArgument(QStringLiteral("file"), CliText::tr("The tour file, or builtin:NAME."),
                                 QStringLiteral("FILE"));
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        QTextStream(stderr) << usageText();
        return ExitUsage;
    }
    if (helpRequested(parser)) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    TourOptions options;
    options.verb = positional.value(0);
    options.file = positional.value(1);
    if ((options.verb != QLatin1String("run") && options.verb != QLatin1String("validate")) ||
        positional.size() != 2) {
        printError(positional.isEmpty() ? CliText::tr("tour needs a verb: run or validate")
                   : positional.size() == 2
                       ? CliText::tr("unknown tour verb '%1' (run or validate)").arg(options.verb)
                       : CliText::tr("tour %1 takes exactly one tour file").arg(options.verb));
        QTextStream(stderr) << usageText();
        return ExitUsage;
    }
    options.json = parser.isSet(jsonOption);
    options.symbols = stdoutIsTerminal();
    options.transcriptFile = parser.value(transcriptOption);

    TourError tourError;
    const std::optional<Tour> tour = TourLoader::load(options.file, &tourError);
    if (!tour) {
        printError(CliText::tr("%1: %2").arg(options.file, tourError.toString()));
        if (options.json)
            writeOut(
                QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("valid"), false},
                                                            {QStringLiteral("file"), options.file},
                                                            {QStringLiteral("line"), tourError.line},
                                                            {QStringLiteral("field"), tourError.field},
                                                            {QStringLiteral("error"), tourError.toString()}})
                                      .toJson(QJsonDocument::Indented)));
        return ExitUsage;
    }
    if (options.verb == QLatin1String("validate")) {
        if (options.json)
            writeOut(
                QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("valid"), true},
                                                            {QStringLiteral("file"), options.file},
                                                            {QStringLiteral("title"), tour->title},
                                                            {QStringLiteral("steps"), tour->steps.size()}})
                                      .toJson(QJsonDocument::Indented)));
        else
            writeOut(CliText::tr("%1: a valid tour, \"%2\", %n step(s)\n", nullptr, int(tour->steps.size()))
                         .arg(options.file, tour->title));
        return ExitOk;
    }
    QString error;
    if (!readConnectionOptions(parser, connection, true, &options.baseUrl, &options.clientId,
                               &options.clientSecret, &error) ||
        !readNetworkOptions(parser, connection, &options.network, &error)) {
        printError(error);
        return ExitUsage;
    }
    TourCommand command(std::move(options), *tour);
    int exitCode = ExitOk;
    QEventLoop loop;
    QObject::connect(&command, &TourCommand::done, &loop, [&](int code) {
        exitCode = code;
        loop.quit();
    });
    QMetaObject::invokeMethod(&command, &TourCommand::start, Qt::QueuedConnection);
    loop.exec();
    return exitCode;
}

TourCommand::TourCommand(TourOptions options, Tour tour, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    m_runner =
        new TourRunner(m_options.baseUrl, m_options.clientId, m_options.clientSecret, std::move(tour), this);
    m_runner->client()->setNetworkSettings(m_options.network); // checked by readNetworkOptions
    connect(m_runner, &TourRunner::stepFinished, this, &TourCommand::onStepFinished);
    connect(m_runner, &TourRunner::finished, this, &TourCommand::onFinished);
}

void TourCommand::start()
{
    if (!m_options.json)
        writeOut(forTerminal(
            CliText::tr("Tour \"%1\" against %2, %n step(s)\n", nullptr, int(m_runner->tour().steps.size()))
                .arg(m_runner->tour().title, m_options.baseUrl.toString(QUrl::RemoveUserInfo))));
    m_runner->start();
}

void TourCommand::onStepFinished(int index, const TourStepResult &result)
{
    if (m_options.json)
        return;
    const int total = int(m_runner->tour().steps.size());
    QString line = QStringLiteral("%1%2  %3/%4 %5 — %6")
                       .arg(m_options.symbols ? symbolFor(result.verdict) : QString(),
                            TourRunner::verdictText(result.verdict).leftJustified(8))
                       .arg(index + 1)
                       .arg(total)
                       .arg(result.stepId, result.title);
    if (result.verdict != StepVerdict::Skipped) {
        if (!result.failure.isEmpty())
            line += CliText::tr(": no response (%1)").arg(result.failure);
        else
            line += QStringLiteral(": %1").arg(result.status);
        if (!result.code.isEmpty())
            line += QStringLiteral(" %1 (%2)").arg(result.code, result.action);
        if (result.renewed)
            line += CliText::tr(", token renewed and replayed");
    }
    line += QLatin1Char('\n');
    if (!result.note.isEmpty())
        line += QStringLiteral("      %1\n").arg(result.note);
    writeOut(forTerminal(line)); // codes and notes come from the server and the tour file
}

void TourCommand::onFinished()
{
    const QList<TourStepResult> &results = m_runner->results();
    int matched = 0;
    int skipped = 0;
    const TourStepResult *firstFailure = nullptr;
    for (const TourStepResult &result : results) {
        matched += result.verdict == StepVerdict::Matched ? 1 : 0;
        skipped += result.verdict == StepVerdict::Skipped ? 1 : 0;
        if (result.verdict == StepVerdict::Failed && !firstFailure)
            firstFailure = &result;
    }
    if (!m_options.transcriptFile.isEmpty()) {
        QSaveFile file(m_options.transcriptFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(m_runner->transcript().toUtf8()) < 0 ||
            !file.commit())
            printError(CliText::tr("cannot write the transcript to '%1': %2")
                           .arg(m_options.transcriptFile, file.errorString()));
    }
    const bool passed = m_runner->allMatched();
    if (m_options.json) {
        QJsonArray steps;
        for (const TourStepResult &result : results)
            steps.append(resultToJson(result));
        QJsonObject root{
            {QStringLiteral("tour"), m_runner->tour().title},
            {QStringLiteral("file"), m_options.file},
            {QStringLiteral("base_url"), m_options.baseUrl.toString(QUrl::RemoveUserInfo)},
            {QStringLiteral("passed"), passed},
            {QStringLiteral("matched"), matched},
            {QStringLiteral("skipped"), skipped},
            {QStringLiteral("failed_step"), firstFailure ? QJsonValue(firstFailure->stepId) : QJsonValue()},
            {QStringLiteral("steps"), steps}};
        writeOut(m_runner->redactor().redactText(QString::fromUtf8(QJsonDocument(root).toJson())));
    } else if (passed) {
        writeOut(
            skipped > 0
                ? CliText::tr("Every step matched (%1 skipped: no simulator control here).\n").arg(skipped)
                : CliText::tr("Every step matched.\n"));
    }
    if (firstFailure) {
        printError(CliText::tr("tour failed at step \"%1\" (%2 of %3, %4): %5")
                       .arg(firstFailure->stepId)
                       .arg(firstFailure->index + 1)
                       .arg(results.size())
                       .arg(firstFailure->title, firstFailure->note));
    }
    emit done(passed ? ExitOk : ExitHttpError);
}

} // namespace cx::cli
