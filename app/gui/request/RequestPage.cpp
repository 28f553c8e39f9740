#include "request/RequestPage.h"

#include "auth/Session.h"
#include "common/Decide.h"
#include "connection/Connection.h"
#include "errors/ApiError.h"
#include "export/Redactor.h"
#include "net/ApiClient.h"
#include "request/DraftVariables.h"
#include "request/ErrorArea.h"
#include "request/NoResponsePanel.h"
#include "request/RequestEditor.h"
#include "response/JsonTreeView.h"
#include "response/ResponseView.h"
#include "vars/SetVariableDialog.h"
#include "vars/VariableContext.h"
#include "vars/VariablesDialog.h"

#include <QEvent>
#include <QLineEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace cx::gui {

RequestPage::RequestPage(ApiClient *client, QWidget *parent)
    : QWidget(parent), m_client(client), m_editor(new RequestEditor(this)),
      m_splitter(new QSplitter(Qt::Vertical, this))
{
    m_editor->setBaseUrl(client->baseUrl());
    auto *bottom = new QWidget(m_splitter);
    m_bottomLayout = new QVBoxLayout(bottom);
    m_bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_splitter->setObjectName(QStringLiteral("requestSplitter"));
    // The editor scrolls rather than insisting on its full height: at 1024×700, with a dock open or in
    // presentation mode's larger font, the window would otherwise grow past the screen.
    auto *editorScroll = new QScrollArea(m_splitter);
    editorScroll->setObjectName(QStringLiteral("requestEditorScroll"));
    editorScroll->setWidget(m_editor);
    editorScroll->setWidgetResizable(true);
    editorScroll->setFrameShape(QFrame::NoFrame);
    editorScroll->setMinimumHeight(m_editor->fontMetrics().height() * 6);
    m_splitter->addWidget(editorScroll);
    m_splitter->addWidget(bottom);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_editor, &RequestEditor::sendRequested, this, &RequestPage::send);
    connect(m_editor, &RequestEditor::cancelRequested, this, &RequestPage::cancel);
    connect(m_editor, &RequestEditor::edited, this, [this] {
        m_pristine = false;
        dropStartPanel();
        emit titleChanged(title());
    });

    m_editor->setVariableScope([this] { return variableScope(); });
    connect(VariableContext::instance(), &VariableContext::changed, this, [this](const QString &id) {
        if (id == profileId())
            m_editor->refreshVariables();
    });
    connect(m_editor, &RequestEditor::defineVariablesRequested, this,
            [this](const QStringList &names) { openVariablesDialog(names); });
    connect(m_editor, &RequestEditor::setVariableFromResponseRequested, this,
            [this] { openSetVariableDialog(); });
}

ErrorArea *RequestPage::errorArea() const
{
    if (!m_errorArea) {
        auto *self = const_cast<RequestPage *>(this); // built on first use; the page looks the same
        auto *area = new ErrorArea(m_bottomLayout->parentWidget()); // hidden until an error is shown
        connect(area, &ErrorArea::detailsRequested, self, &RequestPage::errorDetailsRequested);
        m_bottomLayout->insertWidget(0, area);
        self->m_errorArea = area;
    }
    return m_errorArea;
}

ResponseView *RequestPage::responseView() const
{
    if (!m_response) {
        auto *self = const_cast<RequestPage *>(this); // built on first use; the page looks the same
        if (m_noResponse) {                           // the view takes its place
            m_noResponse->hide();
            m_noResponse->deleteLater();
            self->m_noResponse.clear();
        }
        auto *view = new ResponseView(m_bottomLayout->parentWidget());
        connect(view, &ResponseView::bodyReady, self, &RequestPage::responseShown);
        if (JsonTreeView *tree = view->treeView())
            connect(tree, &JsonTreeView::setVariableRequested, self,
                    [self](const QString &path) { self->openSetVariableDialog(path); });
        // Below the error area, above nothing: the start panel, while there is one, stands in for it.
        m_bottomLayout->insertWidget(m_errorArea ? 1 : 0, view, 1);
        if (m_startPanel)
            view->hide();
        else if (m_bottomLayout->parentWidget()->isVisible())
            view->show(); // in a page already on screen, at once rather than on the next turn
        self->m_response = view;
    }
    return m_response;
}

