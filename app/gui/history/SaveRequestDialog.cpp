#include "history/SaveRequestDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace cx::gui {

SaveRequestDialog::SaveRequestDialog(const QString &name, const QStringList &folders, const QString &folder,
                                     QWidget *parent)
    : QDialog(parent), m_nameLabel(new QLabel(this)), m_folderLabel(new QLabel(this)),
      m_name(new QLineEdit(name, this)), m_folder(new QComboBox(this)), m_note(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("saveRequestDialog"));
    m_name->setObjectName(QStringLiteral("saveRequestName"));
    m_name->selectAll();
    m_folder->setObjectName(QStringLiteral("saveRequestFolder"));
    m_folder->setEditable(true);
    m_folder->setInsertPolicy(QComboBox::NoInsert);
    m_folder->addItem(QString());
    m_folder->addItems(folders);
    m_folder->setCurrentText(folder);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout(this);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_folderLabel, m_folder);
    form->addRow(m_note);
    form->addRow(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto update = [this] { m_buttons->button(QDialogButtonBox::Save)->setEnabled(!this->name().isEmpty()); };
    connect(m_name, &QLineEdit::textChanged, this, update);
    update();
    retranslateUi();
}

void SaveRequestDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SaveRequestDialog::retranslateUi()
{
    setWindowTitle(tr("Save Request"));
    m_nameLabel->setText(tr("&Name:"));
    m_folderLabel->setText(tr("&Folder:"));
    m_folder->lineEdit()->setPlaceholderText(tr("(top level)"));
    m_note->setText(tr("Secrets are not saved: the Authorization header and other secret values are left "
                       "out, and the signed-in session's token is used when the request is sent."));
}

QString SaveRequestDialog::name() const
{
    return m_name->text().trimmed();
}

QString SaveRequestDialog::folder() const
{
    return m_folder->currentText().trimmed();
}

} // namespace cx::gui
