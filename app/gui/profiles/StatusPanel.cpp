#include "profiles/StatusPanel.h"

#include "common/ElidedLabel.h"
#include "time/Clock.h"

#include <QDateTime>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QTime>
#include <QTimer>

namespace cx::gui {

StatusPanel::StatusPanel(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_client(new ElidedLabel(this)), m_lifetime(new QLabel(this)),
      m_scopes(new ElidedLabel(this)), m_renewed(new ElidedLabel(this)), m_keychain(new ElidedLabel(this)),
      m_timer(new QTimer(this)), m_renewedHide(new QTimer(this))
{
    m_client->setObjectName(QStringLiteral("statusClient"));
    m_client->setMinimumChars(24); // "Signed in as demo-client" stays whole; scopes and notices elide first
    m_lifetime->setObjectName(QStringLiteral("statusLifetime"));
    m_scopes->setObjectName(QStringLiteral("statusScopes"));
    m_scopes->setTextFormat(Qt::PlainText);
    m_client->setTextFormat(Qt::PlainText);
    m_renewed->setObjectName(QStringLiteral("statusRenewed"));
    m_renewed->setTextFormat(Qt::PlainText);
    m_renewed->hide();
    m_keychain->setObjectName(QStringLiteral("statusKeychain"));
    m_keychain->setTextFormat(Qt::PlainText);
    m_keychain->hide();
    m_renewedHide->setSingleShot(true);
    connect(m_renewedHide, &QTimer::timeout, m_renewed, [this] {
        m_renewedAt = QTime();
        m_renewed->hide();
        m_renewed->clear();
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 2);
    layout->addWidget(m_client);
    layout->addWidget(m_lifetime);
    layout->addWidget(m_scopes);
    layout->addWidget(m_renewed);
    layout->addWidget(m_keychain);

    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &StatusPanel::tick);
    m_timer->start();
    connect(session, &Session::stateChanged, this, [this] {
        m_message.clear();
        m_signInError.reset();
        refresh();
    });
    connect(session, &Session::signedIn, this, &StatusPanel::refresh);
    connect(session, &Session::renewed, this, [this] {
        m_renewedAt = Clock::currentDateTimeUtc().toLocalTime().time(); // the clock tests replace
        showRenewed();
        m_renewed->show();
        m_renewedHide->start(m_renewedHideMs);
        if (m_compact)
            fitMessage();
        refresh(); // the lifetime starts again
    });
    connect(session, &Session::signedOut, this, [this] {
        m_grantedScopes.reset();
        showScopes();
        refresh();
    });
    connect(session, &Session::signInFailed, this, [this](const ApiError &error) {
        m_message.clear();
        m_signInError = error;
        refresh();
    });
    refresh();
}

void StatusPanel::retranslateUi()
{
    showScopes();
    showRenewed();
    refresh();
}

void StatusPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
    // Another font (presentation mode), other widths: measured once the status bar has it too.
    if (event->type() == QEvent::FontChange && m_compact)
        QMetaObject::invokeMethod(this, &StatusPanel::fitMessage, Qt::QueuedConnection);
}

bool StatusPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_bar && event->type() == QEvent::Resize && m_compact)
        fitMessage();
    return QWidget::eventFilter(watched, event);
}

void StatusPanel::setScopes(const QStringList &scopes)
{
    m_grantedScopes = scopes;
    showScopes();
}

void StatusPanel::showScopes()
{
    if (!m_grantedScopes) {
        m_scopes->clear();
        return;
    }
    m_scopes->setText(m_grantedScopes->isEmpty()
                          ? tr("No scopes granted")
                          : tr("Scopes: %1").arg(m_grantedScopes->join(QStringLiteral(", "))));
    m_scopes->updateToolTip();
    m_scopes->setExplanation(tr("Scopes the token was granted, from introspection"));
}

void StatusPanel::showRenewed()
{
    if (m_renewedAt.isNull())
        return;
    m_renewed->setText(tr("Token renewed at %1").arg(m_renewedAt.toString(QStringLiteral("HH:mm:ss"))));
    m_renewed->setExplanation(tr("The token was renewed automatically before it expired"));
}

QLabel *StatusPanel::clientLabel() const
{
    return m_client;
}

QLabel *StatusPanel::renewedLabel() const
{
    return m_renewed;
}

QLabel *StatusPanel::scopesLabel() const
{
    return m_scopes;
}

QLabel *StatusPanel::keychainLabel() const
{
    return m_keychain;
}

void StatusPanel::setCompact(bool compact)
{
    // While the status bar shows a message, the lifetime and scopes make room for it (the message is
    // drawn in the space the permanent fields leave).
    m_compact = compact;
    m_lifetime->setVisible(!compact);
    m_scopes->setVisible(!compact);
    fitMessage();
}

