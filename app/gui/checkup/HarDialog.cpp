#include "HarDialog.h"

#include "checkup/VerdictStyle.h"
#include "common/Decide.h"
#include "common/Shell.h"
#include "connection/Connection.h"
#include "errorpanel/ErrorPanel.h"
#include "errors/ApiError.h"
#include "errors/ErrorCatalog.h"
#include "history/RequestWorkspace.h"
#include "net/ApiClient.h"
#include "request/RequestDraftJson.h"
#include "request/RequestPage.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <algorithm>

namespace cx::gui {

HarDialog::HarDialog(Shell *shell)
    : QDialog(shell->mainWindow()), m_shell(shell), m_window(shell->mainWindow()),
      m_summary(new QLabel(this)), m_view(new QTableView(this)),
      m_model(new QStandardItemModel(0, ColumnCount, this)), m_details(new QPlainTextEdit(this)),
      m_replay(new QPushButton(this)), m_replayOrigin(new QPushButton(this)),
      m_errorPanel(new QPushButton(this)), m_open(new QPushButton(this))
{
    setObjectName(QStringLiteral("harDialog"));
    resize(960, 600);
    m_view->setObjectName(QStringLiteral("harTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(UrlColumn, QHeaderView::Stretch);
    m_details->setReadOnly(true);
    m_details->setObjectName(QStringLiteral("harDetails"));
    m_summary->setWordWrap(true);
    m_replay->setEnabled(false);
    m_replayOrigin->setEnabled(false);
    m_replayOrigin->setObjectName(QStringLiteral("harReplayToOrigin"));
    m_errorPanel->setEnabled(false);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showDetails(current.row()); });
    // A double click replays a Connect call only: another origin is reached by its explicit button.
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (isConnectCall(index.row()))
            replay(index.row());
    });
    connect(m_replay, &QPushButton::clicked, this, [this] { replay(currentRow()); });
    connect(m_replayOrigin, &QPushButton::clicked, this, [this] { replayToOrigin(currentRow()); });
    connect(m_errorPanel, &QPushButton::clicked, this, [this] { showInErrorPanel(currentRow()); });

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    buttons->addButton(m_errorPanel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_replayOrigin, QDialogButtonBox::ActionRole);
    buttons->addButton(m_replay, QDialogButtonBox::ActionRole);
    connect(m_open, &QPushButton::clicked, this, &HarDialog::openWithDialog);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    retranslateUi();
}

HarDialog::~HarDialog() = default;

void HarDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void HarDialog::retranslateUi()
{
    setWindowTitle(m_fileName.isEmpty() ? tr("HAR File")
                                        : tr("HAR File — %1").arg(QFileInfo(m_fileName).fileName()));
    m_model->setHorizontalHeaderLabels(
        {tr("#"), tr("Method"), tr("URL"), tr("Status"), tr("Error code"), tr("Action")});
    m_replay->setText(tr("&Replay with Current Profile"));
    m_replay->setToolTip(tr("Sends this call with the current profile's token. The customer's tokens and "
                            "cookies in the file are never sent."));
    m_replayOrigin->setText(tr("Replay to Its Own &Origin"));
    m_replayOrigin->setToolTip(
        tr("Sends this entry, which is not a Connect API call, to the host it went to, "
           "without any credential: neither the customer's nor the profile's token."));
    m_errorPanel->setText(tr("Show in &Error Panel"));
    m_open->setText(tr("&Open…"));
    for (int row = 0; row < m_calls.size() && row < m_model->rowCount(); ++row) {
        if (m_calls.at(row).status <= 0)
            m_model->item(row, StatusColumn)->setText(tr("no response"));
        const QString tip = greyedTip(row);
        for (int column = 0; column < ColumnCount; ++column) {
            QStandardItem *item = m_model->item(row, column);
            item->setToolTip(tip.isEmpty() && column == UrlColumn ? item->text() : tip);
        }
    }
    if (m_summaryText)
        m_summary->setText(m_summaryText());
    // The selected call's details are worded here too: show them again.
    if (currentRow() >= 0)
        showDetails(currentRow());
}

void HarDialog::setSummary(std::function<QString()> summary)
{
    m_summaryText = std::move(summary);
    m_summary->setText(m_summaryText());
}

void HarDialog::openWithDialog()
{
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Open HAR File"), QString(),
                                                          tr("HAR files (*.har *.json);;All files (*)"));
    if (!fileName.isEmpty())
        openFile(fileName);
}

