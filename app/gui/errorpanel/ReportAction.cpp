#include "ReportAction.h"

#include "ErrorPanel.h"
#include "ErrorReport.h"
#include "common/FlowLayout.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>

namespace cx::gui {

ReportAction::ReportAction(ErrorPanel *panel, const ErrorEntry &entry, bool live, QWidget *parent)
    : ActionWidget(panel, entry, live, parent), m_preview(new QPlainTextEdit(this)),
      m_copy(new QPushButton(this)), m_saveMarkdown(new QPushButton(this)), m_saveJson(new QPushButton(this)),
      m_text(addLabel(QString(), "reportText")), m_note(nullptr)
{
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setMinimumHeight(fontMetrics().height() * 8);
    m_copy->setObjectName(QStringLiteral("reportCopy"));
    m_saveMarkdown->setObjectName(QStringLiteral("reportSaveMarkdown"));
    m_saveJson->setObjectName(QStringLiteral("reportSaveJson"));
    auto *buttons = new FlowLayout; // wraps in a narrow dock instead of cutting a button off
    buttons->addWidget(m_copy);
    buttons->addWidget(m_saveMarkdown);
    buttons->addWidget(m_saveJson);
    auto *box = static_cast<QBoxLayout *>(layout());
    box->addWidget(m_preview);
    box->addLayout(buttons);
    m_note = addLabel(QString(), "reportNote");
    m_note->setVisible(false);

    connect(m_copy, &QPushButton::clicked, this, &ReportAction::copy);
    connect(m_saveMarkdown, &QPushButton::clicked, this, [this] { save(false); });
    connect(m_saveJson, &QPushButton::clicked, this, [this] { save(true); });
    retranslateUi();
}

void ReportAction::retranslateUi()
{
    m_text->setText(tr("The app and the API disagree about this request. Send this report to support; "
                       "secrets (the token, the client secret, secret headers and fields) are masked."));
    m_copy->setText(tr("&Copy"));
    m_saveMarkdown->setText(tr("Save as &Markdown…"));
    m_saveJson->setText(tr("Save as &JSON…"));
    // The report's headings are translated; the reader keeps its place in it.
    const int scrolled = m_preview->verticalScrollBar()->value();
    m_preview->setPlainText(markdown());
    m_preview->verticalScrollBar()->setValue(scrolled);
    setNote(m_noteKind);
}

void ReportAction::setNote(Note note)
{
    m_noteKind = note;
    switch (note) {
    case Note::None:
        m_note->clear();
        break;
    case Note::Copied:
        m_note->setText(tr("The report is on the clipboard."));
        break;
    case Note::Saved:
        m_note->setText(tr("Saved to %1.").arg(m_noteFile));
        break;
    case Note::SaveFailed:
        m_note->setText(tr("Could not save %1: %2").arg(m_noteFile, m_noteError));
        break;
    }
    m_note->setVisible(note != Note::None);
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
    setNote(Note::Copied);
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
    m_noteFile = fileName;
    m_noteError = file.errorString();
    setNote(ok ? Note::Saved : Note::SaveFailed);
    return ok;
}

} // namespace cx::gui
