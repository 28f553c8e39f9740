#include "checkup/CheckupController.h"

#include "MainWindow.h"
#include "checkup/CheckupDialog.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

namespace cx::gui {

CheckupController::CheckupController(MainWindow *window, QMenu *fileMenu) : QObject(window), m_window(window)
{
    setObjectName(QStringLiteral("checkupController"));
    Q_UNUSED(fileMenu);

    m_check = new QAction(tr("&Check This Account"), this);
    m_check->setObjectName(QStringLiteral("checkAccountAction"));
    m_check->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_check->setStatusTip(
        tr("Sign in with the current profile, try every safe endpoint and say what is wrong."));
    connect(m_check, &QAction::triggered, this, [this] { checkCurrentAccount(); });
    window->addAction(m_check);

    m_accountMenu = new QMenu(tr("&Account"), window);
    m_accountMenu->setObjectName(QStringLiteral("accountMenu"));
    m_accountMenu->addAction(m_check);
    window->menuBar()->addMenu(m_accountMenu);
}

CheckupController::~CheckupController() = default;

CheckupDialog *CheckupController::checkupDialog() const
{
    return m_checkup;
}

CheckupDialog *CheckupController::checkCurrentAccount()
{
    if (!m_checkup)
        m_checkup = new CheckupDialog(m_window);
    m_checkup->show();
    m_checkup->raise();
    m_checkup->activateWindow();
    m_checkup->start();
    return m_checkup;
}

CheckupController *installCheckup(MainWindow *window, QMenu *fileMenu)
{
    return new CheckupController(window, fileMenu);
}

} // namespace cx::gui
