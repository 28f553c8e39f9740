#include "response/ResponseTimingView.h"

#include "common/VerbatimLabel.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace cx::gui {

ResponseTimingView::ResponseTimingView(QWidget *parent)
    : QWidget(parent), m_total(verbatimLabel(this, "timingTotal")), m_size(verbatimLabel(this, "timingSize")),
      m_headers(verbatimLabel(this, "timingHeaders")), m_redirects(verbatimLabel(this, "timingRedirects")),
      m_finalUrl(verbatimLabel(this, "timingFinalUrl")), m_outcome(verbatimLabel(this, "timingOutcome")),
      m_protocol(verbatimLabel(this, "timingProtocol")), m_totalName(new QLabel(this)),
      m_sizeName(new QLabel(this)), m_headersName(new QLabel(this)), m_redirectsName(new QLabel(this)),
      m_finalUrlName(new QLabel(this)), m_outcomeName(new QLabel(this)), m_protocolName(new QLabel(this)),
      m_note(new QLabel(this))
{
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_totalName, m_total);
    form->addRow(m_sizeName, m_size);
    form->addRow(m_headersName, m_headers);
    form->addRow(m_redirectsName, m_redirects);
    form->addRow(m_finalUrlName, m_finalUrl);
    form->addRow(m_outcomeName, m_outcome);
    form->addRow(m_protocolName, m_protocol);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(m_note);
    retranslateUi();
}

void ResponseTimingView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ResponseTimingView::retranslateUi()
{
    m_totalName->setText(tr("Total time:"));
    m_sizeName->setText(tr("Body size:"));
    m_headersName->setText(tr("Headers:"));
    m_redirectsName->setText(tr("Redirects followed:"));
    m_finalUrlName->setText(tr("Final URL:"));
    m_outcomeName->setText(tr("Outcome:"));
    m_protocolName->setText(tr("Protocol:"));
    m_note->setText(tr("Total time runs from sending the request to its last byte, redirects "
                       "and a token renewal included."));
    render();
}

void ResponseTimingView::clear()
{
    m_shown.reset();
    render();
}

void ResponseTimingView::showResponse(const ApiResponse &response)
{
    Timing timing;
    timing.elapsedMs = response.elapsedMs;
    timing.bodyBytes = response.body.size();
    timing.headerCount = int(response.headers.size());
    for (const auto &[name, value] : response.headers)
        timing.headerBytes += name.size() + value.size() + 4; // "name: value\r\n"
    timing.redirectCount = response.redirectCount;
    timing.url = response.url;
    timing.failure = response.failure;
    timing.failureDetail = response.failureDetail;
    timing.status = response.status;
    timing.protocol = response.protocol;
    m_shown = timing;
    render();
}

void ResponseTimingView::render()
{
    const QString none = tr("—");
    if (!m_shown) {
        for (QLabel *label : {m_total, m_size, m_headers, m_redirects, m_finalUrl, m_outcome, m_protocol})
            label->setText(none);
        return;
    }
    const Timing &timing = *m_shown;
    const QLocale locale;
    m_total->setText(tr("%1 ms").arg(locale.toString(timing.elapsedMs)));
    m_size->setText(tr("%1 (%2 bytes)")
                        .arg(locale.formattedDataSize(timing.bodyBytes), locale.toString(timing.bodyBytes)));
    m_headers->setText(tr("%n header(s), about %1", nullptr, timing.headerCount)
                           .arg(locale.formattedDataSize(timing.headerBytes)));
    m_redirects->setText(locale.toString(timing.redirectCount));
    m_finalUrl->setText(timing.url.isEmpty() ? none : timing.url.toDisplayString());
    if (timing.protocol == "h2")
        m_protocol->setText(tr("HTTP/2 (h2)"));
    else if (timing.protocol.isEmpty())
        m_protocol->setText(none);
    else
        m_protocol->setText(tr("HTTP/1.1 (%1)").arg(QString::fromLatin1(timing.protocol)));
    if (timing.failure != NetworkFailure::None) {
        m_outcome->setText(
            timing.failureDetail.isEmpty()
                ? networkFailureName(timing.failure)
                : QStringLiteral("%1: %2").arg(networkFailureName(timing.failure), timing.failureDetail));
    } else {
        m_outcome->setText(tr("HTTP %1").arg(timing.status));
    }
}

} // namespace cx::gui
