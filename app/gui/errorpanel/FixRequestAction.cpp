#include "FixRequestAction.h"

#include "ErrorPanel.h"
#include "PathTemplate.h"
#include "RequestEditor.h"
#include "RequestPage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace cx::gui {

FixRequestAction::FixRequestAction(ErrorPanel *panel, const ErrorEntry &entry, bool live, QWidget *parent)
    : ActionWidget(panel, entry, live, parent), m_targetLabel(nullptr),
      m_show(new QPushButton(tr("&Show in the request"), this))
{
    QStringList pathParams;
    if (entry.page)
        pathParams = PathTemplate::parameterNames(entry.page->editor()->draftWithoutBody().pathTemplate);
    m_target = FaultLocator::locate(entry.error, entry.request, pathParams);

    QString where;
    switch (m_target.kind) {
    case FaultTarget::Kind::QueryParam:
        where = tr("At fault: query parameter “%1”.").arg(m_target.name);
        break;
    case FaultTarget::Kind::PathParam:
        where = tr("At fault: path parameter {%1}.").arg(m_target.name);
        break;
    case FaultTarget::Kind::Header:
        where = tr("At fault: header “%1”.").arg(m_target.name);
        break;
    case FaultTarget::Kind::BodyField:
        where = tr("At fault: body field “%1”.").arg(m_target.name);
        break;
    case FaultTarget::Kind::BodyPosition:
        where = tr("At fault: the JSON body at character %1.").arg(m_target.offset);
        break;
    case FaultTarget::Kind::Body:
        where = tr("At fault: the request body.");
        break;
    case FaultTarget::Kind::None:
        where = tr("The server names no single place; read its words above and correct the request.");
        break;
    }
    m_targetLabel = addLabel(where, "fixTarget");
    QFont bold = m_targetLabel->font();
    bold.setBold(true);
    m_targetLabel->setFont(bold);

    m_show->setObjectName(QStringLiteral("fixShow"));
    m_show->setEnabled(m_target.kind != FaultTarget::Kind::None && entry.page);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_show);
    buttons->addStretch();
    static_cast<QBoxLayout *>(layout())->addLayout(buttons);
    connect(m_show, &QPushButton::clicked, this, &FixRequestAction::highlight);
    if (live)
        highlight();
}

bool FixRequestAction::highlight()
{
    RequestPage *page = entry().page;
    if (!page)
        return false;
    RequestEditor *editor = page->editor();
    const QString &message = entry().error.message;
    switch (m_target.kind) {
    case FaultTarget::Kind::QueryParam:
        return editor->highlightQueryParam(m_target.name, message);
    case FaultTarget::Kind::PathParam:
        return editor->highlightPathParam(m_target.name, message);
    case FaultTarget::Kind::Header:
        return editor->highlightHeader(m_target.name, message);
    case FaultTarget::Kind::BodyField:
        return editor->highlightBodyField(m_target.name, message);
    case FaultTarget::Kind::BodyPosition:
        return editor->highlightBodyPosition(m_target.offset, message);
    case FaultTarget::Kind::Body:
        return editor->highlightBodyPosition(-1, message);
    case FaultTarget::Kind::None:
        break;
    }
    return false;
}

} // namespace cx::gui
