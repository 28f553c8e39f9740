#include "CheckupController.h"

#include "checkup/CheckupDialog.h"
#include "checkup/CompareDialog.h"
#include "checkup/EvidenceDialog.h"
#include "checkup/HarDialog.h"
#include "common/Retranslate.h"
#include "common/RunOnWorker.h"
#include "common/Shell.h"
#include "errorpanel/ErrorPanel.h"
#include "har/HarWriter.h"
#include "history/HistoryStore.h"
#include "history/RequestWorkspace.h"
#include "request/RequestPage.h"

#include <QAction>
#include <QFileDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

namespace cx::gui {

CheckupController::CheckupController(Shell *shell, QMenu *fileMenu)
    : QObject(shell->mainWindow()), m_shell(shell), m_window(shell->mainWindow())
{
    setObjectName(QStringLiteral("checkupController"));

    m_check = new QAction(this);
    m_check->setObjectName(QStringLiteral("checkAccountAction"));
    m_check->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connect(m_check, &QAction::triggered, this, [this] { checkCurrentAccount(); });
    m_window->addAction(m_check);

    m_accountMenu = new QMenu(m_window);
    m_accountMenu->setObjectName(QStringLiteral("accountMenu"));
    m_accountMenu->addAction(m_check);
    m_compare = new QAction(this);
    m_compare->setObjectName(QStringLiteral("compareAccountsAction"));
    connect(m_compare, &QAction::triggered, this, [this] { compareAccounts(); });
    m_accountMenu->addAction(m_compare);
    m_exportEvidence = new QAction(this);
    m_exportEvidence->setObjectName(QStringLiteral("exportEvidenceAction"));
    connect(m_exportEvidence, &QAction::triggered, this, [this] { exportEvidence(); });
    m_accountMenu->addSeparator();
    m_accountMenu->addAction(m_exportEvidence);
    m_window->menuBar()->addMenu(m_accountMenu);

    // Pair each tab's finished request with the history entry recorded for it (see the header).
    connect(m_shell->events(), &ShellEvents::pageOpened, this, [this](RequestPage *page) {
        watchHistory();
        watchPage(page);
    });
    if (QTabWidget *tabs = m_shell->requestTabs()) {
        for (int i = 0; i < tabs->count(); ++i) {
            if (RequestPage *page = m_shell->pageAt(i))
                watchPage(page);
        }
    }

    m_openHar = new QAction(this);
    m_openHar->setObjectName(QStringLiteral("openHarAction"));
    connect(m_openHar, &QAction::triggered, this, [this] { openHarFile(); });
    m_exportHar = new QAction(this);
    m_exportHar->setObjectName(QStringLiteral("exportHarAction"));
    connect(m_exportHar, &QAction::triggered, this, [this] {
        const QString fileName = QFileDialog::getSaveFileName(m_window, tr("Export History as HAR"),
                                                              QStringLiteral("connect-explorer.har"),
                                                              tr("HAR files (*.har);;All files (*)"));
        if (fileName.isEmpty())
            return;
        exportHistoryAsHarInBackground(fileName);
    });
    if (fileMenu) {
        // Before the separator that precedes Quit, else at the end.
        QAction *before = nullptr;
        const QList<QAction *> actions = fileMenu->actions();
        for (qsizetype i = 0; i < actions.size(); ++i) {
            if (actions.at(i)->menuRole() == QAction::QuitRole) {
                before = (i > 0 && actions.at(i - 1)->isSeparator()) ? actions.at(i - 1) : actions.at(i);
                break;
            }
        }
        fileMenu->insertSeparator(before);
        fileMenu->insertAction(before, m_openHar);
        fileMenu->insertAction(before, m_exportHar);
    }
    // The actions and the menu are worded here, not by a widget of their own: again after a switch.
    retranslateWith(this, m_window, [this] { retranslate(); });
}

void CheckupController::retranslate()
{
    m_check->setText(tr("&Check This Account"));
    m_check->setStatusTip(
        tr("Sign in with the current profile, try every safe endpoint and say what is wrong."));
    m_accountMenu->setTitle(tr("&Account"));
    m_compare->setText(tr("Com&pare Accounts…"));
    m_compare->setStatusTip(tr("Two check-up reports, or two profiles, side by side."));
    m_openHar->setText(tr("Open &HAR File…"));
    m_openHar->setStatusTip(tr("List the Connect API calls in a browser's HAR file and replay them with this "
                               "profile."));
    m_exportHar->setText(tr("E&xport History as HAR…"));
    m_exportEvidence->setText(tr("Export &Evidence…"));
    m_exportEvidence->setStatusTip(tr("One .zip for a support ticket: a customer's HAR, the check-up, the "
                                      "latest requests and a summary naming the cause, redacted."));
}

void CheckupController::watchPage(RequestPage *page)
{
    connect(page, &RequestPage::requestFinished, this,
            [this](const ApiRequest &, const ApiResponse &response, const QString &) {
                watchHistory();
                if (!m_pendingId.isEmpty()) {
                    keep(m_pendingId, response);
                    m_pendingId.clear();
                } else {
                    m_pendingResponse = response;
                }
                // The entry is recorded in the same emission or not at all: nothing pairs across events.
                QTimer::singleShot(0, this, [this] {
                    m_pendingResponse.reset();
                    m_pendingId.clear();
                });
            });
}

void CheckupController::watchHistory()
{
    const HistoryStore *history = m_shell->historyStore();
    if (!history || m_history == history)
        return;
    m_history = history;
    connect(history, &HistoryStore::entryAdded, this, [this](const HistoryEntry &entry) {
        if (m_pendingResponse) {
            keep(entry.id, *m_pendingResponse);
            m_pendingResponse.reset();
        } else {
            m_pendingId = entry.id;
        }
    });
    connect(history, &HistoryStore::cleared, this, [this] {
        m_kept.clear();
        m_keptOrder.clear();
    });
}

void CheckupController::keep(const QString &id, const ApiResponse &response)
{
    if (response.body.size() > MaxKeptBody || m_kept.contains(id))
        return;
    m_kept.insert(id, response);
    m_keptOrder.append(id);
    while (m_keptOrder.size() > MaxKeptResponses)
        m_kept.remove(m_keptOrder.takeFirst());
}

std::optional<ApiResponse> CheckupController::keptResponse(const QString &id) const
{
    const auto it = m_kept.constFind(id);
    if (it == m_kept.constEnd())
        return std::nullopt;
    return *it;
}

EvidenceDialog *CheckupController::exportEvidence()
{
    if (!m_evidence)
        m_evidence = new EvidenceDialog(m_shell, this);
    m_evidence->show();
    m_evidence->raise();
    m_evidence->activateWindow();
    return m_evidence;
}

EvidenceDialog *CheckupController::evidenceDialog() const
{
    return m_evidence;
}

CheckupController::~CheckupController() = default;

CheckupDialog *CheckupController::checkupDialog() const
{
    return m_checkup;
}

CheckupDialog *CheckupController::checkCurrentAccount()
{
    if (!m_checkup)
        m_checkup = new CheckupDialog(m_shell);
    m_checkup->show();
    m_checkup->raise();
    m_checkup->activateWindow();
    m_checkup->start();
    return m_checkup;
}

CompareDialog *CheckupController::compareAccounts()
{
    if (!m_compareDialog)
        m_compareDialog = new CompareDialog(m_shell);
    m_compareDialog->show();
    m_compareDialog->raise();
    m_compareDialog->activateWindow();
    return m_compareDialog;
}

CompareDialog *CheckupController::compareDialog() const
{
    return m_compareDialog;
}

HarDialog *CheckupController::harDialog() const
{
    return m_har;
}

HarDialog *CheckupController::openHarFile(const QString &fileName)
{
    if (!m_har)
        m_har = new HarDialog(m_shell);
    m_har->show();
    m_har->raise();
    m_har->activateWindow();
    if (fileName.isEmpty())
        m_har->openWithDialog();
    else
        m_har->openFile(fileName);
    return m_har;
}

namespace {

// A history entry for the HAR, gathered on the UI thread: where its kept response is (read later, on any
// thread) and the copy kept in memory for an entry without one.
struct HarItem
{
    HistoryEntry entry;
    QString sidecar;
    std::optional<ApiResponse> inMemory;
};

struct HarResult
{
    bool ok = false;
    QString error;
};

// Any thread: reads the sidecars, writes the file.
HarResult writeHistoryHar(const Redactor &redactor, const QList<HarItem> &items, const QString &fileName)
{
    HarWriter writer(redactor);
    for (const HarItem &item : items) {
        const std::optional<HistoryResponse> kept =
            item.sidecar.isEmpty() ? std::nullopt
                                   : HistoryStore::readResponseFile(item.sidecar, item.entry.id);
        if (kept)
            writer.addHistoryEntry(item.entry, kept->response);
        else if (item.inMemory)
            writer.addHistoryEntry(item.entry, *item.inMemory);
        else
            writer.addHistoryEntry(item.entry);
    }
    HarResult result;
    result.ok = writer.writeFile(fileName, &result.error);
    return result;
}

QList<HarItem> historyForHar(const Shell *shell, const CheckupController *controller)
{
    QList<HarItem> items;
    if (const HistoryStore *history = shell->historyStore()) {
        const QList<HistoryEntry> entries = history->entries();
        items.reserve(entries.size());
        for (const HistoryEntry &entry : entries)
            items.append({entry,
                          history->isResponseKept(entry.id) ? history->responseFilePath(entry.id) : QString(),
                          controller->keptResponse(entry.id)});
    }
    return items;
}

} // namespace

bool CheckupController::exportHistoryAsHar(const QString &fileName, QString *error) const
{
    // Synchronous: the responses still being written are waited for here.
    if (const HistoryStore *history = m_shell->historyStore())
        history->waitForPendingWrites();
    // The session's token, the profile's secret and what the history store already knows.
    const HarResult result = writeHistoryHar(m_shell->redactor(), historyForHar(m_shell, this), fileName);
    if (!result.ok && error)
        *error = result.error;
    return result.ok;
}

void CheckupController::exportHistoryAsHarInBackground(const QString &fileName)
{
    // One sidecar per entry to read: on a worker, the action off until it is written. Responses the
    // history is still writing are waited for on its writer thread (whenWritten()), not here.
    m_exportHar->setEnabled(false);
    if (const HistoryStore *history = m_shell->historyStore()) {
        history->whenWritten(this, [this, fileName] { writeHistoryHarOnWorker(fileName); });
        return;
    }
    writeHistoryHarOnWorker(fileName);
}

void CheckupController::writeHistoryHarOnWorker(const QString &fileName)
{
    runOnWorker<HarResult>(
        this,
        [redactor = m_shell->redactor(), items = historyForHar(m_shell, this), fileName] {
            return writeHistoryHar(redactor, items, fileName);
        },
        [this, fileName](const HarResult &result) {
            m_exportHar->setEnabled(true);
            emit historyHarWritten(result.ok, fileName, result.error);
            if (result.ok)
                m_window->statusBar()->showMessage(tr("Saved the history (redacted) as %1.").arg(fileName),
                                                   10000);
            else
                QMessageBox::warning(m_window, tr("Export History as HAR"),
                                     tr("%1 could not be written: %2").arg(fileName, result.error));
        });
}

CheckupController *installCheckup(Shell *shell, QMenu *fileMenu)
{
    return new CheckupController(shell, fileMenu);
}

} // namespace cx::gui
