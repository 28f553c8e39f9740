// The response viewer's Timing tab: what ApiClient measures for one exchange — total time (request
// start to the last byte, redirects included), body and header sizes, redirects followed, and the URL
// that finally answered, and the protocol used (HTTP/2 where the server offered it, else HTTP/1.1). Then
// the final request's phases as Qt reports them (ApiResponse::timing): connect, TLS, request sent, first
// byte and download. Qt reports no DNS lookup (nor the TLS handshake's start): those say "unavailable".
#pragma once

#include "net/ApiTypes.h"

#include <QWidget>
#include <optional>

class QLabel;

namespace cx::gui {

class ResponseTimingView : public QWidget
{
    Q_OBJECT
public:
    explicit ResponseTimingView(QWidget *parent = nullptr);

    void showResponse(const ApiResponse &response);
    void clear();

    QLabel *totalLabel() const { return m_total; }
    QLabel *sizeLabel() const { return m_size; }
    QLabel *headersLabel() const { return m_headers; }
    QLabel *redirectsLabel() const { return m_redirects; }
    QLabel *finalUrlLabel() const { return m_finalUrl; }
    QLabel *outcomeLabel() const { return m_outcome; }
    QLabel *protocolLabel() const { return m_protocol; }
    QLabel *dnsLabel() const { return m_dns; }
    QLabel *connectLabel() const { return m_connect; }
    QLabel *tlsLabel() const { return m_tls; }
    QLabel *requestSentLabel() const { return m_requestSent; }
    QLabel *firstByteLabel() const { return m_firstByte; }
    QLabel *downloadLabel() const { return m_download; }

protected:
    void changeEvent(QEvent *event) override;

private:
    // What is shown, kept (without the body) so a language switch can say it again.
    struct Timing
    {
        qint64 elapsedMs = 0;
        qint64 bodyBytes = 0;
        int headerCount = 0;
        qint64 headerBytes = 0;
        int redirectCount = 0;
        QUrl url;
        NetworkFailure failure = NetworkFailure::None;
        QString failureDetail;
        int status = 0;
        QByteArray protocol; // "h2" or "http/1.1"
        HopTiming phases;
        bool https = false;
    };

    void retranslateUi();
    void render();
    void renderPhases(const Timing &timing);

    QLabel *m_total;
    QLabel *m_size;
    QLabel *m_headers;
    QLabel *m_redirects;
    QLabel *m_finalUrl;
    QLabel *m_outcome;
    QLabel *m_protocol;
    QLabel *m_totalName;
    QLabel *m_sizeName;
    QLabel *m_headersName;
    QLabel *m_redirectsName;
    QLabel *m_finalUrlName;
    QLabel *m_outcomeName;
    QLabel *m_protocolName;
    QLabel *m_note;
    QLabel *m_dns;
    QLabel *m_connect;
    QLabel *m_tls;
    QLabel *m_requestSent;
    QLabel *m_firstByte;
    QLabel *m_download;
    QLabel *m_dnsName;
    QLabel *m_connectName;
    QLabel *m_tlsName;
    QLabel *m_requestSentName;
    QLabel *m_firstByteName;
    QLabel *m_downloadName;
    QLabel *m_phasesNote;
    std::optional<Timing> m_shown;
};

} // namespace cx::gui
