#include "NotFoundAction.h"

#include "ErrorPanel.h"
#include "common/FlowLayout.h"
#include "request/RequestPage.h"

#include <QLabel>
#include <QPushButton>

namespace cx::gui {

NotFoundAction::NotFoundAction(ErrorPanel *panel, const ErrorEntry &entry, bool live, QWidget *parent)
    : ActionWidget(panel, entry, live, parent), m_text(addLabel(QString(), "notFoundText")),
      m_list(new QPushButton(this))
{
    if (entry.decision.code() != QLatin1String("endpoint_not_found")) {
        // The last numeric-looking segment is the ID the user most likely typed.
        const QStringList segments = entry.request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        for (auto it = segments.crbegin(); it != segments.crend() && m_id.isEmpty(); ++it) {
            if (!it->isEmpty() && (it->front().isDigit() || segments.size() > 2))
                m_id = *it;
        }
    }
    if (const Endpoint *list = panel->catalog().listEndpointFor(entry.request.path)) {
        m_listMethod = list->method;
        m_listPath = list->path;
    }
    m_list->setObjectName(QStringLiteral("notFoundList"));
    m_list->setEnabled(!m_listPath.isEmpty());
    auto *buttons = new FlowLayout; // wraps in a narrow dock instead of cutting a button off
    buttons->addWidget(m_list);
    static_cast<QBoxLayout *>(layout())->addLayout(buttons);
    connect(m_list, &QPushButton::clicked, this, &NotFoundAction::openList);
    retranslateUi();
}

void NotFoundAction::retranslateUi()
{
    if (entry().decision.code() == QLatin1String("endpoint_not_found"))
        m_text->setText(tr("Check the path: “%1” is not an endpoint the server knows. Pick one from the "
                           "endpoint list on the left.")
                            .arg(entry().request.path));
    else if (m_id.isEmpty())
        m_text->setText(tr("Check the ID in the path; the resource may have been deleted, or this client "
                           "may not see it."));
    else
        m_text->setText(
            tr("Check the ID “%1”; the resource may have been deleted, or this client may not see it.")
                .arg(m_id));
    if (m_listPath.isEmpty()) {
        m_list->setText(tr("No list endpoint"));
    } else {
        m_list->setText(tr("&List valid IDs: GET %1").arg(m_listPath));
        m_list->setToolTip(tr("Open %1 in a new tab and send it").arg(m_listPath));
    }
}

RequestPage *NotFoundAction::openList()
{
    const Endpoint *list = panel()->catalog().find(m_listMethod, m_listPath);
    if (!list)
        return nullptr;
    return panel()->openAndSend(*list);
}

} // namespace cx::gui
