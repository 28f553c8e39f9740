// Demo mode for one main window: View > Presentation Mode (Ctrl+Shift+P) and View > Tour (the tour
// player dock). MainWindow calls installDemoMode() once, from createMenus().
#pragma once

class QMenu;

namespace cx::gui {

class Shell;
class PresentationController;
class TourPlayer;

struct DemoMode
{
    PresentationController *presentation = nullptr;
    TourPlayer *tourPlayer = nullptr;
};

// Both objects are children of `window`; find them later with window->findChild<...>().
DemoMode installDemoMode(Shell *shell, QMenu *viewMenu);

} // namespace cx::gui
