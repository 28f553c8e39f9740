#include "history/ResponseTimingView.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace cx::gui {

namespace {
QLabel *valueLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}
} // namespace

ResponseTimingView::ResponseTimingView(QWidget *parent)
    : QWidget(parent), m_total(valueLabel(QStringLiteral("timingTotal"), this)),
      m_size(valueLabel(QStringLiteral("timingSize"), this)),
      m_headers(valueLabel(QStringLiteral("timingHeaders"), this)),
      m_redirects(valueLabel(QStringLiteral("timingRedirects"), this)),
      m_finalUrl(valueLabel(QStringLiteral("timingFinalUrl"), this)),
      m_outcome(valueLabel(QStringLiteral("timingOutcome"), this))
{
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Total time:"), m_total);
    form->addRow(tr("Body size:"), m_size);
    form->addRow(tr("Headers:"), m_headers);
    form->addRow(tr("Redirects followed:"), m_redirects);
    form->addRow(tr("Final URL:"), m_finalUrl);
    form->addRow(tr("Outcome:"), m_outcome);
    auto *note = new QLabel(tr("Total time runs from sending the request to its last byte, redirects "
                               "and a token renewal included."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(note);
    clear();
}

void ResponseTimingView::clear()
{
    const QString none = tr("—");
    for (QLabel *label : {m_total, m_size, m_headers, m_redirects, m_finalUrl, m_outcome})
        label->setText(none);
}

void ResponseTimingView::showResponse(const ApiResponse &response)
{
    const QLocale locale;
    m_total->setText(tr("%1 ms").arg(locale.toString(response.elapsedMs)));
    m_size->setText(tr("%1 (%2 bytes)")
                        .arg(locale.formattedDataSize(response.body.size()),
                             locale.toString(qint64(response.body.size()))));
    qint64 headerBytes = 0;
    for (const auto &[name, value] : response.headers)
        headerBytes += name.size() + value.size() + 4; // "name: value\r\n"
    m_headers->setText(tr("%n header(s), about %1", nullptr, int(response.headers.size()))
                           .arg(locale.formattedDataSize(headerBytes)));
    m_redirects->setText(locale.toString(response.redirectCount));
    m_finalUrl->setText(response.url.isEmpty() ? tr("—") : response.url.toDisplayString());
    if (response.failure != NetworkFailure::None) {
        m_outcome->setText(
            response.failureDetail.isEmpty()
                ? networkFailureName(response.failure)
                : QStringLiteral("%1: %2").arg(networkFailureName(response.failure), response.failureDetail));
    } else {
        m_outcome->setText(tr("HTTP %1").arg(response.status));
    }
}

} // namespace cx::gui
