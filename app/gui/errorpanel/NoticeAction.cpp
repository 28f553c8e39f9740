#include "NoticeAction.h"

#include <QLabel>

namespace cx::gui {

NoticeAction::NoticeAction(ErrorPanel *panel, const ErrorEntry &entry, bool live, QWidget *parent)
    : ActionWidget(panel, entry, live, parent), m_text(addLabel(QString(), "noticeText"))
{
    retranslateUi();
}

void NoticeAction::retranslateUi()
{
    const ErrorEntry &shown = entry();
    if (!shown.decision.known()) {
        const QString code = shown.decision.code().isEmpty() ? shown.error.code : shown.decision.code();
        m_text->setText(tr("The server answered with the code “%1”, which this version of Connect Explorer "
                           "does not know. Its message is shown above exactly as it was sent; nothing "
                           "needs to be retried or changed unless the message says so.")
                            .arg(code));
    } else {
        m_text->setText(
            tr("Nothing here needs a click: read the server's message above. %1").arg(shown.decision.hint()));
    }
}

} // namespace cx::gui
