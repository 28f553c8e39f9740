// The response's JSON tree, with "Copy value" and "Copy path" on each node (context menu and keys).
#pragma once

#include <QTreeView>

namespace cx::gui {

class JsonTreeModel;

class JsonTreeView : public QTreeView
{
    Q_OBJECT
public:
    explicit JsonTreeView(JsonTreeModel *model, QWidget *parent = nullptr);

    void copyValue();
    void copyPath();
    QAction *copyValueAction() const { return m_copyValue; }
    QAction *copyPathAction() const { return m_copyPath; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    JsonTreeModel *m_model;
    QAction *m_copyValue;
    QAction *m_copyPath;
};

} // namespace cx::gui
