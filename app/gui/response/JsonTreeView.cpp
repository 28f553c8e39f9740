#include "response/JsonTreeView.h"

#include "response/JsonTreeModel.h"
#include "vars/JsonPathSelect.h"

#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>

namespace cx::gui {

JsonTreeView::JsonTreeView(JsonTreeModel *model, QWidget *parent)
    : QTreeView(parent), m_model(model), m_copyValue(new QAction(this)), m_copyPath(new QAction(this)),
      m_setVariable(new QAction(this))
{
    setModel(model);
    setUniformRowHeights(true); // keeps scrolling through huge arrays cheap
    setAllColumnsShowFocus(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(1, QHeaderView::Stretch);

    m_copyValue->setShortcut(QKeySequence::Copy);
    m_copyValue->setShortcutContext(Qt::WidgetShortcut);
    m_copyPath->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyPath->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyValue, &QAction::triggered, this, &JsonTreeView::copyValue);
    connect(m_copyPath, &QAction::triggered, this, &JsonTreeView::copyPath);
    addAction(m_copyValue);
    addAction(m_copyPath);
    m_setVariable->setObjectName(QStringLiteral("setVariableFromValueAction"));
    connect(m_setVariable, &QAction::triggered, this, [this] {
        if (currentIndex().isValid())
            emit setVariableRequested(variablePath());
    });
    addAction(m_setVariable);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    // Keys stay readable as the user goes deeper; only the rows on screen are measured.
    connect(this, &QTreeView::expanded, this, [this] { resizeColumnToContents(0); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { resizeColumnToContents(0); });
    retranslateUi();
}

void JsonTreeView::retranslateUi()
{
    m_copyValue->setText(tr("Copy &value"));
    m_copyPath->setText(tr("Copy &path"));
    m_setVariable->setText(tr("&Set variable from this value…"));
    setAccessibleName(tr("Response as a JSON tree"));
}

void JsonTreeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
    }
    QTreeView::changeEvent(event);
}

void JsonTreeView::copyValue()
{
    if (currentIndex().isValid())
        QGuiApplication::clipboard()->setText(m_model->copyValueOf(currentIndex()));
}

QString JsonTreeView::variablePath() const
{
    if (!currentIndex().isValid())
        return {};
    // "$.data[0].id" as the tree writes it, in the shorter form the variable dialog shows.
    const QString path = m_model->pathOf(currentIndex());
    const auto parsed = JsonPathSelect::parse(path);
    return parsed ? JsonPathSelect::format(parsed->steps()) : path;
}

void JsonTreeView::copyPath()
{
    if (currentIndex().isValid())
        QGuiApplication::clipboard()->setText(m_model->pathOf(currentIndex()));
}

} // namespace cx::gui