void StatusPanel::fitMessage()
{
    auto *bar = qobject_cast<QStatusBar *>(parentWidget());
    if (bar != m_bar) {
        if (m_bar)
            m_bar->removeEventFilter(this);
        m_bar = bar;
        if (m_bar)
            m_bar->installEventFilter(this); // a narrower window leaves the message less room
    }
    const QString message = m_compact && m_bar ? m_bar->currentMessage() : QString();
    int room = QWIDGETSIZE_MAX;
    bool fits = true;
    if (!message.isEmpty()) {
        // QStatusBar draws its message on one line from 6 px to 2 px before the first visible permanent
        // widget, this panel, whose outer edge stays where it is (right to left: from 2 px after it to
        // 12 px before the bar's end): the panel gives up what the message needs; its labels elide (each
        // with its whole text in the tooltip) down to their minimum.
        const int needed =
            QFontMetrics(m_bar->font())
                .horizontalAdvance(QString(message).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        const int least = minimumSizeHint().width();
        room = m_bar->layoutDirection() == Qt::RightToLeft ? m_bar->width() - 12 - 2 - x() - needed
                                                           : x() + width() - 2 - 6 - needed;
        fits = room >= least;
        room = qMax(room, least);
    }
    if (maximumWidth() != room)
        setMaximumWidth(room);
    // A message too long even then is cut at the panel: its whole text is the status bar's tooltip.
    if (!m_bar)
        return;
    if (!fits) {
        m_bar->setToolTip(message);
        m_barToolTip = message;
    } else if (!m_barToolTip.isEmpty()) {
        if (m_bar->toolTip() == m_barToolTip)
            m_bar->setToolTip(QString());
        m_barToolTip.clear();
    }
}

void StatusPanel::setMessage(const QString &message)
{
    m_message = message;
    m_signInError.reset();
    refresh();
}

void StatusPanel::setKeychainNotice(const QString &notice)
{
    m_keychain->setText(notice);
    m_keychain->updateToolTip();
    m_keychain->setVisible(!notice.isEmpty());
    if (m_compact)
        fitMessage();
}

QString StatusPanel::formatRemaining(qint64 seconds)
{
    if (seconds <= 0)
        return tr("expired");
    const qint64 days = seconds / 86400;
    const QString clock = QStringLiteral("%1:%2:%3")
                              .arg((seconds / 3600) % 24, 2, 10, QLatin1Char('0'))
                              .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
                              .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return days > 0 ? tr("%1d %2").arg(days).arg(clock) : clock;
}

void StatusPanel::refresh()
{
    if (!m_session)
        return;
    m_client->setExplanation(QString());
    switch (m_session->state()) {
    case Session::State::SignedIn: {
        // Which of the two documented token request formats this server took (Session falls back once
        // from the documented JSON to form-urlencoded and remembers it per base URL). The documented
        // one is said in the tooltip only: on a 1024-pixel projector the status bar has no room to
        // spare, and only the fallback is news.
        const bool json = m_session->tokenFormat() == TokenRequestFormat::Format::Json;
        m_client->setText(json ? tr("Signed in as %1").arg(m_session->clientId())
                               : tr("Signed in as %1").arg(m_session->clientId()) + QStringLiteral(" · ") +
                                     tr("token request: form"));
        m_client->setExplanation(json ? tr("The token was requested with a JSON body, as the current API "
                                           "documentation shows.")
                                      : tr("The token was requested form-urlencoded with grant_type: this "
                                           "server does not take the JSON body the current documentation "
                                           "shows."));
        break;
    }
    case Session::State::SigningIn:
        m_client->setText(tr("Signing in as %1…").arg(m_session->clientId()));
        break;
    case Session::State::Failed:
        if (m_signInError)
            m_client->setText(tr("Sign-in failed: %1 — %2").arg(m_signInError->code, m_signInError->message));
        else
            m_client->setText(m_message.isEmpty() ? tr("Sign-in failed") : m_message);
        break;
    case Session::State::SignedOut:
        m_client->setText(tr("Signed out"));
        m_grantedScopes.reset();
        m_scopes->clear();
        break;
    }
    m_client->updateToolTip();
    tick();
    if (m_compact)
        fitMessage(); // the sign-in state may need another minimum
}

void StatusPanel::tick()
{
    if (!m_session || m_session->state() != Session::State::SignedIn || !m_session->expiresAt().isValid()) {
        m_lifetime->clear();
        return;
    }
    // On cx::Clock, as the session's expiry is: a test that moves the clock on sees the countdown follow.
    const qint64 remaining = Clock::currentDateTimeUtc().secsTo(m_session->expiresAt());
    m_lifetime->setText(tr("Token expires in %1").arg(formatRemaining(remaining)));
    m_lifetime->setToolTip(tr("Expires at %1").arg(QLocale().toString(m_session->expiresAt().toLocalTime())));
}

} // namespace cx::gui
