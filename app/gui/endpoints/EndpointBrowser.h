// The left pane: a filter box over the endpoint tree and a details line for the current endpoint. Says
// which endpoint the user picked. The tree shows method and path only; the summary and the scopes are
// in the details line and the tooltip. The simulator's own /_sim endpoints are hidden unless asked for
// ("Show simulator endpoints" in the tree's context menu). Keyboard: Down in the filter enters the
// tree, Return opens the first match; arrowing the tree previews each endpoint and keeps the focus.
#pragma once

#include "catalog/EndpointCatalog.h"

#include <QWidget>

class QAction;
class QLabel;
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
    QLabel *detailsLabel() const { return m_details; }
    // Checkable: the simulator's /_sim endpoints are listed (off by default).
    QAction *showSimulatorAction() const { return m_showSimulator; }
    void setShowSimulatorEndpoints(bool show);
    bool showsSimulatorEndpoints() const;
    // Whether `path` is one of the simulator's control endpoints (/_sim and below).
    static bool isSimulatorPath(const QString &path);
    // Selects the endpoint (clearing a filter that hides it); false when the catalog has none such.
    bool selectEndpoint(const QByteArray &method, const QString &path);

signals:
    // The user selected or activated an endpoint.
    void endpointChosen(const cx::Endpoint &endpoint);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void applyFilter(const QString &text);
    void emitChosen(const QModelIndex &proxyIndex);
    // The first endpoint row the filter lets through, in the tree's order; invalid when none.
    QModelIndex firstEndpoint() const;
    void updateDetails();
    QString detailsOf(const Endpoint &endpoint) const;

    EndpointTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QLabel *m_details;
    QAction *m_showSimulator;
};

} // namespace cx::gui
