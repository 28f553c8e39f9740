// The evidence archive a support ticket needs, in one .zip (connect-cli evidence, Account > Export
// Evidence… in the app). Everything it writes is redacted: the Redactor given (the session's token, the
// client secret) plus every credential the customer's HAR shows (HarReader::collectSecrets), and each file
// goes through it once more as a whole before it is zipped.
//
//   README.md                 a summary a ticket can quote: account, base URL, what failed, the decided
//                             cause and the fix (ErrorCatalog's decision), and the list of files
//   customer/customer.har     the customer's HAR, redacted; each response carries the code decided for it
//                             ("_errorCode")
//   customer/calls.json       each call of that HAR: method, URL, status, Connect call or not, decided code
//                             and action, the server's words
//   reproduction/history.har  the reproduction: history entries as HAR 1.2, with the responses when given
//                             (the ones HistoryStore kept, already redacted, are redacted once more)
//   checkup/report.json       the check-up report (CheckReport::toJson) and the same as Markdown
//   checkup/report.md
//   comparisons/comparison-N.json  response comparisons, as given (opaque JSON objects)
//
// The decided cause: the most frequent error code among the failures (the check-up's failed checks first,
// then the customer's Connect calls, then the reproduction), ties to the one met first.
#pragma once

#include "checkup/CheckReport.h"
#include "export/Redactor.h"
#include "har/HarReader.h"
#include "history/HistoryStore.h"
#include "net/ApiTypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <optional>

namespace cx {

class EvidenceBuilder
{
public:
    explicit EvidenceBuilder(Redactor redactor = {});

    Redactor &redactor() { return m_redactor; }

    // Who and where, for the README (any may be empty).
    void setAccount(const QString &profileName, const QString &clientId, const QUrl &baseUrl);

    // The customer's HAR. False and a sentence in `error` when the file is not a HAR.
    bool setCustomerHarFile(const QString &fileName, QString *error);
    void setCustomerHar(const HarLog &log, const QString &fileName);

    // A history entry for the reproduction, with the response the app kept for it when there is one.
    void addHistoryEntry(const HistoryEntry &entry,
                         const std::optional<ApiResponse> &response = std::nullopt);
    void setCheckReport(const CheckReport &report);
    // A response comparison, written as it is (redacted) to comparisons/comparison-N.json.
    void addComparison(const QJsonObject &comparison);

    struct Failure
    {
        QString source; // "checkup", "customer_har", "reproduction"
        QString what;   // "GET /api/assets", "entry 3: GET https://…"
        int status = 0;
        QString code;
        QString detail; // the check's diagnosis or the server's words (redacted)
        QString fix;    // the check's fix, when it gave one
    };
    // Every failure in the material, in the order of the README.
    QList<Failure> failures() const;
    // The decided cause (empty when nothing failed).
    QString decidedCode() const;

    QByteArray readme() const;
    // Every file of the archive, name and contents, redacted, README.md first.
    QList<QPair<QString, QByteArray>> files() const;
    bool writeZip(const QString &fileName, QString *error) const;

private:
    Redactor m_redactor;
    QString m_profileName;
    QString m_clientId;
    QUrl m_baseUrl;
    std::optional<HarLog> m_customerHar;
    QString m_customerHarName;
    QList<QPair<HistoryEntry, std::optional<ApiResponse>>> m_history;
    std::optional<CheckReport> m_report;
    QList<QJsonObject> m_comparisons;
};

} // namespace cx
