// Wires the account check-up into the main window: the Account menu (Check This Account, Ctrl+Shift+K;
// Compare Accounts…) and, in the File menu, Open HAR File… and Export History as HAR…. MainWindow only
// calls installCheckup(); the controller is the window's child (findChild<CheckupController *>()).
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace cx::gui {

class CheckupDialog;
class MainWindow;

class CheckupController : public QObject
{
    Q_OBJECT
public:
    // Adds the Account menu after the last menu so far, and the HAR actions to `fileMenu` before Quit.
    CheckupController(MainWindow *window, QMenu *fileMenu);
    ~CheckupController() override;

    // Opens (or raises) the report card and starts a check-up of the current profile.
    CheckupDialog *checkCurrentAccount();
    CheckupDialog *checkupDialog() const;

    QMenu *accountMenu() const { return m_accountMenu; }
    QAction *checkAction() const { return m_check; }

private:
    MainWindow *m_window;
    QMenu *m_accountMenu = nullptr;
    QAction *m_check = nullptr;
    QPointer<CheckupDialog> m_checkup;
};

// Called by MainWindow::createMenus().
CheckupController *installCheckup(MainWindow *window, QMenu *fileMenu);

} // namespace cx::gui
