// Help → Keyboard Shortcuts: every shortcut the window has, read from its actions when the page opens
// (so a new feature's shortcut is listed without anyone remembering to), plus the keys that work inside
// the editor and the endpoint list, which are not actions.
#pragma once

#include <QDialog>

class QMainWindow;
class QTableWidget;

namespace cx::gui {

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QMainWindow *window);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace cx::gui