bool RequestPage::event(QEvent *event)
{
    // Polished just before it is first shown: a page without the start panel says from its first
    // frame on where the response will be.
    if (event->type() == QEvent::Polish && !m_startPanel)
        showResponseArea();
    return QWidget::event(event);
}

void RequestPage::showResponseArea()
{
    if (m_response) {
        m_response->show();
        return;
    }
    if (!m_noResponse) {
        auto *panel = new NoResponsePanel(m_bottomLayout->parentWidget());
        m_bottomLayout->insertWidget(m_errorArea ? 1 : 0, panel, 1);
        m_noResponse = panel;
    }
    if (m_bottomLayout->parentWidget()->isVisible())
        m_noResponse->show(); // in a page already on screen, at once rather than on the next turn
}

void RequestPage::setConnection(Connection *connection)
{
    if (m_connection)
        disconnect(m_connection, nullptr, this, nullptr);
    m_connection = connection;
    if (connection) {
        connect(connection, &Connection::profileChanged, this, [this] {
            VariableContext::instance()->ensureLoaded(profileId());
            m_editor->refreshVariables();
        });
    }
    VariableContext::instance()->ensureLoaded(profileId());
    m_editor->refreshVariables();
}

QString RequestPage::profileId() const
{
    return m_connection ? m_connection->profile().id : QString();
}

QString RequestPage::profileName() const
{
    return m_connection ? m_connection->profile().name : QString();
}

VariableScope RequestPage::variableScope() const
{
    VariableScope scope;
    scope.addLayer(tr("profile %1").arg(profileName()), VariableContext::instance()->variables(profileId()));
    if (!m_collectionVariables.isEmpty())
        scope.addLayer(m_collectionLabel, m_collectionVariables);
    // Last, so a variable of the same name the user defined wins. Present while the session has no
    // token yet too (empty): send() waits for one rather than refusing the name as unknown.
    if (m_connection && m_connection->session()) {
        Variable token;
        token.name = accessTokenVariable();
        token.value = QString::fromLatin1(m_connection->session()->accessToken());
        token.secret = true;
        scope.addLayer(tr("the session's token"), {token});
    }
    return scope;
}

bool RequestPage::usesSessionToken() const
{
    if (!m_connection || !m_connection->session())
        return false;
    const VariableScope scope = variableScope();
    if (!resolveDraft(m_editor->draft(), scope).used.contains(accessTokenVariable()))
        return false;
    // Only when the session gives it: a profile or collection variable of that name is the user's.
    VariableScope others;
    others.addLayer(QString(), VariableContext::instance()->variables(profileId()));
    if (!m_collectionVariables.isEmpty())
        others.addLayer(QString(), m_collectionVariables);
    return !others.value(accessTokenVariable()).has_value();
}

void RequestPage::setCollectionVariables(const QString &label, const VariableList &variables)
{
    m_collectionLabel = label;
    m_collectionVariables = variables;
    m_editor->refreshVariables();
}

