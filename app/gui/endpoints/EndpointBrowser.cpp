#include "endpoints/EndpointBrowser.h"

#include "common/ClearButtonOnFirstUse.h"
#include "endpoints/EndpointTreeModel.h"
#include "endpoints/MethodBadgeDelegate.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QToolTip>
#include <QTreeView>
#include <QVBoxLayout>

namespace cx::gui {

namespace {

// The filter box's text, and the simulator's /_sim endpoints hidden unless asked for. A tag whose every
// endpoint is hidden is hidden with them.
class EndpointFilterModel : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setShowSimulator(bool show)
    {
        if (show == m_showSimulator)
            return;
        m_showSimulator = show;
        invalidateFilter();
    }
    bool showSimulator() const { return m_showSimulator; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        if (!m_showSimulator) {
            const QAbstractItemModel *model = sourceModel();
            const QModelIndex index = model->index(sourceRow, 0, sourceParent);
            if (sourceParent.isValid()) {
                if (EndpointBrowser::isSimulatorPath(index.data(EndpointTreeModel::PathRole).toString()))
                    return false;
            } else {
                const int children = model->rowCount(index);
                bool allHidden = children > 0;
                for (int row = 0; row < children && allHidden; ++row)
                    allHidden = EndpointBrowser::isSimulatorPath(
                        model->index(row, 0, index).data(EndpointTreeModel::PathRole).toString());
                if (allHidden)
                    return false;
            }
        }
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    }

private:
    bool m_showSimulator = false;
};

} // namespace

bool EndpointBrowser::isSimulatorPath(const QString &path)
{
    return path == QLatin1String("/_sim") || path.startsWith(QLatin1String("/_sim/"));
}

