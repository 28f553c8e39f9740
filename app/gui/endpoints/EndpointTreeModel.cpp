#include "endpoints/EndpointTreeModel.h"

#include "common/AppIcon.h"
#include "common/Retranslate.h"

#include <QFont>
#include <QWidget>

namespace cx::gui {

namespace {
constexpr quintptr GroupRowId = 0; // internalId of tag rows; endpoint rows carry their group row + 1
}

EndpointTreeModel::EndpointTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_lockIcon(appIcon(QStringLiteral("lock")))
{
    if (auto *widget = qobject_cast<QWidget *>(parent))
        onLanguageChange(this, widget, [this] { retranslate(); });
}

void EndpointTreeModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    emitAllDataChanged();
}

void EndpointTreeModel::setCatalog(const EndpointCatalog &catalog)
{
    beginResetModel();
    m_catalog = catalog;
    m_groups.clear();
    const QStringList tags = m_catalog.tags();
    for (const QString &tag : tags)
        m_groups.append(Group{tag, {}, false});
    Group untagged{QString(), {}, true};
    const auto &endpoints = m_catalog.endpoints();
    for (int i = 0; i < endpoints.size(); ++i) {
        if (endpoints[i].tags.isEmpty()) {
            untagged.endpoints.append(i);
            continue;
        }
        for (const QString &tag : endpoints[i].tags) {
            const int group = tags.indexOf(tag);
            if (group >= 0)
                m_groups[group].endpoints.append(i);
        }
    }
    m_groups.removeIf([](const Group &group) { return group.endpoints.isEmpty(); });
    if (!untagged.endpoints.isEmpty())
        m_groups.append(untagged);
    endResetModel();
}

void EndpointTreeModel::setGrantedScopes(const QStringList &scopes)
{
    m_granted = scopes;
    m_scopesKnown = true;
    emitAllDataChanged();
}

void EndpointTreeModel::emitAllDataChanged()
{
    if (!m_groups.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1)); // views refresh children too
    for (int g = 0; g < m_groups.size(); ++g) {
        const QModelIndex parent = index(g, 0);
        if (!m_groups[g].endpoints.isEmpty())
            emit dataChanged(index(0, 0, parent),
                             index(m_groups[g].endpoints.size() - 1, ColumnCount - 1, parent));
    }
}

void EndpointTreeModel::clearGrantedScopes()
{
    setGrantedScopes({});
    m_scopesKnown = false;
}

QStringList EndpointTreeModel::missingScopes(const Endpoint &endpoint) const
{
    QStringList missing;
    if (!m_scopesKnown || !endpoint.isAuthenticated)
        return missing;
    for (const QString &scope : endpoint.requiredScopes) {
        if (!m_granted.contains(scope))
            missing.append(scope);
    }
    return missing;
}

const Endpoint *EndpointTreeModel::endpointAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == GroupRowId)
        return nullptr;
    const int group = int(index.internalId()) - 1;
    return &m_catalog.endpoints().at(m_groups.at(group).endpoints.at(index.row()));
}

QModelIndex EndpointTreeModel::indexOf(const QByteArray &method, const QString &path) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        for (int row = 0; row < m_groups[g].endpoints.size(); ++row) {
            const Endpoint &endpoint = m_catalog.endpoints().at(m_groups[g].endpoints[row]);
            if (endpoint.method == method.toUpper() && endpoint.path == path)
                return index(row, 0, index(g, 0));
        }
    }
    return {};
}

QModelIndex EndpointTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, GroupRowId) : QModelIndex();
    if (parent.internalId() != GroupRowId || parent.row() >= m_groups.size())
        return {};
    if (row >= m_groups[parent.row()].endpoints.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex EndpointTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupRowId)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, GroupRowId);
}

int EndpointTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == GroupRowId && parent.column() == 0)
        return int(m_groups.at(parent.row()).endpoints.size());
    return 0;
}

int EndpointTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant EndpointTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == GroupRowId)
        return groupData(m_groups.at(index.row()), index.column(), role);
    const int endpointIndex = m_groups.at(int(index.internalId()) - 1).endpoints.at(index.row());
    return endpointData(m_catalog.endpoints().at(endpointIndex), endpointIndex, index.column(), role);
}

QString EndpointTreeModel::groupName(const Group &group) const
{
    return group.untagged ? tr("Other") : group.tag;
}

QVariant EndpointTreeModel::groupData(const Group &group, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == EndpointColumn)
            return groupName(group);
        if (column == SummaryColumn)
            return group.endpoints.size() == 1 ? tr("1 endpoint")
                                               : tr("%1 endpoints").arg(group.endpoints.size());
        return {};
    case Qt::FontRole:
        if (column == EndpointColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case EndpointIndexRole:
        return -1;
    case FilterTextRole:
        return groupName(group);
    default:
        return {};
    }
}

QVariant EndpointTreeModel::endpointData(const Endpoint &endpoint, int endpointIndex, int column,
                                         int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == EndpointColumn)
            return QStringLiteral("%1 %2").arg(QString::fromLatin1(endpoint.method), endpoint.path);
        if (column == SummaryColumn)
            return endpoint.summary;
        if (column == ScopesColumn)
            return endpoint.requiredScopes.join(QStringLiteral(", "));
        return {};
    case Qt::DecorationRole:
        // The endpoint column carries the lock too: the browser shows that column alone.
        if ((column == ScopesColumn || column == EndpointColumn) && !missingScopes(endpoint).isEmpty())
            return m_lockIcon;
        return {};
    case Qt::ToolTipRole: {
        const QStringList missing = missingScopes(endpoint);
        QString lacking;
        if (!missing.isEmpty()) {
            lacking =
                missing.size() == 1
                    ? tr("Your token lacks the scope %1 that this endpoint requires.").arg(missing.first())
                    : tr("Your token lacks the scopes %1 that this endpoint requires.")
                          .arg(missing.join(QStringLiteral(", ")));
        }
        if (column == EndpointColumn) {
            // The sidebar elides long paths in the middle: the tooltip holds the whole of it.
            QStringList lines = {
                QStringLiteral("%1 %2").arg(QString::fromLatin1(endpoint.method), endpoint.path)};
            if (!endpoint.summary.isEmpty())
                lines.append(endpoint.summary);
            if (!lacking.isEmpty())
                lines.append(lacking);
            return lines.join(QLatin1Char('\n'));
        }
        if (!lacking.isEmpty())
            return lacking;
        if (column == SummaryColumn && !endpoint.description.isEmpty())
            return endpoint.description;
        return {};
    }
    case Qt::FontRole:
        if (!missingScopes(endpoint).isEmpty()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case EndpointIndexRole:
        return endpointIndex;
    case MethodRole:
        return endpoint.method;
    case PathRole:
        return endpoint.path;
    case MissingScopesRole:
        return missingScopes(endpoint);
    case FilterTextRole:
        return QStringList{QString::fromLatin1(endpoint.method), endpoint.path, endpoint.summary,
                           endpoint.tags.join(QLatin1Char(' ')),
                           QString::fromLatin1(endpoint.method) + QLatin1Char(' ') + endpoint.path}
            .join(QLatin1Char('\n'));
    default:
        return {};
    }
}

QVariant EndpointTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EndpointColumn:
        return tr("Endpoint");
    case SummaryColumn:
        return tr("Summary");
    case ScopesColumn:
        return tr("Scopes");
    default:
        return {};
    }
}

Qt::ItemFlags EndpointTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace cx::gui
