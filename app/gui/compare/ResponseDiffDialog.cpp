#include "ResponseDiffDialog.h"

#include "common/RunOnWorker.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace cx::gui {

namespace {

constexpr int MaxValueChars = 300;

QString valueText(const QJsonValue &value)
{
    if (value.isUndefined())
        return {};
    // A one-item array is the way to write any JSON value (a string quoted, an object compact).
    QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    QString text = QString::fromUtf8(json.mid(1, json.size() - 2));
    if (text.size() > MaxValueChars)
        text = text.left(MaxValueChars) + QChar(0x2026);
    return text;
}

// The sign and the word say what the colour says, for whoever does not see the colour.
QString kindText(JsonChange::Kind kind)
{
    switch (kind) {
    case JsonChange::Kind::Added:
        return ResponseDiffDialog::tr("+ only in B");
    case JsonChange::Kind::Removed:
        return ResponseDiffDialog::tr("− only in A");
    case JsonChange::Kind::Changed:
        return ResponseDiffDialog::tr("~ changed");
    case JsonChange::Kind::TypeChanged:
        return ResponseDiffDialog::tr("≠ type changed");
    }
    return {};
}

QColor kindColor(JsonChange::Kind kind)
{
    switch (kind) {
    case JsonChange::Kind::Added:
        return QColor(0x1a, 0x7f, 0x37);
    case JsonChange::Kind::Removed:
        return QColor(0xcf, 0x22, 0x2e);
    case JsonChange::Kind::Changed:
        return QColor(0x9a, 0x67, 0x00);
    case JsonChange::Kind::TypeChanged:
        return QColor(0x82, 0x50, 0xdf);
    }
    return {};
}

QString settingsKey(const QString &endpointKey)
{
    // One key per endpoint: its slashes would be groups, so the key is percent-encoded.
    return QStringLiteral("compare/ignore/") + QString::fromLatin1(QUrl::toPercentEncoding(endpointKey));
}

struct DiffResult
{
    QJsonObject a;
    QJsonObject b;
    QList<JsonChange> changes;
};

} // namespace

ResponseDiffDialog::ResponseDiffDialog(QWidget *parent)
    : QDialog(parent), m_summary(new QLabel(this)), m_labelA(new QLabel(this)), m_labelB(new QLabel(this)),
      m_busyLabel(new QLabel(this)), m_ignoreLabel(new QLabel(this)), m_ignore(new QLineEdit(this)),
      m_applyIgnore(new QPushButton(this)), m_ignoreNote(new QLabel(this)), m_previous(new QPushButton(this)),
      m_next(new QPushButton(this)), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("responseDiffDialog"));
    resize(1000, 640);
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    for (QLabel *label : {m_labelA, m_labelB}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_labelA->setObjectName(QStringLiteral("diffLabelA"));
    m_labelB->setObjectName(QStringLiteral("diffLabelB"));
    m_busyLabel->setObjectName(QStringLiteral("diffBusy"));
    m_busyLabel->hide();
    m_ignore->setObjectName(QStringLiteral("diffIgnore"));
    m_ignore->setClearButtonEnabled(true);
    m_ignoreLabel->setBuddy(m_ignore);
    m_applyIgnore->setObjectName(QStringLiteral("diffApplyIgnore"));
    m_ignoreNote->setObjectName(QStringLiteral("diffIgnoreNote"));
    m_ignoreNote->setWordWrap(true);
    m_ignoreNote->hide();
    m_previous->setObjectName(QStringLiteral("diffPrevious"));
    m_next->setObjectName(QStringLiteral("diffNext"));
    m_previous->setAutoDefault(false);
    m_next->setAutoDefault(false);
    m_applyIgnore->setAutoDefault(false);

    m_list->setObjectName(QStringLiteral("diffChanges"));
    m_list->setColumnCount(4);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(KindColumn, 130);
    m_list->setColumnWidth(PathColumn, 280);
    m_list->setColumnWidth(AColumn, 260);

    connect(m_applyIgnore, &QPushButton::clicked, this, &ResponseDiffDialog::applyIgnore);
    connect(m_ignore, &QLineEdit::returnPressed, this, &ResponseDiffDialog::applyIgnore);
    connect(m_next, &QPushButton::clicked, this, &ResponseDiffDialog::nextDifference);
    connect(m_previous, &QPushButton::clicked, this, &ResponseDiffDialog::previousDifference);
    // Not the buttons' own shortcuts: their texts' mnemonics (Alt+N, Alt+P) take those.
    auto *next = new QShortcut(QKeySequence(Qt::Key_F8), this);
    connect(next, &QShortcut::activated, this, &ResponseDiffDialog::nextDifference);
    auto *previous = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8), this);
    connect(previous, &QShortcut::activated, this, &ResponseDiffDialog::previousDifference);

    auto *sides = new QHBoxLayout;
    sides->addWidget(m_labelA, 1);
    sides->addWidget(m_labelB, 1);

    auto *ignore = new QHBoxLayout;
    ignore->addWidget(m_ignoreLabel);
    ignore->addWidget(m_ignore, 1);
    ignore->addWidget(m_applyIgnore);

    auto *walk = new QHBoxLayout;
    walk->addWidget(m_busyLabel, 1);
    walk->addStretch();
    walk->addWidget(m_previous);
    walk->addWidget(m_next);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(sides);
    layout->addLayout(ignore);
    layout->addWidget(m_ignoreNote);
    layout->addLayout(walk);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    retranslateUi();
}

