// A one-line label that, when it has less room than its text needs, shows the text cut with "…" (at the
// end, or in the middle for a URL) and its whole text in the tooltip (nothing is cut silently). text() is
// always the whole text, so screen readers and tests read what it says, not what fits.
#pragma once

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QStyleOption>
#include <optional>

namespace cx::gui {

class ElidedLabel : public QLabel
{
public:
    explicit ElidedLabel(QWidget *parent = nullptr, Qt::TextElideMode mode = Qt::ElideRight)
        : QLabel(parent), m_mode(mode)
    {
        setTextFormat(Qt::PlainText);
    }

    // The tooltip to show when the text fits (the whole text is prepended when it does not).
    void setExplanation(const QString &explanation)
    {
        m_explanation = explanation;
        updateToolTip();
    }

    QSize minimumSizeHint() const override
    {
        // Room for a few characters and the ellipsis; the rest of the text elides.
        const QSize hint = QLabel::minimumSizeHint();
        const int kept = fontMetrics().averageCharWidth() * m_minimumChars +
                         fontMetrics().horizontalAdvance(QStringLiteral("…"));
        return QSize(qMin(hint.width(), kept), hint.height());
    }

    // How many characters stay readable before the rest elides (a field that matters keeps more).
    void setMinimumChars(int chars)
    {
        m_minimumChars = chars;
        updateGeometry();
    }

    bool isElided() const { return textAdvance() > contentsRect().width(); }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        if (!isElided()) {
            QLabel::paintEvent(event);
            return;
        }
        QPainter painter(this);
        QStyleOption option;
        option.initFrom(this);
        const QString shown = fontMetrics().elidedText(text(), m_mode, contentsRect().width());
        style()->drawItemText(&painter, contentsRect(), int(alignment()), option.palette, isEnabled(), shown,
                              foregroundRole());
    }

    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        updateToolTip();
    }

    void changeEvent(QEvent *event) override
    {
        QLabel::changeEvent(event);
        if (event->type() == QEvent::FontChange) {
            m_measuredText.reset();
            updateToolTip();
        }
    }

public:
    // Call after setText() (QLabel::setText is not virtual).
    void updateToolTip()
    {
        if (isElided())
            setToolTip(m_explanation.isEmpty() ? text() : text() + QStringLiteral("\n\n") + m_explanation);
        else
            setToolTip(m_explanation);
    }

private:
    // The text's width, measured once per text and font: the tooltip is brought up to date on every
    // resize, and the status bar's labels are resized several times before the first frame (measuring
    // shapes the whole text each time).
    int textAdvance() const
    {
        const QString shown = text();
        if (!m_measuredText || *m_measuredText != shown) {
            m_measuredText = shown;
            m_advance = fontMetrics().horizontalAdvance(shown);
        }
        return m_advance;
    }

    Qt::TextElideMode m_mode;
    mutable std::optional<QString> m_measuredText; // what m_advance was measured for
    mutable int m_advance = 0;
    int m_minimumChars = 4;
    QString m_explanation;
};

} // namespace cx::gui