void RequestPage::openVariablesDialog(const QStringList &names)
{
    auto *dialog = new VariablesDialog(profileId(), profileName(), names, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RequestPage::openSetVariableDialog(const QString &path)
{
    auto *dialog = new SetVariableDialog(profileId(), m_lastBody, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPath(path);
    if (!path.isEmpty()) {
        // "data[0].id" suggests "id"; the user may pick another name.
        const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
        const QString last = dot >= 0 ? path.mid(dot + 1) : QString();
        if (Variables::isValidName(last) && !last.contains(QLatin1Char('[')))
            dialog->setName(last);
    }
    dialog->open();
}

ApiRequest RequestPage::withSecretsMasked(const ApiRequest &request) const
{
    const QStringList secrets = variableScope().secretValues();
    if (secrets.isEmpty())
        return request;
    Redactor redactor;
    for (const QString &value : secrets)
        redactor.addSecret(value);
    ApiRequest out = request;
    out.path = redactor.redactText(out.path);
    for (auto &[name, value] : out.query)
        value = redactor.redactText(value);
    for (auto &[name, value] : out.headers)
        value = redactor.redactText(value);
    out.body = redactor.redactText(out.body);
    return out;
}

RequestPage::~RequestPage()
{
    // A tab closed mid-request: stop the transfer, and let the call clean itself up without this page.
    if (ApiCall *call = m_call) {
        disconnect(call, nullptr, this, nullptr);
        disconnect(call, nullptr, m_editor, nullptr);
        connect(call, &ApiCall::finished, call, &QObject::deleteLater);
        call->cancel();
    }
}

void RequestPage::setStartPanel(QWidget *panel)
{
    dropStartPanel();
    m_startPanel = panel;
    if (m_response)
        m_response->hide();
    if (m_noResponse)
        m_noResponse->hide();
    m_bottomLayout->addWidget(panel);
}

void RequestPage::dropStartPanel()
{
    if (!m_startPanel)
        return;
    m_startPanel->hide();
    m_startPanel->deleteLater();
    m_startPanel.clear();
    showResponseArea();
}

void RequestPage::load(const RequestDraft &draft, bool pristine)
{
    dropStartPanel();
    m_editor->load(draft);
    m_pristine = pristine;
    if (m_errorArea)
        m_errorArea->clear();
    if (m_response)
        m_response->clear();
    emit titleChanged(title());
}

QString RequestPage::title() const
{
    return hasPath() ? m_editor->draftWithoutBody().title() : tr("New request");
}

bool RequestPage::hasPath() const
{
    const QString path = m_editor->pathEdit()->text().trimmed();
    return !path.isEmpty() && path != QLatin1String("/");
}

void RequestPage::changeEvent(QEvent *event)
{
    // A request's own title is its method and path; only the placeholder is in a language.
    if (event->type() == QEvent::LanguageChange && !hasPath())
        emit titleChanged(title());
    QWidget::changeEvent(event);
}

void RequestPage::send()
{
    // Ctrl+Enter reaches here without the editor's Send button: the same refusal, with its fault line.
    if (isBusy() || !m_editor->checkSendable())
        return;
    if (usesSessionToken()) {
        // {{access_token}} is the session's token: get one first (at once when it has a valid one), so
        // the literal name never goes out. Should that fail, the request goes as it is and the client
        // reports the token endpoint's answer like for any other request.
        m_waitingForToken = true;
        const int wait = ++m_tokenWait;
        setBusy(true);
        m_connection->session()->withToken(this, [this, wait](bool) {
            if (wait != m_tokenWait || !m_waitingForToken)
                return; // cancelled meanwhile
            m_waitingForToken = false;
            sendResolved();
        });
        return;
    }
    sendResolved();
}

void RequestPage::sendResolved()
{
    // Variables put in: what goes on the wire is what the preview showed.
    sendRequest(m_editor->resolvedDraft().toApiRequest());
}

void RequestPage::sendRequest(const ApiRequest &request)
{
    if (m_call)
        return;
    m_pristine = false;
    dropStartPanel();
    // Marks from the last answer do not outlive it: the next one sets its own.
    m_editor->clearHighlights();
    m_editor->setBaseUrl(m_client->baseUrl());
    ApiCall *call = m_client->send(request);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call] { onFinished(call); });
    connect(call, &ApiCall::downloadProgress, m_editor, &RequestEditor::setProgress);
    if (m_errorArea)
        m_errorArea->clear();
    responseView()->showRunning();
    setBusy(true);
}

void RequestPage::cancel()
{
    if (m_waitingForToken) {
        m_waitingForToken = false;
        setBusy(false);
        return;
    }
    if (m_call)
        m_call->cancel();
}

void RequestPage::onFinished(ApiCall *call)
{
    const ApiResponse response = call->response();
    call->deleteLater();
    if (m_call == call)
        m_call.clear();
    setBusy(false);
    // Decided once, here where the response arrives: the error area and the error panel show this
    // decision and translate its texts when they show them.
    m_lastDecision = decideResponse(response);
    const ApiError &error = m_lastDecision.error();
    if (error.isError())
        errorArea()->showError(m_lastDecision);
    else if (m_errorArea)
        m_errorArea->clear();
    responseView()->showResponse(response, error.isError());
    m_lastBody = response.body;
    // History records the request as it was sent (variables put in, so a support person sees the real
    // ids), with the values of secret variables masked like the token.
    emit requestFinished(withSecretsMasked(call->request()), response,
                         error.isError() ? error.code : QString());
}

void RequestPage::setBusy(bool busy)
{
    m_editor->setBusy(busy);
    emit busyChanged(busy);
}

} // namespace cx::gui
