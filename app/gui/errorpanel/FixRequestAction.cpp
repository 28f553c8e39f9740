#include "FixRequestAction.h"

#include "ErrorPanel.h"
#include "common/FlowLayout.h"
#include "request/PathTemplate.h"
#include "request/RequestEditor.h"
#include "request/RequestPage.h"

#include <QLabel>
#include <QPushButton>

namespace cx::gui {

FixRequestAction::FixRequestAction(ErrorPanel *panel, const ErrorEntry &entry, bool live, QWidget *parent)
    : ActionWidget(panel, entry, live, parent), m_targetLabel(nullptr), m_show(new QPushButton(this))
{
    QStringList pathParams;
    if (entry.page)
        pathParams = PathTemplate::parameterNames(entry.page->editor()->draftWithoutBody().pathTemplate);
    m_target = FaultLocator::locate(entry.error, entry.request, pathParams);
    m_fields = FaultLocator::locateFields(entry.error, entry.request, pathParams);

    m_targetLabel = addLabel(QString(), "fixTarget");
    QFont bold = m_targetLabel->font();
    bold.setBold(true);
    m_targetLabel->setFont(bold);

    m_show->setObjectName(QStringLiteral("fixShow"));
    m_show->setEnabled((m_target.kind != FaultTarget::Kind::None || !m_fields.isEmpty()) && entry.page);
    auto *buttons = new FlowLayout; // wraps in a narrow dock instead of cutting a button off
    buttons->addWidget(m_show);
    static_cast<QBoxLayout *>(layout())->addLayout(buttons);
    connect(m_show, &QPushButton::clicked, this, &FixRequestAction::highlight);
    retranslateUi();
    if (live)
        highlight();
}

void FixRequestAction::retranslateUi()
{
    m_show->setText(tr("&Show in the request"));
    m_targetLabel->setText(targetText());
}

QString FixRequestAction::targetText() const
{
    if (!m_fields.isEmpty()) {
        QStringList lines;
        for (const FaultTarget &field : m_fields) {
            switch (field.kind) {
            case FaultTarget::Kind::QueryParam:
                lines << tr("At fault: query parameter “%1”: %2").arg(field.name, field.message);
                break;
            case FaultTarget::Kind::PathParam:
                lines << tr("At fault: path parameter {%1}: %2").arg(field.name, field.message);
                break;
            default:
                lines << tr("At fault: body field “%1”: %2").arg(field.name, field.message);
                break;
            }
        }
        return lines.join(QLatin1Char('\n'));
    }
    switch (m_target.kind) {
    case FaultTarget::Kind::QueryParam:
        return tr("At fault: query parameter “%1”.").arg(m_target.name);
    case FaultTarget::Kind::PathParam:
        return tr("At fault: path parameter {%1}.").arg(m_target.name);
    case FaultTarget::Kind::Header:
        return tr("At fault: header “%1”.").arg(m_target.name);
    case FaultTarget::Kind::BodyField:
        return tr("At fault: body field “%1”.").arg(m_target.name);
    case FaultTarget::Kind::BodyPosition:
        return tr("At fault: the JSON body at character %1.").arg(m_target.offset);
    case FaultTarget::Kind::Body:
        return tr("At fault: the request body.");
    case FaultTarget::Kind::None:
        break;
    }
    return tr("The server names no single place; read its words above and correct the request.");
}

bool FixRequestAction::highlight()
{
    RequestPage *page = entry().page;
    if (!page)
        return false;
    RequestEditor *editor = page->editor();
    if (!m_fields.isEmpty()) {
        QList<RequestEditor::FieldMark> marks;
        for (const FaultTarget &field : m_fields) {
            using Where = RequestEditor::FieldMark::Where;
            const Where where = field.kind == FaultTarget::Kind::QueryParam  ? Where::Query
                                : field.kind == FaultTarget::Kind::PathParam ? Where::Path
                                                                             : Where::Body;
            marks << RequestEditor::FieldMark{where, field.name, field.message};
        }
        return editor->highlightFields(marks);
    }
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
