// The top of a request tab: method, path, Send/Cancel with a busy indicator, and the tabs for path
// parameters and query, headers and body. Reads and writes a RequestDraft; sends nothing itself.
#pragma once

#include "RequestDraft.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;

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

    QComboBox *methodCombo() const { return m_method; }
    QLineEdit *pathEdit() const { return m_path; }
    PathParamsForm *pathParams() const { return m_pathParams; }
    ParamTable *queryTable() const { return m_query; }
    ParamTable *headerTable() const { return m_headers; }
    BodyEditor *bodyEditor() const { return m_body; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *busyIndicator() const { return m_busy; }

signals:
    void sendRequested();
    void cancelRequested();
    void edited();

private:
    void updatePreview();

    QComboBox *m_method;
    QLineEdit *m_path;
    QPushButton *m_send;
    QPushButton *m_cancel;
    QProgressBar *m_busy;
    QLabel *m_preview;
    QTabWidget *m_tabs;
    PathParamsForm *m_pathParams;
    ParamTable *m_query;
    ParamTable *m_headers;
    BodyEditor *m_body;
    QUrl m_baseUrl;
    bool m_loading = false;
};

} // namespace cx::gui
