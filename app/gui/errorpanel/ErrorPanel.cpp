#include "ErrorPanel.h"

#include "ActionWidget.h"
#include "ErrorReport.h"
#include "RetryAction.h"
#include "auth/Session.h"
#include "common/Announce.h"
#include "common/Decide.h"
#include "common/ElidedLabel.h"
#include "common/Shell.h"
#include "common/VerbatimLabel.h"
#include "connection/Connection.h"
#include "net/ApiClient.h"
#include "request/ErrorArea.h"
#include "request/RequestEditor.h"
#include "request/RequestPage.h"
#include "vars/VariableContext.h"

#include <QCoreApplication>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace cx::gui {

ErrorPanel::ErrorPanel(Connection *connection, Shell *shell)
    : QDockWidget(shell->mainWindow()), m_connection(connection), m_shell(shell),
      m_window(shell->mainWindow()), m_body(new QWidget(this)), m_placeholder(new QLabel(m_body)),
      m_details(new QWidget(m_body)), m_title(verbatimLabel(m_details, "errorPanelTitle")),
      m_unknown(verbatimLabel(m_details, "errorPanelUnknown")),
      m_message(verbatimLabel(m_details, "errorPanelMessage")),
      m_meaning(verbatimLabel(m_details, "errorPanelMeaning")),
      m_hint(verbatimLabel(m_details, "errorPanelHint")),
      m_request(new ElidedLabel(m_details, Qt::ElideMiddle)),
      m_status(verbatimLabel(m_details, "errorPanelStatus")), m_actionGroup(new QGroupBox(m_details)),
      m_actionBox(new QVBoxLayout), m_historyLabel(new QLabel(m_body)), m_clear(new QPushButton(m_body)),
      m_history(new QListWidget(m_body))
{
    setObjectName(QStringLiteral("errorPanel"));
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                QDockWidget::DockWidgetFloatable);
    toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_unknown->setStyleSheet(QStringLiteral("color: #b26a00;"));
    // One line: a URL has no place to wrap, and a long one would widen the dock past the window.
    m_request->setObjectName(QStringLiteral("errorPanelRequest"));
    m_request->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_request->setForegroundRole(QPalette::PlaceholderText);
    m_status->setStyleSheet(QStringLiteral("font-style: italic;"));
    m_placeholder->setObjectName(QStringLiteral("errorPanelPlaceholder"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_actionGroup->setObjectName(QStringLiteral("errorPanelActionGroup"));
    m_actionGroup->setLayout(m_actionBox);

    auto *details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    details->addWidget(m_title);
    details->addWidget(m_unknown);
    details->addWidget(m_message);
    details->addWidget(m_meaning);
    details->addWidget(m_hint);
    details->addWidget(m_request);
    details->addWidget(m_actionGroup);
    details->addWidget(m_status);
    details->addStretch();
    m_details->setVisible(false);

    auto *scroll = m_scroll = new QScrollArea(m_body);
    scroll->setWidgetResizable(true);
    // The labels wrap; what cannot (a button's text) widens the dock (fitWidth()), and past the most
    // the window allows, it scrolls sideways instead of being cut.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *scrolled = new QWidget(scroll);
    auto *scrolledLayout = new QVBoxLayout(scrolled);
    scrolledLayout->addWidget(m_placeholder);
    scrolledLayout->addWidget(m_details);
    scroll->setWidget(scrolled);

    m_history->setObjectName(QStringLiteral("errorHistory"));
    m_history->setMaximumHeight(fontMetrics().height() * 9);
    m_history->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_history->setTextElideMode(Qt::ElideRight);
    m_clear->setObjectName(QStringLiteral("clearErrorHistory"));
    auto *historyHeader = new QHBoxLayout;
    historyHeader->addWidget(m_historyLabel, 1);
    historyHeader->addWidget(m_clear);

    auto *layout = new QVBoxLayout(m_body);
    layout->addWidget(scroll, 1);
    layout->addLayout(historyHeader);
    layout->addWidget(m_history);
    setWidget(m_body);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16);

    connect(m_history, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { showHistoryEntry(m_history->row(item)); });
    connect(m_history, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { showHistoryEntry(m_history->row(item)); });
    connect(m_clear, &QPushButton::clicked, this, &ErrorPanel::clearHistory);

    Session *s = session();
    connect(s, &Session::introspected, this, [this](const TokenInfo &info) {
        m_granted = info.scopes;
        m_grantedKnown = true;
    });
    connect(s, &Session::signedOut, this, [this] {
        m_granted.clear();
        m_grantedKnown = false;
    });
    retranslateUi();
}

