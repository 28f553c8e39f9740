#include "response/PagedTextView.h"

#include "common/JsonHighlighter.h"

#include <QEvent>
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

// Moves `end` back to the start of a UTF-8 sequence, so a cut never splits a character.
qsizetype characterBoundary(QByteArrayView utf8, qsizetype start, qsizetype end)
{
    while (end > start + 1 && (uchar(utf8.at(end)) & 0xC0) == 0x80)
        --end;
    return end;
}
} // namespace

PagedTextView::PagedTextView(QWidget *parent)
    : QWidget(parent), m_editor(new QPlainTextEdit(this)), m_pager(new QWidget(this)),
      m_prev(new QToolButton(m_pager)), m_next(new QToolButton(m_pager)), m_pageLabel(new QLabel(m_pager))
{
    m_editor->setReadOnly(true);
    // The fixed-width family only: the size follows the application's font, so presentation mode
    // enlarges what the audience reads (a whole system font would pin its size).
    QFont fixed;
    fixed.setFamilies(QFontDatabase::systemFont(QFontDatabase::FixedFont).families());
    fixed.setStyleHint(QFont::Monospace);
    m_editor->setFont(fixed);
    m_editor->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_editor->setUndoRedoEnabled(false);
    m_prev->setToolButtonStyle(Qt::ToolButtonTextOnly);
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
    retranslateUi();
}

void PagedTextView::retranslateUi()
{
    m_prev->setText(tr("◀ Previous page"));
    m_next->setText(tr("Next page ▶"));
    updatePager();
}

void PagedTextView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
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
    setContent(utf8, pageStartsOf(utf8));
}

void PagedTextView::setContent(const QByteArray &utf8, const QList<qsizetype> &pageStarts)
{
    m_content = utf8;
    m_pageStarts = pageStarts;
    m_page = -1;
    m_loadedPage = -1;
    if (!isVisible())
        m_editor->clear(); // not the previous text while the page waits to be shown
    showPage(0);
}

void PagedTextView::setMessage(const QString &message)
{
    m_content.clear();
    m_pageStarts.clear();
    m_page = -1;
    m_loadedPage = -1;
    m_editor->setPlainText(message);
    updatePager();
}

void PagedTextView::clear()
{
    setMessage(QString());
}

QList<qsizetype> PagedTextView::pageStartsOf(QByteArrayView utf8)
{
    QList<qsizetype> starts;
    const qsizetype size = utf8.size();
    qsizetype start = 0;
    while (start < size || starts.isEmpty()) {
        starts.append(start);
        qsizetype end = start + PageBytes;
        if (end >= size)
            break;
        if (utf8.sliced(start, LongLineBytes).indexOf('\n') < 0) {
            // A line longer than LongLineBytes (minified JSON): laying out a whole PageBytes of one
            // line would stall the UI thread, so it is cut into short pages between two characters.
            end = characterBoundary(utf8, start, start + LongLineBytes);
        } else {
            const qsizetype lineBreak = utf8.sliced(end, qMin(LineBreakLookahead, size - end)).indexOf('\n');
            if (lineBreak >= 0)
                end += lineBreak + 1;
            else // the last line break of the page (there is one in its first LongLineBytes)
                end = start + utf8.sliced(start, PageBytes).lastIndexOf('\n') + 1;
        }
        start = end;
    }
    return starts;
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
    // Laying a page out costs the UI thread several ms: a hidden view (another tab) waits until shown.
    if (isVisible())
        loadCurrentPage();
    updatePager();
}

void PagedTextView::loadCurrentPage()
{
    if (m_page < 0 || m_page == m_loadedPage)
        return;
    m_loadedPage = m_page;
    m_editor->setPlainText(pageText(m_page));
}

void PagedTextView::showEvent(QShowEvent *event)
{
    loadCurrentPage();
    QWidget::showEvent(event);
}

void PagedTextView::updatePager()
{
    const int pages = pageCount();
    m_pager->setVisible(pages > 1);
    m_prev->setEnabled(m_page > 0);
    m_next->setEnabled(m_page + 1 < pages);
    m_pageLabel->setText(tr("Page %1 of %2").arg(m_page + 1).arg(pages));
}

QString PagedTextView::textWithTail(int page, qsizetype tailChars, qsizetype *pageChars) const
{
    QString text = pageText(page);
    *pageChars = text.size();
    if (tailChars <= 0 || page + 1 >= pageCount())
        return text;
    // A character is at most 4 UTF-8 bytes (and 2 UTF-16 units): enough bytes for `tailChars`.
    const qsizetype start = m_pageStarts[page + 1];
    qsizetype end = qMin(m_content.size(), start + 4 * tailChars + 4);
    if (end < m_content.size())
        end = characterBoundary(m_content, start, end);
    text += QString::fromUtf8(QByteArrayView(m_content.constData() + start, end - start)).left(tailChars);
    return text;
}

void PagedTextView::selectMatch(int page, qsizetype at, qsizetype length, qsizetype pageChars)
{
    m_page = page;
    m_loadedPage = page;
    qsizetype ignored = 0;
    const qsizetype tail = qMax<qsizetype>(0, at + length - pageChars);
    m_editor->setPlainText(textWithTail(page, tail, &ignored));
    updatePager();
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(int(at));
    cursor.setPosition(int(at + length), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
}

bool PagedTextView::find(const QString &needle, bool backward)
{
    if (needle.isEmpty() || pageCount() == 0)
        return false;
    loadCurrentPage();
    const QTextDocument::FindFlags flags =
        backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    const QTextCursor here = m_editor->document()->find(needle, m_editor->textCursor(), flags);
    if (!here.isNull()) {
        m_editor->setTextCursor(here);
        return true;
    }
    const qsizetype tail = needle.size() - 1; // what of the next page a match starting here may need
    qsizetype pageChars = 0;
    if (!backward) {
        // A match that starts on this page, after the cursor, and runs onto the next.
        const QString text = textWithTail(m_page, tail, &pageChars);
        const qsizetype from = qMax<qsizetype>(m_editor->textCursor().position(), pageChars - tail);
        const qsizetype at = from < pageChars ? text.indexOf(needle, from, Qt::CaseInsensitive) : -1;
        if (at >= 0 && at < pageChars) {
            selectMatch(m_page, at, needle.size(), pageChars);
            return true;
        }
    }
    const int pages = pageCount();
    for (int step = 1; step <= pages; ++step) {
        const int page = ((backward ? m_page - step : m_page + step) % pages + pages) % pages;
        const QString text = textWithTail(page, tail, &pageChars);
        // Only matches that start on this page count; one that starts on the next is that page's.
        qsizetype at = -1;
        if (backward) {
            at = pageChars > 0 ? text.lastIndexOf(needle, pageChars - 1, Qt::CaseInsensitive) : -1;
        } else {
            at = text.indexOf(needle, 0, Qt::CaseInsensitive);
            if (at >= pageChars)
                at = -1;
        }
        if (at < 0)
            continue;
        selectMatch(page, at, needle.size(), pageChars);
        return true;
    }
    return false;
}

} // namespace cx::gui
