#include "response/SentRequestView.h"

#include "export/Redactor.h"

#include <QCheckBox>
#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStringDecoder>
#include <QVBoxLayout>

namespace cx::gui {

SentRequestView::SentRequestView(QWidget *parent)
    : QWidget(parent), m_note(new QLabel(this)), m_reveal(new QCheckBox(this)),
      m_text(new QPlainTextEdit(this))
{
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_reveal->setObjectName(QStringLiteral("revealSentSecrets"));
    m_text->setObjectName(QStringLiteral("sentRequestText"));
    m_text->setReadOnly(true);
    m_text->setUndoRedoEnabled(false);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont fixed;
    fixed.setFamilies(QFontDatabase::systemFont(QFontDatabase::FixedFont).families());
    fixed.setStyleHint(QFont::Monospace);
    m_text->setFont(fixed);
    connect(m_reveal, &QCheckBox::toggled, this, [this] { render(); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_reveal);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_note);
    retranslateUi();
}

void SentRequestView::retranslateUi()
{
    m_reveal->setText(tr("Show secrets"));
    m_note->setText(tr("Qt's network layer adds its own Connection, Accept-Encoding and Accept-Language "
                       "headers."));
    render();
}

void SentRequestView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SentRequestView::showResponse(const ApiResponse &response)
{
    m_hops = response.sent;
    m_protocol = response.protocol;
    render();
}

void SentRequestView::clear()
{
    m_hops.clear();
    m_protocol.clear();
    render();
}

void SentRequestView::setRevealSecrets(bool reveal)
{
    m_reveal->setChecked(reveal);
}

QString SentRequestView::text() const
{
    return m_text->toPlainText();
}

QString SentRequestView::describeHop(const SentHop &hop, int number, int count, const QByteArray &protocol,
                                     bool reveal)
{
    QString heading;
    switch (hop.reason) {
    case SentHop::Reason::First:
        heading = tr("#%1 of %2: the request").arg(number).arg(count);
        break;
    case SentHop::Reason::Redirect:
        heading = tr("#%1 of %2: following a redirect").arg(number).arg(count);
        break;
    case SentHop::Reason::Renewal:
        heading = tr("#%1 of %2: sent again after renewing the token").arg(number).arg(count);
        break;
    }
    if (hop.status > 0)
        heading += QStringLiteral(" → %1").arg(hop.status);
    if (!hop.location.isEmpty())
        heading += QLatin1Char(' ') + tr("(Location: %1)").arg(QString::fromUtf8(hop.location));

    // The request line as the server (or a plain-HTTP proxy) read it.
    QString target = hop.viaProxy ? hop.url.toString(QUrl::FullyEncoded | QUrl::RemoveUserInfo)
                                  : hop.url.path(QUrl::FullyEncoded);
    if (target.isEmpty())
        target = QStringLiteral("/");
    if (!hop.viaProxy && hop.url.hasQuery())
        target += QLatin1Char('?') + hop.url.query(QUrl::FullyEncoded);
    if (!reveal)
        target = Redactor::redactUrl(target);
    const QString version = protocol == "h2" ? QStringLiteral("HTTP/2") : QStringLiteral("HTTP/1.1");

    QStringList lines{QStringLiteral("# ") + heading,
                      QStringLiteral("%1 %2 %3").arg(QString::fromLatin1(hop.method), target, version)};
    const HeaderList headers = reveal ? hop.headers : Redactor::redactHeaders(hop.headers);
    QByteArray contentType;
    for (const auto &[name, value] : headers) {
        lines << QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value);
        if (name.compare("Content-Type", Qt::CaseInsensitive) == 0)
            contentType = value;
    }
    lines << QString();
    if (hop.body.size() > MaxBodyBytes) {
        // Masking and decoding a body this large would stall the window; its size says enough.
        lines << tr("(a body of %1 bytes, too large to show here)").arg(hop.body.size());
    } else if (!hop.body.isEmpty()) {
        const QByteArray body = reveal ? hop.body : Redactor::redactBody(hop.body, contentType);
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8.decode(body);
        if (utf8.hasError() || text.contains(QChar(0))) {
            lines << tr("(%n byte(s) that are not text)", nullptr,
                        int(qMin<qsizetype>(body.size(), INT_MAX)));
        } else {
            if (text.size() > MaxBodyChars) {
                const qsizetype more = text.size() - MaxBodyChars;
                text.truncate(MaxBodyChars);
                text += QLatin1Char('\n') + tr("… (%1 more characters)").arg(more);
            }
            lines << text;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

void SentRequestView::render()
{
    if (m_hops.isEmpty()) {
        m_text->setPlainText(tr("Nothing was sent."));
        return;
    }
    QStringList parts;
    const int count = int(m_hops.size());
    for (int i = 0; i < count; ++i)
        parts << describeHop(m_hops.at(i), i + 1, count, m_protocol, m_reveal->isChecked());
    m_text->setPlainText(parts.join(QStringLiteral("\n\n")));
}

} // namespace cx::gui
