#include "HexView.h"

#include "HexFormat.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>

namespace cx::gui {

namespace {
constexpr int Margin = 4; // pixels left of the offset column
} // namespace

HexView::HexView(QWidget *parent) : QAbstractScrollArea(parent)
{
    // Only the family is set: the size stays the application's, which presentation mode enlarges.
    QFont fixed;
    fixed.setFamilies(QFontDatabase::systemFont(QFontDatabase::FixedFont).families());
    fixed.setStyleHint(QFont::Monospace);
    fixed.setFixedPitch(true);
    setFont(fixed);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::IBeamCursor);
    verticalScrollBar()->setSingleStep(1);
    horizontalScrollBar()->setSingleStep(8);

    auto *copy = new QAction(tr("Copy as hex"), this);
    copy->setObjectName(QStringLiteral("hexCopyAction"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &HexView::copySelection);
    auto *selectAll = new QAction(tr("Select all"), this);
    selectAll->setShortcut(QKeySequence::SelectAll);
    selectAll->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(selectAll, &QAction::triggered, this, [this] { setSelection(0, m_data.size()); });
    addAction(copy);
    addAction(selectAll);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    updateMetrics();
}

void HexView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateMetrics();
    if (event->type() == QEvent::LanguageChange) {
        const QList<QAction *> list = actions();
        if (list.size() >= 2) {
            list.at(0)->setText(tr("Copy as hex"));
            list.at(1)->setText(tr("Select all"));
        }
    }
    QAbstractScrollArea::changeEvent(event);
}

void HexView::updateMetrics()
{
    const QFontMetrics metrics(font());
    m_charWidth = qMax(1, metrics.horizontalAdvance(QLatin1Char('0')));
    m_lineHeight = qMax(1, metrics.height());
    m_ascent = metrics.ascent();
    updateScrollBars();
    viewport()->update();
}

void HexView::setData(const QByteArray &data)
{
    m_data = data;
    m_digits = HexFormat::offsetDigits(data.size());
    m_anchor = m_cursor = -1;
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    updateScrollBars();
    viewport()->update();
    emit selectionChanged();
}

void HexView::clear()
{
    setData({});
}

qint64 HexView::rowCount() const
{
    return HexFormat::rowCount(m_data.size());
}

qint64 HexView::firstVisibleRow() const
{
    return verticalScrollBar()->value();
}

int HexView::visibleRowCount() const
{
    return qMax(1, viewport()->height() / m_lineHeight);
}

void HexView::scrollToRow(qint64 row)
{
    verticalScrollBar()->setValue(int(qBound(qint64(0), row, qint64(verticalScrollBar()->maximum()))));
}

QString HexView::rowText(qint64 row) const
{
    return HexFormat::rowText(m_data, row, m_digits);
}

int HexView::hexColumnOf(int indexInRow) const
{
    return m_digits + 2 + indexInRow * 3 + (indexInRow >= 8 ? 1 : 0);
}

int HexView::asciiColumn() const
{
    return m_digits + 2 + HexFormat::BytesPerRow * 3 + 3; // the hex column, then "  |"
}

int HexView::columnCount() const
{
    return asciiColumn() + HexFormat::BytesPerRow + 1;
}

void HexView::updateScrollBars()
{
    const int visible = visibleRowCount();
    const qint64 rows = rowCount();
    verticalScrollBar()->setRange(0, int(qMin<qint64>(INT_MAX, qMax<qint64>(0, rows - visible))));
    verticalScrollBar()->setPageStep(visible);
    const int contentWidth = Margin * 2 + columnCount() * m_charWidth;
    horizontalScrollBar()->setRange(0, qMax(0, contentWidth - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
}

void HexView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void HexView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void HexView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    painter.setFont(font());
    const QPalette &pal = palette();
    painter.fillRect(viewport()->rect(), pal.base());
    if (m_data.isEmpty())
        return;

    const qint64 first = firstVisibleRow();
    const qint64 last = qMin(rowCount() - 1, first + visibleRowCount());
    const int x0 = Margin - horizontalScrollBar()->value();
    const qint64 selFirst = selectionStart();
    const qint64 selLast = selFirst + selectionLength() - 1;
    const QColor offsetColor = pal.color(QPalette::PlaceholderText);

    for (qint64 row = first; row <= last; ++row) {
        const int y = int(row - first) * m_lineHeight;
        const qint64 start = row * HexFormat::BytesPerRow;
        const QByteArrayView bytes =
            QByteArrayView(m_data).sliced(start, qMin<qint64>(HexFormat::BytesPerRow, m_data.size() - start));

        // The selection behind both columns.
        if (selectionLength() > 0 && selLast >= start && selFirst < start + bytes.size()) {
            const int from = int(qMax(selFirst, start) - start);
            const int to = int(qMin(selLast, start + bytes.size() - 1) - start);
            const QBrush brush =
                pal.brush(hasFocus() ? QPalette::Active : QPalette::Inactive, QPalette::Highlight);
            painter.fillRect(x0 + hexColumnOf(from) * m_charWidth, y,
                             (hexColumnOf(to) + 2 - hexColumnOf(from)) * m_charWidth, m_lineHeight, brush);
            painter.fillRect(x0 + (asciiColumn() + from) * m_charWidth, y, (to - from + 1) * m_charWidth,
                             m_lineHeight, brush);
        }
        const int baseline = y + m_ascent;
        painter.setPen(offsetColor);
        painter.drawText(x0, baseline, HexFormat::offsetText(start, m_digits));
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(x0 + hexColumnOf(0) * m_charWidth, baseline, HexFormat::hexColumn(bytes));
        painter.setPen(offsetColor);
        painter.drawText(x0 + (asciiColumn() - 1) * m_charWidth, baseline, QStringLiteral("|"));
        painter.drawText(x0 + (asciiColumn() + int(bytes.size())) * m_charWidth, baseline,
                         QStringLiteral("|"));
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(x0 + asciiColumn() * m_charWidth, baseline, HexFormat::asciiColumn(bytes));
    }
}

qint64 HexView::byteAt(const QPoint &pos) const
{
    if (m_data.isEmpty())
        return -1;
    const qint64 row =
        qBound<qint64>(0, firstVisibleRow() + (pos.y() < 0 ? -1 : pos.y() / m_lineHeight), rowCount() - 1);
    const int column = (pos.x() - Margin + horizontalScrollBar()->value()) / m_charWidth;
    int index = 0;
    if (column >= asciiColumn() - 1) {
        index = column - asciiColumn();
    } else {
        const int local = column - hexColumnOf(0);
        index = local >= 25 ? 8 + (local - 25) / 3 : local / 3;
        if (local < 0)
            index = 0;
    }
    index = qBound(0, index, HexFormat::BytesPerRow - 1);
    return qMin<qint64>(row * HexFormat::BytesPerRow + index, m_data.size() - 1);
}

void HexView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const qint64 byte = byteAt(event->position().toPoint());
    if (byte < 0)
        return;
    m_dragging = true;
    moveCursor(byte, event->modifiers() & Qt::ShiftModifier);
}

