#include "NoticeAction.h"

#include <QLabel>

namespace cx::gui {

NoticeAction::NoticeAction(ErrorPanel *panel, const ErrorEntry &entry, bool live, QWidget *parent)
    : ActionWidget(panel, entry, live, parent)
{
    const QString code = entry.info.code.isEmpty() ? entry.error.code : entry.info.code;
    if (!entry.info.known) {
        m_text = addLabel(tr("The server answered with the code “%1”, which this version of Connect Explorer "
                             "does not know. Its message is shown above exactly as it was sent; nothing "
                             "needs to be retried or changed unless the message says so.")
                              .arg(code),
                          "noticeText");
    } else {
        m_text = addLabel(
            tr("Nothing here needs a click: read the server's message above. %1").arg(entry.info.hint),
            "noticeText");
    }
}

} // namespace cx::gui
