// Read-only text shown one page at a time, so a body of any size never goes into a QPlainTextEdit at
// once (setPlainText of 50 MB blocks Qt 6.4 for ~20 s). Pages end at a line break where one is near;
// a line with no break for LongLineBytes gets short pages, because laying out one long line costs the
// UI thread ~0.3 ms per KB.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace cx::gui {

class PagedTextView : public QWidget
{
    Q_OBJECT
public:
    explicit PagedTextView(QWidget *parent = nullptr);

    // `utf8` is kept as bytes (shared, not copied); each page is decoded when shown, and only while
    // the view is visible (a hidden view loads its page when it is shown).
    void setContent(const QByteArray &utf8);
    // The same with pages computed beforehand by pageStartsOf(utf8), e.g. on a worker thread.
    void setContent(const QByteArray &utf8, const QList<qsizetype> &pageStarts);
    void setMessage(const QString &message); // shown instead of content (e.g. "Formatting…")
    void clear();
    void setHighlightJson(bool on);
    const QByteArray &content() const { return m_content; }

    // Where each page starts. Pure and thread-safe; O(pages), not O(bytes), for most text.
    static QList<qsizetype> pageStartsOf(QByteArrayView utf8);

    int pageCount() const { return int(m_pageStarts.size()); }
    int currentPage() const { return m_page; }
    void showPage(int page);
    QString pageText(int page) const;
    QPlainTextEdit *editor() const { return m_editor; }

    // Finds `needle` (case-insensitive) after (or before) the selection, moving across pages and
    // wrapping around. A match that straddles two pages is found too: its page is then shown with as
    // much of the next page as the match needs.
    bool find(const QString &needle, bool backward = false);

    static constexpr qsizetype PageBytes = 128 * 1024;
    static constexpr qsizetype LongLineBytes = 32 * 1024;

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void loadCurrentPage();
    // `page`'s text followed by the first `tailChars` characters after it (from the next page).
    QString textWithTail(int page, qsizetype tailChars, qsizetype *pageChars) const;
    // Shows `page` (with `tailChars` of the next page) and selects `length` characters at `at`.
    void selectMatch(int page, qsizetype at, qsizetype length, qsizetype pageChars);
    void updatePager();

    QByteArray m_content;
    QList<qsizetype> m_pageStarts;
    int m_page = -1;
    int m_loadedPage = -1; // the page whose text is in the editor
    QPlainTextEdit *m_editor;
    QWidget *m_pager;
    QToolButton *m_prev;
    QToolButton *m_next;
    QLabel *m_pageLabel;
    class JsonHighlighter *m_highlighter = nullptr;
};

} // namespace cx::gui