ErrorPanel::~ErrorPanel() = default;

void ErrorPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

void ErrorPanel::retranslateUi()
{
    setWindowTitle(tr("Error Panel"));
    setAccessibleName(tr("Error panel"));
    // After the title: QDockWidget copies a new window title into its toggle action.
    toggleViewAction()->setText(tr("&Error Panel"));
    m_placeholder->setText(tr("No failed requests yet."));
    m_unknown->setText(tr("This code is unknown to this version of Connect Explorer; it is shown as the "
                          "server sent it."));
    m_history->setAccessibleName(tr("Errors this session"));
    m_historyLabel->setText(tr("Errors this session"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Forget the errors of this session"));

    // Each entry's decision translates its meaning and hint when they are shown: render them again.
    // The action widget retranslates itself, so it (and a running countdown) stays as it is.
    for (int row = 0; row < m_history->count(); ++row)
        renderHistoryItem(row);
    if (const ErrorEntry *shown = current()) {
        renderDetails(*shown);
        // Another language, other widths: measured once the action widget (told after the panel) has
        // its new texts too.
        QMetaObject::invokeMethod(this, &ErrorPanel::fitWidth, Qt::QueuedConnection);
    } else
        m_actionGroup->setTitle(tr("What you can do"));
    renderStatus();
}

void ErrorPanel::setCatalog(const EndpointCatalog &catalog)
{
    m_catalog = catalog;
}

void ErrorPanel::watch(RequestPage *page)
{
    connect(page, &RequestPage::requestFinished, this,
            [this, page](const ApiRequest &request, const ApiResponse &response) {
                onFinished(page, request, response);
            });
    connect(page, &QObject::destroyed, this, [this, page] { m_pending.remove(page); });
    connect(page, &RequestPage::errorDetailsRequested, this, [this, page] { showLatestOf(page); });
    // The user sent something else from that tab: a countdown must not replay the old request later.
    connect(page, &RequestPage::busyChanged, this, [this, page](bool busy) {
        const ErrorEntry *shown = current();
        if (!busy || m_pending.contains(page) || !shown || shown->page != page)
            return;
        if (auto *retry = qobject_cast<RetryAction *>(m_action); retry && retry->isCounting())
            retry->cancel();
    });
}

Session *ErrorPanel::session() const
{
    return m_connection->session();
}

QStringList ErrorPanel::grantedScopes(bool *known) const
{
    if (known)
        *known = m_grantedKnown;
    return m_granted;
}

Redactor ErrorPanel::redactor() const
{
    Redactor redactor(session()->secrets()); // the client secret and every token of the session
    for (const QString &value : VariableContext::instance()->secretValues(m_connection->profile().id))
        redactor.addSecret(value); // the profile's secret variables (issue 13, variables)
    return redactor;
}

ReportInput ErrorPanel::reportInput(const ErrorEntry &entry) const
{
    ReportInput input;
    input.request = entry.request;
    input.url = entry.url;
    input.response = entry.response;
    input.error = entry.error;
    input.decision = entry.decision;
    input.time = entry.time;
    input.appVersion = QCoreApplication::applicationVersion();
    input.apiVersion = m_catalog.version();
    input.baseUrl = m_connection->baseUrl().toString();
    return input;
}

const ErrorEntry *ErrorPanel::current() const
{
    for (const ErrorEntry &entry : m_entries) {
        if (entry.id == m_currentId)
            return &entry;
    }
    return nullptr;
}

void ErrorPanel::onFinished(RequestPage *page, const ApiRequest &request, const ApiResponse &response)
{
    const Pending pending = m_pending.take(page);
    // The tab decided this response when it arrived (its error area shows the same decision).
    const ErrorDecision &decision = page->lastDecision();
    if (decision.isError()) {
        addEntry(page, request, response, decision, pending);
        return;
    }
    if (!current() || current()->page != page)
        return;
    // The tab's latest answer is a success: what the panel offered for the old failure is over, so its
    // action box goes (no "Sending retry 1…" or greyed buttons left under it).
    delete m_action;
    m_action = nullptr;
    m_actionGroup->setVisible(false);
    if (pending.origin != ErrorEntry::Origin::User) {
        setStatus([status = response.status, attempt = pending.attempt] {
            return tr("Sent again, and this time it worked: HTTP %1 (attempt %2).").arg(status).arg(attempt);
        });
    } else {
        setStatus([status = response.status] {
            return tr("The tab's latest request worked (HTTP %1); the error above came before it.")
                .arg(status);
        });
    }
}

void ErrorPanel::showFailure(RequestPage *page, const ApiRequest &request, const ApiResponse &response)
{
    addEntry(page, request, response, decideResponse(response), Pending{});
}

void ErrorPanel::addEntry(RequestPage *page, const ApiRequest &request, const ApiResponse &response,
                          const ErrorDecision &decision, const Pending &pending)
{
    ErrorEntry entry;
    entry.id = m_nextId++;
    entry.page = page;
    entry.request = request;
    entry.url = m_connection->client()->urlFor(request).toString();
    entry.response = response;
    entry.decision = decision;
    entry.error = decision.error();
    entry.time = QDateTime::currentDateTimeUtc();
    entry.attempt = pending.attempt;
    entry.origin = pending.origin;

    m_entries.prepend(entry);
    while (m_entries.size() > maxHistory)
        m_entries.removeLast();
    auto *item = new QListWidgetItem;
    item->setData(Qt::UserRole, entry.id);
    m_history->insertItem(0, item);
    renderHistoryItem(0);
    while (m_history->count() > maxHistory)
        delete m_history->takeItem(m_history->count() - 1);
    {
        const QSignalBlocker blocker(m_history);
        m_history->setCurrentRow(0);
    }
    display(entry, true);
    // Opens on every failure, beside the response.
    QDockWidget::show();
    raise();
}

void ErrorPanel::showHistoryEntry(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    const ErrorEntry entry = m_entries.at(row);
    if (entry.id == m_currentId)
        return; // already shown (and its countdown, if any, keeps running)
    display(entry, false);
}

void ErrorPanel::showLatestOf(RequestPage *page)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).page == page) {
            showHistoryEntry(row);
            m_history->setCurrentRow(row);
            break;
        }
    }
    QDockWidget::show();
    raise();
}

