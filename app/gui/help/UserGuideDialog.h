// Help → User Guide: the guide's pages (docs/user-guide, bundled as a resource) in a browser window that
// needs no network: links between pages and to their sections are followed inside it.
#pragma once

#include <QDialog>

class QTextBrowser;

namespace cx::gui {

class UserGuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    // `page` is a file name of the guide ("error-panel.md"), optionally with "#section".
    void open(const QString &page);
    QTextBrowser *browser() const { return m_browser; }
    static QString resourceRoot();

private:
    QTextBrowser *m_browser;
};

} // namespace cx::gui
