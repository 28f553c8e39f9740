#include "ResponseView.h"

#include "FindBar.h"
#include "HeaderListModel.h"
#include "JsonTreeModel.h"
#include "JsonTreeView.h"
#include "MethodStyle.h"
#include "PagedTextView.h"
#include "history/ResponseTimingView.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace cx::gui {

ResponseView::ResponseView(QWidget *parent)
    : QWidget(parent), m_status(new QLabel(this)), m_time(new QLabel(this)), m_size(new QLabel(this)),
      m_note(new QLabel(this)), m_tabs(new QTabWidget(this)), m_treeModel(new JsonTreeModel(this)),
      m_tree(new JsonTreeView(m_treeModel, this)), m_pretty(new PagedTextView(this)),
      m_raw(new PagedTextView(this)), m_headersModel(new HeaderListModel(this)),
      m_headers(new QTableView(this)), m_findBar(new FindBar(this)), m_timing(new ResponseTimingView(this))
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
    m_pretty->setObjectName(QStringLiteral("prettyView"));
    m_pretty->setHighlightJson(true);
    m_raw->setObjectName(QStringLiteral("rawView"));
    m_headers->setObjectName(QStringLiteral("headersView"));
    m_headers->setModel(m_headersModel);
    m_headers->verticalHeader()->hide();
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findBar->setVisible(false);

    m_tabs->addTab(m_tree, tr("Tree"));
    m_tabs->addTab(m_pretty, tr("Pretty"));
    m_tabs->addTab(m_raw, tr("Raw"));
    m_tabs->addTab(m_headers, tr("Headers"));
    m_tabs->addTab(m_timing, tr("Timing"));

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
    layout->addWidget(m_findBar);

    connect(m_findBar, &FindBar::findRequested, this, &ResponseView::find);
    clear();
}

ResponseView::~ResponseView() = default;

void ResponseView::clear()
{
    ++m_generation;
    m_parsing = false;
    m_parsed = {};
    m_status->setText(tr("No response yet"));
    m_status->setStyleSheet(QString());
    m_time->clear();
    m_size->clear();
    m_note->setVisible(false);
    m_treeModel->clear();
    m_pretty->clear();
    m_raw->clear();
    m_headersModel->setHeaders({});
    m_timing->clear();
}

void ResponseView::showRunning()
{
    clear();
    m_status->setText(tr("Sending…"));
}

void ResponseView::showResponse(const ApiResponse &response, bool failed)
{
    clear();
    QString statusText;
    if (response.status > 0) {
        statusText =
            QStringLiteral("%1 %2").arg(response.status).arg(QString::fromLatin1(response.reason)).trimmed();
        if (failed && response.status < 400)
            statusText += tr(" — incomplete");
    } else {
        statusText = tr("No response");
    }
    m_status->setText(statusText);
    m_status->setStyleSheet(MethodStyle::badgeStyleSheet(MethodStyle::statusColor(response.status, failed)));
    m_time->setText(tr("%1 ms").arg(response.elapsedMs));
    m_size->setText(QLocale().formattedDataSize(response.body.size()));
    m_headersModel->setHeaders(response.headers);
    m_timing->showResponse(response);
    m_headers->resizeColumnToContents(0);
    m_raw->setContent(response.body);

    if (response.body.isEmpty()) {
        m_pretty->setMessage(tr("(empty body)"));
        m_tabs->setCurrentIndex(HeadersTab);
        emit bodyReady();
        return;
    }
    // Parsing and pretty-printing run on a worker; the window stays live for bodies of any size.
    m_parsing = true;
    m_pretty->setMessage(tr("Formatting…"));
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<ParsedBody>(this);
    connect(watcher, &QFutureWatcher<ParsedBody>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            onParsed(watcher->result());
    });
    const QByteArray body = response.body;
    const QByteArray contentType = response.contentType();
    watcher->setFuture(
        QtConcurrent::run([body, contentType] { return ParsedBody::parse(body, contentType); }));
}

void ResponseView::onParsed(const ParsedBody &parsed)
{
    m_parsing = false;
    m_parsed = parsed;
    if (parsed.kind == ParsedBody::Kind::Json) {
        m_treeModel->setDocument(parsed.json);
        m_pretty->setContent(parsed.pretty);
        m_tabs->setTabEnabled(TreeTab, true);
        m_tabs->setTabEnabled(PrettyTab, true);
        if (m_tabs->currentIndex() != PrettyTab && m_tabs->currentIndex() != RawTab)
            m_tabs->setCurrentIndex(TreeTab);
    } else {
        m_pretty->setMessage(parsed.note);
        m_note->setText(parsed.note);
        m_note->setVisible(!parsed.note.isEmpty());
        m_tabs->setCurrentIndex(RawTab);
    }
    emit bodyReady();
}

void ResponseView::openFind()
{
    if (m_tabs->currentIndex() != PrettyTab && m_tabs->currentIndex() != RawTab)
        m_tabs->setCurrentIndex(m_parsed.kind == ParsedBody::Kind::Json ? PrettyTab : RawTab);
    m_findBar->open();
}

void ResponseView::find(const QString &text, bool backward)
{
    if (m_tabs->currentIndex() != PrettyTab && m_tabs->currentIndex() != RawTab)
        m_tabs->setCurrentIndex(m_parsed.kind == ParsedBody::Kind::Json ? PrettyTab : RawTab);
    PagedTextView *view = m_tabs->currentIndex() == PrettyTab ? m_pretty : m_raw;
    m_findBar->setResult(view->find(text, backward));
}

} // namespace cx::gui