void ErrorPanel::clearHistory()
{
    m_entries.clear();
    m_history->clear();
    m_currentId = 0;
    setStatus({});
    delete m_action;
    m_action = nullptr;
    m_actionGroup->setTitle(tr("What you can do"));
    m_details->setVisible(false);
    m_placeholder->setVisible(true);
}

void ErrorPanel::renderHistoryItem(int row)
{
    QListWidgetItem *item = m_history->item(row);
    if (!item || row >= m_entries.size())
        return;
    const ErrorEntry &entry = m_entries.at(row);
    item->setText(historyText(entry));
    item->setToolTip(historyText(entry) + QLatin1Char('\n') + entry.error.message);
}

QString ErrorPanel::historyText(const ErrorEntry &entry) const
{
    const QString code = entry.decision.code().isEmpty() ? entry.error.code : entry.decision.code();
    const QString status = entry.error.status > 0 ? QString::number(entry.error.status) : tr("no response");
    return tr("%1  %2 %3 — %4 %5")
        .arg(entry.time.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
             QString::fromLatin1(entry.request.method), entry.request.path, status, code);
}

void ErrorPanel::setStatus(Text text)
{
    m_statusText = std::move(text);
    renderStatus();
}

void ErrorPanel::renderStatus()
{
    const QString text = m_statusText ? m_statusText() : QString();
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void ErrorPanel::fitWidth()
{
    // The layouts take in a change (a new title, the action widget shown) only when their posted layout
    // request arrives, and a parent's layout keeps the size its child had until then: brought up to
    // date from the inside out first, or the measure is that of the failure shown before.
    for (QWidget *widget : {static_cast<QWidget *>(m_action), static_cast<QWidget *>(m_actionGroup),
                            m_details, m_scroll->widget()}) {
        if (widget && widget->layout())
            widget->layout()->activate();
    }
    // As wide as the shown failure needs (its widest button), up to 45% of the window.
    const int base = fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16;
    const int needed = m_scroll->widget()->minimumSizeHint().width() +
                       m_scroll->verticalScrollBar()->sizeHint().width() + 2 * m_scroll->frameWidth() +
                       m_body->layout()->contentsMargins().left() +
                       m_body->layout()->contentsMargins().right();
    setMinimumWidth(qBound(base, needed, qMax(base, m_window->width() * 45 / 100)));
}

void ErrorPanel::display(const ErrorEntry &entry, bool live)
{
    m_currentId = entry.id;
    setStatus({});
    delete m_action;
    m_action = ActionWidget::create(this, entry, live, m_details);
    m_actionBox->addWidget(m_action);
    m_actionGroup->setVisible(true);
    renderDetails(entry);
    m_placeholder->setVisible(false);
    m_details->setVisible(true);
    // Measured once the details are shown (a layout leaves hidden widgets out) and titled (the action
    // group's title is often the widest line).
    fitWidth();
    // And once more when the action widget is shown: a layout shows a widget added to a visible parent
    // on the next pass of the event loop, so until then it is left out. Only this failure's widget: a
    // later change (leaving presentation mode, another language) does not measure again here.
    QMetaObject::invokeMethod(
        this,
        [this, action = QPointer<ActionWidget>(m_action)] {
            if (action && action == m_action && m_details->isVisible())
                fitWidth();
        },
        Qt::QueuedConnection);
    if (live)
        announce(m_title); // a new failure: said aloud, wherever the focus is
    emit entryShown(entry.id);
}

void ErrorPanel::renderDetails(const ErrorEntry &entry)
{
    const ApiError &error = entry.error;
    const ErrorDecision &decision = entry.decision;
    const QString code = decision.shownCode();
    const QString meaning = decision.meaning();
    const QString hint = decision.hint();
    if (error.status > 0)
        m_title->setText(tr("HTTP %1 · %2").arg(error.status).arg(code));
    else
        m_title->setText(tr("No response · %1").arg(code));
    m_unknown->setVisible(!decision.known());
    m_message->setText(tr("Server says: %1").arg(error.message));
    m_message->setVisible(!error.message.isEmpty());
    m_meaning->setText(tr("Meaning: %1").arg(meaning));
    m_meaning->setVisible(!meaning.isEmpty());
    m_hint->setText(tr("What to do: %1").arg(hint));
    m_hint->setVisible(!hint.isEmpty());
    QString request = tr("%1 %2 at %3")
                          .arg(QString::fromLatin1(entry.request.method), entry.request.path,
                               entry.time.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    if (entry.attempt > 1)
        request += QLatin1Char(' ') + tr("(attempt %1)").arg(entry.attempt);
    if (!entry.page)
        request += QLatin1Char(' ') + tr("(its tab is closed)");
    m_request->setText(request);
    m_request->updateToolTip();
    m_actionGroup->setTitle(tr("What you can do (%1)").arg(decision.actionName()));
}

bool ErrorPanel::replay(const ErrorEntry &entry, ErrorEntry::Origin origin)
{
    RequestPage *page = entry.page;
    if (!page) {
        setStatus(
            [] { return tr("The tab of this request is closed; open the endpoint again to send it."); });
        return false;
    }
    if (page->isBusy()) {
        setStatus([] { return tr("That tab is busy with another request."); });
        return false;
    }
    m_pending.insert(page, Pending{origin, entry.attempt + (origin == ErrorEntry::Origin::Retry ? 1 : 0)});
    page->sendRequest(entry.request);
    return true;
}

RequestPage *ErrorPanel::openAndSend(const Endpoint &endpoint)
{
    RequestPage *page = m_shell->newTabForRequest();
    page->load(RequestDraft::fromEndpoint(endpoint));
    page->send();
    return page;
}

void ErrorPanel::requestSignIn(const QString &field, const QString &message)
{
    emit signInRequested(field, message);
}

} // namespace cx::gui
