// retry: a live countdown from Retry-After (seconds or HTTP-date), or a capped exponential backoff
// with jitter when there is none or it is garbage (RetryPolicy::delayWithSource decides which);
// "Retry now" and "Cancel". The countdown reads cx::Clock. At zero it retries by
// itself only for idempotent methods and only up to RetryPolicy::maxAttempts; the attempt is shown.
#pragma once

#include "ActionWidget.h"
#include "errors/RetryPolicy.h"

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace cx::gui {

class RetryAction : public ActionWidget
{
    Q_OBJECT
public:
    RetryAction(ErrorPanel *panel, const ErrorEntry &entry, bool live, QWidget *parent = nullptr);
    ErrorAction action() const override { return ErrorAction::Retry; }
    QPushButton *retryNowButton() const { return m_retryNow; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *countdownLabel() const { return m_countdown; }
    QLabel *attemptLabel() const { return m_attemptLabel; }
    QLabel *sourceLabel() const { return m_source; }
    bool isCounting() const;
    qint64 remainingMs() const;
    qint64 delayMs() const { return m_delay.count(); }
    // The retry about to be made will be sent without asking.
    bool willRetryAutomatically() const { return m_automatic; }

    void retryNow();
    void cancel();

signals:
    // Once per tick of the countdown, with the whole seconds left.
    void tick(int secondsLeft);

protected:
    void retranslateUi() override;

private:
    using DelaySource = RetryPolicy::DelaySource;
    // What the countdown line says. The countdown ends at m_dueMs on cx::Clock (which tests replace);
    // m_timer only makes it look again and repaint.
    enum class Stage { Counting, FromHistory, Ready, Sending, Cancelled };
    void onTick();
    void updateCountdown();
    void showStage();

    RetryPolicy m_policy;
    RetryPolicy::Millis m_delay{0};
    bool m_automatic = false;
    bool m_done = false;
    DelaySource m_delaySource = DelaySource::Backoff;
    Stage m_stage = Stage::Counting;
    std::optional<Stage> m_announced; // the stage last said aloud (common/Announce)
    qint64 m_dueMs = -1; // when the countdown ends, Clock::currentMSecsSinceEpoch(); -1 when not live
    QTimer *m_timer;
    QLabel *m_attemptLabel;
    QLabel *m_source;
    QLabel *m_countdown;
    QLabel *m_limit; // not idempotent, or out of automatic retries; null when neither
    QProgressBar *m_progress;
    QPushButton *m_retryNow;
    QPushButton *m_cancel;
};

} // namespace cx::gui
