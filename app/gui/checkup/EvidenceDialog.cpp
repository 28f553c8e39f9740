#include "EvidenceDialog.h"

#include "checkup/CheckupController.h"
#include "checkup/CheckupRunner.h"
#include "common/RunOnWorker.h"
#include "common/Shell.h"
#include "connection/Connection.h"
#include "evidence/EvidenceBuilder.h"
#include "history/HistoryStore.h"
#include "profiles/Profile.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cx::gui {

EvidenceDialog::EvidenceDialog(Shell *shell, CheckupController *controller)
    : QDialog(shell->mainWindow()), m_shell(shell), m_controller(controller), m_har(new QLineEdit(this)),
      m_browseHar(new QPushButton(this)), m_checkup(new QCheckBox(this)), m_history(new QSpinBox(this)),
      m_output(new QLineEdit(this)), m_browseOutput(new QPushButton(this)), m_harLabel(new QLabel(this)),
      m_historyLabel(new QLabel(this)), m_outputLabel(new QLabel(this)), m_status(new QLabel(this)),
      m_export(new QPushButton(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("evidenceDialog"));
    m_har->setObjectName(QStringLiteral("evidenceHar"));
    m_checkup->setObjectName(QStringLiteral("evidenceCheckup"));
    m_history->setObjectName(QStringLiteral("evidenceHistory"));
    m_output->setObjectName(QStringLiteral("evidenceOutput"));
    m_export->setObjectName(QStringLiteral("evidenceExport"));
    m_status->setObjectName(QStringLiteral("evidenceStatus"));
    m_checkup->setChecked(true);
    m_history->setRange(0, HistoryStore::DefaultMaxEntries);
    m_history->setValue(10);
    m_output->setText(QDir::home().filePath(QStringLiteral("connect-evidence.zip")));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *harRow = new QHBoxLayout;
    harRow->addWidget(m_har);
    harRow->addWidget(m_browseHar);
    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output);
    outputRow->addWidget(m_browseOutput);
    auto *form = new QFormLayout;
    form->addRow(m_harLabel, harRow);
    form->addRow(QString(), m_checkup);
    form->addRow(m_historyLabel, m_history);
    form->addRow(m_outputLabel, outputRow);
    m_harLabel->setBuddy(m_har);
    m_historyLabel->setBuddy(m_history);
    m_outputLabel->setBuddy(m_output);
    m_buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, [this] { startExport(); });
    connect(m_browseHar, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Customer's HAR File"), m_har->text(),
                                                          tr("HAR files (*.har);;All files (*)"));
        if (!file.isEmpty())
            m_har->setText(file);
    });
    connect(m_browseOutput, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Save Evidence As"), m_output->text(),
                                                          tr("Zip archives (*.zip);;All files (*)"));
        if (!file.isEmpty())
            m_output->setText(file);
    });
    retranslateUi();
}

void EvidenceDialog::retranslateUi()
{
    setWindowTitle(tr("Export Evidence"));
    m_harLabel->setText(tr("Customer's &HAR file (optional):"));
    m_browseHar->setText(tr("Browse…"));
    m_checkup->setText(tr("Include a &check-up of this account"));
    m_historyLabel->setText(tr("Include the &last history entries:"));
    m_outputLabel->setText(tr("Save &as:"));
    m_browseOutput->setText(tr("Browse…"));
    m_export->setText(tr("&Export"));
}

void EvidenceDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void EvidenceDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_export->setEnabled(!busy);
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_har, m_browseHar, m_checkup, m_history, m_output, m_browseOutput})
        widget->setEnabled(!busy);
}

