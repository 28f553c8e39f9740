// The floor for start-up: a bare QMainWindow, shown, with nothing in it. Prints one JSON line
// (see StartupProbe.h) and exits.
#include "StartupProbe.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    const qint64 mainNs = cx::bench::nowNs();
    cx::bench::mark("main");
    QApplication app(argc, argv);
    cx::bench::mark("app");
    QMainWindow window;
    window.resize(1200, 800);
    cx::bench::mark("window");
    window.show();
    cx::bench::mark("shown");
    cx::bench::StartupProbe probe(window.windowHandle(), mainNs);
    return app.exec();
}
