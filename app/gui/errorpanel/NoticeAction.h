// notice: a plain explanation with the server's words; codes this version does not know are shown verbatim
// and marked.
#pragma once

#include "ActionWidget.h"

class QLabel;

namespace cx::gui {

class NoticeAction : public ActionWidget
{
    Q_OBJECT
public:
    NoticeAction(ErrorPanel *panel, const ErrorEntry &entry, bool live, QWidget *parent = nullptr);
    ErrorAction action() const override { return ErrorAction::Notice; }

protected:
    void retranslateUi() override;

private:
    QLabel *m_text;
};

} // namespace cx::gui
