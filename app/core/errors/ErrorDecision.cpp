#include "ErrorDecision.h"

#include <QCoreApplication>

namespace cx {

namespace {

// The catalogue's context: its source texts are looked up where they were marked.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cx::ErrorCatalog)
};

QString translated(const char *text)
{
    return text ? Tr::tr(text) : QString();
}

} // namespace

QString ErrorDecision::meaning() const
{
    const QString text = translated(m_meaning);
    return m_meaningStatus >= 0 ? text.arg(m_meaningStatus) : text;
}

QString ErrorDecision::hint() const
{
    return translated(m_hint);
}

ErrorInfo ErrorDecision::info() const
{
    return {m_code, m_action, meaning(), hint(), m_known};
}

} // namespace cx
