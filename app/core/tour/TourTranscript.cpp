#include "TourTranscript.h"

#include "tour/TourRunner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace cx {

namespace {

struct TranscriptText
{
    Q_DECLARE_TR_FUNCTIONS(TourTranscript)
};

// A fence longer than any run of backticks in `text`, so a body cannot close it.
QString fence(const QString &text)
{
    int longest = 0;
    int run = 0;
    for (const QChar c : text) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    return QString(qMax(3, longest + 1), QLatin1Char('`'));
}

QString requestLine(const ApiRequest &request)
{
    QString line = QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path;
    QStringList query;
    for (const auto &[name, value] : request.query)
        query << name + QLatin1Char('=') + value;
    if (!query.isEmpty())
        line += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return line;
}

} // namespace

QString TourTranscript::markdown(const Tour &tour, const QList<TourStepResult> &results, const QUrl &baseUrl,
                                 const Redactor &redactor)
{
    int matched = 0;
    int failed = 0;
    int skipped = 0;
    int played = 0;
    for (const TourStepResult &result : results) {
        played += result.verdict != StepVerdict::Pending ? 1 : 0;
        matched += result.verdict == StepVerdict::Matched ? 1 : 0;
        failed += result.verdict == StepVerdict::Failed ? 1 : 0;
        skipped += result.verdict == StepVerdict::Skipped ? 1 : 0;
    }
    QString out;
    out += QStringLiteral("# %1\n\n").arg(tour.title);
    if (!tour.description.isEmpty())
        out += tour.description + QStringLiteral("\n\n");
    out += TranscriptText::tr("Played against %1 on %2: %3 of %4 steps shown, %5 matched, %6 failed, %7 "
                              "skipped. Secrets and tokens are masked as %8.")
               .arg(Redactor::redactUrl(baseUrl.toString(QUrl::RemoveUserInfo)),
                    QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")))
               .arg(played)
               .arg(tour.steps.size())
               .arg(matched)
               .arg(failed)
               .arg(skipped)
               .arg(Redactor::mask()) +
           QStringLiteral("\n");
    for (const TourStepResult &result : results) {
        if (result.verdict == StepVerdict::Pending || result.index < 0 || result.index >= tour.steps.size())
            continue;
        const TourStep &step = tour.steps.at(result.index);
        out += QStringLiteral("\n## %1. %2 (%3)\n\n")
                   .arg(result.index + 1)
                   .arg(step.title, TourRunner::verdictText(result.verdict));
        out += step.narration + QStringLiteral("\n\n");
        if (step.scenario)
            out += TranscriptText::tr("Simulated: `%1`.").arg(step.scenario->code) + QStringLiteral("\n\n");
        QString request = requestLine(result.request);
        if (!result.request.body.isEmpty()) {
            QByteArray body = Redactor::redactBody(result.request.body);
            const QJsonDocument document = QJsonDocument::fromJson(body);
            if (!document.isNull())
                body = document.toJson(QJsonDocument::Indented).trimmed();
            request += QStringLiteral("\n\n") + QString::fromUtf8(body);
        }
        request = redactor.redactText(request);
        const QString requestFence = fence(request);
        out += requestFence + QStringLiteral("http\n") + request + QLatin1Char('\n') + requestFence +
               QStringLiteral("\n\n");
        if (result.verdict == StepVerdict::Skipped) {
            out += redactor.redactText(result.note) + QStringLiteral("\n");
            continue;
        }
        if (!result.failure.isEmpty())
            out += TranscriptText::tr("No HTTP response: %1.").arg(result.failure);
        else
            out += TranscriptText::tr("Response: **%1 %2** in %3 ms")
                       .arg(result.status)
                       .arg(QString::fromLatin1(result.reason))
                       .arg(result.elapsedMs);
        if (!result.code.isEmpty())
            out += TranscriptText::tr(", error `%1` (action: %2)").arg(result.code, result.action);
        if (result.renewed)
            out += TranscriptText::tr(", after the token was renewed and the request replayed");
        out += QStringLiteral(".\n");
        if (result.verdict == StepVerdict::Failed)
            out += QStringLiteral("\n") +
                   TranscriptText::tr("Not as expected: %1.").arg(redactor.redactText(result.note)) +
                   QStringLiteral("\n");
        const QString body = redactor.redactText(QString::fromUtf8(result.responseExcerpt));
        if (!body.trimmed().isEmpty()) {
            const QString bodyFence = fence(body);
            const bool json = body.startsWith(QLatin1Char('{')) || body.startsWith(QLatin1Char('['));
            out += QStringLiteral("\n") + bodyFence + (json ? QStringLiteral("json") : QString()) +
                   QLatin1Char('\n') + body + QLatin1Char('\n') + bodyFence + QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace cx
