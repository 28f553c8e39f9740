#include "ReportAction.h"

#include "ErrorPanel.h"
#include "ErrorReport.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>

namespace cx::gui {

ReportAction::ReportAction(ErrorPanel *panel, const ErrorEntry &entry, bool live, QWidget *parent)
    : ActionWidget(panel, entry, live, parent), m_preview(new QPlainTextEdit(this)),
      m_copy(new QPushButton(tr("&Copy"), this)),
      m_saveMarkdown(new QPushButton(tr("Save as &Markdown…"), this)),
      m_saveJson(new QPushButton(tr("Save as &JSON…"), this)), m_note(nullptr)
{
    addLabel(tr("The app and the API disagree about this request. Send this report to support; secrets "
                "(the token, the client secret, secret headers and fields) are masked."),
             "reportText");
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setMinimumHeight(fontMetrics().height() * 8);
    m_preview->setPlainText(markdown());
    m_copy->setObjectName(QStringLiteral("reportCopy"));
    m_saveMarkdown->setObjectName(QStringLiteral("reportSaveMarkdown"));
    m_saveJson->setObjectName(QStringLiteral("reportSaveJson"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_saveMarkdown);
    buttons->addWidget(m_saveJson);
    buttons->addStretch();
    auto *box = static_cast<QBoxLayout *>(layout());
    box->addWidget(m_preview);
    box->addLayout(buttons);
    m_note = addLabel(QString(), "reportNote");
    m_note->setVisible(false);

    connect(m_copy, &QPushButton::clicked, this, &ReportAction::copy);
    connect(m_saveMarkdown, &QPushButton::clicked, this, [this] { save(false); });
    connect(m_saveJson, &QPushButton::clicked, this, [this] { save(true); });
}

QString ReportAction::markdown() const
{
    return ErrorReport::toMarkdown(panel()->reportInput(entry()), panel()->redactor());
}

QByteArray ReportAction::json() const
{
    return ErrorReport::toJson(panel()->reportInput(entry()), panel()->redactor());
}

void ReportAction::copy()
{
    QApplication::clipboard()->setText(markdown());
    m_note->setText(tr("The report is on the clipboard."));
    m_note->setVisible(true);
}

void ReportAction::save(bool asJson)
{
    const QString suggested = QStringLiteral("connect-error-%1.%2")
                                  .arg(entry().time.toString(QStringLiteral("yyyyMMdd-HHmmss")),
                                       asJson ? QStringLiteral("json") : QStringLiteral("md"));
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Save Error Report"), suggested, asJson ? tr("JSON (*.json)") : tr("Markdown (*.md)"));
    if (!fileName.isEmpty())
        saveTo(fileName, asJson);
}

bool ReportAction::saveTo(const QString &fileName, bool asJson)
{
    QSaveFile file(fileName);
    const QByteArray bytes = asJson ? json() : markdown().toUtf8();
    const bool ok = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
    m_note->setText(ok ? tr("Saved to %1.").arg(fileName)
                       : tr("Could not save %1: %2").arg(fileName, file.errorString()));
    m_note->setVisible(true);
    return ok;
}

} // namespace cx::gui
