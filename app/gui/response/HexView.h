// A hex dump of a body of any size: offset | 16 bytes in hex | the same bytes as ASCII. Only the rows
// on screen are formatted and painted, so a 50 MB body costs one shared reference to its bytes and no
// text at all. Bytes are selected with the mouse (in either column) or Shift+arrows; Ctrl+C copies the
// selection as hex pairs. The font is the fixed-pitch family at the application's size, so it grows
// with presentation mode like the rest of the window.
#pragma once

#include <QAbstractScrollArea>
#include <QByteArray>

namespace cx::gui {

class HexView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit HexView(QWidget *parent = nullptr);

    void setData(const QByteArray &data); // shared, not copied
    void clear();
    const QByteArray &data() const { return m_data; }

    qint64 rowCount() const;
    qint64 firstVisibleRow() const;
    int visibleRowCount() const;
    void scrollToRow(qint64 row);
    // The text of one row as painted ("00000000  89 50 …  |.PNG…|").
    QString rowText(qint64 row) const;

    // The selection, as the first byte and a count (0 when nothing is selected).
    qint64 selectionStart() const;
    qint64 selectionLength() const;
    void setSelection(qint64 start, qint64 length);
    QByteArray selectedBytes() const;
    // Copies the selection as hex to the clipboard; false (and message()) when it is empty or larger
    // than CopyLimit.
    bool copySelection();

    // Copying more would put three characters per byte on the clipboard.
    static constexpr qint64 CopyLimit = 16 * 1024 * 1024;

signals:
    void selectionChanged();
    // A short, translated sentence for the user (why a copy did not happen).
    void message(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void updateMetrics();
    void updateScrollBars();
    void ensureVisible(qint64 byte);
    qint64 byteAt(const QPoint &viewportPos) const;
    void moveCursor(qint64 byte, bool extend);
    int hexColumnOf(int indexInRow) const;
    int asciiColumn() const;
    int columnCount() const;

    QByteArray m_data;
    int m_digits = 8;
    int m_charWidth = 8;
    int m_lineHeight = 16;
    int m_ascent = 12;
    qint64 m_anchor = -1; // where the selection started; -1: no selection
    qint64 m_cursor = -1; // the other end (inclusive)
    bool m_dragging = false;
};

} // namespace cx::gui
