#include "SetVariableDialog.h"

#include "VariableContext.h"
#include "vars/JsonPathSelect.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cx::gui {

SetVariableDialog::SetVariableDialog(const QString &profileId, const QByteArray &responseBody,
                                     QWidget *parent)
    : QDialog(parent), m_profileId(profileId), m_body(responseBody), m_name(new QComboBox(this)),
      m_path(new QLineEdit(this)), m_value(new QLabel(this)), m_nameLabel(new QLabel(this)),
      m_pathLabel(new QLabel(this)), m_valueTitle(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("setVariableDialog"));
    m_name->setObjectName(QStringLiteral("variableNameCombo"));
    m_name->setEditable(true);
    m_name->setInsertPolicy(QComboBox::NoInsert);
    for (const Variable &v : VariableContext::instance()->variables(profileId))
        m_name->addItem(v.name);
    m_name->setCurrentIndex(-1);
    m_path->setObjectName(QStringLiteral("jsonPathEdit"));
    m_value->setObjectName(QStringLiteral("selectedValueLabel"));
    m_value->setTextFormat(Qt::PlainText);
    m_value->setWordWrap(true);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_nameLabel->setBuddy(m_name);
    m_pathLabel->setBuddy(m_path);

    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_pathLabel, m_path);
    form->addRow(m_valueTitle, m_value);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SetVariableDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SetVariableDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, &SetVariableDialog::evaluate);
    connect(m_name, &QComboBox::editTextChanged, this, &SetVariableDialog::evaluate);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    retranslateUi();
    evaluate();
}

QPushButton *SetVariableDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void SetVariableDialog::retranslateUi()
{
    setWindowTitle(tr("Set Variable from Response"));
    m_nameLabel->setText(tr("&Variable:"));
    m_pathLabel->setText(tr("JSON &path:"));
    m_valueTitle->setText(tr("Value:"));
    m_path->setPlaceholderText(tr("data[0].id"));
    m_path->setToolTip(tr("A place in the last response: data[0].id, meta[\"key with space\"], items[-1] "
                          "(the last one)"));
    evaluate();
}

void SetVariableDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SetVariableDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

void SetVariableDialog::setName(const QString &name)
{
    m_name->setEditText(name);
}

void SetVariableDialog::evaluate()
{
    m_found = false;
    m_selected.clear();
    QString error;
    const auto path = JsonPathSelect::parse(m_path->text(), &error);
    std::optional<QJsonValue> value;
    if (path)
        value = path->select(m_body, &error);
    if (value) {
        m_found = true;
        m_selected = JsonPathSelect::toVariableValue(*value);
        m_value->setText(m_selected);
        m_value->setForegroundRole(QPalette::WindowText);
    } else {
        m_value->setText(m_path->text().trimmed().isEmpty() ? tr("Enter the path of a value") : error);
        m_value->setForegroundRole(QPalette::PlaceholderText);
    }
    okButton()->setEnabled(m_found && Variables::isValidName(m_name->currentText().trimmed()));
}

void SetVariableDialog::accept()
{
    evaluate();
    if (!okButton()->isEnabled())
        return;
    QString error;
    if (!VariableContext::instance()->setVariable(m_profileId, m_name->currentText().trimmed(), m_selected,
                                                  &error)) {
        m_value->setText(error);
        return;
    }
    QDialog::accept();
}

} // namespace cx::gui
