// "Open HAR File…": the Connect API calls in a customer's HAR file (method, URL, status, the decided
// error code and action), with the customer's tokens and cookies masked on screen. Selecting a call shows
// its decided error; "Show in Error Panel" opens it there; "Replay with Current Profile" sends
// HarEntry::requestForReplay() — never the customer's credentials — through the current profile's client
// in a new tab.
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

namespace cx::gui {

class MainWindow;
class RequestPage;

class HarDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { IndexColumn, MethodColumn, UrlColumn, StatusColumn, CodeColumn, ActionColumn, ColumnCount };

    explicit HarDialog(MainWindow *window);
    ~HarDialog() override;

    // Reads the file and lists its Connect API calls. False and a message on screen when unreadable.
    bool openFile(const QString &fileName, QString *error = nullptr);
    void openWithDialog();

    int callCount() const { return int(m_calls.size()); }
    const HarEntry &call(int row) const { return m_calls.at(row); }
    // Everything the table and the details show goes through this (the file's tokens and cookies).
    const Redactor &redactor() const { return m_redactor; }
    // Sends the call's request with the current profile's credentials in a new tab.
    RequestPage *replay(int row);
    // Shows a failed call (masked) in the error panel; false when the call did not fail.
    bool showInErrorPanel(int row);

    QTableView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }
    QPlainTextEdit *details() const { return m_details; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *replayButton() const { return m_replay; }

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

    MainWindow *m_window;
    QString m_fileName;
    QList<HarEntry> m_calls;
    Redactor m_redactor;
    QLabel *m_summary;
    QTableView *m_view;
    QStandardItemModel *m_model;
    QPlainTextEdit *m_details;
    QPushButton *m_replay;
    QPushButton *m_errorPanel;
    QPushButton *m_open;
    std::function<QString()> m_summaryText;
};

} // namespace cx::gui
