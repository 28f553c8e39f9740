#include "CompareDialog.h"

#include "checkup/CheckupRunner.h"
#include "checkup/VerdictStyle.h"
#include "common/Shell.h"
#include "connection/Connection.h"
#include "errorpanel/ErrorPanel.h"
#include "io/BoundedRead.h"
#include "net/ApiClient.h"
#include "profiles/CredentialStore.h"
#include "profiles/ProfileController.h"
#include "profiles/ProfileNetwork.h"
#include "profiles/ProfileStore.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cx::gui {

namespace {

QTableWidget *makeTable(int columns, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem *verdictItem(const std::optional<CheckResult> &result, const QPalette &palette)
{
    if (!result)
        return new QTableWidgetItem(QCoreApplication::translate("cx::gui::CompareDialog", "—"));
    QString text = verdictText(result->verdict);
    if (!result->code.isEmpty())
        text += QStringLiteral(" (%1)").arg(result->code);
    auto *item = new QTableWidgetItem(verdictIcon(result->verdict, palette), text);
    item->setForeground(verdictColor(result->verdict, palette));
    item->setToolTip(result->diagnosis);
    return item;
}

} // namespace

CompareDialog::CompareDialog(Shell *shell)
    : QDialog(shell->mainWindow()), m_shell(shell), m_window(shell->mainWindow()),
      m_summary(new QLabel(this)), m_profileA(new QComboBox(this)), m_profileB(new QComboBox(this)),
      m_scopes(makeTable(3, this)), m_checks(makeTable(4, this)), m_text(new QPlainTextEdit(this)),
      m_openReports(new QPushButton(this)), m_run(new QPushButton(this)), m_profilesLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("compareDialog"));
    resize(1100, 660);
    m_scopes->setObjectName(QStringLiteral("compareScopes"));
    m_checks->setObjectName(QStringLiteral("compareChecks"));
    m_checks->setColumnWidth(CheckNameColumn, 200);
    m_checks->setColumnWidth(CheckAColumn, 150);
    m_checks->setColumnWidth(CheckBColumn, 150);
    m_text->setReadOnly(true);
    m_text->setObjectName(QStringLiteral("compareText"));
    m_summary->setWordWrap(true);
    setSummary([] {
        return tr("Open two saved reports (Export… in the check-up, as JSON), or run the check-up "
                  "on two profiles.");
    });

    connect(m_openReports, &QPushButton::clicked, this, &CompareDialog::pickReports);
    connect(m_run, &QPushButton::clicked, this, [this] {
        runOnProfiles(m_profileA->currentData().toString(), m_profileB->currentData().toString());
    });
    fillProfiles();

    auto *sources = new QHBoxLayout;
    sources->addWidget(m_openReports);
    sources->addSpacing(24);
    sources->addWidget(m_profilesLabel);
    sources->addWidget(m_profileA, 1);
    sources->addWidget(m_profileB, 1);
    sources->addWidget(m_run);

    auto *tables = new QSplitter(Qt::Horizontal, this);
    tables->addWidget(m_scopes);
    tables->addWidget(m_checks);
    tables->setStretchFactor(0, 1);
    tables->setStretchFactor(1, 3);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(tables);
    split->addWidget(m_text);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(sources);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    retranslateUi();
}

void CompareDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CompareDialog::retranslateUi()
{
    setWindowTitle(tr("Compare Accounts"));
    m_openReports->setText(tr("Open Two &Reports…"));
    m_run->setText(tr("Run &Check-up on Both"));
    m_profilesLabel->setText(tr("Profiles:"));
    if (m_has) {
        // The explanations and verdicts are worded by the comparison: compare again, keep the row.
        const int scopeRow = m_scopes->currentRow();
        const int checkRow = m_checks->currentRow();
        showComparison();
        m_scopes->setCurrentCell(scopeRow, 0);
        m_checks->setCurrentCell(checkRow, 0);
    } else {
        m_scopes->setHorizontalHeaderLabels({tr("Scope"), tr("A"), tr("B")});
        m_checks->setHorizontalHeaderLabels({tr("Check"), tr("A"), tr("B"), tr("Why they differ")});
    }
    if (m_summaryText)
        m_summary->setText(m_summaryText());
}

