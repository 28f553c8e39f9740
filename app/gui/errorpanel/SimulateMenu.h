// The Simulate menu of the Demo profile: makes the in-process simulator answer the next request (or
// every one until cleared) with any documented error, a rate-limit burst, a slow, stalled or dropped
// response, or a proxy's HTML 502 — so a demo can show every action of the error panel in a minute. It
// drives the simulator through its HTTP control API (/_sim, SimControl), as the tours do; only the
// self-signed certificate is the Connection's (it starts a second server).
#pragma once

#include "errors/ErrorCatalog.h"

#include <QMap>
#include <QMenu>

class QAction;

namespace cx {
class SimControl;
}

namespace cx::gui {

class Connection;

class SimulateMenu : public QMenu
{
    Q_OBJECT
public:
    SimulateMenu(Connection *connection, QWidget *parent = nullptr);

    // The action that simulates `code` (a catalogue code, or delay/stall/drop/html_502/burst).
    QAction *actionFor(const QString &code) const;
    QAction *clearAction() const { return built()->m_clear; }
    // Serves the Demo over HTTPS with a self-signed certificate trusted nowhere (checkable).
    QAction *selfSignedAction() const { return built()->m_selfSigned; }
    QAction *untilClearedAction() const { return built()->m_untilCleared; }
    // The error dialect of the Demo server: {"code","message"} everywhere, or the shapes the public docs
    // show layer by layer (connect-sim --dialect documented).
    QAction *codeMessageDialectAction() const { return built()->m_codeMessage; }
    QAction *documentedDialectAction() const { return built()->m_documented; }
    // How many requests a simulated error applies to: 1, or -1 (until cleared).
    int count() const;
    // What the simulator was last told, for the status bar and tests ("" when cleared).
    QString lastSimulated() const { return m_last; }

    // Slow responses wait this long; a burst allows this many requests per second.
    static constexpr int SlowDelayMs = 3000;
    static constexpr int BurstPerSecond = 1;

    // Enabled only while the current profile runs the built-in Demo server.
    void updateEnabled();
    // Builds the entries: when the menu first opens, or when one of the accessors above is called.
    void ensureBuilt();

signals:
    void simulated(const QString &description);

protected:
    void changeEvent(QEvent *event) override;

private:
    const SimulateMenu *built() const; // after ensureBuilt()
    void retranslateUi();
    void retranslateEntries();
    QAction *addCode(QMenu *menu, const QString &code, const QString &text);
    void simulate(const QString &code, const QString &pathPrefix, const QString &description);
    void addDialectMenu();
    void syncDialect();
    // The control of the current profile's Demo server; nullptr for another profile.
    SimControl *control();
    static QString actionTitle(ErrorAction action);

    Connection *m_connection;
    SimControl *m_control;
    QMap<ErrorAction, QMenu *> m_kindMenus;
    QMenu *m_faults = nullptr;
    QAction *m_once = nullptr;
    QAction *m_untilCleared = nullptr;
    QAction *m_clear = nullptr;
    QAction *m_selfSigned = nullptr;
    QMenu *m_dialects = nullptr;
    QAction *m_codeMessage = nullptr;
    QAction *m_documented = nullptr;
    QHash<QString, QAction *> m_actions;
    QString m_last;
    bool m_scopeWithheld = false; // a missing_scope was simulated since the last Clear
    bool m_built = false;
};

} // namespace cx::gui
