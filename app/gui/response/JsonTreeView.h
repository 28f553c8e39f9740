// The response's JSON tree, with "Copy value" and "Copy path" on each node (context menu and keys), and
// "Set variable from this value…" (setVariableRequested() with the node's path, e.g. "data[0].id").
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
    QAction *setVariableAction() const { return m_setVariable; }
    // The current node's path as JsonPathSelect reads it ("data[0].id"); empty without one.
    QString variablePath() const;

signals:
    void setVariableRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    JsonTreeModel *m_model;
    QAction *m_copyValue;
    QAction *m_copyPath;
    QAction *m_setVariable;
};

} // namespace cx::gui