bool EvidenceDialog::startExport()
{
    if (m_busy)
        return false;
    const QString har = m_har->text().trimmed();
    m_target = m_output->text().trimmed();
    QString why;
    if (m_target.isEmpty())
        why = tr("Choose the file to save the evidence to.");
    else if (!har.isEmpty() && !QFileInfo(har).isFile())
        why = tr("%1 is not a file.").arg(har);
    else if (har.isEmpty() && !m_checkup->isChecked() && m_history->value() == 0)
        why = tr("Choose something to include: a HAR file, the check-up or history entries.");
    if (!why.isEmpty()) {
        m_status->setText(why);
        return false;
    }
    setBusy(true);
    Connection *connection = m_shell->connection();
    if (!m_checkup->isChecked() || !connection) {
        buildAfterHistoryWrites(nullptr);
        return true;
    }
    EndpointCatalog catalog = m_shell->catalog();
    if (catalog.endpoints().isEmpty()) {
        QString error;
        if (auto bundled = CheckupRunner::bundledCatalog(&error))
            catalog = *bundled;
    }
    m_status->setText(tr("Checking the account…"));
    m_runner = new CheckupRunner(connection->client(), connection->session(), catalog, {}, this);
    connect(m_runner, &CheckupRunner::finished, this, [this](const CheckReport &report) {
        buildAfterHistoryWrites(&report);
        m_runner->deleteLater();
    });
    m_runner->start();
    return true;
}

void EvidenceDialog::buildAfterHistoryWrites(const CheckReport *report)
{
    std::optional<CheckReport> copy;
    if (report)
        copy = *report;
    // A response the history is still writing (a large body is redacted first) is waited for on the
    // history's writer thread, not here.
    if (const HistoryStore *history = m_shell->historyStore())
        history->whenWritten(this, [this, copy] { build(copy ? &*copy : nullptr); });
    else
        build(copy ? &*copy : nullptr);
}

void EvidenceDialog::build(const CheckReport *report)
{
    // A snapshot of every secret known now: the worker never reads the session's live set.
    Redactor redactor;
    for (const QString &secret : m_shell->redactor().secrets())
        redactor.addSecret(secret);
    if (m_runner)
        for (const QString &secret : m_runner->redactor().secrets())
            redactor.addSecret(secret);
    EvidenceBuilder builder(redactor);
    if (Connection *connection = m_shell->connection())
        builder.setAccount(connection->profile().name, connection->profile().clientId, connection->baseUrl());
    if (report)
        builder.setCheckReport(*report);
    // The latest history entries; their responses as the history kept them on disk (read on the worker),
    // else as the controller kept them in memory while the app ran.
    struct Reproduced
    {
        HistoryEntry entry;
        QString sidecar;
        std::optional<ApiResponse> inMemory;
    };
    QList<Reproduced> reproduced;
    if (const HistoryStore *history = m_shell->historyStore()) {
        const QList<HistoryEntry> entries = history->entries();
        for (qsizetype i = std::max<qsizetype>(0, entries.size() - m_history->value()); i < entries.size();
             ++i) {
            const HistoryEntry &entry = entries.at(i);
            reproduced.append(
                {entry, history->isResponseKept(entry.id) ? history->responseFilePath(entry.id) : QString(),
                 m_controller ? m_controller->keptResponse(entry.id) : std::nullopt});
        }
    }
    m_status->setText(tr("Writing %1…").arg(m_target));
    struct Result
    {
        bool ok = false;
        QString error;
    };
    runOnWorker<Result>(
        this,
        [builder = std::move(builder), reproduced = std::move(reproduced), har = m_har->text().trimmed(),
         target = m_target]() mutable {
            Result result;
            for (const Reproduced &item : std::as_const(reproduced)) {
                const std::optional<HistoryResponse> kept =
                    item.sidecar.isEmpty() ? std::nullopt
                                           : HistoryStore::readResponseFile(item.sidecar, item.entry.id);
                builder.addHistoryEntry(item.entry,
                                        kept ? std::optional<ApiResponse>(kept->response) : item.inMemory);
            }
            if (!har.isEmpty() && !builder.setCustomerHarFile(har, &result.error))
                return result;
            result.ok = builder.writeZip(target, &result.error);
            return result;
        },
        [this](const Result &result) {
            setBusy(false);
            if (result.ok) {
                m_saved = m_target;
                m_status->setText(tr("Saved the evidence (redacted) as %1.").arg(m_target));
                emit finished(true, m_target);
            } else {
                m_status->setText(tr("The evidence could not be written: %1").arg(result.error));
                emit finished(false, result.error);
            }
        });
}

} // namespace cx::gui
