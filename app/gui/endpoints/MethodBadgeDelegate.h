// Paints the endpoint column as a coloured method badge followed by the path; tag rows as usual.
#pragma once

#include <QStyledItemDelegate>

namespace cx::gui {

class MethodBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // `methodRole` and `pathRole` name the roles that hold the method (QByteArray) and the path.
    MethodBadgeDelegate(int methodRole, int pathRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_methodRole;
    int m_pathRole;
};

} // namespace cx::gui
