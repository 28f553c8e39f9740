// The response viewer's Timing tab: what ApiClient measures for one exchange — total time (request
// start to the last byte, redirects included), body and header sizes, redirects followed, and the URL
// that finally answered, and the protocol used (HTTP/2 where the server offered it, else HTTP/1.1). ApiClient
// does not report time to first byte, so none is shown.
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
    };

    void retranslateUi();
    void render();

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
    std::optional<Timing> m_shown;
};

} // namespace cx::gui
