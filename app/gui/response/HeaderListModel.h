// The response headers as a read-only two-column table, in arrival order.
#pragma once

#include "net/ApiTypes.h"

#include <QAbstractTableModel>

namespace cx::gui {

class HeaderListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // With a widget as parent, the column titles follow that widget's language changes.
    explicit HeaderListModel(QObject *parent = nullptr);

    void setHeaders(const HeaderList &headers);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    HeaderList m_headers;
};

} // namespace cx::gui
