// Docks the first frame does not show are built on first use (issue 15). Their View menu entries must
// exist, with their shortcuts, from the start: lazyDockAction() is such an entry. Triggering it builds
// the dock (`build` returns it, built or not) and shows or hides it as the dock's own toggle action
// would; once built, followDock() keeps the entry checked while the dock is shown.
//
// A dock built after QMainWindow::restoreState() is placed where the saved layout had it by
// placeLazyDock() (QMainWindow::restoreDockWidget(); the dock's objectName must be the saved one).
#pragma once

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <functional>

namespace cx::gui {

// After the dock is built: the entry follows the dock's visibility.
inline void followDock(QAction *entry, QDockWidget *dock)
{
    QAction *own = dock->toggleViewAction();
    QObject::connect(own, &QAction::toggled, entry, &QAction::setChecked);
    entry->setChecked(own->isChecked());
}

inline QAction *lazyDockAction(QObject *parent, std::function<QDockWidget *()> build)
{
    auto *entry = new QAction(parent);
    entry->setCheckable(true);
    QObject::connect(entry, &QAction::triggered, entry, [entry, build = std::move(build)](bool shown) {
        QDockWidget *dock = build();
        QAction *own = dock->toggleViewAction();
        if (own->isChecked() != shown)
            own->trigger(); // shows and raises, or hides, as Qt's own entry does
        entry->setChecked(own->isChecked());
    });
    return entry;
}

// Adds a dock built late to `window`: where the saved layout had it (QMainWindow::restoreDockWidget(),
// shown or hidden as it was saved), else in `area`, hidden.
inline void placeLazyDock(QMainWindow *window, Qt::DockWidgetArea area, QDockWidget *dock)
{
    if (window->restoreDockWidget(dock))
        return;
    window->addDockWidget(area, dock);
    dock->hide();
}

} // namespace cx::gui
