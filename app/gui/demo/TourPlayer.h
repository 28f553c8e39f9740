// The tour player: a dock that steps through a guided tour (Next / Back / Restart). Each step fills the
// tour's own request tab (named after the tour; never a tab of the user's) with the step's request,
// highlights the widget the narration talks about, sends it through the tab (so the response view and the
// error panel show it) and shows whether the outcome matched. "Export transcript…" saves what was shown as
// Markdown, secrets masked.
#pragma once

#include "tour/Tour.h"
#include "tour/TourRunner.h"

#include <QDockWidget>
#include <QPointer>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;

class QMainWindow;

namespace cx::gui {

class RequestPage;
class Shell;

class TourPlayer : public QDockWidget
{
    Q_OBJECT
public:
    explicit TourPlayer(Shell *shell);
    ~TourPlayer() override;

    // Loads a tour (the built-in one by default); false and a message box when it is malformed.
    bool loadTour(const Tour &tour);
    bool loadFile(const QString &fileName);
    const Tour &tour() const { return m_tour; }

    // -1 before the first step.
    int currentStep() const { return m_index; }
    // Plays step `index` (0-based): fills the editor, highlights, sends.
    void playStep(int index);
    void next();
    void back();
    void restart();
    bool isPlaying() const;

    TourRunner *runner() const { return m_runner; }
    // The tab the last step played in (null before the first step, or once the user closed it).
    RequestPage *tourPage() const;
    QWidget *highlightedWidget() const { return m_highlighted; }
    QString transcript() const;
    bool exportTranscript(const QString &fileName, QString *error) const;

    QLabel *titleLabel() const { return m_title; }
    QLabel *counterLabel() const { return m_counter; }
    QLabel *narrationLabel() const { return m_narration; }
    // The step title and the narration, in a room of NarrationLines lines that scrolls when longer.
    QScrollArea *narrationArea() const { return m_narrationArea; }
    static constexpr int NarrationLines = 4;
    QLabel *outcomeLabel() const { return m_outcome; }
    QListWidget *stepList() const { return m_steps; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *restartButton() const { return m_restart; }

signals:
    // `verdict`: "matched", "failed" or "skipped" (TourRunner::verdictName()).
    void stepFinished(int index, const QString &verdict);

protected:
    void changeEvent(QEvent *event) override;

private:
    // What the outcome line says; kept as data so a language switch can say it again.
    enum class Outcome { None, LoadError, Sending, Result };

    void retranslateUi();
    void updateFonts();
    // The narration's room for NarrationLines lines in the current font.
    void reserveSpace();
    // The texts that depend on where the tour is: the counter, the narration before the first step,
    // the outcome line and the played steps' verdicts in the list.
    void renderProgress();
    void renderOutcome();
    QString stepItemText(int index) const;
    void showStep(int index);
    void onStepFinished(int index, const TourStepResult &result);
    // The tab the tour plays in: its own, named after the tour, opened on the first step and again when
    // the user has typed in it (or closed it); never a tab of the user's.
    RequestPage *tourTab();
    void nameTourTab();
    // Empties the error panel (when it is built) as a tour starts.
    void clearErrorPanel();
    void highlight(const QString &objectName);
    void clearHighlight();
    void updateButtons();
    void openTour();
    void exportInteractive();
    static QString symbol(StepVerdict verdict);

    Shell *m_shell;
    QMainWindow *m_window; // m_shell->mainWindow(): docks, menus, the parent of dialogs
    Tour m_tour;
    TourRunner *m_runner = nullptr;
    int m_index = -1;
    Outcome m_outcomeShown = Outcome::None;
    TourError m_loadError;
    std::optional<TourStepResult> m_lastResult;
    QPointer<QWidget> m_highlighted;
    QPointer<RequestPage> m_page; // tourTab()
    bool m_pageEdited = false;    // typed in by the user since the tour last loaded it
    QLabel *m_title;
    QLabel *m_counter;
    QLabel *m_stepTitle;
    QLabel *m_narration;
    QScrollArea *m_narrationArea;
    QLabel *m_outcome;
    QListWidget *m_steps;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_restart;
    QPushButton *m_open;
    QPushButton *m_export;
};

} // namespace cx::gui
