// Demo mode for one main window: View > Presentation Mode (Ctrl+Shift+P) and View > Tour (the tour
// player dock). MainWindow calls installDemoMode() once, from createMenus().
#pragma once

class QAction;
class QMenu;

namespace cx::gui {

class Shell;
class PresentationController;
class TourPlayer;

struct DemoMode
{
    PresentationController *presentation = nullptr;
    // View > Tour Player ("tourPlayerAction"): exists from the start, builds the player when triggered.
    QAction *tourAction = nullptr;
};

// Both are children of the window; find them later with window->findChild<...>(). The tour player is
// built on first use: by its View menu entry, or by tourPlayer().
DemoMode installDemoMode(Shell *shell, QMenu *viewMenu);

// The window's tour player, built (and placed where the saved layout had it) on the first call.
// Needs installDemoMode() first.
TourPlayer *tourPlayer(Shell *shell);

} // namespace cx::gui
