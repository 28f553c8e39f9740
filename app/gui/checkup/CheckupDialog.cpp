#include "CheckupDialog.h"

#include "auth/Session.h"
#include "checkup/CheckReportModel.h"
#include "checkup/CheckReportRenderer.h"
#include "checkup/CheckupRunner.h"
#include "checkup/ContractView.h"
#include "common/Decide.h"
#include "common/Shell.h"
#include "connection/Connection.h"
#include "errorpanel/ErrorPanel.h"
#include "errors/ApiError.h"
#include "errors/ErrorCatalog.h"
#include "history/RequestWorkspace.h"
#include "request/ErrorArea.h"
#include "request/RequestDraftJson.h"
#include "request/RequestPage.h"
#include "response/ResponseView.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace cx::gui {

CheckupDialog::CheckupDialog(Shell *shell)
    : QDialog(shell->mainWindow()), m_shell(shell), m_window(shell->mainWindow()),
      m_model(new CheckReportModel(this)), m_view(new QTableView(this)), m_contract(new ContractView(this)),
      m_status(new QLabel(this)), m_progress(new QProgressBar(this)), m_summary(new QLabel(this)),
      m_cancel(new QPushButton(this)), m_rerun(new QPushButton(this)), m_export(new QPushButton(this)),
      m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("checkupDialog"));
    resize(900, 560);

    m_view->setObjectName(QStringLiteral("checkupTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(CheckReportModel::VerdictColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->setColumnWidth(CheckReportModel::NameColumn, 240);
    m_view->setColumnWidth(CheckReportModel::LatencyColumn, 80);
    m_view->setColumnWidth(CheckReportModel::CodeColumn, 150);
    connect(m_view, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { openRow(index.row()); });

    m_summary->setObjectName(QStringLiteral("checkupSummary"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_export->setEnabled(false);
    m_rerun->setEnabled(false);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    buttons->addButton(m_rerun, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_cancel, &QPushButton::clicked, this, &CheckupDialog::cancel);
    connect(m_rerun, &QPushButton::clicked, this, &CheckupDialog::start);
    connect(m_export, &QPushButton::clicked, this, &CheckupDialog::exportWithDialog);

    m_hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(progressRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_contract, 1);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    retranslateUi();
}

void CheckupDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CheckupDialog::retranslateUi()
{
    setWindowTitle(tr("Account Check-up"));
    m_cancel->setText(tr("Cancel"));
    m_rerun->setText(tr("Run Again"));
    m_export->setText(tr("Export…"));
    m_hint->setText(tr("Double-click a row (or press Enter) to open that request with its response."));
    if (m_statusText)
        m_status->setText(m_statusText());
    if (m_progressText)
        m_progress->setFormat(m_progressText());
    if (m_hasReport)
        m_summary->setText(summaryText(m_report));
    m_model->retranslate();
}

void CheckupDialog::setStatus(Text status)
{
    m_statusText = std::move(status);
    m_status->setText(m_statusText());
}

void CheckupDialog::setProgressFormat(Text format)
{
    m_progressText = std::move(format);
    m_progress->setFormat(m_progressText ? m_progressText() : QStringLiteral("%p%"));
}

CheckupDialog::~CheckupDialog()
{
    if (m_runner && m_runner->isRunning()) {
        disconnect(m_runner, nullptr, this, nullptr);
        m_runner->cancel();
    }
}

CheckupRunner *CheckupDialog::runner() const
{
    return m_runner;
}

bool CheckupDialog::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

void CheckupDialog::start()
{
    if (m_runner) {
        disconnect(m_runner, nullptr, this, nullptr);
        if (m_runner->isRunning())
            m_runner->cancel();
        m_runner->deleteLater();
    }
    Connection *connection = m_shell->connection();
    EndpointCatalog catalog = m_shell->catalog();
    if (catalog.endpoints().isEmpty()) {
        QString error;
        if (auto bundled = CheckupRunner::bundledCatalog(&error))
            catalog = *bundled;
    }
    CheckupOptions options;
    options.contract = true; // two extra GETs buy the report card's contract section
    m_runner = new CheckupRunner(connection->client(), connection->session(), catalog, options, this);
    m_model->clear();
    m_contract->clearEntries();
    m_hasReport = false;
    m_summary->clear();
    m_export->setEnabled(false);
    m_rerun->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setRange(0, 0);
    setProgressFormat({});
    m_progress->show();
    setStatus([baseUrl = connection->baseUrl().toString(), clientId = connection->profile().clientId] {
        return tr("Checking %1 as %2…").arg(baseUrl, clientId);
    });
    connect(m_runner, &CheckupRunner::progress, this, [this](int done, int total, const QString &current) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        setProgressFormat(
            [current, done, total] { return tr("%1 (%2 of %3)").arg(current).arg(done).arg(total); });
    });
    connect(m_runner, &CheckupRunner::checkFinished, m_model, &CheckReportModel::append);
    connect(m_runner, &CheckupRunner::finished, this, &CheckupDialog::onFinished);
    m_runner->start();
}

void CheckupDialog::cancel()
{
    if (m_runner && m_runner->isRunning())
        m_runner->cancel();
}

void CheckupDialog::onFinished(const CheckReport &report)
{
    m_report = report;
    m_redactor = m_runner ? m_runner->redactor() : Redactor();
    // The window's session's secrets too (client secret, every token), whatever the run registered.
    m_redactor.setLiveSecrets(m_shell->connection()->session()->secrets());
    m_hasReport = true;
    m_model->setChecks(report.checks);
    m_contract->setEntries(report.contract);
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    const bool cancelled = CheckReport::outcomeName(report.outcome) == QLatin1String("cancelled");
    setProgressFormat([cancelled] { return cancelled ? tr("Cancelled") : tr("Done"); });
    m_cancel->setEnabled(false);
    m_rerun->setEnabled(true);
    m_export->setEnabled(true);
    m_summary->setText(summaryText(report));
    setStatus([this] {
        return tr("Checked %1 as %2 in %3 ms.")
            .arg(m_report.baseUrl, m_report.clientId)
            .arg(m_report.startedAt.msecsTo(m_report.finishedAt));
    });
    emit checkupFinished(report);
}

QString CheckupDialog::summaryText(const CheckReport &report)
{
    QString text = tr("%n passed", nullptr, report.count(Verdict::Pass)) + QStringLiteral(", ") +
                   tr("%n warning(s)", nullptr, report.count(Verdict::Warn)) + QStringLiteral(", ") +
                   tr("%n failed", nullptr, report.count(Verdict::Fail));
    if (const int skipped = report.count(Verdict::Skip))
        text += QStringLiteral(", ") + tr("%n skipped", nullptr, skipped);
    if (report.outcome == CheckReport::Outcome::Cancelled)
        text += QStringLiteral(" — ") + tr("cancelled");
    return text;
}

RequestPage *CheckupDialog::openRow(int row)
{
    if (!m_runner || row < 0 || row >= m_model->rowCount())
        return nullptr;
    const CheckResult &check = m_model->check(row);
    const auto exchange = m_runner->exchange(check.id);
    if (!exchange) {
        setStatus([name = check.name] { return tr("“%1” has no request to open.").arg(name); });
        return nullptr;
    }
    ApiRequest request = exchange->request;
    request.headers = Redactor::withoutMaskedSecrets(Redactor::redactHeaders(request.headers));
    RequestPage *page = m_shell->openInNewTab(requestDraftFromApiRequest(request));
    const ErrorDecision decision = decideResponse(exchange->response);
    const ApiError &error = decision.error();
    if (error.isError())
        page->errorArea()->showError(decision);
    page->responseView()->showResponse(exchange->response, error.isError());
    if (error.isError() || check.verdict == Verdict::Fail)
        m_shell->showFailure(page, request, exchange->response);
    return page;
}

bool CheckupDialog::exportTo(const QString &fileName, Format format, QString *error) const
{
    if (!m_hasReport) {
        if (error)
            *error = tr("There is no report yet.");
        return false;
    }
    QString text;
    switch (format) {
    case Format::Markdown:
        text = CheckReportRenderer::toMarkdown(m_report, m_redactor);
        break;
    case Format::Html:
        text = CheckReportRenderer::toHtml(m_report, m_redactor);
        break;
    case Format::Json:
        text = m_redactor.redactText(QString::fromUtf8(m_report.toJsonBytes(true)));
        break;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void CheckupDialog::exportWithDialog()
{
    const QString markdown = tr("Markdown (*.md)");
    const QString html = tr("HTML (*.html)");
    const QString json = tr("JSON report (*.json)");
    QString filter = markdown;
    QString fileName =
        QFileDialog::getSaveFileName(this, tr("Export Check-up Report"), QStringLiteral("checkup-report.md"),
                                     QStringList{markdown, html, json}.join(QStringLiteral(";;")), &filter);
    if (fileName.isEmpty())
        return;
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    Format format = Format::Markdown;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm") ||
        (suffix.isEmpty() && filter == html))
        format = Format::Html;
    else if (suffix == QLatin1String("json") || (suffix.isEmpty() && filter == json))
        format = Format::Json;
    QString error;
    if (!exportTo(fileName, format, &error))
        QMessageBox::warning(this, tr("Export Check-up Report"),
                             tr("%1 could not be written: %2").arg(fileName, error));
    else
        setStatus([fileName] { return tr("Saved the report (redacted) as %1.").arg(fileName); });
}

} // namespace cx::gui