void CompareDialog::setSummary(std::function<QString()> summary)
{
    m_summaryText = std::move(summary);
    m_summary->setText(m_summaryText());
}

CompareDialog::~CompareDialog()
{
    for (CheckupRunner *runner : {m_runA.data(), m_runB.data()}) {
        if (runner && runner->isRunning()) {
            disconnect(runner, nullptr, this, nullptr);
            runner->cancel();
        }
    }
}

void CompareDialog::fillProfiles()
{
    const QList<cx::Profile> profiles = m_shell->profileStore()->profiles();
    for (QComboBox *box : {m_profileA, m_profileB}) {
        box->clear();
        for (const cx::Profile &profile : profiles)
            box->addItem(profile.name, profile.id);
    }
    if (m_profileB->count() > 1)
        m_profileB->setCurrentIndex(1);
}

std::optional<CheckReport> CompareDialog::loadReport(const QString &fileName, QString *error) const
{
    // Bounded (BoundedRead::MaxReport): a huge file is refused, never read to an abort.
    const BoundedReadResult file = BoundedRead::readFile(fileName, BoundedRead::MaxReport);
    if (!file.ok) {
        if (error)
            *error = file.error;
        return std::nullopt;
    }
    QString why;
    auto report = CheckReport::fromJsonBytes(file.data, &why);
    if (!report && error)
        *error = tr("%1 is not a check-up report: %2").arg(fileName, why);
    return report;
}

bool CompareDialog::loadReports(const QString &fileA, const QString &fileB, QString *error)
{
    QString why;
    const auto a = loadReport(fileA, &why);
    const auto b = a ? loadReport(fileB, &why) : std::nullopt;
    if (!a || !b) {
        // Worded when it happened; the file's error comes from the system, not our translations.
        setSummary([why] { return why; });
        if (error)
            *error = why;
        return false;
    }
    setReports(*a, *b, QFileInfo(fileA).completeBaseName(), QFileInfo(fileB).completeBaseName());
    return true;
}

void CompareDialog::pickReports()
{
    const QString filter = tr("Check-up reports (*.json);;All files (*)");
    const QString a = QFileDialog::getOpenFileName(this, tr("First Report (A)"), QString(), filter);
    if (a.isEmpty())
        return;
    const QString b =
        QFileDialog::getOpenFileName(this, tr("Second Report (B)"), QFileInfo(a).path(), filter);
    if (!b.isEmpty())
        loadReports(a, b);
}

