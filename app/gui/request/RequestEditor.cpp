#include "request/RequestEditor.h"

#include "common/AppIcon.h"
#include "net/RequestHygiene.h"
#include "request/BodyEditor.h"
#include "request/DraftVariables.h"
#include "request/ParamTable.h"
#include "request/ParamTableModel.h"
#include "request/PathParamsForm.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <utility>

namespace cx::gui {

RequestEditor::RequestEditor(QWidget *parent)
    : QWidget(parent), m_method(new QComboBox(this)), m_path(new QLineEdit(this)),
      m_send(new QPushButton(appIcon(QStringLiteral("send")), QString(), this)),
      m_cancel(new QPushButton(appIcon(QStringLiteral("cancel")), QString(), this)),
      m_busy(new QProgressBar(this)), m_preview(new QLabel(this)), m_unresolved(new QLabel(this)),
      m_defineVariables(new QPushButton(this)), m_variablesButton(new QToolButton(this)),
      m_editVariables(new QAction(this)), m_setVariable(new QAction(this)), m_tabs(new QTabWidget(this)),
      m_pathParams(new PathParamsForm(this)), m_query(new ParamTable(QString(), this)),
      m_headersPage(new QWidget(this)), m_bodyPage(new QWidget(this))
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
    m_unresolved->setObjectName(QStringLiteral("unresolvedVariables"));
    m_unresolved->setTextFormat(Qt::PlainText);
    m_unresolved->setWordWrap(true);
    m_unresolved->setForegroundRole(QPalette::BrightText);
    m_defineVariables->setObjectName(QStringLiteral("defineVariablesButton"));
    m_unresolved->hide();
    m_defineVariables->hide();
    m_variablesButton->setObjectName(QStringLiteral("variablesButton"));
    m_variablesButton->setPopupMode(QToolButton::InstantPopup);
    auto *variablesMenu = new QMenu(m_variablesButton);
    variablesMenu->addAction(m_editVariables);
    variablesMenu->addAction(m_setVariable);
    m_variablesButton->setMenu(variablesMenu);
    m_editVariables->setObjectName(QStringLiteral("editVariablesAction"));
    m_setVariable->setObjectName(QStringLiteral("setVariableFromResponseAction"));
    connect(m_editVariables, &QAction::triggered, this, [this] { emit defineVariablesRequested({}); });
    connect(m_setVariable, &QAction::triggered, this, &RequestEditor::setVariableFromResponseRequested);
    connect(m_defineVariables, &QPushButton::clicked, this,
            [this] { emit defineVariablesRequested(unresolvedVariables()); });

    auto *line = new QHBoxLayout;
    line->addWidget(m_method);
    line->addWidget(m_path, 1);
    line->addWidget(m_variablesButton);
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

    // The Headers and Body pages are empty frames until first shown (or until something needs their
    // widgets): most tabs are sent with neither opened, and the start-up shows one tab.
    for (QWidget *page : {m_headersPage, m_bodyPage}) {
        auto *pageLayout = new QVBoxLayout(page);
        pageLayout->setContentsMargins(0, 0, 0, 0);
    }
    m_tabs->addTab(paramsPage, QString());
    m_tabs->addTab(m_headersPage, QString());
    m_tabs->addTab(m_bodyPage, QString());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_headersPage)
            headerTable();
        else if (m_tabs->widget(index) == m_bodyPage)
            bodyEditor();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(line);
    layout->addWidget(m_preview);
    auto *unresolvedLine = new QHBoxLayout;
    unresolvedLine->addWidget(m_unresolved, 1);
    unresolvedLine->addWidget(m_defineVariables);
    layout->addLayout(unresolvedLine);
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
    connect(this, &RequestEditor::edited, this, &RequestEditor::recheckSendable);
    // A mark the error panel set belongs to the response that asked for it: the user's next edit is the
    // fix (or a new request), so the mark and its fault line go.
    connect(this, &RequestEditor::edited, this, [this] {
        if (!m_highlighted.isEmpty() && m_highlighted != m_unsendableMark)
            clearHighlights();
    });
    retranslateUi();
    updatePreview();
}

ParamTable *RequestEditor::headerTable() const
{
    if (!m_headers)
        const_cast<RequestEditor *>(this)->buildHeaderTable();
    return m_headers;
}

BodyEditor *RequestEditor::bodyEditor() const
{
    if (!m_body)
        const_cast<RequestEditor *>(this)->buildBodyEditor();
    return m_body;
}

