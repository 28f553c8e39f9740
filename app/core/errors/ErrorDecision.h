// One failed response, decided once: the ApiError and the catalogue entry it maps to, kept as
// untranslated keys (code, action, the catalogue's source texts). The meaning and the hint are
// translated when asked for, through ErrorCatalog's own tr() context, so a decision made before a
// language switch reads in the new language afterwards without being decided again.
#pragma once

#include "errors/ApiError.h"
#include "errors/ErrorCatalog.h"

#include <QString>

namespace cx {

class ErrorDecision
{
public:
    ErrorDecision() = default;

    const ApiError &error() const { return m_error; }
    bool isError() const { return m_error.isError(); }
    // The catalogue's code (an alias keeps its own name; empty for a non-error).
    QString code() const { return m_code; }
    // The code to show: the catalogue's, else the one the error carries.
    QString shownCode() const { return m_code.isEmpty() ? m_error.code : m_code; }
    ErrorAction action() const { return m_action; }
    QString actionName() const { return ErrorCatalog::actionName(m_action); }
    bool known() const { return m_known; }

    // Translated now, in the language of the moment.
    QString meaning() const;
    QString hint() const;
    // The whole entry, translated now (for code that keeps an ErrorInfo, like reports and the CLI).
    ErrorInfo info() const;

    // The untranslated source texts (context "cx::ErrorCatalog"); null when there is none.
    const char *meaningSource() const { return m_meaning; }
    const char *hintSource() const { return m_hint; }

private:
    friend class ErrorCatalog;

    ApiError m_error;
    QString m_code;
    ErrorAction m_action = ErrorAction::Notice;
    const char *m_meaning = nullptr;
    const char *m_hint = nullptr;
    int m_meaningStatus = -1; // fills the meaning's %1 (the HTTP status) when >= 0
    bool m_known = false;
};

} // namespace cx