EndpointBrowser::EndpointBrowser(QWidget *parent)
    : QWidget(parent), m_model(new EndpointTreeModel(this)), m_proxy(new EndpointFilterModel(this)),
      m_filter(new QLineEdit(this)), m_view(new QTreeView(this)), m_details(new QLabel(this)),
      m_showSimulator(new QAction(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(EndpointTreeModel::FilterTextRole);

    m_filter->setObjectName(QStringLiteral("endpointFilter"));
    ClearButtonOnFirstUse::install(m_filter);

    m_view->setObjectName(QStringLiteral("endpointTree"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegateForColumn(
        EndpointTreeModel::EndpointColumn,
        new MethodBadgeDelegate(EndpointTreeModel::MethodRole, EndpointTreeModel::PathRole, m_view));
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->header()->setStretchLastSection(true);
    // Method and path only: a narrow sidebar has no room for three columns. The summary and the scopes
    // are in the details line below and in the tooltip.
    m_view->setColumnHidden(EndpointTreeModel::SummaryColumn, true);
    m_view->setColumnHidden(EndpointTreeModel::ScopesColumn, true);
    m_view->setHeaderHidden(true);
    m_view->viewport()->installEventFilter(this);
    m_filter->installEventFilter(this);

    m_details->setObjectName(QStringLiteral("endpointDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setForegroundRole(QPalette::PlaceholderText);
    m_details->setVisible(false);

    m_showSimulator->setObjectName(QStringLiteral("showSimulatorEndpointsAction"));
    m_showSimulator->setCheckable(true);
    connect(m_showSimulator, &QAction::toggled, this, &EndpointBrowser::setShowSimulatorEndpoints);
    m_view->addAction(m_showSimulator);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    layout->addWidget(m_details);

    connect(m_filter, &QLineEdit::textChanged, this, &EndpointBrowser::applyFilter);
    // Arrowing through the tree previews each endpoint; the focus stays in the tree (loading a request
    // must not take it away).
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const bool hadFocus = m_view->hasFocus();
                updateDetails();
                emitChosen(current);
                if (hadFocus && !m_view->hasFocus())
                    m_view->setFocus(Qt::OtherFocusReason);
            });
    connect(m_view, &QTreeView::activated, this, &EndpointBrowser::emitChosen);
    // Clicking the endpoint that is already current prepares it again (e.g. in a fresh tab).
    connect(m_view, &QTreeView::clicked, this, &EndpointBrowser::emitChosen);
    // Return in the filter box opens the first endpoint it lets through (Down enters the tree, see
    // eventFilter), so the keyboard alone picks an endpoint.
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        const QModelIndex first = firstEndpoint();
        if (!first.isValid())
            return;
        m_view->setFocus(Qt::OtherFocusReason);
        if (m_view->currentIndex() != first)
            m_view->setCurrentIndex(first); // previews it
        else
            emitChosen(first); // already current: open it again (e.g. in a fresh tab)
        m_view->scrollTo(first);
    });
    retranslateUi();
}

QModelIndex EndpointBrowser::firstEndpoint() const
{
    for (int group = 0; group < m_proxy->rowCount(); ++group) {
        const QModelIndex parent = m_proxy->index(group, 0);
        if (m_proxy->rowCount(parent) > 0)
            return m_proxy->index(0, 0, parent);
    }
    return {};
}

bool EndpointBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && key->modifiers() == Qt::NoModifier) {
            // Into the tree: the current endpoint when the filter still shows it, else the first match.
            const QModelIndex current = m_view->currentIndex();
            m_view->setFocus(Qt::TabFocusReason);
            if (!current.isValid() || !m_model->endpointAt(m_proxy->mapToSource(current))) {
                const QModelIndex first = firstEndpoint();
                if (first.isValid()) {
                    m_view->setCurrentIndex(first);
                    m_view->scrollTo(first);
                }
            }
            return true;
        }
    }
    if (watched == m_view->viewport() && event->type() == QEvent::ToolTip) {
        // The model's own tooltip (a missing scope) first, then the summary, description and scopes.
        const auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = m_view->indexAt(help->pos());
        if (const Endpoint *endpoint = m_model->endpointAt(m_proxy->mapToSource(index))) {
            QStringList lines;
            const QString own = index.data(Qt::ToolTipRole).toString();
            if (!own.isEmpty())
                lines << own;
            lines << detailsOf(*endpoint);
            if (!endpoint->description.isEmpty() && endpoint->description != endpoint->summary)
                lines << endpoint->description;
            lines.removeAll(QString());
            QToolTip::showText(help->globalPos(), lines.join(QLatin1Char('\n')), m_view->viewport(),
                               m_view->visualRect(index));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString EndpointBrowser::detailsOf(const Endpoint &endpoint) const
{
    QStringList lines;
    if (!endpoint.summary.isEmpty())
        lines << endpoint.summary;
    if (!endpoint.requiredScopes.isEmpty())
        lines << tr("Scopes: %1").arg(endpoint.requiredScopes.join(QStringLiteral(", ")));
    return lines.join(QLatin1Char('\n'));
}

void EndpointBrowser::updateDetails()
{
    const Endpoint *endpoint = m_model->endpointAt(m_proxy->mapToSource(m_view->currentIndex()));
    const QString text = endpoint ? detailsOf(*endpoint) : QString();
    m_details->setText(text);
    m_details->setVisible(!text.isEmpty());
}

void EndpointBrowser::setShowSimulatorEndpoints(bool show)
{
    static_cast<EndpointFilterModel *>(m_proxy)->setShowSimulator(show);
    if (m_showSimulator->isChecked() != show)
        m_showSimulator->setChecked(show);
    m_view->expandAll();
}

bool EndpointBrowser::showsSimulatorEndpoints() const
{
    return static_cast<EndpointFilterModel *>(m_proxy)->showSimulator();
}

void EndpointBrowser::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter endpoints (Ctrl+K)"));
    m_filter->setAccessibleName(tr("Filter endpoints"));
    m_view->setAccessibleName(tr("Endpoints"));
    m_showSimulator->setText(tr("Show simulator endpoints"));
    updateDetails();
}

void EndpointBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void EndpointBrowser::setCatalog(const EndpointCatalog &catalog)
{
    m_model->setCatalog(catalog);
    m_view->expandAll();
    // No resizeColumnToContents(): the endpoint column is the last one shown, so it stretches to the
    // view and the delegate elides long paths; measuring every row for a width it would not get cost
    // a few percent of start-up.
}

void EndpointBrowser::setGrantedScopes(const QStringList &scopes)
{
    m_model->setGrantedScopes(scopes);
}

void EndpointBrowser::clearGrantedScopes()
{
    m_model->clearGrantedScopes();
}

void EndpointBrowser::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

bool EndpointBrowser::selectEndpoint(const QByteArray &method, const QString &path)
{
    const QModelIndex source = m_model->indexOf(method, path);
    if (!source.isValid())
        return false;
    QModelIndex proxy = m_proxy->mapFromSource(source);
    if (!proxy.isValid()) {
        m_filter->clear();
        proxy = m_proxy->mapFromSource(source);
    }
    if (!proxy.isValid() && isSimulatorPath(path)) {
        setShowSimulatorEndpoints(true);
        proxy = m_proxy->mapFromSource(source);
    }
    m_view->setCurrentIndex(proxy);
    m_view->scrollTo(proxy);
    return true;
}

void EndpointBrowser::applyFilter(const QString &text)
{
    m_proxy->setFilterFixedString(text.trimmed());
    m_view->expandAll();
}

void EndpointBrowser::emitChosen(const QModelIndex &proxyIndex)
{
    if (const Endpoint *endpoint = m_model->endpointAt(m_proxy->mapToSource(proxyIndex)))
        emit endpointChosen(*endpoint);
}

} // namespace cx::gui
