// Takes real screenshots of the app for the README: the Demo profile, templates listed, and a failed
// request. Usage: gui-screenshots OUTPUT_DIR (run offscreen or under Xvfb). Not a test.
#include "ConnectSimulator.h"
#include "GuiTestBase.h"
#include "JsonTreeModel.h"
#include "JsonTreeView.h"
#include "PathParamsForm.h"
#include "RequestEditor.h"

#include <QDir>
#include <QPalette>

class Screenshots : public cx::test::GuiTestBase
{
public:
    QString suffix;

    int run(const QString &directory)
    {
        setUpEnvironment();
        createWindow();
        window()->resize(1280, 800);
        if (!waitSignedIn())
            return fail("sign-in");
        if (!clickEndpoint("GET", QStringLiteral("/api/templates"), QStringLiteral("templates")) ||
            !sendWithKeyboard())
            return fail("list templates");
        auto *tree = page()->responseView()->treeView();
        const QModelIndex data = page()->responseView()->treeModel()->childFor({}, QStringLiteral("data"));
        tree->expand(data);
        tree->expand(page()->responseView()->treeModel()->childFor(data, QStringLiteral("0")));
        QTest::qWait(200);
        if (!save(directory, QStringLiteral("connect-explorer-templates%1.png").arg(suffix)))
            return fail("save");
        if (!clickEndpoint("GET", QStringLiteral("/api/templates/{id}"), QStringLiteral("templates")))
            return fail("pick template by id");
        QTest::keyClicks(page()->editor()->pathParams()->editFor(QStringLiteral("id")),
                         QStringLiteral("999999"));
        if (!sendWithKeyboard())
            return fail("send 404");
        QTest::qWait(200);
        if (!save(directory, QStringLiteral("connect-explorer-error%1.png").arg(suffix)))
            return fail("save");
        destroyWindow();
        return 0;
    }

private:
    bool save(const QString &directory, const QString &name)
    {
        const QString path = QDir(directory).filePath(name);
        const bool ok = window()->grab().save(path);
        qInfo("%s %s", ok ? "wrote" : "could not write", qPrintable(path));
        return ok;
    }
    static int fail(const char *step)
    {
        qWarning("screenshot step failed: %s", step);
        return 1;
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        qWarning("usage: gui-screenshots OUTPUT_DIR [--dark]");
        return 2;
    }
    QDir().mkpath(QString::fromLocal8Bit(argv[1]));
    Screenshots screenshots;
    if (argc > 2 && QByteArray(argv[2]) == "--dark") {
        // A dark system palette, to check that nothing hard-codes light colours.
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        QApplication::setPalette(dark);
        screenshots.suffix = QStringLiteral("-dark");
    }
    return screenshots.run(QString::fromLocal8Bit(argv[1]));
}
