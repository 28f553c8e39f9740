// The bottom of a request tab: status, time and size, then the body as a JSON tree, pretty text, raw
// text, an image, a hex dump, and the headers, the timing and the request as it was sent. The tree and
// the pretty text keep the document's member order. What the body is (BodyKind: text in its charset, JSON,
// an image, other bytes) is decided once, on a worker, and picks the tab shown first. Everything that
// grows with the body (classifying, decoding, parsing, pretty-printing, finding page breaks, decoding an
// image, freeing the last response) runs on worker threads; the UI thread only swaps results in, so a
// 50 MB body never stalls the window. Text is shown page by page; the hex dump paints only what is on
// screen; a binary body's Latin-1 text is only made when its tab is opened.
#pragma once

#include "net/ApiTypes.h"
#include "response/BodyKind.h"
#include "response/BodyParser.h"

#include <QWidget>
#include <memory>

class QLabel;
class QTabWidget;
class QTableView;

namespace cx::gui {

class BinaryPane;
class FindBar;
class HeaderListModel;
class HexView;
class ImagePreview;
class JsonTreeModel;
class JsonTreeView;
class PagedTextView;
class ResponseTimingView;
class SentRequestView;

class ResponseView : public QWidget
{
    Q_OBJECT
public:
    enum Tab { TreeTab, PrettyTab, RawTab, ImageTab, HexTab, HeadersTab, TimingTab, RequestTab };
    // The JSON tree opens its first level: each of the first this many top-level values that has at most
    // JsonTreeModel::BatchSize members is expanded.
    static constexpr int ExpandedTopLevelRows = 20;

    explicit ResponseView(QWidget *parent = nullptr);
    ~ResponseView() override;

    // `failed` comes from ApiError: a failed response never gets a success colour, even with a 2xx.
    void showResponse(const ApiResponse &response, bool failed);
    void showRunning();
    void clear();
    void openFind();

    // True from showResponse() until bodyReady(): the body is still being parsed or paged.
    bool isParsing() const { return m_parsing || m_paging || m_decoding; }
    const ParsedBody &parsed() const { return m_parsed; }
    // What the body is; Empty until the worker has decided.
    const BodyKind &bodyKind() const { return m_kind; }
    // True while a body that is not text is being read as Latin-1 for the Raw tab.
    bool isMakingRawText() const { return m_makingRaw; }

    QLabel *statusLabel() const { return m_status; }
    QLabel *timeLabel() const { return m_time; }
    QLabel *sizeLabel() const { return m_size; }
    QLabel *noteLabel() const { return m_note; }
    QTabWidget *tabs() const { return m_tabs; }
    JsonTreeModel *treeModel() const { return m_treeModel; }
    JsonTreeView *treeView() const { return m_tree; }
    PagedTextView *prettyView() const;
    PagedTextView *rawView() const;
    // The find bar, the Pretty, Raw, Timing, Hex, Image and Headers tabs are built when first needed (their
    // tab opened, the first response, or asked for here), not for the first frame.
    FindBar *findBar() const;
    ResponseTimingView *timingView() const;
    BinaryPane *binaryPane() const;
    HexView *hexView() const;
    ImagePreview *imagePreview() const;
    QTableView *headersView() const;
    // The Request tab: what was sent, hop by hop (built on first use too).
    SentRequestView *sentRequestView() const;

signals:
    // The body has been classified, parsed (or found not to be JSON), an image decoded (or found
    // corrupt), and every tab shows it (a binary body's Raw tab fills when it is opened).
    void bodyReady();
    // The Raw tab shows a body that is not text, read as Latin-1.
    void rawTextReady();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct PreparedBody;
    struct Classified;
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
    void onClassified(Classified classified);
    void onParsed(PreparedBody prepared);
    void makeRawText();
    void startParse(const QByteArray &utf8);
    void emitWhenReady();
    void find(const QString &text, bool backward);
    // Build the widgets the first frame does not show (see findBar()); each returns the widget.
    FindBar *ensureFindBar();
    PagedTextView *ensurePretty();
    PagedTextView *ensureRaw();
    ResponseTimingView *ensureTiming();
    BinaryPane *ensureBinary();
    ImagePreview *ensureImage();
    QTableView *ensureHeaders();
    SentRequestView *ensureSentRequest();
    void expandFirstLevel();
    void ensureTab(int index);

    QLabel *m_status;
    QLabel *m_time;
    QLabel *m_size;
    QLabel *m_note;
    QTabWidget *m_tabs;
    JsonTreeModel *m_treeModel;
    JsonTreeView *m_tree;
    HeaderListModel *m_headersModel;
    // The pages of the tabs built on first use, and their contents (null until built).
    QWidget *m_prettyPage;
    QWidget *m_rawPage;
    QWidget *m_imagePage;
    QWidget *m_hexPage;
    QWidget *m_headersPage;
    QWidget *m_timingPage;
    QWidget *m_requestPage;
    SentRequestView *m_sentRequest = nullptr;
    ApiResponse m_sent; // the shown response's hops and protocol only, for the Request tab
    PagedTextView *m_pretty = nullptr;
    PagedTextView *m_raw = nullptr;
    QTableView *m_headers = nullptr;
    FindBar *m_findBar = nullptr;
    ResponseTimingView *m_timing = nullptr;
    ImagePreview *m_image = nullptr;
    BinaryPane *m_binary = nullptr;
    ParsedBody m_parsed;
    BodyKind m_kind;
    QByteArray m_body; // the body as received (shared with the response)
    QByteArray m_contentType;
    QString m_imageError; // why an image body is shown as hex
    State m_state = State::Empty;
    Summary m_summary;
    quint64 m_generation = 0;
    bool m_parsing = false;
    bool m_paging = false;     // classifying the body and paging its text
    bool m_decoding = false;   // decoding an image
    bool m_rawPending = false; // the Raw tab waits to be opened to read the body as Latin-1
    bool m_makingRaw = false;
    bool m_parseStarted = false;           // the JSON parse is running or done
    std::unique_ptr<PreparedBody> m_early; // a parse that finished before the body was classified
};

} // namespace cx::gui
