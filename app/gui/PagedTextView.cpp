#include "PagedTextView.h"

#include "JsonHighlighter.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

namespace cx::gui {

namespace {
constexpr qsizetype LineBreakLookahead = 16 * 1024;
}

PagedTextView::PagedTextView(QWidget *parent)
    : QWidget(parent), m_editor(new QPlainTextEdit(this)), m_pager(new QWidget(this)),
      m_prev(new QToolButton(m_pager)), m_next(new QToolButton(m_pager)), m_pageLabel(new QLabel(m_pager))
{
    m_editor->setReadOnly(true);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_editor->setUndoRedoEnabled(false);
    m_prev->setText(tr("◀ Previous page"));
    m_prev->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_next->setText(tr("Next page ▶"));
    m_next->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_prev, &QToolButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { showPage(m_page + 1); });

    auto *pagerLayout = new QHBoxLayout(m_pager);
    pagerLayout->setContentsMargins(0, 0, 0, 0);
    pagerLayout->addWidget(m_prev);
    pagerLayout->addWidget(m_pageLabel);
    pagerLayout->addWidget(m_next);
    pagerLayout->addStretch();
    m_pager->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pager);
    layout->addWidget(m_editor);
}

void PagedTextView::setHighlightJson(bool on)
{
    if (on && !m_highlighter)
        m_highlighter = new JsonHighlighter(m_editor->document());
    else if (!on && m_highlighter) {
        delete m_highlighter;
        m_highlighter = nullptr;
    }
}

void PagedTextView::setContent(const QByteArray &utf8)
{
    m_content = utf8;
    computePages();
    m_page = -1;
    showPage(0);
}

void PagedTextView::setMessage(const QString &message)
{
    m_content.clear();
    m_pageStarts.clear();
    m_page = -1;
    m_editor->setPlainText(message);
    updatePager();
}

void PagedTextView::clear()
{
    setMessage(QString());
}

void PagedTextView::computePages()
{
    m_pageStarts.clear();
    const qsizetype size = m_content.size();
    qsizetype start = 0;
    while (start < size || m_pageStarts.isEmpty()) {
        m_pageStarts.append(start);
        qsizetype end = start + PageBytes;
        if (end >= size)
            break;
        const QByteArrayView ahead(m_content.constData() + end, qMin(LineBreakLookahead, size - end));
        const qsizetype lineBreak = ahead.indexOf('\n');
        if (lineBreak >= 0) {
            end += lineBreak + 1;
        } else {
            // No line break near: cut between two UTF-8 sequences, never inside one.
            while (end > start + 1 && (uchar(m_content.at(end)) & 0xC0) == 0x80)
                --end;
        }
        start = end;
    }
}

QString PagedTextView::pageText(int page) const
{
    if (page < 0 || page >= m_pageStarts.size())
        return {};
    const qsizetype start = m_pageStarts[page];
    const qsizetype end = page + 1 < m_pageStarts.size() ? m_pageStarts[page + 1] : m_content.size();
    return QString::fromUtf8(QByteArrayView(m_content.constData() + start, end - start));
}

void PagedTextView::showPage(int page)
{
    if (page < 0 || page >= pageCount() || page == m_page)
        return;
    m_page = page;
    m_editor->setPlainText(pageText(page));
    updatePager();
}

void PagedTextView::updatePager()
{
    const int pages = pageCount();
    m_pager->setVisible(pages > 1);
    m_prev->setEnabled(m_page > 0);
    m_next->setEnabled(m_page + 1 < pages);
    m_pageLabel->setText(tr("Page %1 of %2").arg(m_page + 1).arg(pages));
}

bool PagedTextView::find(const QString &needle, bool backward)
{
    if (needle.isEmpty() || pageCount() == 0)
        return false;
    const QTextDocument::FindFlags flags =
        backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    const QTextCursor here = m_editor->document()->find(needle, m_editor->textCursor(), flags);
    if (!here.isNull()) {
        m_editor->setTextCursor(here);
        return true;
    }
    const int pages = pageCount();
    for (int step = 1; step <= pages; ++step) {
        const int page = ((backward ? m_page - step : m_page + step) % pages + pages) % pages;
        const QString text = pageText(page);
        const qsizetype at = backward ? text.lastIndexOf(needle, -1, Qt::CaseInsensitive)
                                      : text.indexOf(needle, 0, Qt::CaseInsensitive);
        if (at < 0)
            continue;
        m_page = -1; // force a reload even when wrapping to the same page
        showPage(page);
        QTextCursor cursor(m_editor->document());
        cursor.setPosition(int(at));
        cursor.setPosition(int(at + needle.size()), QTextCursor::KeepAnchor);
        m_editor->setTextCursor(cursor);
        return true;
    }
    return false;
}

} // namespace cx::gui
