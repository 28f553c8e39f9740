// "Save Request…": a name and a folder (an existing one or a new name; empty for the top level).
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace cx::gui {

class SaveRequestDialog : public QDialog
{
    Q_OBJECT
public:
    SaveRequestDialog(const QString &name, const QStringList &folders, const QString &folder,
                      QWidget *parent = nullptr);

    QString name() const;
    QString folder() const;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *folderCombo() const { return m_folder; }
    QDialogButtonBox *buttons() const { return m_buttons; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_nameLabel;
    QLabel *m_folderLabel;
    QLineEdit *m_name;
    QComboBox *m_folder;
    QLabel *m_note;
    QDialogButtonBox *m_buttons;
};

} // namespace cx::gui
