#include "response/ResponseView.h"

#include "common/MethodStyle.h"
#include "common/RunOnWorker.h"
#include "response/BinaryPane.h"
#include "response/FindBar.h"
#include "response/HeaderListModel.h"
#include "response/HexView.h"
#include "response/ImageDecode.h"
#include "response/ImagePreview.h"
#include "response/JsonTreeModel.h"
#include "response/JsonTreeView.h"
#include "response/PagedTextView.h"
#include "response/ResponseTimingView.h"
#include "response/SentRequestView.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMimeDatabase>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <memory>

namespace cx::gui {

// A JSON body as the worker hands it over: parsed, pretty-printed and its pretty text cut into pages.
struct ResponseView::PreparedBody
{
    ParsedBody parsed;
    QList<qsizetype> prettyPages;
    JsonTreeModel::SourceOrder order; // the first level's members in the document's order
};

// What the first worker decided: the body's kind and, for text, its UTF-8 text cut into pages (a body
// that is not text gets its Latin-1 text only when the Raw tab is opened).
struct ResponseView::Classified
{
    BodyKind kind;
    QByteArray text;
    QList<qsizetype> pages;
};

namespace {

// The last references to a shown response. Freeing a 50 MB document frees millions of values
// (~100 ms), so it happens on a worker, not on the UI thread.
struct Retired
{
    ParsedBody parsed;
    QByteArray raw;
    QByteArray pretty;
    QImage image;
};

void releaseOnWorker(Retired retired)
{
    if (retired.parsed.kind == ParsedBody::Kind::Empty && retired.raw.isEmpty() && retired.pretty.isEmpty() &&
        retired.image.isNull())
        return;
    auto held = std::make_shared<Retired>(std::move(retired));
    // Cleared inside the task, so the memory is freed there whoever drops `held` last.
    (void)QtConcurrent::run([held = std::move(held)] { *held = Retired(); });
}

// The file name "Save body as…" proposes: the one the server gives (Content-Disposition), else the
// URL's last segment when it has an extension, else "body" with the media type's usual suffix.
QString suggestedFileName(const ApiResponse &response, const QByteArray &mediaType)
{
    const QByteArray disposition = response.header("Content-Disposition");
    const qsizetype at = disposition.toLower().indexOf("filename=");
    if (at >= 0) {
        QByteArray name = disposition.mid(at + 9).split(';').first().trimmed();
        name.replace('"', QByteArray());
        const QString file = QFileInfo(QString::fromUtf8(name)).fileName();
        if (!file.isEmpty())
            return file;
    }
    const QString last = QFileInfo(response.url.path()).fileName();
    if (last.contains(QLatin1Char('.')))
        return last;
    const QString suffix = QMimeDatabase().mimeTypeForName(QString::fromLatin1(mediaType)).preferredSuffix();
    return suffix.isEmpty() ? QStringLiteral("body") : QStringLiteral("body.") + suffix;
}

} // namespace

ResponseView::ResponseView(QWidget *parent)
    : QWidget(parent), m_status(new QLabel(this)), m_time(new QLabel(this)), m_size(new QLabel(this)),
      m_note(new QLabel(this)), m_tabs(new QTabWidget(this)), m_treeModel(new JsonTreeModel(this)),
      m_tree(new JsonTreeView(m_treeModel, this)), m_headersModel(new HeaderListModel(this)),
      m_prettyPage(new QWidget(this)), m_rawPage(new QWidget(this)), m_imagePage(new QWidget(this)),
      m_hexPage(new QWidget(this)), m_headersPage(new QWidget(this)), m_timingPage(new QWidget(this)),
      m_requestPage(new QWidget(this))
{
    m_status->setObjectName(QStringLiteral("responseStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_time->setObjectName(QStringLiteral("responseTime"));
    m_size->setObjectName(QStringLiteral("responseSize"));
    m_note->setObjectName(QStringLiteral("responseNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setVisible(false);
    m_tree->setObjectName(QStringLiteral("jsonTree"));
    for (QWidget *page :
         {m_prettyPage, m_rawPage, m_imagePage, m_hexPage, m_headersPage, m_timingPage, m_requestPage}) {
        auto *pageLayout = new QVBoxLayout(page);
        pageLayout->setContentsMargins(0, 0, 0, 0);
    }

    m_tabs->addTab(m_tree, QString());
    m_tabs->addTab(m_prettyPage, QString());
    m_tabs->addTab(m_rawPage, QString());
    m_tabs->addTab(m_imagePage, QString());
    m_tabs->addTab(m_hexPage, QString());
    m_tabs->addTab(m_headersPage, QString());
    m_tabs->addTab(m_timingPage, QString());
    m_tabs->addTab(m_requestPage, QString());

    auto *summary = new QHBoxLayout;
    summary->addWidget(m_status);
    summary->addWidget(m_time);
    summary->addWidget(m_size);
    summary->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(summary);
    layout->addWidget(m_note);
    layout->addWidget(m_tabs, 1);

    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        ensureTab(index);
        if (index == RawTab && m_rawPending)
            makeRawText();
    });
    clear();
    retranslateUi();
}

ResponseView::~ResponseView()
{
    m_treeModel->clear(); // so the worker below drops the document's last reference
    if (m_early)
        releaseOnWorker({std::move(m_early->parsed), {}, {}, {}});
    releaseOnWorker({std::exchange(m_parsed, {}), m_raw ? m_raw->content() : QByteArray(),
                     m_pretty ? m_pretty->content() : QByteArray(), m_image ? m_image->image() : QImage()});
}

PagedTextView *ResponseView::prettyView() const
{
    return const_cast<ResponseView *>(this)->ensurePretty();
}

PagedTextView *ResponseView::rawView() const
{
    return const_cast<ResponseView *>(this)->ensureRaw();
}

FindBar *ResponseView::findBar() const
{
    return const_cast<ResponseView *>(this)->ensureFindBar();
}

ResponseTimingView *ResponseView::timingView() const
{
    return const_cast<ResponseView *>(this)->ensureTiming();
}

BinaryPane *ResponseView::binaryPane() const
{
    return const_cast<ResponseView *>(this)->ensureBinary();
}

HexView *ResponseView::hexView() const
{
    return binaryPane()->hexView();
}

ImagePreview *ResponseView::imagePreview() const
{
    return const_cast<ResponseView *>(this)->ensureImage();
}

QTableView *ResponseView::headersView() const
{
    return const_cast<ResponseView *>(this)->ensureHeaders();
}

SentRequestView *ResponseView::sentRequestView() const
{
    return const_cast<ResponseView *>(this)->ensureSentRequest();
}

namespace {

// Puts a widget built on first use into its (empty) tab page.
void fillPage(QWidget *page, QWidget *content)
{
    page->layout()->addWidget(content);
    if (page->isVisible())
        content->show();
}

} // namespace

FindBar *ResponseView::ensureFindBar()
{
    if (!m_findBar) {
        m_findBar = new FindBar(this);
        m_findBar->setVisible(false);
        layout()->addWidget(m_findBar);
        connect(m_findBar, &FindBar::findRequested, this, &ResponseView::find);
    }
    return m_findBar;
}

PagedTextView *ResponseView::ensurePretty()
{
    if (!m_pretty) {
        m_pretty = new PagedTextView(m_prettyPage);
        m_pretty->setObjectName(QStringLiteral("prettyView"));
        m_pretty->setHighlightJson(true);
        m_pretty->clear();
        fillPage(m_prettyPage, m_pretty);
    }
    return m_pretty;
}

PagedTextView *ResponseView::ensureRaw()
{
    if (!m_raw) {
        m_raw = new PagedTextView(m_rawPage);
        m_raw->setObjectName(QStringLiteral("rawView"));
        m_raw->clear();
        fillPage(m_rawPage, m_raw);
    }
    return m_raw;
}

ResponseTimingView *ResponseView::ensureTiming()
{
    if (!m_timing) {
        // In a scroll area: its rows must not make the whole view taller than the window gives it.
        auto *scroll = new QScrollArea(m_timingPage);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidgetResizable(true);
        m_timing = new ResponseTimingView(scroll);
        m_timing->clear();
        scroll->setWidget(m_timing);
        fillPage(m_timingPage, scroll);
    }
    return m_timing;
}

BinaryPane *ResponseView::ensureBinary()
{
    if (!m_binary) {
        m_binary = new BinaryPane(m_hexPage);
        m_binary->setObjectName(QStringLiteral("binaryPane"));
        m_binary->clear();
        fillPage(m_hexPage, m_binary);
    }
    return m_binary;
}

ImagePreview *ResponseView::ensureImage()
{
    if (!m_image) {
        m_image = new ImagePreview(m_imagePage);
        m_image->setObjectName(QStringLiteral("imagePreview"));
        m_image->clear();
        fillPage(m_imagePage, m_image);
    }
    return m_image;
}

QTableView *ResponseView::ensureHeaders()
{
    if (!m_headers) {
        m_headers = new QTableView(m_headersPage);
        m_headers->setObjectName(QStringLiteral("headersView"));
        m_headers->setModel(m_headersModel);
        m_headers->verticalHeader()->hide();
        m_headers->horizontalHeader()->setStretchLastSection(true);
        m_headers->setSelectionBehavior(QAbstractItemView::SelectRows);
        fillPage(m_headersPage, m_headers);
    }
    return m_headers;
}

SentRequestView *ResponseView::ensureSentRequest()
{
    if (!m_sentRequest) {
        m_sentRequest = new SentRequestView(m_requestPage);
        m_sentRequest->setObjectName(QStringLiteral("sentRequestView"));
        m_sentRequest->showResponse(m_sent);
        fillPage(m_requestPage, m_sentRequest);
    }
    return m_sentRequest;
}

void ResponseView::ensureTab(int index)
{
    switch (index) {
    case PrettyTab:
        ensurePretty();
        break;
    case RawTab:
        ensureRaw();
        break;
    case ImageTab:
        ensureImage();
        break;
    case HexTab:
        ensureBinary();
        break;
    case HeadersTab:
        ensureHeaders();
        break;
    case TimingTab:
        ensureTiming();
        break;
    case RequestTab:
        ensureSentRequest();
        break;
    default:
        break;
    }
}

void ResponseView::retranslateUi()
{
    m_tabs->setTabText(TreeTab, tr("Tree"));
    m_tabs->setTabText(PrettyTab, tr("Pretty"));
    m_tabs->setTabText(RawTab, tr("Raw"));
    m_tabs->setTabText(ImageTab, tr("Image"));
    m_tabs->setTabText(HexTab, tr("Hex"));
    m_tabs->setTabText(HeadersTab, tr("Headers"));
    m_tabs->setTabText(TimingTab, tr("Timing"));
    m_tabs->setTabText(RequestTab, tr("Request"));
    updateSummary();
    updatePlaceholders();
}

void ResponseView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ResponseView::clear()
{
    ++m_generation;
    m_parsing = false;
    m_paging = false;
    m_decoding = false;
    m_rawPending = false;
    m_makingRaw = false;
    m_parseStarted = false;
    if (m_early) {
        releaseOnWorker({std::move(m_early->parsed), {}, {}, {}});
        m_early.reset();
    }
    m_state = State::Empty;
    m_summary = {};
    // The tree lets go of its values first, so the worker holds the document's last reference.
    m_treeModel->clear();
    Retired retired{std::exchange(m_parsed, {}), m_raw ? m_raw->content() : QByteArray(),
                    m_pretty ? m_pretty->content() : QByteArray(), m_image ? m_image->image() : QImage()};
    if (m_pretty)
        m_pretty->clear();
    if (m_raw)
        m_raw->clear();
    if (m_image)
        m_image->clear();
    if (m_binary)
        m_binary->clear();
    m_kind = {};
    m_body.clear();
    m_contentType.clear();
    m_imageError.clear();
    m_tabs->setTabEnabled(ImageTab, false);
    m_tabs->setTabEnabled(HexTab, false);
    releaseOnWorker(std::move(retired));
    m_status->setStyleSheet(QString());
    m_note->setVisible(false);
    m_headersModel->setHeaders({});
    if (m_timing)
        m_timing->clear();
    m_sent = ApiResponse();
    if (m_sentRequest)
        m_sentRequest->clear();
    updateSummary();
}

void ResponseView::showRunning()
{
    clear();
    m_state = State::Sending;
    updateSummary();
}

void ResponseView::updateSummary()
{
    switch (m_state) {
    case State::Empty:
        m_status->setText(tr("No response yet"));
        m_time->clear();
        m_size->clear();
        return;
    case State::Sending:
        m_status->setText(tr("Sending…"));
        m_time->clear();
        m_size->clear();
        return;
    case State::Shown:
        break;
    }
    QString statusText;
    if (m_summary.status > 0) {
        statusText = QStringLiteral("%1 %2")
                         .arg(m_summary.status)
                         .arg(QString::fromLatin1(m_summary.reason))
                         .trimmed();
        if (m_summary.failed && m_summary.status < 400)
            statusText += tr(" — incomplete");
    } else {
        statusText = tr("No response");
    }
    m_status->setText(statusText);
    m_time->setText(tr("%1 ms").arg(m_summary.elapsedMs));
    m_size->setText(QLocale().formattedDataSize(m_summary.bodyBytes));
}

// The texts shown in place of the body while it is prepared, or when it has no tree.
void ResponseView::updatePlaceholders()
{
    if (m_state != State::Shown)
        return;
    if (m_paging || m_makingRaw)
        ensureRaw()->setMessage(tr("Loading…"));
    else if (m_rawPending)
        ensureRaw()->setMessage(m_kind.note());
    if (m_decoding)
        ensureImage()->setMessage(tr("Decoding the image…"));
    const bool notText = m_kind.kind == BodyKind::Kind::Binary || m_kind.kind == BodyKind::Kind::Image;
    if (m_summary.bodyBytes == 0) {
        ensurePretty()->setMessage(tr("(empty body)"));
    } else if (m_parsing) {
        ensurePretty()->setMessage(tr("Formatting…"));
    } else if (notText) {
        // An image that shows needs no note; bytes that are not text, or an image that did not decode, do.
        QString note = m_kind.note();
        if (!m_imageError.isEmpty())
            note = m_imageError + QLatin1Char(' ') + note;
        ensurePretty()->setMessage(note);
        m_note->setText(note);
        m_note->setVisible(m_kind.kind == BodyKind::Kind::Binary || !m_imageError.isEmpty());
    } else if (m_parsed.kind == ParsedBody::Kind::Raw) {
        const QString note = m_parsed.note();
        ensurePretty()->setMessage(note);
        m_note->setText(note);
        m_note->setVisible(!note.isEmpty());
    }
}

void ResponseView::showResponse(const ApiResponse &response, bool failed)
{
    clear();
    m_state = State::Shown;
    m_summary = {response.status, response.reason, failed, response.elapsedMs, response.body.size()};
    m_status->setStyleSheet(MethodStyle::badgeStyleSheet(MethodStyle::statusColor(response.status, failed)));
    m_headersModel->setHeaders(response.headers);
    ensureTiming()->showResponse(response);
    m_sent.sent = response.sent;
    m_sent.protocol = response.protocol;
    if (m_sentRequest)
        m_sentRequest->showResponse(m_sent);
    ensureHeaders()->resizeColumnToContents(0);
    updateSummary();

    if (response.body.isEmpty()) {
        ensureRaw()->setContent(response.body);
        updatePlaceholders();
        m_tabs->setCurrentIndex(HeadersTab);
        emit bodyReady();
        return;
    }
    // Classifying, decoding, parsing, pretty-printing and finding page breaks run on workers; the window
    // stays live for bodies of any size. The body's kind and its text's pages come first, then the tree
    // and pretty text (JSON) or the decoded image.
    m_parsing = true;
    m_paging = true;
    m_body = response.body;
    m_contentType = response.contentType();
    updatePlaceholders();
    const quint64 generation = m_generation;
    const QByteArray body = response.body;
    const QByteArray contentType = m_contentType;
    ensureBinary()->setBody(body, BodyKind::mediaTypeOf(contentType),
                            suggestedFileName(response, BodyKind::mediaTypeOf(contentType)));
    m_tabs->setTabEnabled(HexTab, true);
    // A body that says it is UTF-8 JSON (or says nothing) is parsed at once, beside the classification,
    // as it was before bodies had kinds: the result is used when the body proves to be UTF-8 text.
    const QByteArray mediaType = BodyKind::mediaTypeOf(contentType);
    const QByteArray charset = BodyKind::charsetOf(contentType).toLower();
    if ((charset.isEmpty() || charset == "utf-8" || charset == "utf8") &&
        (mediaType.isEmpty() || mediaType.contains("json")))
        startParse(body);
    runOnWorker<Classified>(
        this,
        [body, contentType] {
            Classified classified;
            classified.kind = BodyKind::classify(body, contentType);
            if (classified.kind.kind == BodyKind::Kind::Text) {
                classified.text = BodyKind::textAsUtf8(body, &classified.kind);
                if (classified.kind.kind == BodyKind::Kind::Text)
                    classified.pages = PagedTextView::pageStartsOf(classified.text);
                else
                    classified.text.clear(); // not valid in its charset after all: Latin-1 on demand
            }
            return classified;
        },
        [this, generation](Classified classified) {
            if (generation == m_generation)
                onClassified(std::move(classified));
        });
}

void ResponseView::onClassified(Classified classified)
{
    m_paging = false;
    m_kind = classified.kind;
    const quint64 generation = m_generation;
    if (m_kind.kind == BodyKind::Kind::Text) {
        ensureRaw()->setContent(classified.text, classified.pages);
        if (!m_parseStarted) {
            startParse(classified.text);
        } else if (m_early) {
            // The early parse finished first; the body is UTF-8 text, so its result stands.
            PreparedBody prepared = std::move(*m_early);
            m_early.reset();
            onParsed(std::move(prepared));
        }
        return;
    }
    // Not text: the Raw tab reads the bytes as Latin-1 once it is opened; the Hex tab shows them now.
    if (m_early) {
        releaseOnWorker({std::move(m_early->parsed), {}, {}, {}});
        m_early.reset();
    }
    m_parsing = false;
    m_rawPending = true;
    if (m_kind.kind == BodyKind::Kind::Image) {
        m_decoding = true;
        ensureImage();
        m_tabs->setTabEnabled(ImageTab, true);
        m_tabs->setCurrentIndex(ImageTab);
        updatePlaceholders();
        const QByteArray body = m_body;
        const QByteArray format = m_kind.imageFormat;
        runOnWorker<DecodedImage>(
            this, [body, format] { return DecodedImage::decode(body, format); },
            [this, generation](const DecodedImage &decoded) {
                if (generation != m_generation)
                    return;
                m_decoding = false;
                if (decoded.ok()) {
                    m_image->setImage(decoded.image, decoded.format);
                } else {
                    // A corrupt image (or one too large to decode) says so and falls back to hex.
                    m_imageError = decoded.error;
                    m_image->setMessage(decoded.error);
                    m_tabs->setCurrentIndex(HexTab);
                }
                updatePlaceholders();
                emitWhenReady();
            });
        return;
    }
    m_tabs->setCurrentIndex(HexTab);
    updatePlaceholders();
    emitWhenReady();
}

// Parses `utf8` as JSON and pretty-prints it on a worker. A result that arrives before the body is
// classified waits in m_early; one for a body that turned out not to be text is dropped.
void ResponseView::startParse(const QByteArray &utf8)
{
    m_parseStarted = true;
    const quint64 generation = m_generation;
    const QByteArray contentType = m_contentType;
    runOnWorker<PreparedBody>(
        this,
        [utf8, contentType] {
            PreparedBody prepared{ParsedBody::parse(utf8, contentType), {}, {}};
            if (prepared.parsed.kind == ParsedBody::Kind::Json) {
                prepared.prettyPages = PagedTextView::pageStartsOf(prepared.parsed.pretty);
                prepared.order = JsonTreeModel::scanSource(utf8);
            }
            return prepared;
        },
        [this, generation](PreparedBody prepared) {
            if (generation != m_generation || (!m_paging && m_kind.kind != BodyKind::Kind::Text)) {
                releaseOnWorker({std::move(prepared.parsed), {}, {}, {}});
            } else if (m_paging) {
                m_early = std::make_unique<PreparedBody>(std::move(prepared));
            } else {
                onParsed(std::move(prepared));
            }
        });
}

// A body that is not text, read as Latin-1 (one character per byte) on a worker, for the Raw tab.
void ResponseView::makeRawText()
{
    if (!m_rawPending || m_makingRaw)
        return;
    m_makingRaw = true;
    updatePlaceholders();
    const quint64 generation = m_generation;
    const QByteArray body = m_body;
    const BodyKind kind = m_kind;
    runOnWorker<Classified>(
        this,
        [body, kind] {
            Classified classified{kind, {}, {}};
            classified.text = BodyKind::textAsUtf8(body, &classified.kind);
            classified.pages = PagedTextView::pageStartsOf(classified.text);
            return classified;
        },
        [this, generation](Classified classified) {
            if (generation != m_generation) {
                releaseOnWorker({{}, std::move(classified.text), {}, {}});
                return;
            }
            m_makingRaw = false;
            m_rawPending = false;
            ensureRaw()->setContent(classified.text, classified.pages);
            emit rawTextReady();
        });
}

void ResponseView::onParsed(PreparedBody prepared)
{
    m_parsing = false;
    m_parsed = std::move(prepared.parsed);
    m_note->setVisible(false);
    if (m_parsed.kind == ParsedBody::Kind::Json) {
        m_treeModel->setDocument(m_parsed.json, prepared.order);
        expandFirstLevel();
        ensurePretty()->setContent(m_parsed.pretty, prepared.prettyPages);
        m_tabs->setTabEnabled(TreeTab, true);
        m_tabs->setTabEnabled(PrettyTab, true);
        if (m_tabs->currentIndex() != PrettyTab && m_tabs->currentIndex() != RawTab)
            m_tabs->setCurrentIndex(TreeTab);
    } else {
        updatePlaceholders();
        m_tabs->setCurrentIndex(RawTab);
    }
    emitWhenReady();
}

// The tree reads like the document: its first level is open (unless a value there is too big to list).
void ResponseView::expandFirstLevel()
{
    const int rows = qMin(m_treeModel->rowCount(), ExpandedTopLevelRows);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_treeModel->index(row, 0);
        const QJsonValue value = m_treeModel->valueOf(index);
        const qsizetype size = value.isObject()  ? value.toObject().size()
                               : value.isArray() ? value.toArray().size()
                                                 : 0;
        if (size > 0 && size <= JsonTreeModel::BatchSize)
            m_tree->expand(index);
    }
}

void ResponseView::emitWhenReady()
{
    if (!m_parsing && !m_paging && !m_decoding)
        emit bodyReady();
}

void ResponseView::openFind()
{
    if (m_tabs->currentIndex() != PrettyTab && m_tabs->currentIndex() != RawTab)
        m_tabs->setCurrentIndex(m_parsed.kind == ParsedBody::Kind::Json ? PrettyTab : RawTab);
    ensureFindBar()->open();
}

void ResponseView::find(const QString &text, bool backward)
{
    if (m_tabs->currentIndex() != PrettyTab && m_tabs->currentIndex() != RawTab)
        m_tabs->setCurrentIndex(m_parsed.kind == ParsedBody::Kind::Json ? PrettyTab : RawTab);
    PagedTextView *view = m_tabs->currentIndex() == PrettyTab ? ensurePretty() : ensureRaw();
    ensureFindBar()->setResult(view->find(text, backward));
}

} // namespace cx::gui
