// Stands in for the response view of a tab that holds a request but has sent nothing yet (a restored
// draft, an endpoint opened from the list): what the view would say, and how to get an answer. The
// view, with its eight tabs and its tree, is built when the first request goes out
// (RequestPage::responseView()): a returning user's first frame is about 7M instructions cheaper.
#pragma once

#include <QWidget>

class QLabel;

namespace cx::gui {

class NoResponsePanel : public QWidget
{
    Q_OBJECT
public:
    explicit NoResponsePanel(QWidget *parent = nullptr);
    // Its lines and, below them, the room Qt gives an empty list (QAbstractScrollArea: 256×192), as the
    // empty response view asks: the page's splitter then divides the tab as it would with the view,
    // and the view, when it comes, finds that room.
    QSize sizeHint() const override;
    // Not sized by its wrapped hint's height for a width, which would leave only that: the room below
    // the lines is for the view (the hint wraps within the panel's width all the same).
    bool hasHeightForWidth() const override { return false; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_status;
    QLabel *m_hint;
};

} // namespace cx::gui