void CompareDialog::runOnProfiles(const QString &profileIdA, const QString &profileIdB)
{
    ProfileStore *store = m_shell->profileStore();
    Connection *connection = m_shell->connection();
    EndpointCatalog catalog = m_shell->catalog();
    ++m_generation; // a network still loading for an earlier run is not applied
    m_pendingNetworks = 0;
    m_reportA.reset();
    m_reportB.reset();
    for (CheckupRunner *old : {m_runA.data(), m_runB.data()}) {
        if (!old)
            continue;
        disconnect(old, nullptr, this, nullptr);
        if (old->isRunning())
            old->cancel();
        old->deleteLater();
    }
    // Each account's own way to its server (Profile > Network): its proxy, CAs, client certificate and
    // pins. The current profile's client has them with their secrets already; the other account's come
    // from the profile store, its proxy password and key passphrase from the credential store (later).
    struct Side
    {
        CheckupRunner *runner;
        QString id;
        QString name;
        std::optional<NetworkSettings> network; // known now (the profile in use)
    };
    QList<Side> sides;
    const auto dropSides = [&sides] {
        for (const Side &side : std::as_const(sides))
            delete side.runner;
    };
    for (const QString &id : {profileIdA, profileIdB}) {
        const auto stored = store->profile(id);
        if (!stored) {
            dropSides();
            setSummary([] { return tr("The profile is gone."); });
            return;
        }
        QUrl baseUrl(stored->baseUrl);
        QString secret;
        if (stored->isDemo()) {
            const QUrl demoServer = connection->demoServerUrl();
            if (demoServer.isEmpty() && connection->profile().id != id) {
                dropSides();
                setSummary(
                    [] { return tr("The built-in simulator runs only while the Demo profile is in use."); });
                return;
            }
            baseUrl = !demoServer.isEmpty() ? demoServer : connection->baseUrl();
            secret = ProfileStore::demoClientSecret();
        } else if (connection->profile().id == id) {
            baseUrl = connection->baseUrl();
            secret = connection->profile().clientSecret;
        }
        if (secret.isEmpty()) {
            bool ok = false;
            secret = QInputDialog::getText(
                this, tr("Compare Accounts"),
                tr("Client secret of “%1” (used for this check-up only):").arg(stored->name),
                QLineEdit::Password, QString(), &ok);
            if (!ok || secret.isEmpty()) {
                dropSides();
                return;
            }
        }
        auto *runner = new CheckupRunner(baseUrl, stored->clientId, secret, catalog, {}, this);
        runner->setObjectName(stored->name);
        sides << Side{runner, id, stored->name,
                      connection->profile().id == id
                          ? std::optional<NetworkSettings>(connection->client()->networkSettings())
                          : std::nullopt};
    }
    m_runA = sides.at(0).runner;
    m_runB = sides.at(1).runner;
    m_labelA = m_runA->objectName();
    m_labelB = m_runB->objectName();
    if (m_labelA == m_labelB) {
        m_labelA += QStringLiteral(" (A)");
        m_labelB += QStringLiteral(" (B)");
    }
    setSummary(
        [labelA = m_labelA, labelB = m_labelB] { return tr("Checking %1 and %2…").arg(labelA, labelB); });
    connect(m_runA, &CheckupRunner::finished, this, [this](const CheckReport &report) {
        m_reportA = report;
        onRunFinished();
    });
    connect(m_runB, &CheckupRunner::finished, this, [this](const CheckReport &report) {
        m_reportB = report;
        onRunFinished();
    });

    // Both start once both networks are set. A runner gone (the dialog closed, another run started)
    // gets no call back: it is the context of its network's loading.
    const int generation = m_generation;
    m_pendingNetworks = int(sides.size());
    for (const Side &side : std::as_const(sides)) {
        auto apply = [this, generation, runner = side.runner,
                      name = side.name](const NetworkSettings &network) {
            if (generation != m_generation)
                return;
            // Settings that cannot be applied (a CA file gone since) stop the comparison: never another
            // network instead.
            QString networkError;
            if (!runner->client()->setNetworkSettings(network, &networkError)) {
                stopRuns();
                setSummary([name, networkError] {
                    return tr("The network settings of “%1” cannot be used: %2").arg(name, networkError);
                });
                return;
            }
            if (--m_pendingNetworks == 0) {
                m_runA->start();
                m_runB->start();
            }
        };
        CredentialStore *credentials = m_shell->credentialStore();
        if (side.network)
            apply(*side.network);
        else if (credentials)
            ProfileNetwork::loadSecrets(credentials, side.id, ProfileStore().network(side.id), side.runner,
                                        std::move(apply));
        else
            apply(ProfileStore().network(side.id));
        if (generation != m_generation)
            return; // stopped
    }
}

void CompareDialog::stopRuns()
{
    ++m_generation;
    m_pendingNetworks = 0;
    for (CheckupRunner *runner : {m_runA.data(), m_runB.data()}) {
        if (!runner)
            continue;
        disconnect(runner, nullptr, this, nullptr);
        if (runner->isRunning())
            runner->cancel();
        runner->deleteLater();
    }
    m_runA.clear();
    m_runB.clear();
}

