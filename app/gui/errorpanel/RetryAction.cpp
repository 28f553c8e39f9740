#include "RetryAction.h"

#include "ErrorPanel.h"
#include "common/Announce.h"
#include "common/FlowLayout.h"
#include "time/Clock.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

namespace cx::gui {

namespace {
constexpr int TickMs = 200;
}

RetryAction::RetryAction(ErrorPanel *panel, const ErrorEntry &entry, bool live, QWidget *parent)
    : ActionWidget(panel, entry, live, parent), m_timer(new QTimer(this)), m_attemptLabel(nullptr),
      m_source(nullptr), m_countdown(nullptr), m_limit(nullptr), m_progress(new QProgressBar(this)),
      m_retryNow(new QPushButton(this)), m_cancel(new QPushButton(this))
{
    // entry.attempt tries have been made; the retry about to be made is number entry.attempt.
    const int retry = entry.attempt;
    const RetryPolicy::Delay delay = m_policy.delayWithSource(entry.error.retryAfter, retry);
    m_delay = delay.delay;
    m_delaySource = delay.source;
    m_automatic = live && m_policy.mayRetryAutomatically(entry.request.method, retry);

    m_attemptLabel = addLabel(QString(), "retryAttempt");
    m_source = addLabel(QString(), "retrySource");
    m_countdown = addLabel(QString(), "retryCountdown");
    QFont bold = m_countdown->font();
    bold.setBold(true);
    m_countdown->setFont(bold);
    if (!RetryPolicy::isIdempotent(entry.request.method))
        m_limit = addLabel(QString(), "retryNotIdempotent");
    else if (retry > m_policy.maxAttempts)
        m_limit = addLabel(QString(), "retryExhausted");

    m_progress->setObjectName(QStringLiteral("retryProgress"));
    m_progress->setTextVisible(false);
    m_progress->setRange(0, int(qMax<qint64>(1, m_delay.count())));
    m_retryNow->setObjectName(QStringLiteral("retryNow"));
    m_cancel->setObjectName(QStringLiteral("retryCancel"));
    auto *buttons = new FlowLayout; // wraps in a narrow dock instead of cutting a button off
    buttons->addWidget(m_retryNow);
    buttons->addWidget(m_cancel);
    auto *box = static_cast<QBoxLayout *>(layout());
    box->addWidget(m_progress);
    box->addLayout(buttons);

    connect(m_retryNow, &QPushButton::clicked, this, &RetryAction::retryNow);
    connect(m_cancel, &QPushButton::clicked, this, &RetryAction::cancel);
    connect(m_timer, &QTimer::timeout, this, &RetryAction::onTick);
    m_timer->setInterval(TickMs);

    if (live) {
        m_dueMs = Clock::currentMSecsSinceEpoch() + m_delay.count();
        m_timer->start();
    } else {
        m_stage = Stage::FromHistory;
        m_progress->setVisible(false);
        m_cancel->setEnabled(false);
    }
    retranslateUi();
    if (live)
        updateCountdown();
}

void RetryAction::retranslateUi()
{
    const int retry = entry().attempt;
    const QByteArray header = entry().error.retryAfter.trimmed();
    const QString method = QString::fromLatin1(entry().request.method);
    m_retryNow->setText(tr("Retry &now"));
    m_cancel->setText(tr("&Cancel"));
    m_attemptLabel->setText(tr("Attempt %1 failed; next is retry %2 of %3.")
                                .arg(entry().attempt)
                                .arg(retry)
                                .arg(m_policy.maxAttempts));
    switch (m_delaySource) {
    case DelaySource::Seconds:
        m_source->setText(tr("The server asked to wait %1 s (Retry-After).")
                              .arg(int(std::chrono::duration_cast<std::chrono::seconds>(m_delay).count())));
        break;
    case DelaySource::Date:
        m_source->setText(
            tr("The server asked to wait until %1 (Retry-After).").arg(QString::fromLatin1(header)));
        break;
    case DelaySource::Backoff:
        m_source->setText(tr("No Retry-After from the server: exponential backoff with jitter."));
        break;
    case DelaySource::Unreadable:
        m_source->setText(
            tr("The server's Retry-After “%1” is unreadable: exponential backoff with jitter instead.")
                .arg(QString::fromLatin1(header)));
        break;
    }
    if (m_limit && !RetryPolicy::isIdempotent(entry().request.method))
        m_limit->setText(tr("%1 is not idempotent: it may have taken effect, so it is never sent again "
                            "without you asking.")
                             .arg(method));
    else if (m_limit)
        m_limit->setText(tr("Retries made so far: %1; it is not retried by itself again.").arg(retry - 1));
    showStage();
}

void RetryAction::showStage()
{
    const QString method = QString::fromLatin1(entry().request.method);
    switch (m_stage) {
    case Stage::Counting: {
        const int seconds = int((remainingMs() + 999) / 1000);
        m_countdown->setText(m_automatic ? tr("Retrying in %1 s…").arg(seconds)
                                         : tr("You may retry in %1 s.").arg(seconds));
        break;
    }
    case Stage::FromHistory:
        m_countdown->setText(tr("Shown from the history: press Retry now to send it again."));
        break;
    case Stage::Ready:
        m_countdown->setText(
            RetryPolicy::isIdempotent(entry().request.method)
                ? tr("Ready: press Retry now to send it again.")
                : tr("Ready: %1 is not retried by itself; press Retry now to send it again.").arg(method));
        break;
    case Stage::Sending:
        m_countdown->setText(tr("Sending retry %1…").arg(entry().attempt));
        break;
    case Stage::Cancelled:
        m_countdown->setText(tr("Cancelled: press Retry now when you are ready."));
        break;
    }
    // Each new stage is said aloud once (the countdown's seconds only update the label's name).
    if (m_announced != m_stage) {
        m_announced = m_stage;
        announce(m_countdown);
    }
}

bool RetryAction::isCounting() const
{
    return m_timer->isActive();
}

qint64 RetryAction::remainingMs() const
{
    if (m_dueMs < 0)
        return 0;
    return qBound(qint64(0), m_dueMs - Clock::currentMSecsSinceEpoch(), qint64(m_delay.count()));
}

void RetryAction::updateCountdown()
{
    const qint64 left = remainingMs();
    m_progress->setValue(int(m_delay.count() - left));
    showStage();
    emit tick(int((left + 999) / 1000));
}

void RetryAction::onTick()
{
    updateCountdown();
    if (remainingMs() > 0)
        return;
    m_timer->stop();
    if (m_automatic) {
        retryNow();
        return;
    }
    m_stage = Stage::Ready;
    showStage();
    m_cancel->setEnabled(false);
}

void RetryAction::retryNow()
{
    if (m_done)
        return;
    m_timer->stop();
    if (panel()->replay(entry(), ErrorEntry::Origin::Retry)) {
        m_done = true;
        m_stage = Stage::Sending;
        showStage();
        m_retryNow->setEnabled(false);
        m_cancel->setEnabled(false);
    }
}

void RetryAction::cancel()
{
    m_timer->stop();
    m_stage = Stage::Cancelled;
    showStage();
    m_cancel->setEnabled(false);
}

} // namespace cx::gui