void RequestEditor::buildHeaderTable()
{
    m_headers = new ParamTable(QString(), m_headersPage);
    m_headers->setObjectName(QStringLiteral("headerTable"));
    m_headers->model()->setKind(ParamTableModel::Kind::Header);
    m_headers->setWhat(tr("headers"));
    m_headers->setRows(std::exchange(m_pendingHeaders, {}));
    m_headersPage->layout()->addWidget(m_headers);
    connect(m_headers, &ParamTable::edited, this, [this] {
        updatePreview();
        emit edited();
    });
}

void RequestEditor::buildBodyEditor()
{
    m_body = new BodyEditor(m_bodyPage);
    m_body->setText(std::exchange(m_pendingBody, {}));
    m_bodyPage->layout()->addWidget(m_body);
    connect(m_body, &BodyEditor::edited, this, [this] {
        if (m_unresolvedRefused)
            showUnresolved(true);
        if (!m_loading)
            emit edited();
    });
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
    if (m_headers)
        m_headers->setWhat(tr("headers"));
    m_tabs->setTabText(m_tabs->indexOf(m_pathBox->parentWidget()), tr("&Parameters"));
    m_tabs->setTabText(m_tabs->indexOf(m_headersPage), tr("H&eaders"));
    m_tabs->setTabText(m_tabs->indexOf(m_bodyPage), tr("&Body"));
    m_variablesButton->setText(tr("{{ }}"));
    m_variablesButton->setToolTip(tr("Variables: {{name}} in the path, query, headers and body"));
    m_variablesButton->setAccessibleName(tr("Variables"));
    m_editVariables->setText(tr("&Edit Variables…"));
    m_setVariable->setText(tr("&Set Variable from Response…"));
    m_defineVariables->setText(tr("&Define…"));
    m_defineVariables->setToolTip(tr("Open the profile's variables with the missing ones added"));
    showUnresolved(m_unresolvedRefused);
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
    if (m_headers)
        m_headers->setRows(draft.headers);
    else
        m_pendingHeaders = draft.headers;
    if (m_body)
        m_body->setText(draft.body);
    else
        m_pendingBody = draft.body;
    m_loading = false;
    updatePreview();
    // A draft, a saved request or a history entry holding a value that cannot be sent (a line break in
    // a header) opens with the row marked and the reason on the fault line. Variables not defined yet
    // are named in the preview line; the refusal waits for Send (a tour shows its own placeholder).
    showUnresolved(false);
    if (checkHygiene())
        showValuesNotSaved(draft.headers);
}

void RequestEditor::showValuesNotSaved(const QList<ParamRow> &headers)
{
    QStringList names;
    for (const ParamRow &row : headers) {
        if (row.valueNotSaved && row.value.isEmpty())
            names << row.name.trimmed();
    }
    if (names.isEmpty())
        return;
    // Said once, on the fault line, until the next send or request; the row's tool tip keeps saying it.
    showIssue([names] {
        QStringList lines;
        for (const QString &name : names)
            lines << ParamTableModel::valueNotSavedNote(name);
        return lines.join(QLatin1Char('\n'));
    });
}

void RequestEditor::requestSend()
{
    if (checkSendable())
        emit sendRequested();
}

bool RequestEditor::checkSendable()
{
    // A {{name}} nothing defines is never sent as it is written: named, with the offer to define it.
    if (showUnresolved(true))
        return false;
    return checkPathFilled() && checkHygiene();
}

