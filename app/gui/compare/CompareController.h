// Wires response comparison into the main window (issue 17): in the Request menu "Send on Another
// Profile…" (the tab's request on the current profile and another, each with its own token, then the
// diff) and "Compare with Tab…" (this tab's last response and another tab's); in the View menu "This
// Tab's Sends", a dock built on first use listing the current tab's earlier sends, any two of which can
// be compared; in the History panel, Compare on two entries whose responses the history kept
// (compareHistory). MainWindow only calls installCompare(); the controller is the window's child
// (findChild<CompareController *>()).
//
// Every tab's sends are kept while the app runs (RequestPage::requestFinished), bounded: the latest
// MaxSendsPerTab per tab, a body over MaxKeptBody left out, at most MaxKeptTotal bytes of bodies in all.
#pragma once

#include "compare/ResponseSnapshot.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;

namespace cx::gui {

class RequestPage;
class ResponseDiffDialog;
class SendOnProfileDialog;
class Shell;
class TabSendsPanel;

class CompareController : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxSendsPerTab = 20;
    static constexpr qsizetype MaxKeptBody = 8 * 1024 * 1024;
    static constexpr qsizetype MaxKeptTotal = 96 * 1024 * 1024;

    explicit CompareController(Shell *shell);
    ~CompareController() override;

    // The sends of `page` kept so far, oldest first.
    QList<ResponseSnapshot> sends(RequestPage *page) const { return m_sends.value(page); }

    // Asks which profile (SendOnProfileDialog), then sendOnProfile() with the current tab.
    SendOnProfileDialog *askSendOnProfile();
    SendOnProfileDialog *sendOnProfileDialog() const;
    // Sends `page`'s request (variables put in) on the current profile and on `profileId`, and shows the
    // diff. False (and a message in the status bar) when it cannot be sent.
    bool sendOnProfile(RequestPage *page, const QString &profileId, const QString &clientSecret = {});

    // Asks which other tab, then compareTabs() with the current one.
    void askCompareWithTab();
    // `a`'s last response with `b`'s. False (and a message in the status bar) when one has none.
    bool compareTabs(RequestPage *a, RequestPage *b);
    // Two sends of `page` (indexes into sends(page)).
    bool compareSends(RequestPage *page, int a, int b);
    void compare(const ResponseSnapshot &a, const ResponseSnapshot &b);
    // The responses the history kept for two entries (History panel > Compare), read off the UI thread:
    // the comparison opens once both are in. False (and a message in the status bar) when one of them was
    // not kept.
    bool compareHistory(const QString &entryIdA, const QString &entryIdB);

    ResponseDiffDialog *diffDialog() const;
    QDockWidget *tabSendsDock();
    TabSendsPanel *tabSendsPanel() const;

    QAction *sendOnProfileAction() const { return m_sendOnProfile; }
    QAction *compareTabAction() const { return m_compareTab; }
    QAction *tabSendsAction() const { return m_tabSendsToggle; }

private:
    void retranslate();
    void watchPage(RequestPage *page);
    void record(RequestPage *page, const ApiRequest &request, const ApiResponse &response);
    void trim();
    void refreshPanel();
    ResponseDiffDialog *showDiff();
    std::optional<ResponseSnapshot> lastResponse(RequestPage *page) const;

    Shell *m_shell;
    QAction *m_sendOnProfile = nullptr;
    QAction *m_compareTab = nullptr;
    QAction *m_tabSendsToggle = nullptr;
    QHash<RequestPage *, QList<ResponseSnapshot>> m_sends;
    QPointer<QDockWidget> m_dock;
    QPointer<TabSendsPanel> m_panel;
    QPointer<ResponseDiffDialog> m_diff;
    QPointer<SendOnProfileDialog> m_ask;
};

// Called by MainWindow::createMenus(), after the Request and View menus exist.
CompareController *installCompare(Shell *shell);

} // namespace cx::gui
