// One request tab: the editor on top, the error area and the response below. Sends through the
// ApiClient and shows what comes back; the protocol work stays in core.
#pragma once

#include "errors/ErrorDecision.h"
#include "request/RequestDraft.h"
#include "vars/Variables.h"

#include <QPointer>
#include <QWidget>

class QSplitter;
class QVBoxLayout;

namespace cx {
class ApiCall;
class ApiClient;
} // namespace cx

namespace cx::gui {

class Connection;
class ErrorArea;
class RequestEditor;
class ResponseView;

class RequestPage : public QWidget
{
    Q_OBJECT
public:
    RequestPage(ApiClient *client, QWidget *parent = nullptr);
    ~RequestPage() override;

    // `pristine`: false for content the user wants kept (a restored draft, a pasted command), so an
    // endpoint click opens a new tab instead of replacing it.
    void load(const RequestDraft &draft, bool pristine = true);
    void send();
    // Sends exactly `request` (the error panel's retry and replay), not what the editor holds now.
    void sendRequest(const cx::ApiRequest &request);
    void cancel();
    bool isBusy() const { return !m_call.isNull() || m_waitingForToken; }
    // True when nothing was typed or sent since the page was created or loaded.
    bool isPristine() const { return m_pristine; }
    QString title() const;

    // Variables: the profile's (VariableContext, the profile in use), then those of the saved request's
    // collection when one is set here, then the session's: {{access_token}}, its current token (secret).
    // The page sends the request with them put in and records it so (history keeps what was sent, a
    // secret variable's value masked). A request naming {{access_token}} while the session has no valid
    // token waits for one (the session signs in) and is sent with it.
    VariableScope variableScope() const;
    // The name of the session's variable.
    static QString accessTokenVariable() { return QStringLiteral("access_token"); }
    // The collection a saved request opened from (`label` names it: "collection Brand kit").
    void setCollectionVariables(const QString &label, const VariableList &variables);
    // The profile the variables are read from and written to (its id; empty for one from the command
    // line).
    // The connection whose profile's variables this tab resolves with (set by whoever opens the tab, so
    // the page never reaches up to the window for it).
    void setConnection(Connection *connection);
    QString profileId() const;
    // Opens the Variables dialog of the profile in use, with `names` added to fill in.
    void openVariablesDialog(const QStringList &names = {});
    // Opens "Set Variable from Response" on the last response, `path` filled in.
    void openSetVariableDialog(const QString &path = {});
    QByteArray lastResponseBody() const { return m_lastBody; }
    // The decision about the last response, made once when it arrived (not an error on success);
    // the error area shows it and the error panel takes it over.
    const ErrorDecision &lastDecision() const { return m_lastDecision; }

    RequestEditor *editor() const { return m_editor; }
    // The error area and the response view are built on first use: a tab that has sent nothing needs
    // neither, and the first frame is quicker without them (issue 15). Until then a tab without the
    // start panel shows a NoResponsePanel where the response goes (noResponsePanel()).
    ErrorArea *errorArea() const;
    ResponseView *responseView() const;
    QWidget *noResponsePanel() const { return m_noResponse; }
    QSplitter *splitter() const { return m_splitter; }
    // Shown where the response goes while the tab holds no request (the window's first steps); the
    // page takes it and drops it for good once a request is loaded, typed or sent.
    void setStartPanel(QWidget *panel);
    QWidget *startPanel() const { return m_startPanel; }

signals:
    void busyChanged(bool busy);
    void titleChanged(const QString &title);
    // A response (or failure) has been shown in full, body parsed.
    void responseShown();
    // The error area's "Details" was clicked: the error panel shows this tab's latest error.
    void errorDetailsRequested();
    // A sent request has finished (also failed or cancelled): what was sent (without the session's
    // token), what came back, and the decided error code (empty on success). History records it.
    void requestFinished(const cx::ApiRequest &request, const cx::ApiResponse &response,
                         const QString &errorCode);

protected:
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    // False while the tab shows the translated placeholder title ("New request").
    bool hasPath() const;
    void onFinished(ApiCall *call);
    void setBusy(bool busy);
    void dropStartPanel();
    // Shows the response view, or the panel standing in for it while there is none.
    void showResponseArea();

    ApiClient *m_client;
    RequestEditor *m_editor;
    QSplitter *m_splitter;
    QVBoxLayout *m_bottomLayout;        // the error area above the response view (or the start panel)
    ErrorArea *m_errorArea = nullptr;   // see errorArea()
    ResponseView *m_response = nullptr; // see responseView()
    QPointer<QWidget> m_startPanel;
    QPointer<QWidget> m_noResponse; // see noResponsePanel()
    QString profileName() const;
    // `request` with the values of secret variables masked, as history and the error panel keep it.
    ApiRequest withSecretsMasked(const ApiRequest &request) const;
    // The request names {{access_token}} and the session's layer is the one giving it.
    bool usesSessionToken() const;
    // The editor's request with its variables put in, sent now.
    void sendResolved();

    QPointer<ApiCall> m_call;
    // send() waits for the session's token (withToken); cancel() ends the wait.
    bool m_waitingForToken = false;
    int m_tokenWait = 0; // which wait a callback belongs to (a cancelled one is ignored)
    bool m_pristine = true;
    QString m_collectionLabel;
    VariableList m_collectionVariables;
    QPointer<Connection> m_connection;
    QByteArray m_lastBody;
    ErrorDecision m_lastDecision;
};

} // namespace cx::gui
