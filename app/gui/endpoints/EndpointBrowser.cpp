#include "endpoints/EndpointBrowser.h"

#include "common/ClearButtonOnFirstUse.h"
#include "endpoints/EndpointTreeModel.h"
#include "endpoints/MethodBadgeDelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace cx::gui {

EndpointBrowser::EndpointBrowser(QWidget *parent)
    : QWidget(parent), m_model(new EndpointTreeModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit(this)), m_view(new QTreeView(this))
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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);

    connect(m_filter, &QLineEdit::textChanged, this, &EndpointBrowser::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { emitChosen(current); });
    connect(m_view, &QTreeView::activated, this, &EndpointBrowser::emitChosen);
    // Clicking the endpoint that is already current prepares it again (e.g. in a fresh tab).
    connect(m_view, &QTreeView::clicked, this, &EndpointBrowser::emitChosen);
    // Down from the filter box moves into the tree, so the keyboard alone picks an endpoint.
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_view->setFocus();
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0, m_proxy->index(0, 0)));
    });
    retranslateUi();
}

void EndpointBrowser::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter endpoints (Ctrl+K)"));
    m_filter->setAccessibleName(tr("Filter endpoints"));
    m_view->setAccessibleName(tr("Endpoints"));
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
    m_view->resizeColumnToContents(EndpointTreeModel::EndpointColumn);
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
