#include "DemoMode.h"

#include "MainWindow.h"
#include "PresentationController.h"
#include "TourPlayer.h"
#include "errorpanel/ErrorPanel.h"

#include <QAction>
#include <QMenu>

namespace cx::gui {

DemoMode installDemoMode(MainWindow *window, QMenu *viewMenu)
{
    DemoMode demo;
    demo.tourPlayer = new TourPlayer(window);
    window->addDockWidget(Qt::RightDockWidgetArea, demo.tourPlayer);
    demo.tourPlayer->hide();
    QAction *tour = demo.tourPlayer->toggleViewAction(); // named by the player, in every language
    tour->setObjectName(QStringLiteral("tourPlayerAction"));

    demo.presentation = new PresentationController(window);
    demo.presentation->keepVisible(demo.tourPlayer);
    demo.presentation->keepVisible(window->errorPanel());

    viewMenu->addSeparator();
    viewMenu->addAction(demo.presentation->toggleAction());
    viewMenu->addAction(tour);
    return demo;
}

} // namespace cx::gui
