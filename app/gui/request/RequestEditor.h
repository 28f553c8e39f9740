// The top of a request tab: method, path, Send/Cancel with a busy indicator, and the tabs for path
// parameters and query, headers and body. Reads and writes a RequestDraft; sends nothing itself.
#pragma once

#include "request/RequestDraft.h"
#include "vars/Variables.h"

#include <QPointer>
#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QToolButton;

namespace cx::gui {

class BodyEditor;
class ParamTable;
class PathParamsForm;

class RequestEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RequestEditor(QWidget *parent = nullptr);

    void load(const RequestDraft &draft);
    RequestDraft draft() const;
    // The draft without its body (cheap: for titles and the URL preview, on every keystroke).
    RequestDraft draftWithoutBody() const;
    void setBusy(bool busy);
    // Bytes received so far; `total` < 0 when the server did not say.
    void setProgress(qint64 received, qint64 total);
    // Shows the full URL the request goes to.
    void setBaseUrl(const QUrl &baseUrl);

    // Where {{name}} values come from (the page: the profile's variables, then the collection's). The
    // preview under the path shows the URL with them put in; Send refuses a request that names one no
    // layer holds.
    void setVariableScope(std::function<VariableScope()> scope);
    VariableScope variableScope() const;
    // The scope's values changed: preview and the unresolved line again.
    void refreshVariables();
    // The draft with every variable put in ({{$guid}} and friends too), and the names none gives.
    RequestDraft resolvedDraft(QStringList *unresolved = nullptr) const;
    // The names the request uses that no layer holds (enabled rows, body included).
    QStringList unresolvedVariables() const;
    QLabel *previewLabel() const { return m_preview; }
    QLabel *unresolvedLabel() const { return m_unresolved; }
    QPushButton *defineVariablesButton() const { return m_defineVariables; }
    QToolButton *variablesButton() const { return m_variablesButton; }
    QAction *editVariablesAction() const { return m_editVariables; }
    QAction *setVariableAction() const { return m_setVariable; }

    QComboBox *methodCombo() const { return m_method; }
    QLineEdit *pathEdit() const { return m_path; }
    PathParamsForm *pathParams() const { return m_pathParams; }
    ParamTable *queryTable() const { return m_query; }
    // Built on first use: asking for them builds the Headers or Body page's widget.
    ParamTable *headerTable() const;
    BodyEditor *bodyEditor() const;
    QPushButton *sendButton() const { return m_send; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *busyIndicator() const { return m_busy; }

    // Marks the place a fix_request error points at, with the server's words beside it (the error
    // panel drives these; they live in errorpanel/RequestEditorHighlights.cpp). Each clears the previous
    // mark. A query parameter or header the request lacks is named as one to add.
    bool highlightQueryParam(const QString &name, const QString &message);
    bool highlightPathParam(const QString &name, const QString &message);
    bool highlightHeader(const QString &name, const QString &message);
    // `offset` in characters of the body text; -1 marks the whole body.
    bool highlightBodyPosition(qsizetype offset, const QString &message);
    bool highlightBodyField(const QString &name, const QString &message);
    // Every field a validation answer names at once, each where it belongs with its own message (in
    // its tool tip); the fault line lists them all. highlightedField() is then "fields:NAME,NAME".
    struct FieldMark
    {
        enum class Where { Query, Path, Body } where = Where::Body;
        QString name;
        QString message;
    };
    bool highlightFields(const QList<FieldMark> &marks);
    void clearHighlights();
    // What is marked: "query:NAME", "path:NAME", "header:NAME", "field:NAME", "body:OFFSET", "body",
    // "fields:NAME,...", or "".
    QString highlightedField() const { return m_highlighted; }
    QLabel *issueLabel() const { return m_issue; }

    // Whether the request can be put on the wire as written (RequestHygiene). When it cannot, the fault
    // line says why (RequestProblem::describe()), the tab with the part at fault is shown and false is
    // returned: Send and Enter in the path do not emit sendRequested() then.
    bool checkSendable();

signals:
    void sendRequested();
    void cancelRequested();
    void edited();
    // The user wants to define variables (`names`: the unresolved ones to add; empty: just the list).
    void defineVariablesRequested(const QStringList &names);
    // "Set Variable from Response…" from the Variables menu.
    void setVariableFromResponseRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void buildHeaderTable();
    void buildBodyEditor();
    void updatePreview();
    void requestSend();
    // After an edit: takes the "Not sent" fault line away once the request can be sent again.
    void recheckSendable();
    void updateBusyToolTip();
    // RequestHygiene on the request with its variables put in; marks the fault like checkSendable().
    bool checkHygiene();
    // An empty path or an unfilled {name}: marked, with the fault line saying what to fill in.
    bool checkPathFilled();
    // What the path still lacks: an empty string when it is empty (or only "/"), the name of the first
    // unfilled {name}; nothing when it is complete.
    std::optional<QString> missingPathPart() const;
    // On the fault line: the secret header values a restored draft could not bring back.
    void showValuesNotSaved(const QList<ParamRow> &headers);
    // Shows (or hides) the line naming the unresolved variables; true when there are some.
    bool showUnresolved(bool refused);

    QComboBox *m_method;
    QLineEdit *m_path;
    QPushButton *m_send;
    QPushButton *m_cancel;
    QProgressBar *m_busy;
    QLabel *m_preview;
    QLabel *m_unresolved;
    QPushButton *m_defineVariables;
    QToolButton *m_variablesButton;
    QAction *m_editVariables;
    QAction *m_setVariable;
    std::function<VariableScope()> m_scope;
    bool m_unresolvedRefused = false; // Send was refused for them: the line stays until they resolve
    QTabWidget *m_tabs;
    QGroupBox *m_pathBox;
    QGroupBox *m_queryBox;
    PathParamsForm *m_pathParams;
    ParamTable *m_query;
    QWidget *m_headersPage;
    QWidget *m_bodyPage;
    // Null until first needed (headerTable(), bodyEditor()); until then the loaded rows and text wait here.
    ParamTable *m_headers = nullptr;
    BodyEditor *m_body = nullptr;
    QList<ParamRow> m_pendingHeaders;
    QString m_pendingBody;
    QUrl m_baseUrl;
    bool m_loading = false;
    // Bytes received by the running request; -1 before the first progress report.
    qint64 m_received = -1;

    // Fault highlighting (errorpanel/RequestEditorHighlights.cpp).
    // Shows the issue line; `text` builds it in the UI's language, now and on every language change
    // until the next highlight or clearHighlights().
    void showIssue(std::function<QString()> text);
    bool markTableRow(ParamTable *table, int tab, const QString &kind, const QString &name,
                      const QString &message);
    QLabel *m_issue = nullptr;
    std::function<QString()> m_issueText;
    QString m_highlighted;
    QPointer<QLineEdit> m_markedPathEdit;
    // What checkSendable() marked (highlightedField()), while its fault line is shown.
    QString m_unsendableMark;
};

} // namespace cx::gui
