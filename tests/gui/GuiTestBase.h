// The one fixture every GUI test shares (after KeePassXC's tests/gui/GuiTestBase.h): a temporary HOME
// and settings, the main window on the Demo profile (its simulator in-process on port 0), and small
// helpers that act like a user — type in the filter, click an endpoint, press Ctrl+Enter.
#pragma once

#include "auth/Session.h"
#include "connection/Connection.h"
#include "endpoints/CatalogSource.h"
#include "endpoints/EndpointBrowser.h"
#include "endpoints/EndpointTreeModel.h"
#include "history/DraftStore.h"
#include "profiles/StatusPanel.h"
#include "request/RequestDraft.h"
#include "request/RequestPage.h"
#include "response/ResponseView.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <memory>

namespace cx::test {

// An enabled parameter or header row, as a user would type it into the editor's tables.
inline gui::ParamRow row(const QString &name, const QString &value)
{
    gui::ParamRow r;
    r.name = name;
    r.value = value;
    return r;
}

class GuiTestBase : public QObject
{
protected:
    // Call from initTestCase(): nothing the tests do may touch the real HOME or settings.
    void setUpEnvironment()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_home.isValid());
        qputenv("HOME", m_home.path().toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", (m_home.path() + QStringLiteral("/config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", (m_home.path() + QStringLiteral("/data")).toLocal8Bit());
        QCoreApplication::setOrganizationName(QStringLiteral("ConnectExplorerGuiTests"));
        QCoreApplication::setApplicationName(QStringLiteral("Connect Explorer"));
        QCoreApplication::setApplicationVersion(QStringLiteral("0.0.0-test"));
    }

    // The bundled OpenAPI document once it lists the endpoints the stories use; until then a small one.
    static EndpointCatalog catalog()
    {
        QString error;
        auto bundled = gui::CatalogSource::load(gui::CatalogSource::bundledPath(), &error);
        if (bundled && bundled->find("GET", QStringLiteral("/api/templates")) &&
            bundled->find("GET", QStringLiteral("/api/templates/1")) &&
            bundled->find("GET", QStringLiteral("/api/assets")))
            return *bundled;
        auto own = gui::CatalogSource::load(QStringLiteral(CX_GUI_TEST_SPEC), &error);
        if (!own)
            qFatal("test catalog: %s", qPrintable(error));
        return *own;
    }

    // Starts the app the way main() does on a fresh HOME: the Demo profile, then the window.
    void createWindow(const cx::Profile &profile = cx::Profile::demo())
    {
        // The window reopens the tabs saved as drafts: every test starts without any, unless it is
        // about restoring them (m_keepDrafts).
        if (!m_keepDrafts)
            QDir(DraftStore::defaultDirectory()).removeRecursively();
        m_connection = std::make_unique<gui::Connection>(profile);
        QString error;
        QVERIFY2(m_connection->start(&error), qPrintable(error));
        m_window = std::make_unique<gui::MainWindow>(m_connection.get(), catalog());
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void destroyWindow()
    {
        if (m_window)
            m_window->close();
        m_window.reset();
        m_connection.reset();
    }

    gui::MainWindow *window() const { return m_window.get(); }
    sim::ConnectSimulator *simulator() const { return m_connection->simulator(); }
    Session *session() const { return m_connection->session(); }
    gui::RequestPage *page() const { return m_window->currentPage(); }
    QLineEdit *filterEdit() const { return m_window->endpointBrowser()->filterEdit(); }
    QTreeView *endpointTree() const { return m_window->endpointBrowser()->view(); }

    // Signed in and the scopes from introspection shown in the status bar.
    bool waitSignedIn(int timeoutMs = 10000) const
    {
        return QTest::qWaitFor(
            [this] {
                return session()->state() == Session::State::SignedIn &&
                       !m_window->statusPanel()->scopesLabel()->text().isEmpty();
            },
            timeoutMs);
    }

    // Endpoint rows the tree shows right now (tag rows not counted).
    int visibleEndpointCount() const
    {
        const QAbstractItemModel *model = endpointTree()->model();
        int count = 0;
        for (int group = 0; group < model->rowCount(); ++group)
            count += model->rowCount(model->index(group, 0));
        return count;
    }

    // Types `filter` into the filter box, then clicks the endpoint's row like a user would.
    bool clickEndpoint(const QByteArray &method, const QString &path, const QString &filter = {})
    {
        filterEdit()->clear();
        QTest::keyClicks(filterEdit(), filter.isEmpty() ? path : filter);
        const auto *proxy = m_window->endpointBrowser()->filterModel();
        for (int group = 0; group < proxy->rowCount(); ++group) {
            const QModelIndex parent = proxy->index(group, 0);
            for (int row = 0; row < proxy->rowCount(parent); ++row) {
                const QModelIndex index = proxy->index(row, 0, parent);
                if (index.data(gui::EndpointTreeModel::MethodRole).toByteArray() == method &&
                    index.data(gui::EndpointTreeModel::PathRole).toString() == path) {
                    endpointTree()->scrollTo(index);
                    const QRect rect = endpointTree()->visualRect(index);
                    QTest::mouseClick(endpointTree()->viewport(), Qt::LeftButton, {}, rect.center());
                    return endpointTree()->currentIndex() == index;
                }
            }
        }
        return false;
    }

    // Presses Ctrl+Enter in the window and waits until the response (or error) is shown in full.
    bool sendWithKeyboard(int timeoutMs = 10000)
    {
        gui::RequestPage *current = page();
        QSignalSpy shown(current, &gui::RequestPage::responseShown);
        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
        return shown.wait(timeoutMs) || shown.count() > 0;
    }

    QString statusText() const { return page()->responseView()->statusLabel()->text(); }

    QTemporaryDir m_home;
    bool m_keepDrafts = false;
    std::unique_ptr<gui::Connection> m_connection;
    std::unique_ptr<gui::MainWindow> m_window;
};

} // namespace cx::test
