// What the main window keeps between sends and between runs, wired into it from outside:
//  - history: every sent request recorded (redacted) in HistoryStore, listed in a dock (View > History,
//    Ctrl+H), reopened in a new tab;
//  - drafts: every tab's editor state saved through DraftStore 500 ms after the last edit, and at the
//    latest 2 s after the first unsaved one however long the typing goes on, the open tabs' order and
//    selection beside them; restoreTabs() brings them back at start; closing a tab forgets its draft;
//  - a history or draft write that fails is logged (LogFile) and shown in a status bar notice that
//    stays until the next write of that kind succeeds: never lost in silence;
//  - collections: Request > Save Request… (Ctrl+S) into CollectionStore, listed in a dock;
//  - copy as code (Request > Copy as) and paste a cURL command as a new tab (Edit, Ctrl+Shift+V).
// MainWindow only creates it, calls restoreTabs() and emits pageOpened/pageClosed.
#pragma once

#include "export/CodeExporter.h"
#include "export/CopyAsCodeDialog.h"
#include "history/CollectionStore.h"
#include "history/DraftStore.h"
#include "history/HistoryStore.h"
#include "history/SaveRequestDialog.h"
#include "request/RequestDraft.h"

#include <QHash>
#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <QTimer>
#include <functional>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;

class QMainWindow;

namespace cx::gui {

class CollectionsPanel;
class HistoryPanel;
class Shell;
class RequestPage;

class RequestWorkspace : public QObject
{
    Q_OBJECT
public:
    static constexpr int DraftDelayMs = 500;    // after the last edit...
    static constexpr int DraftMaxWaitMs = 2000; // ...but never later than this after the first unsaved one

    // Adds the docks, actions and menu entries to `window`. Call before the window restores its state.
    explicit RequestWorkspace(Shell *shell);
    ~RequestWorkspace() override;

    // Opens the tabs saved as drafts, in their order, with the same one current. False when there were
    // none (the window then opens an empty tab itself).
    bool restoreTabs();
    // Starts writing every pending draft and writes the tab order now (also done on close and quit).
    // Drafts are sanitized and written on one worker thread, in order, so a big body never stalls the
    // window; waitForDrafts() blocks until they are on disk.
    void flushDrafts();
    void waitForDrafts();

    // Milliseconds on a monotonic clock; tests put a virtual one here to type for seconds without waiting.
    void setClock(std::function<qint64()> nowMs) { m_nowMs = std::move(nowMs); }
    // The status bar notice of a failed history or draft write (hidden while every write succeeds).
    QLabel *storageNotice() const { return m_storageNotice; }

    // A new tab holding `draft`. `pristine`: an endpoint click may replace it (nothing typed).
    RequestPage *openInNewTab(const RequestDraft &draft, bool pristine = false);
    bool reopenHistoryEntry(const QString &entryId);
    bool openSavedRequest(const QString &requestId);
    // Parses `command` (one or several cURL commands, --next) and opens one new tab per request; problems
    // and notes shown in a message. A command that cannot be read opens nothing.
    bool pasteCurlCommand(const QString &command);
    // The clipboard's text through pasteCurlCommand.
    bool pasteCurlFromClipboard();
    // The current tab as code, without secrets, onto the clipboard.
    void copyCurrentAs(CodeLanguage language);
    CopyAsCodeDialog *showCopyAsCodeDialog(CodeLanguage language = CodeLanguage::Curl);
    SaveRequestDialog *showSaveRequestDialog();
    // Saves the current tab into the collection without asking.
    bool saveCurrentRequest(const QString &name, const QString &folder);

    HistoryStore *historyStore() { return &m_history; }
    DraftStore *draftStore() { return &m_drafts; }
    CollectionStore *collectionStore() { return &m_collections; }
    // The History and Collections docks are built on first use (their View menu entries and shortcuts
    // exist from the start): these build them when they do not exist yet.
    HistoryPanel *historyPanel();
    CollectionsPanel *collectionsPanel();
    QDockWidget *historyDock();
    QDockWidget *collectionsDock();
    // Built yet? (Without building.)
    bool hasHistoryDock() const { return m_historyDock; }
    bool hasCollectionsDock() const { return m_collectionsDock; }
    QAction *historyAction() const { return m_historyToggle; }
    QAction *collectionsAction() const { return m_collectionsToggle; }
    QAction *saveRequestAction() const { return m_saveRequest; }
    QAction *pasteCurlAction() const { return m_pasteCurl; }
    QAction *copyAsCodeAction() const { return m_copyAsCode; }
    QAction *copyAsAction(CodeLanguage language) const { return m_copyAs.value(int(language)); }
    QMenu *copyAsMenu() const { return m_copyAsMenu; }
    // The last message shown (paste notes or errors), while it is open.
    QMessageBox *lastMessage() const { return m_message; }
    QString tabIdOf(const RequestPage *page) const;
    // Where the open tabs' order is kept (beside the drafts).
    QString tabOrderFile() const;

signals:
    // The history panel's Compare: the responses of two entries (the older as A), for compare/.
    void historyCompareRequested(const QString &olderId, const QString &newerId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createHistoryDock();
    void createCollectionsDock();
    void retranslateDocks();
    void createActions();
    void addToMenus();
    void retranslateUi();
    void onPageOpened(RequestPage *page);
    void onPageClosed(RequestPage *page);
    void scheduleSave(RequestPage *page);
    void scheduleOrder();
    void armDraftTimer();
    void saveDraft(RequestPage *page);
    enum class Storage { History, Drafts };
    // Logs a failure, and shows or clears the storage notice.
    void reportWrite(Storage storage, bool ok, const QString &error);
    void updateStorageNotice();
    bool savePage(RequestPage *page, const QString &name, const QString &folder);
    void writeTabOrder();
    void rememberSecrets();
    void showMessage(int icon, const QString &title, const QString &text, const QStringList &details = {});
    RequestDraft draftFromStored(const ApiRequest &request, const QJsonObject &extra, bool *pristine) const;

    Shell *m_shell;
    QMainWindow *m_window; // m_shell->mainWindow(): docks, menus, the parent of dialogs
    HistoryStore m_history;
    DraftStore m_drafts;
    CollectionStore m_collections;
    HistoryPanel *m_historyPanel = nullptr;
    CollectionsPanel *m_collectionsPanel = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QDockWidget *m_collectionsDock = nullptr;
    QAction *m_historyToggle = nullptr;
    QAction *m_collectionsToggle = nullptr;
    QAction *m_saveRequest = nullptr;
    QAction *m_pasteCurl = nullptr;
    QAction *m_copyAsCode = nullptr;
    QHash<int, QAction *> m_copyAs;
    QMenu *m_copyAsMenu = nullptr;
    QPointer<QMessageBox> m_message;
    QPointer<SaveRequestDialog> m_saveDialog;
    QPointer<CopyAsCodeDialog> m_codeDialog;
    QString m_lastFolder;

    QThreadPool m_draftIo; // one thread: saves and removals reach the disk in the order they were made
    QTimer m_draftTimer;
    std::function<qint64()> m_nowMs;
    qint64 m_firstUnsavedAt = -1; // m_nowMs() of the first edit not yet handed to the worker, or -1
    QSet<RequestPage *> m_dirty;
    bool m_orderDirty = false;
    bool m_restoring = false;
    QString m_nextTabId; // the id the next opened page takes (restoring)
    QLabel *m_storageNotice = nullptr;
    QString m_historyError; // the last failed write's reason, empty once one succeeds
    QString m_draftError;
};

} // namespace cx::gui
