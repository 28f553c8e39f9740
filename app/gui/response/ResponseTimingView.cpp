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
      m_note(new QLabel(this)), m_dns(verbatimLabel(this, "timingDns")),
      m_connect(verbatimLabel(this, "timingConnect")), m_tls(verbatimLabel(this, "timingTls")),
      m_requestSent(verbatimLabel(this, "timingRequestSent")),
      m_firstByte(verbatimLabel(this, "timingFirstByte")), m_download(verbatimLabel(this, "timingDownload")),
      m_dnsName(new QLabel(this)), m_connectName(new QLabel(this)), m_tlsName(new QLabel(this)),
      m_requestSentName(new QLabel(this)), m_firstByteName(new QLabel(this)),
      m_downloadName(new QLabel(this)), m_phasesNote(new QLabel(this))
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
    form->addRow(m_dnsName, m_dns);
    form->addRow(m_connectName, m_connect);
    form->addRow(m_tlsName, m_tls);
    form->addRow(m_requestSentName, m_requestSent);
    form->addRow(m_firstByteName, m_firstByte);
    form->addRow(m_downloadName, m_download);
    m_phasesNote->setWordWrap(true);
    m_phasesNote->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(m_phasesNote);
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
    m_dnsName->setText(tr("DNS lookup:"));
    m_connectName->setText(tr("Connect:"));
    m_tlsName->setText(tr("TLS handshake:"));
    m_requestSentName->setText(tr("Request sent:"));
    m_firstByteName->setText(tr("First byte:"));
    m_downloadName->setText(tr("Download:"));
    m_phasesNote->setText(tr("The phases are the final request's (after redirects), as the network layer "
                             "reports them, counted from when it was handed over."));
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
    timing.phases = response.timing;
    timing.https = response.url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    m_shown = timing;
    render();
}

void ResponseTimingView::render()
{
    const QString none = tr("—");
    if (!m_shown) {
        for (QLabel *label : {m_total, m_size, m_headers, m_redirects, m_finalUrl, m_outcome, m_protocol,
                              m_dns, m_connect, m_tls, m_requestSent, m_firstByte, m_download})
            label->setText(none);
        return;
    }
    renderPhases(*m_shown);
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

namespace cx::gui {

void ResponseTimingView::renderPhases(const Timing &timing)
{
    const QLocale locale;
    const HopTiming &t = timing.phases;
    const auto ms = [&locale](qint64 us) { return locale.toString(double(us) / 1000.0, 'f', 2); };
    const QString unavailable = tr("unavailable");
    m_dns->setText(tr("unavailable (not reported by the network layer; part of Connect)"));
    if (!t.recorded()) {
        for (QLabel *label : {m_connect, m_tls, m_requestSent, m_firstByte, m_download})
            label->setText(unavailable);
        return;
    }
    // Connect runs from opening the connection to the moment the request could go: the TLS handshake's
    // end over https, the request going out over plain HTTP.
    const qint64 ready = timing.https ? t.encryptedUs : t.requestSentUs;
    if (t.connectStartUs < 0)
        m_connect->setText(tr("an open connection was reused"));
    else if (ready < t.connectStartUs)
        m_connect->setText(unavailable);
    else if (timing.https)
        m_connect->setText(
            tr("%1 ms (DNS lookup and TLS handshake included)").arg(ms(ready - t.connectStartUs)));
    else
        m_connect->setText(tr("%1 ms (DNS lookup included)").arg(ms(ready - t.connectStartUs)));
    if (!timing.https)
        m_tls->setText(tr("not used (plain HTTP)"));
    else if (t.encryptedUs >= 0)
        m_tls->setText(
            tr("done %1 ms after the start; its own length is unavailable").arg(ms(t.encryptedUs)));
    else if (t.connectStartUs < 0)
        m_tls->setText(tr("an open connection was reused"));
    else
        m_tls->setText(unavailable);
    m_requestSent->setText(t.requestSentUs >= 0 ? tr("%1 ms after the start").arg(ms(t.requestSentUs))
                                                : unavailable);
    if (t.firstByteUs < 0)
        m_firstByte->setText(unavailable);
    else if (t.requestSentUs >= 0 && t.firstByteUs >= t.requestSentUs)
        m_firstByte->setText(tr("%1 ms after the start (%2 ms waiting for the server)")
                                 .arg(ms(t.firstByteUs), ms(t.firstByteUs - t.requestSentUs)));
    else
        m_firstByte->setText(tr("%1 ms after the start").arg(ms(t.firstByteUs)));
    m_download->setText(t.finishedUs >= 0 && t.firstByteUs >= 0 && t.finishedUs >= t.firstByteUs
                            ? tr("%1 ms").arg(ms(t.finishedUs - t.firstByteUs))
                            : unavailable);
}

} // namespace cx::gui
