// The history dock's content: a search box over every sent request, newest first. Activating a row
// (double-click or Enter) asks for it to be reopened in a new tab.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace cx {
class HistoryStore;
}

namespace cx::gui {

class HistoryFilterModel;
class HistoryListModel;

class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPanel(HistoryStore *store, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    QTreeView *view() const { return m_view; }
    HistoryListModel *model() const { return m_model; }
    HistoryFilterModel *filterModel() const { return m_filter; }
    QPushButton *clearButton() const { return m_clear; }

    void focusSearch();

signals:
    void reopenRequested(const QString &entryId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateCount();

    HistoryStore *m_store;
    HistoryListModel *m_model;
    HistoryFilterModel *m_filter;
    QLineEdit *m_search;
    QTreeView *m_view;
    QLabel *m_count;
    QPushButton *m_clear;
};

} // namespace cx::gui
