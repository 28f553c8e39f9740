// not_found: "check the ID", with a one-click request to the list endpoint that yields valid IDs
// (EndpointCatalog::listEndpointFor).
#pragma once

#include "ActionWidget.h"

class QLabel;
class QPushButton;

namespace cx::gui {

class NotFoundAction : public ActionWidget
{
    Q_OBJECT
public:
    NotFoundAction(ErrorPanel *panel, const ErrorEntry &entry, bool live, QWidget *parent = nullptr);
    ErrorAction action() const override { return ErrorAction::NotFound; }
    QPushButton *listButton() const { return m_list; }
    // The list endpoint's path, empty when the catalog knows none for this request.
    QString listPath() const { return m_listPath; }
    // Opens the list endpoint in a new tab and sends it; nullptr when there is none.
    RequestPage *openList();

protected:
    void retranslateUi() override;

private:
    QString m_id; // the ID the path most likely got wrong; empty when none stands out
    QLabel *m_text;
    QByteArray m_listMethod;
    QString m_listPath;
    QPushButton *m_list;
};

} // namespace cx::gui
