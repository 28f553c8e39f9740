#include "help/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cx::gui {

namespace {

QString plainText(QString text)
{
    // Menu texts carry mnemonics ("&Send") and ellipses; the list shows what the entry says.
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    return text;
}

struct Row
{
    QString where;
    QString what;
    QString keys;
};

void collectMenu(const QMenu *menu, const QString &where, QList<Row> *rows)
{
    for (const QAction *action : menu->actions()) {
        if (action->menu()) {
            collectMenu(action->menu(), where + QStringLiteral(" › ") + plainText(action->menu()->title()),
                        rows);
            continue;
        }
        if (action->isSeparator() || action->shortcuts().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        rows->append({where, plainText(action->text()), keys.join(QStringLiteral(", "))});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMainWindow *window) : QDialog(window), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    QList<Row> rows;
    for (const QAction *entry : window->menuBar()->actions()) {
        if (const QMenu *menu = entry->menu())
            collectMenu(menu, plainText(menu->title()), &rows);
    }
    // Keys that are not menu entries.
    const QString editor = tr("Request editor");
    const QString endpoints = tr("Endpoint list");
    const QString response = tr("Response");
    rows.append({editor, tr("Send (in the path field)"),
                 QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText)});
    rows.append({editor, tr("Cancel the running request"),
                 QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText)});
    rows.append({endpoints, tr("From the filter into the list"),
                 QKeySequence(Qt::Key_Down).toString(QKeySequence::NativeText)});
    rows.append({endpoints, tr("Open the first matching endpoint (in the filter)"),
                 QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText)});
    rows.append({endpoints, tr("Preview an endpoint (in the list)"), tr("Up, Down")});
    rows.append({response, tr("Next match (in the find bar)"),
                 QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText)});
    rows.append({response, tr("Close the find bar"),
                 QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText)});

    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Where"), tr("What"), tr("Keys")});
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        int column = 0;
        for (const QString &text : {row.where, row.what, row.keys}) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(text);
            m_table->setItem(i, column++, item);
        }
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 48, fontMetrics().height() * 30);
}

} // namespace cx::gui
