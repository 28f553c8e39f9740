#include "ActionWidget.h"

#include "FixRequestAction.h"
#include "NetworkAction.h"
#include "NotFoundAction.h"
#include "NoticeAction.h"
#include "PermissionAction.h"
#include "ReloginAction.h"
#include "ReportAction.h"
#include "RetryAction.h"
#include "common/VerbatimLabel.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace cx::gui {

ActionWidget::ActionWidget(ErrorPanel *panel, const ErrorEntry &entry, bool live, QWidget *parent)
    : QWidget(parent), m_panel(panel), m_entry(entry), m_live(live)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

void ActionWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi(); // the entry's decision translates its texts when asked
    QWidget::changeEvent(event);
}

QString ActionWidget::objectNameFor(ErrorAction action)
{
    return QStringLiteral("action_") + ErrorCatalog::actionName(action);
}

QLabel *ActionWidget::addLabel(const QString &text, const char *objectName)
{
    QLabel *label = verbatimLabel(this, objectName);
    label->setText(text);
    layout()->addWidget(label);
    return label;
}

ActionWidget *ActionWidget::create(ErrorPanel *panel, const ErrorEntry &entry, bool live, QWidget *parent)
{
    ActionWidget *widget = nullptr;
    switch (entry.decision.action()) {
    case ErrorAction::Relogin:
        widget = new ReloginAction(panel, entry, live, parent);
        break;
    case ErrorAction::Permission:
        widget = new PermissionAction(panel, entry, live, parent);
        break;
    case ErrorAction::Retry:
        widget = new RetryAction(panel, entry, live, parent);
        break;
    case ErrorAction::FixRequest:
        widget = new FixRequestAction(panel, entry, live, parent);
        break;
    case ErrorAction::NotFound:
        widget = new NotFoundAction(panel, entry, live, parent);
        break;
    case ErrorAction::Report:
        widget = new ReportAction(panel, entry, live, parent);
        break;
    case ErrorAction::Notice:
        widget = new NoticeAction(panel, entry, live, parent);
        break;
    case ErrorAction::Network:
        widget = new NetworkAction(panel, entry, live, parent);
        break;
    }
    widget->setObjectName(objectNameFor(entry.decision.action()));
    return widget;
}

} // namespace cx::gui
