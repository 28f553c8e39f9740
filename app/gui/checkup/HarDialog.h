// "Open HAR File…": every entry of a customer's HAR file (method, URL, status, the decided error code and
// action), with the customer's tokens and cookies masked on screen. The Connect API calls are those on
// the current profile's origin; every other entry is listed greyed, its tooltip and details saying why.
// Selecting a call shows its decided error; "Show in Error Panel" opens it there; "Replay with Current
// Profile" sends a Connect call's HarEntry::requestForReplay() — never the customer's credentials —
// through the current profile's client in a new tab. "Replay to Its Own Origin" sends a greyed entry on
// purpose to the host it went to, through a client of this dialog's own that has no session: no
// credential at all goes with it (neither the customer's nor the profile's token), and the answer is
// shown in the details below.
#pragma once

#include "export/Redactor.h"
#include "har/HarReader.h"

#include <QDialog>
#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

class QMainWindow;

namespace cx {
class ApiCall;
class ApiClient;
} // namespace cx

namespace cx::gui {

class Shell;
class RequestPage;

class HarDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { IndexColumn, MethodColumn, UrlColumn, StatusColumn, CodeColumn, ActionColumn, ColumnCount };

    explicit HarDialog(Shell *shell);
    ~HarDialog() override;

    // Reads the file and lists every entry, the Connect API calls (on the current profile's origin) in
    // the normal colour and the others greyed. False and a message on screen when unreadable.
    bool openFile(const QString &fileName, QString *error = nullptr);
    void openWithDialog();

    // How many rows are Connect API calls; rowCount() is every entry of the file.
    int callCount() const;
    int rowCount() const { return int(m_calls.size()); }
    const HarEntry &call(int row) const { return m_calls.at(row); }
    bool isConnectCall(int row) const { return m_why.value(row).isEmpty(); }
    // Why the row is not a Connect API call (empty when it is one).
    QString whyNotConnect(int row) const { return m_why.value(row); }
    // Everything the table and the details show goes through this (the file's tokens and cookies).
    const Redactor &redactor() const { return m_redactor; }
    // Sends a Connect call's request with the current profile's credentials in a new tab; nullptr for a
    // greyed row (its origin is not the profile's: the token never goes there).
    RequestPage *replay(int row);
    // Sends a greyed row's request on purpose to its own origin, without any credential; the answer is
    // shown in details() when finished() fires. nullptr for a Connect call (use replay()).
    ApiCall *replayToOrigin(int row);
    // Shows a failed call (masked) in the error panel; false when the call did not fail.
    bool showInErrorPanel(int row);

    QTableView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }
    QPlainTextEdit *details() const { return m_details; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *replayButton() const { return m_replay; }
    QPushButton *replayToOriginButton() const { return m_replayOrigin; }

signals:
    // A replay to its own origin finished; its answer is in details().
    void originReplayFinished(int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    // The line above the table, worded again after a language switch.
    void setSummary(std::function<QString()> summary);
    void collectSecrets(const HarLog &log);
    void showDetails(int row);
    int currentRow() const;
    ApiResponse maskedResponse(const HarEntry &entry) const;
    QString greyedTip(int row) const;
    void showOriginReply(int row, const ApiResponse &response);

    Shell *m_shell;
    QMainWindow *m_window; // m_shell->mainWindow(): docks, menus, the parent of dialogs
    QString m_fileName;
    QList<HarEntry> m_calls; // every entry of the file, in its order
    QStringList m_why;       // per row: why it is not a Connect call (empty when it is)
    Redactor m_redactor;
    QLabel *m_summary;
    QTableView *m_view;
    QStandardItemModel *m_model;
    QPlainTextEdit *m_details;
    QPushButton *m_replay;
    QPushButton *m_replayOrigin;
    cx::ApiClient *m_originClient = nullptr; // no session: sends nothing but the entry's own request
    QPushButton *m_errorPanel;
    QPushButton *m_open;
    std::function<QString()> m_summaryText;
};

} // namespace cx::gui
