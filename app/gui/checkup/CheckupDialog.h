// "Account Check-up": runs CheckupRunner on the current profile's client and session, with progress and
// Cancel, and shows the report card (one row per check). Activating a row opens that request in a new tab
// with its response, and a failed one in the error panel. Export… saves the report redacted as Markdown,
// HTML or JSON for a support ticket.
#pragma once

#include "checkup/CheckReport.h"
#include "export/Redactor.h"

#include <QDialog>
#include <QPointer>
#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

class QMainWindow;

namespace cx {
class CheckupRunner;
}

namespace cx::gui {

class CheckReportModel;
class ContractView;
class Shell;
class RequestPage;

class CheckupDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Format { Markdown, Html, Json };

    explicit CheckupDialog(Shell *shell);
    ~CheckupDialog() override;

    // Starts a check-up of the current profile (a running one is cancelled first).
    void start();
    void cancel();
    bool isRunning() const;

    // Opens the request behind `row` in a new tab with its response; a failed one also in the error
    // panel. Nullptr when the row has no request (sign-in summaries, skipped checks).
    RequestPage *openRow(int row);
    // Writes the report, redacted. The format follows `format`; false and `error` when it cannot.
    bool exportTo(const QString &fileName, Format format, QString *error) const;
    // Asks for a file name and writes it.
    void exportWithDialog();

    bool hasReport() const { return m_hasReport; }
    const CheckReport &report() const { return m_report; }
    CheckupRunner *runner() const;
    CheckReportModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The contract section: the API description's assumptions as this server showed them.
    ContractView *contractView() const { return m_contract; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *exportButton() const { return m_export; }

    static QString summaryText(const CheckReport &report);

signals:
    void checkupFinished(const cx::CheckReport &report);

protected:
    void changeEvent(QEvent *event) override;

private:
    using Text = std::function<QString()>;

    void retranslateUi();
    void onFinished(const CheckReport &report);
    // The line above the progress bar and the bar's text, worded again after a language switch.
    void setStatus(Text status);
    void setProgressFormat(Text format);

    Shell *m_shell;
    QMainWindow *m_window; // m_shell->mainWindow(): docks, menus, the parent of dialogs
    QPointer<CheckupRunner> m_runner;
    CheckReport m_report;
    Redactor m_redactor;
    bool m_hasReport = false;
    CheckReportModel *m_model;
    QTableView *m_view;
    ContractView *m_contract;
    QLabel *m_status;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QPushButton *m_cancel;
    QPushButton *m_rerun;
    QPushButton *m_export;
    QLabel *m_hint;
    Text m_statusText;
    Text m_progressText;
};

} // namespace cx::gui
