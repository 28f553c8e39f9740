#include "response/HeaderListModel.h"

#include "common/PresentationMode.h"
#include "common/Retranslate.h"

#include <QWidget>

namespace cx::gui {

HeaderListModel::HeaderListModel(QObject *parent) : QAbstractTableModel(parent)
{
    if (auto *widget = qobject_cast<QWidget *>(parent))
        onLanguageChange(this, widget, [this] { emit headerDataChanged(Qt::Horizontal, 0, 1); });
}

void HeaderListModel::setHeaders(const HeaderList &headers)
{
    beginResetModel();
    m_headers = headers;
    endResetModel();
}

int HeaderListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

int HeaderListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 2;
}

QVariant HeaderListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const auto &header = m_headers.at(index.row());
    if (index.column() == 0)
        return QString::fromLatin1(header.first);
    return PresentationMode::maskValue(QString::fromLatin1(header.first), QString::fromLatin1(header.second));
}

QVariant HeaderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Header") : tr("Value");
}

} // namespace cx::gui
