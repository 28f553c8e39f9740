// "Compare Accounts…": two check-up reports side by side — two saved reports (JSON), or a check-up run
// now on two saved profiles — with the granted scopes, each endpoint's verdict, the differences
// highlighted and explained ("works for A, fails for B because missing_scope assets:read").
#pragma once

#include "checkup/CheckComparison.h"

#include <QDialog>
#include <QPointer>
#include <functional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

class QMainWindow;

namespace cx {
class CheckupRunner;
}

namespace cx::gui {

class Shell;

class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    enum ScopeColumn { ScopeNameColumn, ScopeAColumn, ScopeBColumn };
    enum CheckColumn { CheckNameColumn, CheckAColumn, CheckBColumn, ExplanationColumn };

    explicit CompareDialog(Shell *shell);
    ~CompareDialog() override;

    void setReports(const CheckReport &a, const CheckReport &b, const QString &labelA = {},
                    const QString &labelB = {});
    // Reads two reports written by Export… (JSON). False and `error` when one cannot be read.
    bool loadReports(const QString &fileA, const QString &fileB, QString *error = nullptr);
    // Runs the check-up on two saved profiles (each with its own client), then compares.
    void runOnProfiles(const QString &profileIdA, const QString &profileIdB);

    bool hasComparison() const { return m_has; }
    const CheckComparison &comparison() const { return m_comparison; }
    QTableWidget *scopesTable() const { return m_scopes; }
    QTableWidget *checksTable() const { return m_checks; }
    QPlainTextEdit *explanation() const { return m_text; }
    QLabel *summaryLabel() const { return m_summary; }

signals:
    void compared();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    // The line above the tables, worded again after a language switch.
    void setSummary(std::function<QString()> summary);
    // Fills the tables and the text from the two reports shown (m_shownA, m_shownB).
    void showComparison();
    void pickReports();
    void fillProfiles();
    void onRunFinished();
    // Drops the runners of the comparison under way (cancelled if running, networks still loading
    // ignored).
    void stopRuns();
    std::optional<CheckReport> loadReport(const QString &fileName, QString *error) const;

    Shell *m_shell;
    QMainWindow *m_window; // m_shell->mainWindow(): docks, menus, the parent of dialogs
    CheckComparison m_comparison;
    bool m_has = false;
    QLabel *m_summary;
    QComboBox *m_profileA;
    QComboBox *m_profileB;
    QTableWidget *m_scopes;
    QTableWidget *m_checks;
    QPlainTextEdit *m_text;
    QPushButton *m_openReports;
    QPushButton *m_run;
    QLabel *m_profilesLabel;
    std::function<QString()> m_summaryText;
    // The reports compared and their labels, kept to word the comparison again after a switch.
    CheckReport m_shownA;
    CheckReport m_shownB;
    QString m_shownLabelA;
    QString m_shownLabelB;
    QPointer<CheckupRunner> m_runA;
    QPointer<CheckupRunner> m_runB;
    std::optional<CheckReport> m_reportA;
    std::optional<CheckReport> m_reportB;
    // Counts the runs started, so that a network loaded for an earlier one is not applied.
    int m_generation = 0;
    // Networks still loading (the other account's secrets) before both runners start.
    int m_pendingNetworks = 0;
    QString m_labelA;
    QString m_labelB;
};

} // namespace cx::gui
