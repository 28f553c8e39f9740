// Rows of name/value pairs (query parameters or headers), each with a checkbox that enables it.
#pragma once

#include "RequestDraft.h"

#include <QAbstractTableModel>

namespace cx::gui {

class ParamTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ValueColumn, DescriptionColumn, ColumnCount };

    // With a widget as parent, the headers and cell texts follow that widget's language changes.
    explicit ParamTableModel(QObject *parent = nullptr);

    void setRows(const QList<ParamRow> &rows);
    const QList<ParamRow> &rows() const { return m_rows; }
    // Appends an empty, enabled row and returns its row number.
    int addRow(const QString &name = {}, const QString &value = {});
    void removeRowsAt(QList<int> rows);
    // Tells views that the headers and the translated cell texts changed with the language.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void edited();

private:
    QList<ParamRow> m_rows;
};

} // namespace cx::gui
