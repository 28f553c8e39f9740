// The endpoint browser's model: the catalog's endpoints grouped by tag (an endpoint with several tags is
// listed under each; one without a tag under "Other"), marked when the token lacks a required scope.
#pragma once

#include "catalog/EndpointCatalog.h"

#include <QAbstractItemModel>
#include <QIcon>
#include <QStringList>

namespace cx::gui {

class EndpointTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { EndpointColumn, SummaryColumn, ScopesColumn, ColumnCount };
    enum Role {
        EndpointIndexRole = Qt::UserRole + 1, // index into catalog().endpoints(); -1 for a tag row
        MethodRole,                           // QByteArray, endpoint rows only
        PathRole,
        MissingScopesRole, // QStringList of required scopes the token lacks
        FilterTextRole,    // method, path, summary and tags, for the filter
    };

    // With a widget as parent, the headers and texts follow that widget's language changes.
    explicit EndpointTreeModel(QObject *parent = nullptr);

    void setCatalog(const EndpointCatalog &catalog);
    const EndpointCatalog &catalog() const { return m_catalog; }
    // The scopes the token was granted (from introspection). Until known, nothing is marked.
    void setGrantedScopes(const QStringList &scopes);
    void clearGrantedScopes();

    const Endpoint *endpointAt(const QModelIndex &index) const;
    QModelIndex indexOf(const QByteArray &method, const QString &path) const;
    QStringList missingScopes(const Endpoint &endpoint) const;
    // Tells views that the headers and every translated text changed with the language.
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Group
    {
        QString tag;
        QList<int> endpoints;
        bool untagged = false; // the endpoints without a tag: named "Other" in the current language
    };
    QString groupName(const Group &group) const;
    void emitAllDataChanged();
    QVariant groupData(const Group &group, int column, int role) const;
    QVariant endpointData(const Endpoint &endpoint, int endpointIndex, int column, int role) const;

    EndpointCatalog m_catalog;
    QList<Group> m_groups;
    QStringList m_granted;
    bool m_scopesKnown = false;
    QIcon m_lockIcon;
};

} // namespace cx::gui