bool RequestEditor::checkHygiene()
{
    const auto resolvedWithoutBody = [this] {
        return resolveDraft(draftWithoutBody(), variableScope(), false, false).draft.toApiRequest();
    };
    const auto problem = RequestHygiene::check(resolvedWithoutBody());
    if (!problem)
        return true;
    clearHighlights();
    // The sentence is built again on a language change, from the request as it is then.
    showIssue([resolvedWithoutBody] {
        const auto now = RequestHygiene::check(resolvedWithoutBody());
        return now ? tr("Not sent: %1").arg(now->describe()) : QString();
    });
    using Part = RequestProblem::Part;
    switch (problem->part) {
    case Part::HeaderName:
    case Part::HeaderValue:
    case Part::QueryName:
    case Part::QueryValue: {
        const bool header = problem->part == Part::HeaderName || problem->part == Part::HeaderValue;
        ParamTable *table = header ? headerTable() : m_query;
        m_tabs->setCurrentIndex(header ? m_tabs->indexOf(m_headersPage)
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
    const bool pathFilled = !missingPathPart();
    if (pathFilled &&
        !RequestHygiene::check(
            resolveDraft(draftWithoutBody(), variableScope(), false, false).draft.toApiRequest())) {
        m_unsendableMark.clear();
        clearHighlights();
    }
}

std::optional<QString> RequestEditor::missingPathPart() const
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty() || path == QLatin1String("/"))
        return QString();
    const QMap<QString, QString> values = m_pathParams->values();
    for (const QString &name : m_pathParams->names()) {
        if (values.value(name).trimmed().isEmpty())
            return name;
    }
    return std::nullopt;
}

RequestDraft RequestEditor::draft() const
{
    RequestDraft draft = draftWithoutBody();
    draft.body = m_body ? m_body->text() : m_pendingBody;
    return draft;
}

RequestDraft RequestEditor::draftWithoutBody() const
{
    RequestDraft draft;
    draft.method = m_method->currentText().trimmed().toUpper().toLatin1();
    draft.pathTemplate = m_path->text().trimmed();
    draft.pathValues = m_pathParams->values();
    draft.query = m_query->rows();
    draft.headers = m_headers ? m_headers->rows() : m_pendingHeaders;
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

void RequestEditor::setVariableScope(std::function<VariableScope()> scope)
{
    m_scope = std::move(scope);
    refreshVariables();
}

VariableScope RequestEditor::variableScope() const
{
    return m_scope ? m_scope() : VariableScope();
}

void RequestEditor::refreshVariables()
{
    updatePreview();
    if (m_unresolvedRefused)
        showUnresolved(true);
}

RequestDraft RequestEditor::resolvedDraft(QStringList *unresolved) const
{
    ResolvedDraft resolved = resolveDraft(draft(), variableScope());
    if (unresolved)
        *unresolved = resolved.unresolved;
    return resolved.draft;
}

QStringList RequestEditor::unresolvedVariables() const
{
    QStringList unresolved;
    resolvedDraft(&unresolved);
    return unresolved;
}

bool RequestEditor::showUnresolved(bool refused)
{
    const QStringList names = refused ? unresolvedVariables() : QStringList();
    m_unresolvedRefused = !names.isEmpty();
    if (names.isEmpty()) {
        m_unresolved->hide();
        m_defineVariables->hide();
        return false;
    }
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(QStringLiteral("{{%1}}").arg(name));
    m_unresolved->setText(tr("Not sent: %n variable(s) not defined: %1", nullptr, int(names.size()))
                              .arg(quoted.join(QStringLiteral(", "))));
    m_unresolved->show();
    m_defineVariables->show();
    return true;
}

void RequestEditor::updatePreview()
{
    const VariableScope scope = variableScope();
    const ResolvedDraft resolved = resolveDraft(draftWithoutBody(), scope, false, false);
    const ApiRequest request = resolved.draft.toApiRequest();
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path().chopped(m_baseUrl.path().endsWith(QLatin1Char('/')) ? 1 : 0) + request.path,
                QUrl::TolerantMode);
    QUrlQuery query;
    for (const auto &[name, value] : request.query)
        query.addQueryItem(name, value);
    url.setQuery(query);
    const QString shown = m_baseUrl.isEmpty() ? request.path : url.toDisplayString();
    // With variables the line says it is the resolved URL, and which values went in (a secret's masked).
    QString line = resolved.used.isEmpty() ? shown : QStringLiteral("→ ") + shown;
    if (!resolved.unresolved.isEmpty()) {
        QStringList quoted;
        for (const QString &name : resolved.unresolved)
            quoted.append(QStringLiteral("{{%1}}").arg(name));
        line += QStringLiteral("  ") + tr("(not defined: %1)").arg(quoted.join(QStringLiteral(", ")));
    }
    m_preview->setText(line);
    QStringList values;
    for (const QString &name : resolved.used)
        values.append(tr("{{%1}} = %2 (%3)")
                          .arg(name, scope.isSecret(name) ? QStringLiteral("••••••••") : *scope.value(name),
                               scope.layerOf(name)));
    m_preview->setToolTip(values.join(QLatin1Char('\n')));
    if (m_unresolvedRefused)
        showUnresolved(true);
}

} // namespace cx::gui