ResponseDiffDialog::~ResponseDiffDialog() = default;

void ResponseDiffDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ResponseDiffDialog::retranslateUi()
{
    setWindowTitle(tr("Compare Responses"));
    m_ignoreLabel->setText(tr("&Ignore paths:"));
    m_ignore->setPlaceholderText(tr("e.g. meta.request_id, data[*].updated_at"));
    m_ignore->setToolTip(tr("Comma-separated paths whose differences are left out, with everything below "
                            "them; * is any key, [*] any array item. Remembered for this endpoint."));
    m_ignore->setAccessibleName(tr("Paths to ignore"));
    m_applyIgnore->setText(tr("&Apply"));
    m_applyIgnore->setAccessibleName(tr("Apply the paths to ignore"));
    m_previous->setText(tr("&Previous Difference"));
    m_previous->setToolTip(tr("Previous difference (Shift+F8)"));
    m_previous->setAccessibleName(tr("Previous difference"));
    m_next->setText(tr("&Next Difference"));
    m_next->setToolTip(tr("Next difference (F8)"));
    m_next->setAccessibleName(tr("Next difference"));
    m_list->setHeaderLabels({tr("Difference"), tr("Path"), tr("A"), tr("B")});
    m_list->setAccessibleName(tr("Differences"));
    m_summary->setAccessibleName(tr("Summary"));
    m_labelA->setAccessibleName(tr("Response A"));
    m_labelB->setAccessibleName(tr("Response B"));
    showLabels();
    if (!m_busy) {
        // The kinds are worded by us, the values are the responses'.
        for (int row = 0; row < m_list->topLevelItemCount() && row < m_changes.size(); ++row)
            m_list->topLevelItem(row)->setText(KindColumn, kindText(m_changes.at(row).kind));
    }
    showSummary();
}

void ResponseDiffDialog::showLabels()
{
    const auto describe = [](const QString &side, const std::optional<ResponseSnapshot> &snapshot,
                             const QString &waiting) {
        if (!snapshot)
            return waiting.isEmpty() ? QString() : tr("%1: %2").arg(side, waiting);
        QString text = tr("%1: %2 — %3, %4, %5")
                           .arg(side, snapshot->label, snapshot->statusText(),
                                QLocale().toString(snapshot->time.toLocalTime(), QStringLiteral("HH:mm:ss")),
                                QLocale().formattedDataSize(snapshot->size));
        if (snapshot->bodyDropped)
            text += QLatin1Char(' ') + tr("(body too large to keep: not compared)");
        else if (snapshot->bodyTruncated)
            text += QLatin1Char(' ') + tr("(only the start of the body was kept)");
        return text;
    };
    m_labelA->setText(describe(tr("A"), m_a, m_waitingA));
    m_labelB->setText(describe(tr("B"), m_b, m_waitingB));
}

void ResponseDiffDialog::showSummary()
{
    if (!m_a || !m_b) {
        m_summary->setText(m_busy ? tr("Waiting for both responses…") : QString());
        return;
    }
    if (m_busy && !m_firstOnly) {
        m_summary->setText(tr("Comparing…"));
        return;
    }
    if (m_firstOnly && !m_changes.isEmpty()) {
        m_summary->setText(
            tr("First difference: %1 (looking for the others…)").arg(m_changes.constFirst().path()));
        return;
    }
    m_summary->setText(JsonDiff::summary(m_changes));
}

QString ResponseDiffDialog::summary() const
{
    return m_summary->text();
}

void ResponseDiffDialog::setBusy(bool busy, const QString &note)
{
    m_busy = busy;
    m_busyLabel->setText(note);
    m_busyLabel->setVisible(busy && !note.isEmpty());
    showSummary();
}

void ResponseDiffDialog::showWaiting(const QString &labelA, const QString &labelB)
{
    ++m_generation;
    m_a.reset();
    m_b.reset();
    m_waitingA = labelA;
    m_waitingB = labelB;
    m_changes.clear();
    m_firstOnly = false;
    m_list->clear();
    showLabels();
    setBusy(true, tr("Sending the request on both…"));
}

void ResponseDiffDialog::compare(const ResponseSnapshot &a, const ResponseSnapshot &b)
{
    m_a = a;
    m_b = b;
    m_waitingA.clear();
    m_waitingB.clear();
    m_ignore->setText(rememberedIgnore(a.endpointKey).join(QStringLiteral(", ")));
    m_ignoreNote->hide();
    showLabels();
    run();
}

QStringList ResponseDiffDialog::ignorePatterns() const
{
    QStringList patterns;
    for (const QString &part : m_ignore->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString pattern = part.trimmed();
        if (!pattern.isEmpty() && JsonDiff::checkPattern(pattern) && !patterns.contains(pattern))
            patterns.append(pattern);
    }
    return patterns;
}

