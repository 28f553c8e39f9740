// The history dock's content: a search box over every sent request, newest first. Activating a row
// (double-click or Enter) asks for it to be reopened in a new tab. Selecting two entries whose responses
// the history kept enables Compare (the button, the context menu, Ctrl+D in the list), which asks for
// their responses to be compared (the older one as A). A response still being written (the store keeps
// it on its writer thread) does not count yet, nor block: Compare follows when the store says it is kept.
#pragma once

#include <QStringList>
#include <QWidget>
#include <optional>
#include <utility>

class QAction;
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
    QPushButton *compareButton() const { return m_compare; }
    QAction *compareAction() const { return m_compareAction; }

    void focusSearch();
    // The ids of the selected entries, newest first.
    QStringList selectedIds() const;
    // Emits compareRequested() for the two selected entries (older first) when both responses were kept
    // or are still being written.
    bool compareSelected();

signals:
    void reopenRequested(const QString &entryId);
    // The responses of two entries to compare: `olderId` as A, `newerId` as B.
    void compareRequested(const QString &olderId, const QString &newerId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateCount();
    void updateCompare();
    // The two selected entries, older first, when exactly two are selected and both responses were kept.
    std::optional<std::pair<QString, QString>> comparablePair() const;

    HistoryStore *m_store;
    HistoryListModel *m_model;
    HistoryFilterModel *m_filter;
    QLineEdit *m_search;
    QTreeView *m_view;
    QLabel *m_count;
    QPushButton *m_clear;
    QPushButton *m_compare;
    QAction *m_compareAction;
};

} // namespace cx::gui
