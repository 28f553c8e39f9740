#include "DemoMode.h"

#include "PresentationController.h"
#include "TourPlayer.h"
#include "common/LazyDock.h"
#include "common/Retranslate.h"
#include "common/Shell.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>

namespace cx::gui {

namespace {
const QString TourActionName = QStringLiteral("tourPlayerAction");
}

DemoMode installDemoMode(Shell *shell, QMenu *viewMenu)
{
    DemoMode demo;
    QMainWindow *window = shell->mainWindow();
    demo.presentation = new PresentationController(shell);
    // The error panel is kept visible by its name: it may not be built yet (nor the tour player, which
    // tourPlayer() registers when it builds it).
    demo.tourAction = lazyDockAction(window, [shell] { return tourPlayer(shell); });
    demo.tourAction->setObjectName(TourActionName);
    // Worded as the player words its own toggle action, in every language.
    retranslateWith(demo.tourAction, window,
                    [action = demo.tourAction] { action->setText(TourPlayer::tr("&Tour Player")); });

    viewMenu->addSeparator();
    viewMenu->addAction(demo.presentation->toggleAction());
    viewMenu->addAction(demo.tourAction);
    return demo;
}

TourPlayer *tourPlayer(Shell *shell)
{
    QMainWindow *window = shell->mainWindow();
    if (auto *player = window->findChild<TourPlayer *>(QString(), Qt::FindDirectChildrenOnly))
        return player;
    auto *player = new TourPlayer(shell);
    placeLazyDock(window, Qt::RightDockWidgetArea, player);
    if (auto *presentation =
            window->findChild<PresentationController *>(QString(), Qt::FindDirectChildrenOnly))
        presentation->keepVisible(player);
    if (auto *entry = window->findChild<QAction *>(TourActionName, Qt::FindDirectChildrenOnly))
        followDock(entry, player);
    return player;
}

} // namespace cx::gui
