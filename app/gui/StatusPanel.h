// The status bar's account part: who is signed in, the token's remaining lifetime (ticking every
// second) and the scopes introspection granted.
#pragma once

#include "auth/Session.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTimer;

namespace cx::gui {

class StatusPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StatusPanel(Session *session, QWidget *parent = nullptr);

    void setScopes(const QStringList &scopes);
    void setMessage(const QString &message);

    QLabel *clientLabel() const { return m_client; }
    QLabel *lifetimeLabel() const { return m_lifetime; }
    QLabel *scopesLabel() const { return m_scopes; }

    // "29d 23:59:58", "01:02:03", or "expired".
    static QString formatRemaining(qint64 seconds);

private:
    void refresh();
    void tick();

    QPointer<Session> m_session;
    QLabel *m_client;
    QLabel *m_lifetime;
    QLabel *m_scopes;
    QTimer *m_timer;
    QString m_message;
};

} // namespace cx::gui
