// "This Tab's Sends": the dock listing the current request tab's earlier sends, newest first (status,
// time, size), and Compare Selected for two of them. The sends are kept by CompareController; the panel
// only shows them.
#pragma once

#include "compare/ResponseSnapshot.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace cx::gui {

class TabSendsPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column { StatusColumn, TimeColumn, SizeColumn };
    // Each row's index into the list given to setSends().
    static constexpr int SendIndexRole = Qt::UserRole + 1;

    explicit TabSendsPanel(QWidget *parent = nullptr);

    // The sends of the tab titled `tab` (oldest first); no tab: an empty list.
    void setSends(const QString &tab, const QList<ResponseSnapshot> &sends);

    QTreeWidget *list() const { return m_list; }
    QPushButton *compareButton() const { return m_compare; }
    QLabel *titleLabel() const { return m_title; }

signals:
    // Two sends chosen (indexes into the list given to setSends(), the older first).
    void compareRequested(int older, int newer);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();
    void updateButton();

    QLabel *m_title;
    QTreeWidget *m_list;
    QPushButton *m_compare;
    QString m_tab;
    QList<ResponseSnapshot> m_sends;
};

} // namespace cx::gui
