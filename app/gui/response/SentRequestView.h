// The response viewer's Request tab: what was actually sent, hop by hop (the first request, each
// redirect followed, the replay after a token renewal), each as its request line, headers and body went
// on the wire after variables were put in. Secrets (the bearer token, a client secret in the body, a
// token in the query) are masked until "Show secrets" is ticked.
#pragma once

#include "net/ApiTypes.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;

namespace cx::gui {

class SentRequestView : public QWidget
{
    Q_OBJECT
public:
    explicit SentRequestView(QWidget *parent = nullptr);

    // The hops of `response` (ApiResponse::sent) with its protocol.
    void showResponse(const ApiResponse &response);
    void clear();
    void setRevealSecrets(bool reveal);

    int hopCount() const { return int(m_hops.size()); }
    QString text() const;
    QCheckBox *revealBox() const { return m_reveal; }
    QPlainTextEdit *editor() const { return m_text; }

    // One hop as text: a heading, the request line, the headers, a blank line and the body. Masked
    // unless `reveal`.
    static QString describeHop(const SentHop &hop, int number, int count, const QByteArray &protocol,
                               bool reveal);

    // Bodies longer than this are cut in the view; bodies over MaxBodyBytes are not shown at all.
    static constexpr qsizetype MaxBodyChars = 64 * 1024;
    static constexpr qsizetype MaxBodyBytes = 1024 * 1024;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void render();

    QLabel *m_note;
    QCheckBox *m_reveal;
    QPlainTextEdit *m_text;
    QList<SentHop> m_hops;
    QByteArray m_protocol;
};

} // namespace cx::gui
