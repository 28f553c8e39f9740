#include "RequestEditor.h"

#include "BodyEditor.h"
#include "ParamTable.h"
#include "ParamTableModel.h"
#include "PathParamsForm.h"
#include "net/RequestHygiene.h"

#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace cx::gui {

RequestEditor::RequestEditor(QWidget *parent)
    : QWidget(parent), m_method(new QComboBox(this)), m_path(new QLineEdit(this)),
      m_send(new QPushButton(QIcon(QStringLiteral(":/icons/send.svg")), QString(), this)),
      m_cancel(new QPushButton(QIcon(QStringLiteral(":/icons/cancel.svg")), QString(), this)),
      m_busy(new QProgressBar(this)), m_preview(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_pathParams(new PathParamsForm(this)), m_query(new ParamTable(QString(), this)),
      m_headers(new ParamTable(QString(), this)), m_body(new BodyEditor(this))
{
    m_method->setObjectName(QStringLiteral("methodCombo"));
    m_method->setEditable(true);
    m_method->addItems({QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                        QStringLiteral("PATCH"), QStringLiteral("DELETE"), QStringLiteral("HEAD"),
                        QStringLiteral("OPTIONS")});
    m_method->setInsertPolicy(QComboBox::NoInsert);
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setEnabled(false);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0); // indeterminate
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 8);
    m_busy->setVisible(false);
    m_preview->setObjectName(QStringLiteral("urlPreview"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setForegroundRole(QPalette::PlaceholderText);

    auto *line = new QHBoxLayout;
    line->addWidget(m_method);
    line->addWidget(m_path, 1);
    line->addWidget(m_busy);
    line->addWidget(m_send);
    line->addWidget(m_cancel);

    auto *paramsPage = new QWidget(this);
    auto *paramsLayout = new QVBoxLayout(paramsPage);
    m_pathBox = new QGroupBox(paramsPage);
    auto *pathLayout = new QVBoxLayout(m_pathBox);
    pathLayout->addWidget(m_pathParams);
    m_queryBox = new QGroupBox(paramsPage);
    auto *queryLayout = new QVBoxLayout(m_queryBox);
    queryLayout->addWidget(m_query);
    paramsLayout->addWidget(m_pathBox);
    paramsLayout->addWidget(m_queryBox, 1);
    m_query->setObjectName(QStringLiteral("queryTable"));
    m_headers->setObjectName(QStringLiteral("headerTable"));
    m_headers->model()->setKind(ParamTableModel::Kind::Header);

    m_tabs->addTab(paramsPage, QString());
    m_tabs->addTab(m_headers, QString());
    m_tabs->addTab(m_body, QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(line);
    layout->addWidget(m_preview);
    layout->addWidget(m_tabs, 1);

    connect(m_send, &QPushButton::clicked, this, &RequestEditor::requestSend);
    connect(m_cancel, &QPushButton::clicked, this, &RequestEditor::cancelRequested);
    connect(m_path, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_pathParams->setTemplate(text, {});
        updatePreview();
        if (!m_loading)
            emit edited();
    });
    connect(m_method, &QComboBox::currentTextChanged, this, [this] {
        if (!m_loading)
            emit edited();
    });
    // Enter in the path line sends, like a browser's address bar.
    connect(m_path, &QLineEdit::returnPressed, this, &RequestEditor::requestSend);
    connect(m_pathParams, &PathParamsForm::edited, this, [this] {
        updatePreview();
        emit edited();
    });
    connect(m_query, &ParamTable::edited, this, [this] {
        updatePreview();
        emit edited();
    });
    connect(m_headers, &ParamTable::edited, this, &RequestEditor::edited);
    connect(this, &RequestEditor::edited, this, &RequestEditor::recheckSendable);
    connect(m_body, &BodyEditor::edited, this, [this] {
        if (!m_loading)
            emit edited();
    });
    retranslateUi();
    updatePreview();
}

void RequestEditor::retranslateUi()
{
    m_method->setAccessibleName(tr("HTTP method"));
    m_path->setPlaceholderText(tr("/api/path/{id}"));
    m_path->setAccessibleName(tr("Path"));
    m_send->setText(tr("Send"));
    m_send->setToolTip(tr("Send the request (Ctrl+Enter)"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Cancel the running request (Esc)"));
    m_pathBox->setTitle(tr("Path parameters"));
    m_queryBox->setTitle(tr("Query parameters"));
    m_query->setWhat(tr("query parameters"));
    m_headers->setWhat(tr("headers"));
    m_tabs->setTabText(m_tabs->indexOf(m_pathBox->parentWidget()), tr("&Parameters"));
    m_tabs->setTabText(m_tabs->indexOf(m_headers), tr("H&eaders"));
    m_tabs->setTabText(m_tabs->indexOf(m_body), tr("&Body"));
    updateBusyToolTip();
    if (m_issue && m_issueText)
        m_issue->setText(m_issueText());
}

void RequestEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RequestEditor::load(const RequestDraft &draft)
{
    clearHighlights();
    m_loading = true;
    m_method->setCurrentText(QString::fromLatin1(draft.method));
    m_path->setText(draft.pathTemplate);
    m_pathParams->setTemplate(draft.pathTemplate, draft.pathValues);
    m_query->setRows(draft.query);
    m_headers->setRows(draft.headers);
    m_body->setText(draft.body);
    m_loading = false;
    updatePreview();
    // A draft, a saved request or a history entry holding a value that cannot be sent (a line break in
    // a header) opens with the row marked and the reason on the fault line.
    checkSendable();
}

void RequestEditor::requestSend()
{
    if (checkSendable())
        emit sendRequested();
}

bool RequestEditor::checkSendable()
{
    const auto problem = RequestHygiene::check(draftWithoutBody().toApiRequest());
    if (!problem)
        return true;
    clearHighlights();
    // The sentence is built again on a language change, from the request as it is then.
    showIssue([this] {
        const auto now = RequestHygiene::check(draftWithoutBody().toApiRequest());
        return now ? tr("Not sent: %1").arg(now->describe()) : QString();
    });
    using Part = RequestProblem::Part;
    switch (problem->part) {
    case Part::HeaderName:
    case Part::HeaderValue:
    case Part::QueryName:
    case Part::QueryValue: {
        const bool header = problem->part == Part::HeaderName || problem->part == Part::HeaderValue;
        ParamTable *table = header ? m_headers : m_query;
        m_tabs->setCurrentIndex(header ? m_tabs->indexOf(m_headers)
                                       : m_tabs->indexOf(m_pathBox->parentWidget()));
        m_highlighted = (header ? QStringLiteral("header:") : QStringLiteral("query:")) +
                        QString::fromLatin1(problem->name);
        // The row's own red marking comes from the model; select it so it is in view.
        if (const int row = table->model()->firstProblemRow(); row >= 0) {
            const QModelIndex value = table->model()->index(row, ParamTableModel::ValueColumn);
            table->view()->scrollTo(value);
            table->view()->setCurrentIndex(value);
        }
        break;
    }
    case Part::Method:
        m_highlighted = QStringLiteral("method");
        break;
    case Part::Path:
        m_highlighted = QStringLiteral("path");
        break;
    }
    m_unsendableMark = m_highlighted;
    return false;
}

void RequestEditor::recheckSendable()
{
    // Only our own mark: a fault the error panel marked stays until it is replaced.
    if (m_unsendableMark.isEmpty() || m_highlighted != m_unsendableMark)
        return;
    if (!RequestHygiene::check(draftWithoutBody().toApiRequest())) {
        m_unsendableMark.clear();
        clearHighlights();
    }
}

RequestDraft RequestEditor::draft() const
{
    RequestDraft draft = draftWithoutBody();
    draft.body = m_body->text();
    return draft;
}

RequestDraft RequestEditor::draftWithoutBody() const
{
    RequestDraft draft;
    draft.method = m_method->currentText().trimmed().toUpper().toLatin1();
    draft.pathTemplate = m_path->text().trimmed();
    draft.pathValues = m_pathParams->values();
    draft.query = m_query->rows();
    draft.headers = m_headers->rows();
    return draft;
}

void RequestEditor::setBusy(bool busy)
{
    if (busy) {
        m_busy->setRange(0, 0); // indeterminate until the first progress report
        m_received = -1;
        updateBusyToolTip();
    }
    m_busy->setVisible(busy);
    m_send->setEnabled(!busy);
    m_cancel->setEnabled(busy);
}

void RequestEditor::setProgress(qint64 received, qint64 total)
{
    if (total > 0) {
        // QProgressBar counts in int: scale to per mille so bodies over 2 GiB still fit.
        m_busy->setRange(0, 1000);
        m_busy->setValue(int(qBound(qint64(0), received * 1000 / total, qint64(1000))));
    } else {
        m_busy->setRange(0, 0);
    }
    m_received = received;
    updateBusyToolTip();
}

void RequestEditor::updateBusyToolTip()
{
    m_busy->setToolTip(m_received < 0 ? tr("Waiting for the server…")
                                      : tr("%1 received").arg(QLocale().formattedDataSize(m_received)));
}

void RequestEditor::setBaseUrl(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl;
    updatePreview();
}

void RequestEditor::updatePreview()
{
    const ApiRequest request = draftWithoutBody().toApiRequest();
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path().chopped(m_baseUrl.path().endsWith(QLatin1Char('/')) ? 1 : 0) + request.path,
                QUrl::TolerantMode);
    QUrlQuery query;
    for (const auto &[name, value] : request.query)
        query.addQueryItem(name, value);
    url.setQuery(query);
    m_preview->setText(m_baseUrl.isEmpty() ? request.path : url.toDisplayString());
}

} // namespace cx::gui
