#include "export/CopyAsCodeDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cx::gui {

CopyAsCodeDialog::CopyAsCodeDialog(const ApiRequest &request, const QString &baseUrl, const QByteArray &token,
                                   CodeLanguage language, QWidget *parent)
    : QDialog(parent), m_request(request), m_baseUrl(baseUrl), m_token(token),
      m_language(new QComboBox(this)), m_preview(new QPlainTextEdit(this)),
      m_includeSecrets(new QCheckBox(this)), m_keepVariables(new QCheckBox(this)),
      m_languageLabel(new QLabel(this)), m_note(new QLabel(this)), m_copy(new QPushButton(this))
{
    setObjectName(QStringLiteral("copyAsCodeDialog"));
    m_language->setObjectName(QStringLiteral("codeLanguage"));
    for (CodeLanguage each : CodeExporter::languages())
        m_language->addItem(CodeExporter::languageName(each), int(each));
    m_preview->setObjectName(QStringLiteral("codePreview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_includeSecrets->setObjectName(QStringLiteral("includeSecrets"));
    m_includeSecrets->setChecked(false);
    m_keepVariables->setObjectName(QStringLiteral("keepVariables"));
    m_keepVariables->setChecked(false);
    // Only for a request that uses variables.
    m_keepVariables->setVisible(!CodeExporter::environmentNames(request).isEmpty());
    m_note->setObjectName(QStringLiteral("codeNote"));
    m_note->setWordWrap(true);
    m_copy->setObjectName(QStringLiteral("copyCode"));
    m_copy->setDefault(true);

    auto *top = new QHBoxLayout;
    m_languageLabel->setBuddy(m_language);
    top->addWidget(m_languageLabel);
    top->addWidget(m_language, 1);
    top->addWidget(m_keepVariables);
    top->addWidget(m_includeSecrets);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    resize(720, 420);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, &CopyAsCodeDialog::copy);
    connect(m_language, &QComboBox::currentIndexChanged, this, &CopyAsCodeDialog::updatePreview);
    connect(m_includeSecrets, &QCheckBox::toggled, this, &CopyAsCodeDialog::updatePreview);
    connect(m_keepVariables, &QCheckBox::toggled, this, &CopyAsCodeDialog::updatePreview);
    setLanguage(language);
    updatePreview();
    retranslateUi();
}

void CopyAsCodeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CopyAsCodeDialog::retranslateUi()
{
    setWindowTitle(tr("Copy as Code"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Language"));
    m_preview->setAccessibleName(tr("Code preview"));
    m_includeSecrets->setText(tr("Include &secrets"));
    m_includeSecrets->setToolTip(tr("Write the signed-in session's bearer token into the code. Anyone who "
                                    "reads the code can then act as this account until the token expires."));
    m_keepVariables->setText(tr("&Keep variables as shell variables"));
    m_keepVariables->setToolTip(tr("Write each {{name}} as a reference to the environment variable of that "
                                   "name instead of its value"));
    m_copy->setText(m_copied ? tr("Copied") : tr("&Copy"));
    updateNote();
}

void CopyAsCodeDialog::setVariables(const VariableScope &variables)
{
    m_variables = variables;
    updatePreview();
}

void CopyAsCodeDialog::setLanguage(CodeLanguage language)
{
    const int at = m_language->findData(int(language));
    if (at >= 0)
        m_language->setCurrentIndex(at);
}

CodeLanguage CopyAsCodeDialog::language() const
{
    return CodeLanguage(m_language->currentData().toInt());
}

QString CopyAsCodeDialog::code() const
{
    return m_preview->toPlainText();
}

void CopyAsCodeDialog::updatePreview()
{
    CodeExportOptions options;
    options.includeSecrets = m_includeSecrets->isChecked();
    // Always given: without "Include secrets" the exporter uses it only to mask the token wherever it
    // was pasted into the request.
    options.bearerToken = m_token;
    options.variables = m_variables;
    options.keepVariables = m_keepVariables->isChecked();
    m_preview->setPlainText(CodeExporter::toCode(language(), m_request, m_baseUrl, options));
    updateNote();
}

void CopyAsCodeDialog::updateNote()
{
    QString note;
    if (!m_includeSecrets->isChecked())
        note = tr("No secrets: the code reads the token from the environment variable %1.")
                   .arg(CodeExporter::tokenVariable());
    else if (m_token.isEmpty())
        note = tr("Not signed in: there is no token to include; the code reads %1 instead.")
                   .arg(CodeExporter::tokenVariable());
    else
        note = tr("The code holds the session's real token: keep it private.");
    if (m_keepVariables->isChecked()) {
        const QStringList names = CodeExporter::environmentNames(m_request);
        if (!names.isEmpty())
            note +=
                QLatin1Char(' ') + tr("Export %1 before running it.").arg(names.join(QStringLiteral(", ")));
    }
    m_note->setText(note);
}

void CopyAsCodeDialog::copy()
{
    QApplication::clipboard()->setText(code());
    m_copied = true;
    m_copy->setText(tr("Copied"));
}

} // namespace cx::gui
