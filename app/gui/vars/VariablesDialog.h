// "Variables" of the profile in use: the table, saved through VariableContext on OK (the Demo profile
// and a profile from the command line too, which the profile dialog does not edit).
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace cx::gui {

class VariablesTable;

class VariablesDialog : public QDialog
{
    Q_OBJECT
public:
    // `highlight`: names to add (empty rows to fill in) and point at, e.g. the unresolved ones.
    VariablesDialog(const QString &profileId, const QString &profileName, const QStringList &highlight = {},
                    QWidget *parent = nullptr);

    VariablesTable *table() const { return m_table; }
    QLabel *errorLabel() const { return m_error; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_profileId;
    QString m_profileName;
    VariablesTable *m_table;
    QLabel *m_intro;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_edited = false;
};

} // namespace cx::gui