void CompareDialog::onRunFinished()
{
    if (m_reportA && m_reportB)
        setReports(*m_reportA, *m_reportB, m_labelA, m_labelB);
}

void CompareDialog::setReports(const CheckReport &a, const CheckReport &b, const QString &labelA,
                               const QString &labelB)
{
    m_shownA = a;
    m_shownB = b;
    m_shownLabelA = labelA;
    m_shownLabelB = labelB;
    m_has = true;
    showComparison();
    const bool identical = m_comparison.identical();
    const int differences = m_comparison.differenceCount();
    setSummary([identical, differences, labelA, labelB, defaultA = m_comparison.labelA,
                defaultB = m_comparison.labelB] {
        const QString nameA = labelA.isEmpty() ? defaultA : tr("A: %1").arg(labelA);
        const QString nameB = labelB.isEmpty() ? defaultB : tr("B: %1").arg(labelB);
        return identical ? tr("%1 and %2 agree on every scope and check.").arg(nameA, nameB)
                         : tr("%n difference(s) between %1 and %2, highlighted.", nullptr, differences)
                               .arg(nameA, nameB);
    });
    emit compared();
}

void CompareDialog::showComparison()
{
    // The explanations call the sides A and B; the headers say which report or profile each one is.
    m_comparison = CheckComparison::compare(m_shownA, m_shownB);
    const QPalette pal = palette();
    const QColor highlight = differenceBackground(pal);
    const QString nameA = m_shownLabelA.isEmpty() ? m_comparison.labelA : tr("A: %1").arg(m_shownLabelA);
    const QString nameB = m_shownLabelB.isEmpty() ? m_comparison.labelB : tr("B: %1").arg(m_shownLabelB);
    m_scopes->setHorizontalHeaderLabels({tr("Scope"), nameA, nameB});
    m_checks->setHorizontalHeaderLabels({tr("Check"), nameA, nameB, tr("Why they differ")});

    m_scopes->setRowCount(int(m_comparison.scopes.size()));
    for (int row = 0; row < m_comparison.scopes.size(); ++row) {
        const ScopeRow &scope = m_comparison.scopes.at(row);
        const auto has = [&pal](bool granted) {
            auto *item = new QTableWidgetItem(granted ? tr("granted") : tr("missing"));
            item->setForeground(verdictColor(granted ? Verdict::Pass : Verdict::Fail, pal));
            return item;
        };
        m_scopes->setItem(row, ScopeNameColumn, new QTableWidgetItem(scope.scope));
        m_scopes->setItem(row, ScopeAColumn, has(scope.inA));
        m_scopes->setItem(row, ScopeBColumn, has(scope.inB));
        if (scope.differs()) {
            for (int column = 0; column < 3; ++column)
                m_scopes->item(row, column)->setBackground(highlight);
        }
    }
    m_scopes->resizeColumnsToContents();

    m_checks->setRowCount(int(m_comparison.checks.size()));
    for (int row = 0; row < m_comparison.checks.size(); ++row) {
        const CheckRow &check = m_comparison.checks.at(row);
        m_checks->setItem(row, CheckNameColumn, new QTableWidgetItem(check.name));
        m_checks->setItem(row, CheckAColumn, verdictItem(check.a, pal));
        m_checks->setItem(row, CheckBColumn, verdictItem(check.b, pal));
        auto *why = new QTableWidgetItem(check.explanation);
        why->setToolTip(check.explanation);
        m_checks->setItem(row, ExplanationColumn, why);
        if (check.differs) {
            for (int column = 0; column < 4; ++column)
                m_checks->item(row, column)->setBackground(highlight);
        }
    }
    m_text->setPlainText(m_comparison.toText());
}

} // namespace cx::gui
