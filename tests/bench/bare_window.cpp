// The floor for start-up: a bare QMainWindow, shown, with nothing in it. Prints one JSON line
// (see StartupProbe.h) and exits.
#include "StartupProbe.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    const qint64 mainNs = cx::bench::nowNs();
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1200, 800);
    window.show();
    cx::bench::StartupProbe probe(window.windowHandle(), mainNs);
    return app.exec();
}