QStringList ResponseDiffDialog::rememberedIgnore(const QString &endpointKey)
{
    if (endpointKey.isEmpty())
        return {};
    return QSettings().value(settingsKey(endpointKey)).toStringList();
}

void ResponseDiffDialog::rememberIgnore(const QString &endpointKey, const QStringList &patterns)
{
    if (endpointKey.isEmpty())
        return;
    QSettings settings;
    if (patterns.isEmpty())
        settings.remove(settingsKey(endpointKey));
    else
        settings.setValue(settingsKey(endpointKey), patterns);
}

void ResponseDiffDialog::applyIgnore()
{
    QStringList refused;
    for (const QString &part : m_ignore->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString pattern = part.trimmed();
        QString why;
        if (!pattern.isEmpty() && !JsonDiff::checkPattern(pattern, &why))
            refused.append(tr("“%1” is not a path (%2)").arg(pattern, why));
    }
    m_ignoreNote->setText(refused.join(QLatin1Char('\n')));
    m_ignoreNote->setVisible(!refused.isEmpty());
    if (!m_a || !m_b)
        return;
    rememberIgnore(m_a->endpointKey, ignorePatterns());
    run();
}

void ResponseDiffDialog::run()
{
    if (!m_a || !m_b)
        return;
    const quint64 generation = ++m_generation;
    m_changes.clear();
    m_list->clear();
    m_firstOnly = false;
    setBusy(true, tr("Comparing…"));
    JsonDiffOptions options;
    options.ignore = ignorePatterns();
    // First only up to the first difference: on large bodies it is shown long before the full list.
    JsonDiffOptions first = options;
    first.limit = 1;
    runOnWorker<DiffResult>(
        this,
        [a = *m_a, b = *m_b, first] {
            DiffResult result{a.callOutput(), b.callOutput(), {}};
            result.changes = JsonDiff::compareCallOutputs(result.a, result.b, first);
            return result;
        },
        [this, generation, options](DiffResult result) {
            if (generation != m_generation)
                return;
            if (result.changes.isEmpty()) {
                fillList({});
                setBusy(false);
                emit compared();
                return;
            }
            m_firstOnly = true;
            fillList(result.changes);
            m_list->setCurrentItem(m_list->topLevelItem(0));
            setBusy(true, tr("First difference shown; looking for the others…"));
            runOnWorker<QList<JsonChange>>(
                this,
                [a = std::move(result.a), b = std::move(result.b), options] {
                    return JsonDiff::compareCallOutputs(a, b, options);
                },
                [this, generation](QList<JsonChange> changes) {
                    if (generation != m_generation)
                        return;
                    m_firstOnly = false;
                    // Where the user already is stays current.
                    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
                    fillList(changes);
                    if (row >= 0 && row < m_list->topLevelItemCount())
                        m_list->setCurrentItem(m_list->topLevelItem(row));
                    setBusy(false);
                    emit compared();
                });
        });
}

void ResponseDiffDialog::fillList(const QList<JsonChange> &changes)
{
    m_changes = changes;
    m_list->clear();
    QList<QTreeWidgetItem *> items;
    const qsizetype listed = std::min<qsizetype>(changes.size(), MaxListed);
    items.reserve(listed);
    for (qsizetype i = 0; i < listed; ++i) {
        const JsonChange &change = changes.at(i);
        auto *item = new QTreeWidgetItem;
        item->setText(KindColumn, kindText(change.kind));
        item->setForeground(KindColumn, kindColor(change.kind));
        const QString path = change.path();
        item->setText(PathColumn, path.isEmpty() ? QStringLiteral("$") : path);
        item->setText(AColumn, valueText(change.oldValue));
        item->setText(BColumn, valueText(change.newValue));
        item->setToolTip(AColumn, item->text(AColumn));
        item->setToolTip(BColumn, item->text(BColumn));
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    if (changes.size() > listed) {
        auto *more = new QTreeWidgetItem;
        more->setText(PathColumn, tr("… and %n more not listed", nullptr, int(changes.size() - listed)));
        more->setFlags(Qt::ItemIsEnabled);
        m_list->addTopLevelItem(more);
    }
    m_next->setEnabled(!changes.isEmpty());
    m_previous->setEnabled(!changes.isEmpty());
}

void ResponseDiffDialog::step(int delta)
{
    const int count = int(std::min<qsizetype>(m_changes.size(), MaxListed));
    if (count == 0)
        return;
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    int next = row < 0 ? (delta > 0 ? 0 : count - 1) : row + delta;
    // Round the list, as F8 does in an editor's list of differences.
    next = (next % count + count) % count;
    QTreeWidgetItem *item = m_list->topLevelItem(next);
    m_list->setCurrentItem(item);
    m_list->scrollToItem(item);
}

void ResponseDiffDialog::nextDifference()
{
    step(1);
}

void ResponseDiffDialog::previousDifference()
{
    step(-1);
}

} // namespace cx::gui
