// Wires the account check-up into the main window: the Account menu (Check This Account, Ctrl+Shift+K;
// Compare Accounts…; Export Evidence…) and, in the File menu, Open HAR File… and Export History as HAR….
// MainWindow only calls installCheckup(); the controller is the window's child
// (findChild<CheckupController *>()).
//
// Export History as HAR and the evidence carry each entry's response headers and body, so a reopened HAR
// decides what the live run decided: the response HistoryStore kept for the entry (redacted, in its
// sidecar, so also from before a restart), else the one this controller keeps in memory while the app
// runs (the latest entries', paired with the entry HistoryStore adds for a tab's finished request) for an
// entry without a sidecar (history written before responses were kept, a sidecar that failed).
#pragma once

#include "net/ApiTypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <optional>

class QAction;
class QMenu;

class QMainWindow;

namespace cx::gui {

class CheckupDialog;
class CompareDialog;
class EvidenceDialog;
class HarDialog;
class RequestPage;
class Shell;

class CheckupController : public QObject
{
    Q_OBJECT
public:
    // Adds the Account menu after the last menu so far, and the HAR actions to `fileMenu` before Quit.
    CheckupController(Shell *shell, QMenu *fileMenu);
    ~CheckupController() override;

    // Opens (or raises) the report card and starts a check-up of the current profile.
    CheckupDialog *checkCurrentAccount();
    CheckupDialog *checkupDialog() const;

    // Opens (or raises) the HAR viewer; with a file name, reads that file (else asks for one).
    HarDialog *openHarFile(const QString &fileName = {});
    HarDialog *harDialog() const;
    // Writes the session's history (HistoryStore) as HAR 1.2, redacted, with each entry's kept response.
    // False and `error` when it cannot. Reads the responses and writes on the calling thread.
    bool exportHistoryAsHar(const QString &fileName, QString *error) const;
    // The same on a worker thread (File > Export History as HAR…): historyHarWritten() when done, and the
    // status bar or a message box says how it went.
    void exportHistoryAsHarInBackground(const QString &fileName);

    // Opens (or raises) the comparison of two accounts.
    CompareDialog *compareAccounts();
    CompareDialog *compareDialog() const;

    // Opens (or raises) Export Evidence….
    EvidenceDialog *exportEvidence();
    EvidenceDialog *evidenceDialog() const;

    // The response the app received for history entry `id`, while it runs (the latest MaxKeptResponses).
    std::optional<ApiResponse> keptResponse(const QString &id) const;
    static constexpr int MaxKeptResponses = 200;
    static constexpr qsizetype MaxKeptBody = 4 * 1024 * 1024; // a larger body is not kept

    QMenu *accountMenu() const { return m_accountMenu; }
    QAction *checkAction() const { return m_check; }
    QAction *compareAction() const { return m_compare; }
    QAction *openHarAction() const { return m_openHar; }
    QAction *exportHarAction() const { return m_exportHar; }
    QAction *exportEvidenceAction() const { return m_exportEvidence; }

signals:
    // exportHistoryAsHarInBackground() is done: `error` says why when not `ok`.
    void historyHarWritten(bool ok, const QString &fileName, const QString &error);

private:
    void writeHistoryHarOnWorker(const QString &fileName);
    void retranslate();
    void watchPage(RequestPage *page);
    void watchHistory();
    void keep(const QString &id, const ApiResponse &response);

    Shell *m_shell;
    QMainWindow *m_window; // m_shell->mainWindow(): docks, menus, the parent of dialogs
    QMenu *m_accountMenu = nullptr;
    QAction *m_check = nullptr;
    QAction *m_compare = nullptr;
    QAction *m_openHar = nullptr;
    QAction *m_exportHar = nullptr;
    QAction *m_exportEvidence = nullptr;
    QPointer<const QObject> m_history;            // the HistoryStore whose entries are paired with responses
    std::optional<ApiResponse> m_pendingResponse; // a finished request whose history entry is to come
    QString m_pendingId;                          // a history entry whose response is to come
    QHash<QString, ApiResponse> m_kept;
    QStringList m_keptOrder; // oldest first
    QPointer<CheckupDialog> m_checkup;
    QPointer<HarDialog> m_har;
    QPointer<CompareDialog> m_compareDialog;
    QPointer<EvidenceDialog> m_evidence;
};

// Called by MainWindow::createMenus().
CheckupController *installCheckup(Shell *shell, QMenu *fileMenu);

} // namespace cx::gui
