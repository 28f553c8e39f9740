// permission: names the missing scope or permission (from the server's message or WWW-Authenticate,
// else the endpoint's required scopes in the catalog minus those introspection granted), shows granted
// and required side by side (one above the other when the panel is too narrow for both), and says who
// can grant it.
#pragma once

#include "ActionWidget.h"

class QGridLayout;
class QLabel;
class QListWidget;
class QPushButton;

namespace cx::gui {

class PermissionAction : public ActionWidget
{
    Q_OBJECT
public:
    PermissionAction(ErrorPanel *panel, const ErrorEntry &entry, bool live, QWidget *parent = nullptr);
    ErrorAction action() const override { return ErrorAction::Permission; }
    QStringList missingScopes() const { return m_missing; }
    QListWidget *grantedList() const { return m_granted; }
    QListWidget *requiredList() const { return m_required; }
    QLabel *missingLabel() const { return m_missingLabel; }
    QPushButton *renewButton() const { return m_renew; }
    // Granted and required beside each other (true) or one above the other.
    bool listsSideBySide() const { return m_sideBySide; }

    // The scopes the failure names: WWW-Authenticate's scope, else a quoted name in a message that
    // talks about a scope ("lacks the 'assets:read' scope"). Empty when it names none.
    static QStringList scopesNamedBy(const ApiError &error);
    // What is missing: what the error names, else `required` minus `granted`.
    static QStringList missing(const ApiError &error, const QStringList &required,
                               const QStringList &granted);

protected:
    void retranslateUi() override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fill();
    // The width both lists need beside each other: each column its header on one line and its longest
    // scope whole.
    int sideBySideWidth() const;
    void arrangeLists(bool sideBySide);

    QStringList m_requiredScopes;
    QStringList m_missing;
    QLabel *m_missingLabel;
    QLabel *m_grantedHeader;
    QLabel *m_requiredHeader;
    QLabel *m_who;
    QPushButton *m_renew;
    QListWidget *m_granted;
    QListWidget *m_required;
    QGridLayout *m_lists = nullptr;
    bool m_sideBySide = true;
};

} // namespace cx::gui
