#include "CompareController.h"

#include "common/LazyDock.h"
#include "common/Retranslate.h"
#include "common/Shell.h"
#include "compare/ProfileSend.h"
#include "compare/ResponseDiffDialog.h"
#include "compare/SendOnProfileDialog.h"
#include "compare/TabSendsPanel.h"
#include "connection/Connection.h"
#include "history/HistoryStore.h"
#include "history/RequestWorkspace.h"
#include "profiles/ProfileStore.h"
#include "request/RequestEditor.h"
#include "request/RequestPage.h"

#include <QAction>
#include <QDockWidget>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTimer>

namespace cx::gui {

CompareController::CompareController(Shell *shell) : QObject(shell->mainWindow()), m_shell(shell)
{
    setObjectName(QStringLiteral("compareController"));
    QMainWindow *window = m_shell->mainWindow();

    m_sendOnProfile = new QAction(this);
    m_sendOnProfile->setObjectName(QStringLiteral("sendOnProfileAction"));
    connect(m_sendOnProfile, &QAction::triggered, this, [this] { askSendOnProfile(); });
    m_compareTab = new QAction(this);
    m_compareTab->setObjectName(QStringLiteral("compareTabAction"));
    connect(m_compareTab, &QAction::triggered, this, [this] { askCompareWithTab(); });
    if (auto *request = window->menuBar()->findChild<QMenu *>(QStringLiteral("requestMenu"))) {
        request->addSeparator();
        request->addAction(m_sendOnProfile);
        request->addAction(m_compareTab);
    }

    // The View menu entry exists before its dock: triggering it builds the dock.
    m_tabSendsToggle = lazyDockAction(this, [this] { return tabSendsDock(); });
    m_tabSendsToggle->setObjectName(QStringLiteral("tabSendsAction"));
    if (auto *view = window->menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu")))
        view->addAction(m_tabSendsToggle);

    // The History panel's Compare. The window makes its RequestWorkspace after its menus (and so after
    // this controller): it is there once the window's constructor has returned.
    const auto watchHistory = [this] {
        if (auto *workspace = m_shell->mainWindow()->findChild<RequestWorkspace *>())
            connect(workspace, &RequestWorkspace::historyCompareRequested, this,
                    &CompareController::compareHistory, Qt::UniqueConnection);
    };
    watchHistory();
    QTimer::singleShot(0, this, watchHistory);

    connect(m_shell->events(), &ShellEvents::pageOpened, this, &CompareController::watchPage);
    // The tab that becomes current refreshes the panel (currentChanged).
    connect(m_shell->events(), &ShellEvents::pageClosed, this,
            [this](RequestPage *page) { m_sends.remove(page); });
    if (QTabWidget *tabs = m_shell->requestTabs()) {
        for (int i = 0; i < tabs->count(); ++i) {
            if (RequestPage *page = m_shell->pageAt(i))
                watchPage(page);
        }
        connect(tabs, &QTabWidget::currentChanged, this, &CompareController::refreshPanel);
    }
    retranslateWith(this, window, [this] { retranslate(); });
}

CompareController::~CompareController() = default;

SendOnProfileDialog *CompareController::sendOnProfileDialog() const
{
    return m_ask;
}

ResponseDiffDialog *CompareController::diffDialog() const
{
    return m_diff;
}

TabSendsPanel *CompareController::tabSendsPanel() const
{
    return m_panel;
}

void CompareController::retranslate()
{
    m_sendOnProfile->setText(tr("Send on Another &Profile…"));
    m_sendOnProfile->setStatusTip(
        tr("Send this tab's request on the current profile and on another one, and compare the responses."));
    m_compareTab->setText(tr("Compare with &Tab…"));
    m_compareTab->setStatusTip(tr("Compare this tab's last response with another tab's."));
    m_tabSendsToggle->setText(tr("This Tab's &Sends"));
    m_tabSendsToggle->setStatusTip(tr("The current tab's earlier sends; compare any two of them."));
    if (m_dock)
        m_dock->setWindowTitle(tr("This Tab's Sends"));
}

void CompareController::watchPage(RequestPage *page)
{
    if (!page || m_sends.contains(page))
        return;
    m_sends.insert(page, {});
    connect(page, &RequestPage::requestFinished, this,
            [this, page](const ApiRequest &request, const ApiResponse &response, const QString &) {
                record(page, request, response);
            });
    connect(page, &RequestPage::titleChanged, this, [this, page] {
        if (m_shell->currentPage() == page)
            refreshPanel();
    });
    // Also when the window goes: nothing else is asked of it then.
    connect(page, &QObject::destroyed, this, [this, page] { m_sends.remove(page); });
}

void CompareController::record(RequestPage *page, const ApiRequest &request, const ApiResponse &response)
{
    if (response.failure == NetworkFailure::Cancelled)
        return;
    ResponseSnapshot send;
    send.label = page->title();
    send.time = QDateTime::currentDateTimeUtc();
    send.response = response;
    send.response.sent.clear(); // what went on the wire (with the token) is not needed to compare
    send.size = response.body.size();
    if (send.size > MaxKeptBody) {
        send.response.body.clear();
        send.bodyDropped = true;
    }
    send.endpointKey = endpointKeyFor(m_shell->catalog(), request);
    QList<ResponseSnapshot> &sends = m_sends[page];
    sends.append(send);
    while (sends.size() > MaxSendsPerTab)
        sends.removeFirst();
    trim();
    if (m_shell->currentPage() == page)
        refreshPanel();
}

void CompareController::trim()
{
    // The oldest bodies go first, whichever tab they belong to.
    for (;;) {
        qsizetype total = 0;
        RequestPage *oldestPage = nullptr;
        qsizetype oldestIndex = -1;
        QDateTime oldest;
        for (auto it = m_sends.begin(); it != m_sends.end(); ++it) {
            for (qsizetype i = 0; i < it->size(); ++i) {
                const ResponseSnapshot &send = it->at(i);
                total += send.response.body.size();
                if (!send.response.body.isEmpty() && (oldestIndex < 0 || send.time < oldest)) {
                    oldestPage = it.key();
                    oldestIndex = i;
                    oldest = send.time;
                }
            }
        }
        if (total <= MaxKeptTotal || !oldestPage)
            return;
        ResponseSnapshot &send = m_sends[oldestPage][oldestIndex];
        send.response.body.clear();
        send.bodyDropped = true;
    }
}

QDockWidget *CompareController::tabSendsDock()
{
    if (m_dock)
        return m_dock;
    QMainWindow *window = m_shell->mainWindow();
    m_panel = new TabSendsPanel;
    m_dock = new QDockWidget(window);
    m_dock->setObjectName(QStringLiteral("tabSendsDock"));
    m_dock->setWidget(m_panel);
    m_dock->setAllowedAreas(Qt::AllDockWidgetAreas);
    m_dock->setWindowTitle(tr("This Tab's Sends"));
    placeLazyDock(window, Qt::BottomDockWidgetArea, m_dock);
    followDock(m_tabSendsToggle, m_dock);
    connect(m_panel, &TabSendsPanel::compareRequested, this,
            [this](int a, int b) { compareSends(m_shell->currentPage(), a, b); });
    refreshPanel();
    return m_dock;
}

void CompareController::refreshPanel()
{
    if (!m_panel)
        return;
    RequestPage *page = m_shell->currentPage();
    m_panel->setSends(page ? page->title() : QString(),
                      page ? m_sends.value(page) : QList<ResponseSnapshot>());
}

ResponseDiffDialog *CompareController::showDiff()
{
    if (!m_diff)
        m_diff = new ResponseDiffDialog(m_shell->mainWindow());
    m_diff->show();
    m_diff->raise();
    m_diff->activateWindow();
    return m_diff;
}

void CompareController::compare(const ResponseSnapshot &a, const ResponseSnapshot &b)
{
    showDiff()->compare(a, b);
}

bool CompareController::compareHistory(const QString &entryIdA, const QString &entryIdB)
{
    const HistoryStore *history = m_shell->historyStore();
    if (!history)
        return false;
    const std::optional<HistoryEntry> entryA = history->entry(entryIdA);
    const std::optional<HistoryEntry> entryB = history->entry(entryIdB);
    // Kept, or still being written (then read once written).
    const auto kept = [history](const QString &id) {
        return history->isResponsePending(id) || history->isResponseKept(id);
    };
    if (!entryA || !entryB || !kept(entryIdA) || !kept(entryIdB)) {
        m_shell->showStatusMessage(tr("The history did not keep both responses."), 10000);
        return false;
    }
    const auto snapshot = [this](const HistoryEntry &entry, const HistoryResponse &kept) {
        ResponseSnapshot side;
        side.label = tr("History: %1 %2").arg(QString::fromLatin1(entry.request.method), entry.request.path);
        side.time = entry.time;
        side.response = kept.response;
        side.size = kept.size;
        side.bodyDropped = kept.bodyOmitted;
        side.bodyTruncated = kept.bodyTruncated;
        side.endpointKey = endpointKeyFor(m_shell->catalog(), entry.request);
        return side;
    };
    // Both sidecars (up to 1 MiB of JSON each) are read and parsed on the history's writer thread; the
    // comparison starts when the second arrives.
    struct Pending
    {
        std::optional<HistoryResponse> a, b;
        int left = 2;
    };
    auto pending = std::make_shared<Pending>();
    const auto arrived = [this, pending, snapshot, a = *entryA, b = *entryB] {
        if (--pending->left > 0)
            return;
        if (!pending->a || !pending->b) {
            m_shell->showStatusMessage(tr("The history did not keep both responses."), 10000);
            return;
        }
        compare(snapshot(a, *pending->a), snapshot(b, *pending->b));
    };
    history->readResponse(entryIdA, this, [pending, arrived](std::optional<HistoryResponse> response) {
        pending->a = std::move(response);
        arrived();
    });
    history->readResponse(entryIdB, this, [pending, arrived](std::optional<HistoryResponse> response) {
        pending->b = std::move(response);
        arrived();
    });
    return true;
}

bool CompareController::compareSends(RequestPage *page, int a, int b)
{
    const QList<ResponseSnapshot> sends = m_sends.value(page);
    if (a < 0 || b < 0 || a >= sends.size() || b >= sends.size() || a == b)
        return false;
    ResponseSnapshot first = sends.at(a);
    ResponseSnapshot second = sends.at(b);
    first.label = tr("%1, send %2").arg(first.label).arg(a + 1);
    second.label = tr("%1, send %2").arg(second.label).arg(b + 1);
    compare(first, second);
    return true;
}

SendOnProfileDialog *CompareController::askSendOnProfile()
{
    RequestPage *page = m_shell->currentPage();
    if (!page) {
        m_shell->showStatusMessage(tr("Open a request tab first."), 5000);
        return nullptr;
    }
    Connection *connection = m_shell->connection();
    QList<cx::Profile> others;
    for (const cx::Profile &profile : m_shell->profileStore()->profiles()) {
        if (profile.id != connection->profile().id)
            others.append(profile);
    }
    if (others.isEmpty()) {
        m_shell->showStatusMessage(tr("There is no other profile to send on (Profile > New Profile…)."),
                                   10000);
        return nullptr;
    }
    const RequestDraft draft = page->editor()->draftWithoutBody();
    const QString request = QString::fromLatin1(draft.method) + QLatin1Char(' ') + draft.resolvedPath();
    if (m_ask)
        m_ask->deleteLater();
    m_ask = new SendOnProfileDialog(others, request, !connection->demoServerUrl().isEmpty(),
                                    m_shell->mainWindow());
    m_ask->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<RequestPage> target = page;
    connect(m_ask, &QDialog::accepted, this, [this, target, ask = m_ask] {
        if (target)
            sendOnProfile(target, ask->profileId(), ask->clientSecret());
    });
    m_ask->open();
    return m_ask;
}

bool CompareController::sendOnProfile(RequestPage *page, const QString &profileId,
                                      const QString &clientSecret)
{
    // The same refusal as Send, with its fault line in the editor.
    if (!page || !page->editor()->checkSendable())
        return false;
    const ApiRequest request = page->editor()->resolvedDraft().toApiRequest();
    QString error;
    ProfileSend *send = ProfileSend::start(m_shell->connection(), m_shell->profileStore(), profileId,
                                           clientSecret, request, &error, this);
    if (!send) {
        m_shell->showStatusMessage(error, 10000);
        return false;
    }
    ResponseDiffDialog *dialog = showDiff();
    dialog->showWaiting(send->nameA(), send->nameB());
    const QString endpointKey = endpointKeyFor(m_shell->catalog(), request);
    connect(send, &ProfileSend::finished, this,
            [this, endpointKey, nameA = send->nameA(), nameB = send->nameB()](const ApiResponse &a,
                                                                              const ApiResponse &b) {
                const QDateTime now = QDateTime::currentDateTimeUtc();
                ResponseSnapshot sideA{nameA, now, a, a.body.size(), false, endpointKey};
                ResponseSnapshot sideB{nameB, now, b, b.body.size(), false, endpointKey};
                sideA.response.sent.clear();
                sideB.response.sent.clear();
                if (m_diff)
                    m_diff->compare(sideA, sideB);
            });
    return true;
}

std::optional<ResponseSnapshot> CompareController::lastResponse(RequestPage *page) const
{
    const QList<ResponseSnapshot> sends = m_sends.value(page);
    if (!sends.isEmpty())
        return sends.constLast();
    // Sent before the controller watched it: the body is all the page keeps.
    const QByteArray body = page->lastResponseBody();
    if (body.isEmpty())
        return std::nullopt;
    ResponseSnapshot snapshot;
    snapshot.label = page->title();
    snapshot.response.body = body;
    snapshot.size = body.size();
    return snapshot;
}

void CompareController::askCompareWithTab()
{
    RequestPage *current = m_shell->currentPage();
    QTabWidget *tabs = m_shell->requestTabs();
    if (!current || !tabs)
        return;
    QStringList names;
    QList<QPointer<RequestPage>> pages;
    for (int i = 0; i < tabs->count(); ++i) {
        RequestPage *page = m_shell->pageAt(i);
        if (page && page != current && lastResponse(page)) {
            names.append(tr("%1: %2").arg(i + 1).arg(tabs->tabText(i)));
            pages.append(page);
        }
    }
    if (!lastResponse(current)) {
        m_shell->showStatusMessage(tr("This tab has no response to compare yet."), 10000);
        return;
    }
    if (pages.isEmpty()) {
        m_shell->showStatusMessage(tr("No other tab has a response to compare with."), 10000);
        return;
    }
    auto *ask = new QInputDialog(m_shell->mainWindow());
    ask->setObjectName(QStringLiteral("compareTabDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Compare with Tab"));
    ask->setLabelText(tr("Compare this tab's last response (A) with the one of (B):"));
    ask->setComboBoxItems(names);
    ask->setComboBoxEditable(false);
    QPointer<RequestPage> a = current;
    connect(ask, &QInputDialog::accepted, this, [this, ask, a, pages, names] {
        const qsizetype index = names.indexOf(ask->textValue());
        if (a && index >= 0 && pages.at(index))
            compareTabs(a, pages.at(index));
    });
    ask->open();
}

bool CompareController::compareTabs(RequestPage *a, RequestPage *b)
{
    const std::optional<ResponseSnapshot> sideA = lastResponse(a);
    const std::optional<ResponseSnapshot> sideB = lastResponse(b);
    if (!sideA || !sideB) {
        m_shell->showStatusMessage(tr("Both tabs need a response to compare."), 10000);
        return false;
    }
    compare(*sideA, *sideB);
    return true;
}

CompareController *installCompare(Shell *shell)
{
    return new CompareController(shell);
}

} // namespace cx::gui
