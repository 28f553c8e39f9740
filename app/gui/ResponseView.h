// The bottom of a request tab: status, time and size, then the body as a JSON tree, pretty text, raw
// text and headers. Everything that grows with the body (parsing, pretty-printing, finding page breaks,
// freeing the last response) runs on worker threads; the UI thread only swaps results in, so a 50 MB
// body never stalls the window. Text is shown page by page.
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

    // True from showResponse() until bodyReady(): the body is still being parsed or paged.
    bool isParsing() const { return m_parsing || m_paging; }
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

protected:
    void changeEvent(QEvent *event) override;

private:
    struct PreparedBody;
    enum class State { Empty, Sending, Shown };
    // What the status line and placeholders are rebuilt from after a language switch.
    struct Summary
    {
        int status = 0;
        QByteArray reason;
        bool failed = false;
        qint64 elapsedMs = 0;
        qsizetype bodyBytes = 0;
    };

    void retranslateUi();
    void updateSummary();
    void updatePlaceholders();
    void onPaged(const QByteArray &body, const QList<qsizetype> &pageStarts);
    void onParsed(PreparedBody prepared);
    void emitWhenReady();
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
    State m_state = State::Empty;
    Summary m_summary;
    quint64 m_generation = 0;
    bool m_parsing = false;
    bool m_paging = false;
};

} // namespace cx::gui
