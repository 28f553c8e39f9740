// The status bar's account part: who is signed in, the token's remaining lifetime (ticking every
// second), the scopes introspection granted, "Token renewed at HH:MM:SS" for a while after an automatic
// renewal, and a plain notice when secrets can only be kept in memory (no keychain).
#pragma once

#include "auth/Session.h"

#include <QPointer>
#include <QTime>
#include <QWidget>
#include <optional>

class QLabel;
class QStatusBar;
class QTimer;

namespace cx::gui {

class ElidedLabel;

class StatusPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StatusPanel(Session *session, QWidget *parent = nullptr);

    void setScopes(const QStringList &scopes);
    void setMessage(const QString &message);
    // Shown until cleared (empty): e.g. "No keychain available: the secret is kept in memory for this
    // session only".
    void setKeychainNotice(const QString &notice);
    // How long "Token renewed at …" stays (default 15 s).
    void setRenewedNoticeDuration(int milliseconds) { m_renewedHideMs = milliseconds; }

    // While the status bar (its parent) shows a temporary message (MainWindow says when): the lifetime
    // and scopes are hidden and the rest elides so that the message is readable whole; a message too
    // long even then is the status bar's tooltip.
    void setCompact(bool compact);
    QLabel *clientLabel() const;
    QLabel *lifetimeLabel() const { return m_lifetime; }
    QLabel *scopesLabel() const;
    QLabel *renewedLabel() const;
    QLabel *keychainLabel() const;

    // "29d 23:59:58", "01:02:03", or "expired".
    static QString formatRemaining(qint64 seconds);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void tick();
    void showScopes();
    void showRenewed();
    // Gives the status bar's message the room it needs (compact mode), or takes nothing (otherwise).
    void fitMessage();

    QPointer<Session> m_session;
    ElidedLabel *m_client;
    QLabel *m_lifetime;
    ElidedLabel *m_scopes;
    ElidedLabel *m_renewed;
    ElidedLabel *m_keychain;
    QTimer *m_timer;
    QTimer *m_renewedHide;
    int m_renewedHideMs = 15000;
    QString m_message;
    bool m_compact = false;
    QPointer<QStatusBar> m_bar; // the status bar whose message compact mode makes room for
    QString m_barToolTip;       // the message this panel put in the status bar's tooltip
    // What the labels are built from, kept so they can be built again in another language.
    std::optional<ApiError> m_signInError;
    std::optional<QStringList> m_grantedScopes; // none until introspection said
    QTime m_renewedAt;                          // null when "Token renewed at" is not shown
};

} // namespace cx::gui