void HarDialog::collectSecrets(const HarLog &log)
{
    // Every credential the file holds (headers, cookies, secret fields in queries and bodies): the core
    // finds them, the same way connect-cli evidence does.
    m_redactor = Redactor();
    HarReader::collectSecrets(log, &m_redactor);
}

bool HarDialog::openFile(const QString &fileName, QString *error)
{
    QString why;
    const auto log = HarReader::readFile(fileName, &why);
    if (!log) {
        setSummary([fileName, why] { return tr("%1 could not be read: %2").arg(fileName, why); });
        if (error)
            *error = why;
        return false;
    }
    m_fileName = fileName;
    collectSecrets(*log);
    m_calls = log->entries;
    m_why.clear();
    const QUrl base = m_shell->connection() ? m_shell->connection()->baseUrl() : QUrl();
    for (const HarEntry &entry : std::as_const(m_calls))
        m_why.append(HarReader::whyNotConnect(entry, base));
    m_model->removeRows(0, m_model->rowCount());
    int failed = 0;
    for (const HarEntry &entry : std::as_const(m_calls)) {
        const bool connectCall = m_why.at(m_model->rowCount()).isEmpty();
        const ErrorDecision decision = decideResponse(entry.toResponse());
        const ApiError &apiError = decision.error();
        const bool isFailure = apiError.isError();
        failed += isFailure && connectCall ? 1 : 0;
        const QString url = m_redactor.redactText(Redactor::redactUrl(entry.url.toString()));
        QList<QStandardItem *> row;
        row << new QStandardItem(QString::number(entry.index + 1))
            << new QStandardItem(QString::fromLatin1(entry.method)) << new QStandardItem(url)
            << new QStandardItem(entry.status > 0 ? QString::number(entry.status) : tr("no response"))
            << new QStandardItem(isFailure ? apiError.code : QString())
            << new QStandardItem(isFailure ? decision.actionName() : QString());
        const Verdict verdict = isFailure ? Verdict::Fail : Verdict::Pass;
        if (connectCall) {
            row.at(StatusColumn)->setIcon(verdictIcon(verdict, palette()));
            row.at(StatusColumn)->setForeground(verdictColor(verdict, palette()));
        } else {
            // Greyed: listed for the whole picture, never replayed with the profile's token.
            for (QStandardItem *item : std::as_const(row))
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
        m_model->appendRow(row);
    }
    retranslateUi(); // the title names the file now
    setSummary([calls = callCount(), entries = log->entries.size(), failed,
                skipped = int(log->warnings.size()),
                origin = base.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString()] {
        QString summary = tr("%n Connect API call(s) of %1 entries, ", nullptr, calls).arg(entries) +
                          tr("%n failed.", nullptr, failed) + QLatin1Char(' ') +
                          tr("Entries on another origin than %1 are greyed.").arg(origin) + QLatin1Char(' ') +
                          tr("Tokens and cookies from the file are masked.");
        if (skipped > 0)
            summary += QLatin1Char(' ') + tr("%n entry(ies) skipped.", nullptr, skipped);
        return summary;
    });
    m_details->clear();
    m_replay->setEnabled(false);
    m_replayOrigin->setEnabled(false);
    m_errorPanel->setEnabled(false);
    if (!m_calls.isEmpty())
        m_view->setCurrentIndex(m_model->index(0, 0));
    return true;
}

int HarDialog::callCount() const
{
    return int(std::count_if(m_why.begin(), m_why.end(), [](const QString &why) { return why.isEmpty(); }));
}

QString HarDialog::greyedTip(int row) const
{
    const QString why = whyNotConnect(row);
    if (why.isEmpty())
        return {};
    return tr("Not a Connect API call: %1. \"Replay to Its Own Origin\" sends it there on purpose, without "
              "any credential.")
        .arg(why);
}

int HarDialog::currentRow() const
{
    return m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
}

ApiResponse HarDialog::maskedResponse(const HarEntry &entry) const
{
    ApiResponse response = entry.toResponse();
    response.headers = Redactor::redactHeaders(response.headers);
    response.body =
        m_redactor.redactText(QString::fromUtf8(Redactor::redactBody(response.body, response.contentType())))
            .toUtf8();
    response.url = QUrl(m_redactor.redactText(Redactor::redactUrl(response.url.toString())));
    return response;
}

void HarDialog::showDetails(int row)
{
    if (row < 0 || row >= m_calls.size()) {
        m_details->clear();
        m_replay->setEnabled(false);
        m_replayOrigin->setEnabled(false);
        m_errorPanel->setEnabled(false);
        return;
    }
    const HarEntry &entry = m_calls.at(row);
    const ApiResponse response = maskedResponse(entry);
    const ApiError apiError = ApiError::fromResponse(response);
    QStringList lines;
    if (!isConnectCall(row))
        lines << greyedTip(row) << QString();
    lines << QStringLiteral("%1 %2").arg(QString::fromLatin1(entry.method),
                                         m_redactor.redactText(Redactor::redactUrl(entry.url.toString())));
    for (const auto &[name, value] : Redactor::redactHeaders(entry.requestHeaders))
        lines << m_redactor.redactText(
            QStringLiteral("%1: %2").arg(QString::fromLatin1(name), QString::fromUtf8(value)));
    lines << QString();
    if (apiError.isError()) {
        const ErrorDecision decision = decideError(apiError);
        const QString meaning = decision.meaning();
        const QString hint = decision.hint();
        lines << tr("Failed: HTTP %1, %2 (%3)").arg(entry.status).arg(apiError.code, decision.actionName());
        lines << tr("Server said: %1").arg(m_redactor.redactText(apiError.message));
        if (!meaning.isEmpty())
            lines << tr("Meaning: %1").arg(meaning);
        if (!hint.isEmpty())
            lines << tr("What to do: %1").arg(hint);
    } else {
        lines << tr("Succeeded: HTTP %1").arg(entry.status);
    }
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
    m_replay->setEnabled(isConnectCall(row));
    m_replayOrigin->setEnabled(!isConnectCall(row));
    m_errorPanel->setEnabled(apiError.isError());
}

bool HarDialog::showInErrorPanel(int row)
{
    if (row < 0 || row >= m_calls.size())
        return false;
    const HarEntry &entry = m_calls.at(row);
    const ApiResponse response = maskedResponse(entry);
    if (!ApiError::fromResponse(response).isError())
        return false;
    m_shell->showFailure(nullptr, entry.requestForReplay(), response);
    return true;
}

RequestPage *HarDialog::replay(int row)
{
    if (row < 0 || row >= m_calls.size() || !isConnectCall(row))
        return nullptr;
    // requestForReplay() drops every credential; the current profile's client adds our own token.
    const ApiRequest request = m_calls.at(row).requestForReplay(m_shell->connection()->baseUrl());
    RequestPage *page = m_shell->openInNewTab(requestDraftFromApiRequest(request));
    page->sendRequest(request);
    return page;
}

ApiCall *HarDialog::replayToOrigin(int row)
{
    if (row < 0 || row >= m_calls.size() || isConnectCall(row))
        return nullptr;
    const HarEntry &entry = m_calls.at(row);
    // A client of our own, without a session: the profile's token cannot go with it, and
    // requestForReplay(.., true) has dropped the customer's credentials.
    if (!m_originClient)
        m_originClient = new ApiClient(this);
    m_originClient->setBaseUrl(QUrl(entry.origin()));
    ApiCall *call = m_originClient->send(entry.requestForReplay({}, true));
    m_details->setPlainText(tr("Sending %1 %2 to %3 without credentials…")
                                .arg(QString::fromLatin1(entry.method),
                                     m_redactor.redactText(Redactor::redactUrl(entry.target)),
                                     entry.origin()));
    connect(call, &ApiCall::finished, this, [this, call, row] {
        showOriginReply(row, call->response());
        call->deleteLater();
        emit originReplayFinished(row);
    });
    return call;
}

void HarDialog::showOriginReply(int row, const ApiResponse &response)
{
    if (row < 0 || row >= m_calls.size())
        return;
    const HarEntry &entry = m_calls.at(row);
    QStringList lines;
    lines << tr("Replayed to %1 without credentials.").arg(entry.origin());
    lines << QStringLiteral("%1 %2").arg(QString::fromLatin1(entry.method),
                                         m_redactor.redactText(Redactor::redactUrl(entry.target)));
    if (response.hasHttpResponse()) {
        lines << tr("Answered: HTTP %1 %2").arg(response.status).arg(QString::fromLatin1(response.reason));
        for (const auto &[name, value] : Redactor::redactHeaders(response.headers))
            lines << m_redactor.redactText(
                QStringLiteral("%1: %2").arg(QString::fromLatin1(name), QString::fromUtf8(value)));
        lines << QString() << m_redactor.redactText(QString::fromUtf8(response.body.left(4000)));
    } else {
        lines << tr("No answer: %1").arg(response.failureDetail);
    }
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
}

} // namespace cx::gui
