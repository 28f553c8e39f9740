// Shown above the response when a request failed: HTTP status, code, the server's message verbatim and
// the action ErrorCatalog decided, in a few lines. The meaning, the hint and the action's own widget are
// in the error panel beside the tabs; "Show in Error Panel" brings this failure up there.
#pragma once

#include "errors/ApiError.h"
#include "errors/ErrorDecision.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace cx::gui {

class ErrorArea : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorArea(QWidget *parent = nullptr);

    // Shows a failure as decided once (errorpanel/Decide.h); its texts translate when shown.
    void showError(const ErrorDecision &decision);
    void clear(); // hides the area

    int status() const { return m_decision.error().status; }
    QString code() const { return m_decision.code(); }
    QString actionName() const { return m_decision.actionName(); }
    QString message() const { return m_decision.error().message; }
    const ErrorDecision &decision() const { return m_decision; }
    QLabel *titleLabel() const { return m_title; }
    QPushButton *detailsButton() const { return m_details; }

    // At least as tall as its wrapped texts need at the width it is given: the request page's splitter
    // sizes its panes by their minimum and knows nothing of height for width, so without this a long
    // text at a narrow width (German, presentation mode's larger font) was cut at the bottom. No height
    // while its tab is not shown.
    QSize minimumSizeHint() const override;

signals:
    // The user wants this failure in the error panel.
    void detailsRequested();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslateUi();
    void showTexts();
    // The width the parent's layout gives this area (0 before it was laid out).
    int givenWidth() const;

    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_message;
    QLabel *m_meaning;
    QLabel *m_hint;
    QLabel *m_action;
    QPushButton *m_details;
    ErrorDecision m_decision;
    bool m_showingError = false;
};

} // namespace cx::gui
