// The bottom of a request tab: status, time and size, then the body as a JSON tree, pretty text, raw
// text and headers. The body is parsed and pretty-printed on a worker thread; text is shown page by page.
#pragma once

#include "BodyParser.h"
#include "net/ApiTypes.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;

namespace cx::gui {

class FindBar;
class HeaderListModel;
class JsonTreeModel;
class JsonTreeView;
class PagedTextView;
class ResponseTimingView;

class ResponseView : public QWidget
{
    Q_OBJECT
public:
    enum Tab { TreeTab, PrettyTab, RawTab, HeadersTab, TimingTab };

    explicit ResponseView(QWidget *parent = nullptr);
    ~ResponseView() override;

    // `failed` comes from ApiError: a failed response never gets a success colour, even with a 2xx.
    void showResponse(const ApiResponse &response, bool failed);
    void showRunning();
    void clear();
    void openFind();

    bool isParsing() const { return m_parsing; }
    const ParsedBody &parsed() const { return m_parsed; }

    QLabel *statusLabel() const { return m_status; }
    QLabel *timeLabel() const { return m_time; }
    QLabel *sizeLabel() const { return m_size; }
    QLabel *noteLabel() const { return m_note; }
    QTabWidget *tabs() const { return m_tabs; }
    JsonTreeModel *treeModel() const { return m_treeModel; }
    JsonTreeView *treeView() const { return m_tree; }
    PagedTextView *prettyView() const { return m_pretty; }
    PagedTextView *rawView() const { return m_raw; }
    FindBar *findBar() const { return m_findBar; }
    ResponseTimingView *timingView() const { return m_timing; }

signals:
    // The body has been parsed (or found not to be JSON) and every tab shows it.
    void bodyReady();

private:
    void onParsed(const ParsedBody &parsed);
    void find(const QString &text, bool backward);

    QLabel *m_status;
    QLabel *m_time;
    QLabel *m_size;
    QLabel *m_note;
    QTabWidget *m_tabs;
    JsonTreeModel *m_treeModel;
    JsonTreeView *m_tree;
    PagedTextView *m_pretty;
    PagedTextView *m_raw;
    HeaderListModel *m_headersModel;
    QTableView *m_headers;
    FindBar *m_findBar;
    ResponseTimingView *m_timing;
    ParsedBody m_parsed;
    quint64 m_generation = 0;
    bool m_parsing = false;
};

} // namespace cx::gui
