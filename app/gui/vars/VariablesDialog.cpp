#include "VariablesDialog.h"

#include "VariableContext.h"
#include "VariablesTable.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace cx::gui {

VariablesDialog::VariablesDialog(const QString &profileId, const QString &profileName,
                                 const QStringList &highlight, QWidget *parent)
    : QDialog(parent), m_profileId(profileId), m_profileName(profileName), m_table(new VariablesTable(this)),
      m_intro(new QLabel(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("variablesDialog"));
    m_error->setObjectName(QStringLiteral("variablesError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->hide();
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &VariablesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &VariablesDialog::reject);

    connect(m_table, &VariablesTable::edited, this, [this] { m_edited = true; });
    // Secret values that arrive from the keychain after the dialog opened.
    connect(VariableContext::instance(), &VariableContext::changed, this, [this](const QString &id) {
        if (id == m_profileId && !m_edited)
            m_table->setVariables(VariableContext::instance()->variables(m_profileId));
    });
    VariableContext::instance()->ensureLoaded(profileId);
    m_table->setVariables(VariableContext::instance()->variables(profileId));
    for (const QString &name : highlight)
        m_table->addVariable(name);
    m_edited = !highlight.isEmpty();
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    retranslateUi();
}

void VariablesDialog::retranslateUi()
{
    setWindowTitle(tr("Variables — %1").arg(m_profileName));
    m_intro->setText(tr("Variables of the profile \"%1\". Write {{name}} in the path, a query or header "
                        "value or the body; the value is put in when the request is sent.")
                         .arg(m_profileName));
}

void VariablesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void VariablesDialog::accept()
{
    QString error;
    if (!VariableContext::instance()->setVariables(m_profileId, m_table->variables(), &error)) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace cx::gui
