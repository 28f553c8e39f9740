// The diff view: two responses side by side as a JSON-aware diff (core/diff/JsonDiff). On top the
// one-line summary ("3 only in B; 1 changed: data[4].name") and what A and B are (profile or tab, time,
// status); below every difference by path — status, headers and body — as added, removed or changed,
// with the old and the new value, marked by a sign and a word as well as a colour. Next and Previous
// Difference (F8, Shift+F8) walk the list. Paths to ignore (timestamps, request ids) are remembered per
// endpoint (QSettings "compare/ignore/<endpoint>").
//
// The diff runs on a worker thread (RunOnWorker): first only up to the first difference, shown at once,
// then all of them.
#pragma once

#include "compare/ResponseSnapshot.h"
#include "diff/JsonDiff.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace cx::gui {

class ResponseDiffDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { KindColumn, PathColumn, AColumn, BColumn };
    // More rows are not listed (the summary still counts them all).
    static constexpr int MaxListed = 5000;

    explicit ResponseDiffDialog(QWidget *parent = nullptr);
    ~ResponseDiffDialog() override;

    // While the two responses are on their way: the labels and a busy note, the list emptied.
    void showWaiting(const QString &labelA, const QString &labelB);
    // Compares `a` with `b` (off the UI thread) with the paths remembered for a's endpoint ignored.
    void compare(const ResponseSnapshot &a, const ResponseSnapshot &b);

    bool isBusy() const { return m_busy; }
    // The differences found in the last finished comparison.
    const QList<JsonChange> &changes() const { return m_changes; }
    QString summary() const;

    // The patterns in the field, split at commas; the invalid ones are left out.
    QStringList ignorePatterns() const;
    // Remembered per endpoint ("GET /api/templates/{id}").
    static QStringList rememberedIgnore(const QString &endpointKey);
    static void rememberIgnore(const QString &endpointKey, const QStringList &patterns);

    void nextDifference();
    void previousDifference();

    QLabel *summaryLabel() const { return m_summary; }
    QLabel *labelA() const { return m_labelA; }
    QLabel *labelB() const { return m_labelB; }
    QLabel *busyLabel() const { return m_busyLabel; }
    QLineEdit *ignoreEdit() const { return m_ignore; }
    QPushButton *applyIgnoreButton() const { return m_applyIgnore; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *previousButton() const { return m_previous; }
    QTreeWidget *changeList() const { return m_list; }

signals:
    // A comparison has finished and its differences are listed.
    void compared();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyIgnore();
    void run();
    void setBusy(bool busy, const QString &note = {});
    void fillList(const QList<JsonChange> &changes);
    void showLabels();
    void showSummary();
    void step(int delta);

    QLabel *m_summary;
    QLabel *m_labelA;
    QLabel *m_labelB;
    QLabel *m_busyLabel;
    QLabel *m_ignoreLabel;
    QLineEdit *m_ignore;
    QPushButton *m_applyIgnore;
    QLabel *m_ignoreNote;
    QPushButton *m_previous;
    QPushButton *m_next;
    QTreeWidget *m_list;

    std::optional<ResponseSnapshot> m_a;
    std::optional<ResponseSnapshot> m_b;
    QString m_waitingA; // the labels shown while waiting (showWaiting)
    QString m_waitingB;
    QList<JsonChange> m_changes;
    bool m_busy = false;
    bool m_firstOnly = false; // the list holds only the first difference so far
    quint64 m_generation = 0; // a worker's result for an older comparison is dropped
};

} // namespace cx::gui
