// Rows of name/value pairs (query parameters or headers), each with a checkbox that enables it. A row
// that could not be sent as written (a line break in a header, see RequestHygiene) is shown in red with
// the reason as its tool tip; the decision is RequestHygiene's.
#pragma once

#include "request/RequestDraft.h"

#include <QAbstractTableModel>

namespace cx::gui {

class ParamTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ValueColumn, DescriptionColumn, ColumnCount };

    // With a widget as parent, the headers and cell texts follow that widget's language changes.
    explicit ParamTableModel(QObject *parent = nullptr);

    // What the rows are, for the check of each row: header names must be tokens, values must hold no
    // line break; query parameters are percent-encoded, only control characters are refused.
    enum class Kind { Query, Header };
    void setKind(Kind kind);
    Kind kind() const { return m_kind; }
    // Why `row` could not be sent as written (translated, naming the row), or empty when it can.
    QString rowProblem(int row) const;
    // The tool tip of a row whose value a saved draft did not keep (ParamRow::valueNotSaved).
    static QString valueNotSavedNote(const QString &name);
    // The first enabled row with a problem (the one Send refuses for), or -1.
    int firstProblemRow() const;

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
    Kind m_kind = Kind::Query;
};

} // namespace cx::gui
