// "Set Variable from Response": a name, a JSON path of the last response (data[0].id,
// a.b["key with space"], items[-1]) and the value it selects, shown as the user types; OK stores it in
// the profile's variables (VariableContext). Opened from the JSON tree's context menu with the path
// filled in, or from the editor's Variables menu.
#pragma once

#include <QByteArray>
#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cx::gui {

class SetVariableDialog : public QDialog
{
    Q_OBJECT
public:
    SetVariableDialog(const QString &profileId, const QByteArray &responseBody, QWidget *parent = nullptr);

    void setPath(const QString &path);
    void setName(const QString &name);

    QComboBox *nameCombo() const { return m_name; }
    QLineEdit *pathEdit() const { return m_path; }
    QLabel *valueLabel() const { return m_value; }
    QPushButton *okButton() const;
    // The value the path selects now, empty when it selects nothing.
    QString selectedValue() const { return m_selected; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void evaluate();

    QString m_profileId;
    QByteArray m_body;
    QComboBox *m_name;
    QLineEdit *m_path;
    QLabel *m_value;
    QLabel *m_nameLabel;
    QLabel *m_pathLabel;
    QLabel *m_valueTitle;
    QDialogButtonBox *m_buttons;
    QString m_selected;
    bool m_found = false;
    QString m_problem;
};

} // namespace cx::gui
