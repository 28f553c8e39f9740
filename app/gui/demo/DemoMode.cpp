#include "DemoMode.h"

#include "PresentationController.h"
#include "TourPlayer.h"
#include "common/Shell.h"
#include "errorpanel/ErrorPanel.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>

namespace cx::gui {

DemoMode installDemoMode(Shell *shell, QMenu *viewMenu)
{
    DemoMode demo;
    demo.tourPlayer = new TourPlayer(shell);
    shell->mainWindow()->addDockWidget(Qt::RightDockWidgetArea, demo.tourPlayer);
    demo.tourPlayer->hide();
    QAction *tour = demo.tourPlayer->toggleViewAction(); // named by the player, in every language
    tour->setObjectName(QStringLiteral("tourPlayerAction"));

    demo.presentation = new PresentationController(shell);
    demo.presentation->keepVisible(demo.tourPlayer);
    demo.presentation->keepVisible(shell->errorPanelWidget());

    viewMenu->addSeparator();
    viewMenu->addAction(demo.presentation->toggleAction());
    viewMenu->addAction(tour);
    return demo;
}

} // namespace cx::gui