void HexView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return;
    const qint64 byte = byteAt(event->position().toPoint());
    if (byte >= 0)
        moveCursor(byte, true);
}

void HexView::mouseReleaseEvent(QMouseEvent *event)
{
    m_dragging = false;
    QAbstractScrollArea::mouseReleaseEvent(event);
}

void HexView::keyPressEvent(QKeyEvent *event)
{
    if (m_data.isEmpty()) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        return;
    }
    const bool extend = event->modifiers() & Qt::ShiftModifier;
    const qint64 at = m_cursor < 0 ? 0 : m_cursor;
    const qint64 page = qint64(visibleRowCount()) * HexFormat::BytesPerRow;
    qint64 to = at;
    switch (event->key()) {
    case Qt::Key_Left:
        to = at - 1;
        break;
    case Qt::Key_Right:
        to = at + 1;
        break;
    case Qt::Key_Up:
        to = at - HexFormat::BytesPerRow;
        break;
    case Qt::Key_Down:
        to = at + HexFormat::BytesPerRow;
        break;
    case Qt::Key_PageUp:
        to = at - page;
        break;
    case Qt::Key_PageDown:
        to = at + page;
        break;
    case Qt::Key_Home:
        to = (event->modifiers() & Qt::ControlModifier) ? 0 : at - at % HexFormat::BytesPerRow;
        break;
    case Qt::Key_End:
        to = (event->modifiers() & Qt::ControlModifier)
                 ? m_data.size() - 1
                 : at - at % HexFormat::BytesPerRow + HexFormat::BytesPerRow - 1;
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    moveCursor(qBound<qint64>(0, to, m_data.size() - 1), extend);
}

void HexView::moveCursor(qint64 byte, bool extend)
{
    if (!extend || m_anchor < 0)
        m_anchor = byte;
    m_cursor = byte;
    ensureVisible(byte);
    viewport()->update();
    emit selectionChanged();
}

void HexView::ensureVisible(qint64 byte)
{
    const qint64 row = byte / HexFormat::BytesPerRow;
    if (row < firstVisibleRow())
        scrollToRow(row);
    else if (row >= firstVisibleRow() + visibleRowCount())
        scrollToRow(row - visibleRowCount() + 1);
}

qint64 HexView::selectionStart() const
{
    return m_anchor < 0 ? 0 : qMin(m_anchor, m_cursor);
}

qint64 HexView::selectionLength() const
{
    return m_anchor < 0 ? 0 : qAbs(m_cursor - m_anchor) + 1;
}

void HexView::setSelection(qint64 start, qint64 length)
{
    if (length <= 0 || start < 0 || start >= m_data.size()) {
        m_anchor = m_cursor = -1;
    } else {
        m_anchor = start;
        m_cursor = qMin<qint64>(start + length, m_data.size()) - 1;
        ensureVisible(m_cursor);
    }
    viewport()->update();
    emit selectionChanged();
}

QByteArray HexView::selectedBytes() const
{
    return m_data.mid(selectionStart(), selectionLength());
}

bool HexView::copySelection()
{
    if (selectionLength() == 0) {
        emit message(tr("Select bytes to copy first."));
        return false;
    }
    if (selectionLength() > CopyLimit) {
        emit message(tr("The selection is too large to copy as hex (more than %1); save the body instead.")
                         .arg(QLocale().formattedDataSize(CopyLimit)));
        return false;
    }
    QGuiApplication::clipboard()->setText(HexFormat::toHex(selectedBytes()));
    return true;
}

} // namespace cx::gui
