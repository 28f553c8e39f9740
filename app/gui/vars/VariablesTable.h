// A profile's variables as a table: name, value, secret. A secret value is shown as dots and edited in
// a password field; the table never puts it in a tool tip or the clipboard.
#pragma once

#include "vars/Variables.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace cx::gui {

class VariablesTable : public QWidget
{
    Q_OBJECT
public:
    enum Column { NameColumn, ValueColumn, SecretColumn, ColumnCount };

    explicit VariablesTable(QWidget *parent = nullptr);

    void setVariables(const VariableList &variables);
    // Rows with an empty name and value are left out.
    VariableList variables() const;
    // Adds a row (or selects the one of that name) and starts editing its value.
    void addVariable(const QString &name, const QString &value = {});

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

signals:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    int appendRow(const Variable &variable);

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace cx::gui
