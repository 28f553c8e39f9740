// The left pane: a filter box over the endpoint tree. Says which endpoint the user picked.
#pragma once

#include "catalog/EndpointCatalog.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace cx::gui {

class EndpointTreeModel;

class EndpointBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit EndpointBrowser(QWidget *parent = nullptr);

    void setCatalog(const EndpointCatalog &catalog);
    void setGrantedScopes(const QStringList &scopes);
    void clearGrantedScopes();
    void focusFilter();

    EndpointTreeModel *model() const { return m_model; }
    QSortFilterProxyModel *filterModel() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    // Selects the endpoint (clearing a filter that hides it); false when the catalog has none such.
    bool selectEndpoint(const QByteArray &method, const QString &path);

signals:
    // The user selected or activated an endpoint.
    void endpointChosen(const cx::Endpoint &endpoint);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyFilter(const QString &text);
    void emitChosen(const QModelIndex &proxyIndex);

    EndpointTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
};

} // namespace cx::gui
