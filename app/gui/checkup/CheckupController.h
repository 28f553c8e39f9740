// Wires the account check-up into the main window: the Account menu (Check This Account, Ctrl+Shift+K;
// Compare Accounts…) and, in the File menu, Open HAR File… and Export History as HAR…. MainWindow only
// calls installCheckup(); the controller is the window's child (findChild<CheckupController *>()).
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

class QMainWindow;

namespace cx::gui {

class CheckupDialog;
class CompareDialog;
class HarDialog;
class Shell;

class CheckupController : public QObject
{
    Q_OBJECT
public:
    // Adds the Account menu after the last menu so far, and the HAR actions to `fileMenu` before Quit.
    CheckupController(Shell *shell, QMenu *fileMenu);
    ~CheckupController() override;

    // Opens (or raises) the report card and starts a check-up of the current profile.
    CheckupDialog *checkCurrentAccount();
    CheckupDialog *checkupDialog() const;

    // Opens (or raises) the HAR viewer; with a file name, reads that file (else asks for one).
    HarDialog *openHarFile(const QString &fileName = {});
    HarDialog *harDialog() const;
    // Writes the session's history (HistoryStore) as HAR 1.2, redacted. False and `error` when it cannot.
    bool exportHistoryAsHar(const QString &fileName, QString *error) const;

    // Opens (or raises) the comparison of two accounts.
    CompareDialog *compareAccounts();
    CompareDialog *compareDialog() const;

    QMenu *accountMenu() const { return m_accountMenu; }
    QAction *checkAction() const { return m_check; }
    QAction *compareAction() const { return m_compare; }
    QAction *openHarAction() const { return m_openHar; }
    QAction *exportHarAction() const { return m_exportHar; }

private:
    void retranslate();

    Shell *m_shell;
    QMainWindow *m_window; // m_shell->mainWindow(): docks, menus, the parent of dialogs
    QMenu *m_accountMenu = nullptr;
    QAction *m_check = nullptr;
    QAction *m_compare = nullptr;
    QAction *m_openHar = nullptr;
    QAction *m_exportHar = nullptr;
    QPointer<CheckupDialog> m_checkup;
    QPointer<HarDialog> m_har;
    QPointer<CompareDialog> m_compareDialog;
};

// Called by MainWindow::createMenus().
CheckupController *installCheckup(Shell *shell, QMenu *fileMenu);

} // namespace cx::gui
