#include "request/PathParamsForm.h"

#include "request/PathTemplate.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace cx::gui {

PathParamsForm::PathParamsForm(QWidget *parent)
    : QWidget(parent), m_layout(new QFormLayout(this)), m_empty(new QLabel(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addRow(m_empty);
    retranslateUi();
}

void PathParamsForm::retranslateUi()
{
    m_empty->setText(tr("The path has no {parameters}."));
    for (int i = 0; i < m_names.size(); ++i)
        retranslateEdit(m_edits[i], m_names[i]);
}

void PathParamsForm::retranslateEdit(QLineEdit *edit, const QString &name)
{
    edit->setPlaceholderText(tr("value for {%1}").arg(name));
    edit->setAccessibleName(tr("Path parameter %1").arg(name));
}

void PathParamsForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PathParamsForm::setTemplate(const QString &pathTemplate, const QMap<QString, QString> &values)
{
    const QStringList names = PathTemplate::parameterNames(pathTemplate);
    if (names == m_names) {
        for (int i = 0; i < m_names.size(); ++i) {
            if (values.contains(m_names[i]) && m_edits[i]->text() != values.value(m_names[i]))
                m_edits[i]->setText(values.value(m_names[i]));
        }
        return;
    }
    const QMap<QString, QString> typed = values.isEmpty() ? this->values() : values;
    while (m_layout->rowCount() > 1)
        m_layout->removeRow(1);
    m_edits.clear();
    m_names = names;
    for (const QString &name : names) {
        auto *edit = new QLineEdit(typed.value(name), this);
        edit->setObjectName(QStringLiteral("pathParam_") + name);
        retranslateEdit(edit, name);
        connect(edit, &QLineEdit::textEdited, this, &PathParamsForm::edited);
        m_layout->addRow(QStringLiteral("{%1}").arg(name), edit);
        m_edits.append(edit);
    }
    m_empty->setVisible(names.isEmpty());
}

QMap<QString, QString> PathParamsForm::values() const
{
    QMap<QString, QString> result;
    for (int i = 0; i < m_names.size(); ++i)
        result.insert(m_names[i], m_edits[i]->text());
    return result;
}

QLineEdit *PathParamsForm::editFor(const QString &name) const
{
    const int i = int(m_names.indexOf(name));
    return i >= 0 ? m_edits[i] : nullptr;
}

} // namespace cx::gui
