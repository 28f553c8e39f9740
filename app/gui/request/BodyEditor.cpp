#include "request/BodyEditor.h"

#include "common/JsonHighlighter.h"
#include "common/RunOnWorker.h"

#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace cx::gui {

BodyEditor::BodyEditor(QWidget *parent)
    : QWidget(parent), m_editor(new QPlainTextEdit(this)), m_indicator(new QLabel(this)),
      m_debounce(new QTimer(this)), m_highlighter(new JsonHighlighter(m_editor->document()))
{
    m_editor->setObjectName(QStringLiteral("bodyEditor"));
    // The fixed-width family only: the size follows the application's font, so presentation mode
    // enlarges what the audience reads (a whole system font would pin its size).
    QFont fixed;
    fixed.setFamilies(QFontDatabase::systemFont(QFontDatabase::FixedFont).families());
    fixed.setStyleHint(QFont::Monospace);
    m_editor->setFont(fixed);
    m_editor->setTabChangesFocus(false);
    m_indicator->setObjectName(QStringLiteral("bodyIndicator"));
    m_indicator->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &BodyEditor::startCheck);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_debounce->start();
        emit edited();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor);
    layout->addWidget(m_indicator);
    retranslateUi();
    showResult({});
}

void BodyEditor::retranslateUi()
{
    m_editor->setPlaceholderText(tr("JSON body (leave empty to send none)"));
    m_editor->setAccessibleName(tr("Request body"));
    // The parser's own message is in the old language too, so an invalid body is checked again.
    if (!m_workerRunning && m_last.state == JsonCheckResult::State::Invalid)
        startCheck();
    else
        showIndicator();
}

void BodyEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BodyEditor::setText(const QString &text)
{
    // Highlighting a huge document would block; big bodies are shown plain.
    m_highlighter->setDocument(text.size() >= LargeBody ? nullptr : m_editor->document());
    m_editor->setPlainText(text);
    m_debounce->stop();
    startCheck();
}

QString BodyEditor::text() const
{
    return m_editor->toPlainText();
}

QString BodyEditor::indicatorText() const
{
    return m_indicator->text();
}

bool BodyEditor::isCheckPending() const
{
    return m_debounce->isActive() || m_workerRunning;
}

void BodyEditor::startCheck()
{
    const QByteArray utf8 = m_editor->toPlainText().toUtf8();
    const quint64 generation = ++m_generation;
    if (utf8.size() < LargeBody) {
        showResult(JsonCheckResult::check(utf8));
        return;
    }
    if (m_highlighter->document())
        m_highlighter->setDocument(nullptr);
    m_workerRunning = true;
    showIndicator();
    runOnWorker<JsonCheckResult>(
        this, [utf8] { return JsonCheckResult::check(utf8); },
        [this, generation](const JsonCheckResult &result) {
            if (generation != m_generation)
                return; // the text changed meanwhile; a newer check is on its way
            m_workerRunning = false;
            showResult(result);
        });
}

void BodyEditor::showResult(const JsonCheckResult &result)
{
    m_last = result;
    m_workerRunning = false;
    showIndicator();
    emit checked(result);
}

void BodyEditor::showIndicator()
{
    if (m_workerRunning) {
        m_indicator->setText(tr("Checking JSON…"));
        return;
    }
    switch (m_last.state) {
    case JsonCheckResult::State::Empty:
        m_indicator->setText(tr("No body"));
        break;
    case JsonCheckResult::State::Valid:
        m_indicator->setText(tr("✓ Valid JSON"));
        break;
    case JsonCheckResult::State::Invalid:
        m_indicator->setText(tr("✗ Invalid JSON at line %1, column %2: %3")
                                 .arg(m_last.line)
                                 .arg(m_last.column)
                                 .arg(m_last.message));
        break;
    }
}

} // namespace cx::gui
