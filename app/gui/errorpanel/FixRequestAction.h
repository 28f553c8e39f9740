// fix_request: marks the field, path or query parameter, header or JSON body position at fault in the
// request editor of the tab the request came from, with the server's words beside it. A validation
// answer that names its fields ({"name": ["..."]}, Laravel's "errors") gets every one marked, each with
// its own messages.
#pragma once

#include "ActionWidget.h"
#include "errors/FaultLocator.h"

class QLabel;
class QPushButton;

namespace cx::gui {

class FixRequestAction : public ActionWidget
{
    Q_OBJECT
public:
    FixRequestAction(ErrorPanel *panel, const ErrorEntry &entry, bool live, QWidget *parent = nullptr);
    ErrorAction action() const override { return ErrorAction::FixRequest; }
    const FaultTarget &target() const { return m_target; }
    // One per field a validation answer names (empty when it names none); they win over target().
    const QList<FaultTarget> &fieldTargets() const { return m_fields; }
    QLabel *targetLabel() const { return m_targetLabel; }
    QPushButton *showButton() const { return m_show; }
    // Marks the target in the tab's editor again; false when the tab is gone or there is nothing to mark.
    bool highlight();

protected:
    void retranslateUi() override;

private:
    QString targetText() const;

    FaultTarget m_target;
    QList<FaultTarget> m_fields;
    QLabel *m_targetLabel;
    QPushButton *m_show;
};

} // namespace cx::gui
