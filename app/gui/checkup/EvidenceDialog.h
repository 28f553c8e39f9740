// Account > Export Evidence…: the evidence archive for a support ticket (core EvidenceBuilder) from the
// app. The user picks a customer's HAR (optional), whether to run a check-up of the current profile, how
// many of the latest history entries to include (with the responses the history kept for them, else the
// ones the check-up controller kept while the app ran), and the .zip to write. The check-up runs on the
// connection like Check This Account; the archive is built and written on a worker thread; the dialog then
// says where it was saved.
#pragma once

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace cx {
class CheckupRunner;
struct CheckReport;
} // namespace cx

namespace cx::gui {

class CheckupController;
class Shell;

class EvidenceDialog : public QDialog
{
    Q_OBJECT
public:
    EvidenceDialog(Shell *shell, CheckupController *controller);

    QLineEdit *harEdit() const { return m_har; }
    QCheckBox *checkupBox() const { return m_checkup; }
    QSpinBox *historySpin() const { return m_history; }
    QLineEdit *outputEdit() const { return m_output; }
    QPushButton *exportButton() const { return m_export; }
    QLabel *statusLabel() const { return m_status; }
    bool isBusy() const { return m_busy; }
    // The archive written last (empty until one was).
    QString savedFile() const { return m_saved; }

    // What Export does: checks the choices, runs the check-up when asked, then writes the archive off
    // the UI thread. False (and the reason in the status line) when a choice is wrong; finished() follows
    // a true.
    bool startExport();

signals:
    void finished(bool ok, const QString &fileNameOrError);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    // Writes the archive once the history has written every response queued so far (build()).
    void buildAfterHistoryWrites(const CheckReport *report);
    void build(const CheckReport *report);
    void setBusy(bool busy);

    Shell *m_shell;
    QPointer<CheckupController> m_controller;
    QLineEdit *m_har;
    QPushButton *m_browseHar;
    QCheckBox *m_checkup;
    QSpinBox *m_history;
    QLineEdit *m_output;
    QPushButton *m_browseOutput;
    QLabel *m_harLabel;
    QLabel *m_historyLabel;
    QLabel *m_outputLabel;
    QLabel *m_status;
    QPushButton *m_export;
    QDialogButtonBox *m_buttons;
    QPointer<CheckupRunner> m_runner;
    QString m_target;
    QString m_saved;
    bool m_busy = false;
};

} // namespace cx::gui
