// A check-up report for people: plain text (the CLI, one line per check), Markdown and HTML (support
// tickets). Every text goes through the Redactor given (register the client secret and tokens on it;
// CheckupRunner::redactor() has them), so neither appears in the output even if a server echoed one.
#pragma once

#include "checkup/CheckReport.h"
#include "export/Redactor.h"

#include <QString>

namespace cx {

class CheckReportRenderer
{
public:
    // "PASS", "WARN", "FAIL", "SKIP" with a symbol when `symbols` (✔ ⚠ ✘ ·).
    static QString verdictLabel(Verdict verdict, bool symbols);

    // A contract entry's status for people: "held", "DIFFERED" (stands out), "untested".
    static QString contractStatusLabel(const QString &status);

    static QString toText(const CheckReport &report, const Redactor &redactor = {}, bool symbols = false);
    static QString toMarkdown(const CheckReport &report, const Redactor &redactor = {});
    static QString toHtml(const CheckReport &report, const Redactor &redactor = {});
};

} // namespace cx
