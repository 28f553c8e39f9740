#include "TourPlayer.h"

#include "PresentationFonts.h"
#include "auth/Session.h"
#include "common/Shell.h"
#include "connection/Connection.h"
#include "errorpanel/ErrorPanel.h"
#include "request/RequestDraft.h"
#include "request/RequestEditor.h"
#include "request/RequestPage.h"

#include <QEvent>
#include <QFileDialog>
#include <QGraphicsDropShadowEffect>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>
#include <memory>

namespace cx::gui {

namespace {

RequestDraft draftFor(const TourStep &step)
{
    RequestDraft draft;
    draft.method = step.request.method;
    draft.pathTemplate = step.request.path;
    for (const auto &[name, value] : step.request.query) {
        ParamRow row;
        row.name = name;
        row.value = value;
        draft.query.append(row);
    }
    for (const auto &[name, value] : step.request.headers) {
        ParamRow row;
        row.name = QString::fromUtf8(name);
        row.value = QString::fromUtf8(value);
        draft.headers.append(row);
    }
    draft.body = QString::fromUtf8(step.request.body);
    return draft;
}

} // namespace

TourPlayer::TourPlayer(Shell *shell)
    : QDockWidget(shell->mainWindow()), m_shell(shell), m_window(shell->mainWindow()),
      m_title(new QLabel(this)), m_counter(new QLabel(this)), m_stepTitle(new QLabel(this)),
      m_narration(new QLabel(this)), m_narrationArea(new QScrollArea(this)), m_outcome(new QLabel(this)),
      m_steps(new QListWidget(this)), m_back(new QPushButton(this)), m_next(new QPushButton(this)),
      m_restart(new QPushButton(this)), m_open(new QPushButton(this)), m_export(new QPushButton(this))
{
    setObjectName(QStringLiteral("tourPlayer"));
    m_title->setObjectName(QStringLiteral("tourTitle"));
    m_counter->setObjectName(QStringLiteral("tourStepCounter"));
    m_stepTitle->setObjectName(QStringLiteral("tourStepTitle"));
    m_narration->setObjectName(QStringLiteral("tourNarration"));
    m_outcome->setObjectName(QStringLiteral("tourOutcome"));
    m_steps->setObjectName(QStringLiteral("tourSteps"));
    m_back->setObjectName(QStringLiteral("tourBack"));
    m_next->setObjectName(QStringLiteral("tourNext"));
    m_restart->setObjectName(QStringLiteral("tourRestart"));
    m_open->setObjectName(QStringLiteral("tourOpen"));
    m_export->setObjectName(QStringLiteral("tourExportTranscript"));

    m_title->setWordWrap(true);
    m_stepTitle->setWordWrap(true);
    m_narration->setWordWrap(true);
    m_narration->setTextFormat(Qt::PlainText);
    m_narration->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_outcome->setWordWrap(true);
    m_outcome->setTextFormat(Qt::PlainText);
    updateFonts();

    // The narration has room of its own: a fixed height of a step title and four lines (reserveSpace()),
    // scrolling when a step says more, so the panels sharing the dock cannot squeeze it and the buttons
    // below it stay where they are from step to step.
    auto *narrationPage = new QWidget;
    auto *narrationLayout = new QVBoxLayout(narrationPage);
    narrationLayout->setContentsMargins(0, 0, 0, 0);
    narrationLayout->addWidget(m_stepTitle);
    narrationLayout->addWidget(m_narration);
    narrationLayout->addStretch(1);
    m_narrationArea->setObjectName(QStringLiteral("tourNarrationArea"));
    m_narrationArea->setWidget(narrationPage);
    m_narrationArea->setWidgetResizable(true);
    m_narrationArea->setFrameShape(QFrame::NoFrame);
    m_narrationArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_narrationArea->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_restart);
    auto *files = new QHBoxLayout;
    files->addWidget(m_open);
    files->addWidget(m_export);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    // Above the buttons only what keeps its height from step to step; the outcome, one line or more,
    // goes below them, and the step list takes what room is left.
    layout->addWidget(m_title);
    layout->addWidget(m_counter);
    layout->addWidget(m_narrationArea);
    layout->addLayout(buttons);
    layout->addWidget(m_outcome);
    layout->addWidget(m_steps, 1);
    layout->addLayout(files);
    setWidget(content);
    reserveSpace();

    connect(m_next, &QPushButton::clicked, this, &TourPlayer::next);
    connect(m_back, &QPushButton::clicked, this, &TourPlayer::back);
    connect(m_restart, &QPushButton::clicked, this, &TourPlayer::restart);
    connect(m_open, &QPushButton::clicked, this, &TourPlayer::openTour);
    connect(m_export, &QPushButton::clicked, this, &TourPlayer::exportInteractive);
    connect(m_steps, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { playStep(m_steps->row(item)); });

    if (auto builtin = TourLoader::builtin(QStringLiteral("connect-api-in-five-minutes"), &m_loadError))
        loadTour(*builtin);
    else
        m_outcomeShown = Outcome::LoadError;
    retranslateUi();
}

void TourPlayer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) { // presentation mode: the titles and the room follow
        updateFonts();
        reserveSpace();
    }
}

void TourPlayer::updateFonts()
{
    // Made from the dock's font each time, so they follow it (presentation mode scales it).
    QFont titleFont = PresentationFonts::scaled(font(), 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    QFont stepFont;
    stepFont.setBold(true); // the size stays inherited
    m_stepTitle->setFont(stepFont);
}

void TourPlayer::reserveSpace()
{
    const int stepLine = m_stepTitle->fontMetrics().lineSpacing();
    const int line = m_narration->fontMetrics().lineSpacing();
    const int spacing = qMax(0, m_narrationArea->widget()->layout()->spacing());
    m_narrationArea->setFixedHeight(stepLine + spacing + NarrationLines * line +
                                    2 * m_narrationArea->frameWidth() + 2);
}

void TourPlayer::retranslateUi()
{
    // The title first: setting it also renames the toggle action, which has a text of its own.
    setWindowTitle(tr("Tour"));
    toggleViewAction()->setText(tr("&Tour Player"));
    m_back->setText(tr("◀ &Back"));
    m_next->setText(tr("&Next ▶"));
    m_restart->setText(tr("&Restart"));
    m_open->setText(tr("&Open Tour…"));
    m_export->setText(tr("&Export Transcript…"));
    renderProgress();
    renderOutcome();
}

void TourPlayer::renderProgress()
{
    if (!m_runner)
        return; // no tour loaded
    for (int i = 0; i < m_steps->count(); ++i)
        m_steps->item(i)->setText(stepItemText(i));
    if (m_index < 0) {
        m_counter->setText(tr("%n step(s)", nullptr, int(m_tour.steps.size())));
        m_narration->setText(m_tour.description.isEmpty()
                                 ? tr("Press Next to start.")
                                 : m_tour.description + QLatin1Char('\n') + tr("Press Next to start."));
    } else {
        m_counter->setText(tr("Step %1 of %2").arg(m_index + 1).arg(m_tour.steps.size()));
    }
}

QString TourPlayer::stepItemText(int index) const
{
    const TourStepResult result =
        m_runner && index < m_runner->results().size() ? m_runner->results().at(index) : TourStepResult{};
    if (result.verdict == StepVerdict::Pending)
        return QStringLiteral("   %1. %2").arg(index + 1).arg(m_tour.steps.at(index).title);
    return QStringLiteral("%1 %2. %3 — %4")
        .arg(symbol(result.verdict))
        .arg(index + 1)
        .arg(result.title, TourRunner::verdictText(result.verdict));
}

void TourPlayer::renderOutcome()
{
    QString text;
    switch (m_outcomeShown) {
    case Outcome::None:
        break;
    case Outcome::LoadError:
        text = m_loadError.toString();
        break;
    case Outcome::Sending:
        text = tr("Sending…");
        break;
    case Outcome::Result: {
        if (!m_lastResult)
            break;
        const TourStepResult &result = *m_lastResult;
        switch (result.verdict) {
        case StepVerdict::Matched:
            text = tr("Matched: %1 %2").arg(result.status).arg(QString::fromLatin1(result.reason));
            if (!result.code.isEmpty())
                text += QStringLiteral(" — %1 (%2)").arg(result.code, result.action);
            if (result.renewed)
                text += tr(", after the token was renewed");
            break;
        case StepVerdict::Failed:
            text = tr("Failed: %1").arg(result.note);
            break;
        case StepVerdict::Skipped:
            text = result.note;
            break;
        case StepVerdict::Pending:
            break;
        }
        break;
    }
    }
    m_outcome->setText(text);
}

TourPlayer::~TourPlayer()
{
    clearHighlight();
}

bool TourPlayer::loadFile(const QString &fileName)
{
    TourError error;
    const auto tour = TourLoader::fromFile(fileName, &error);
    if (!tour) {
        QMessageBox::warning(this, tr("Open Tour"),
                             tr("%1 is not a tour: %2").arg(fileName, error.toString()));
        return false;
    }
    return loadTour(*tour);
}

bool TourPlayer::loadTour(const Tour &tour)
{
    if (m_runner) {
        m_runner->cancel();
        m_runner->deleteLater();
    }
    clearHighlight();
    m_tour = tour;
    m_index = -1;
    m_runner = new TourRunner(m_shell->connection()->client(), m_shell->connection()->session(), tour, this);
    // Sent through a request tab, so the response view and the error panel (a countdown, the missing
    // scope) show the step as they show any request.
    TourRunner *runner = m_runner;
    m_runner->setSender([this, runner](const ApiRequest &request,
                                       std::function<void(const ApiResponse &, bool)> done) {
        RequestPage *page = m_page && !m_page->isBusy() ? m_page.data() : tourTab();
        auto connection = std::make_shared<QMetaObject::Connection>();
        Session *session = m_shell->connection()->session();
        const int tokensBefore = session->tokenRequestCount();
        // The runner is the context: a tour replaced mid-step drops the answer with its runner.
        *connection =
            connect(page, &RequestPage::requestFinished, runner,
                    [connection, done, session, tokensBefore](const ApiRequest &, const ApiResponse &response,
                                                              const QString &) {
                        QObject::disconnect(*connection);
                        done(response, response.status != 401 && session->tokenRequestCount() > tokensBefore);
                    });
        page->sendRequest(request);
    });
    connect(m_runner, &TourRunner::stepFinished, this, &TourPlayer::onStepFinished);
    m_title->setText(tour.title);
    nameTourTab();
    m_steps->clear();
    for (qsizetype i = 0; i < tour.steps.size(); ++i) {
        auto *item = new QListWidgetItem(m_steps);
        item->setData(Qt::UserRole, TourRunner::verdictName(StepVerdict::Pending));
    }
    m_stepTitle->clear();
    m_outcomeShown = Outcome::None;
    m_lastResult.reset();
    renderProgress();
    renderOutcome();
    updateButtons();
    return true;
}

bool TourPlayer::isPlaying() const
{
    return m_runner && m_runner->isRunning();
}

void TourPlayer::next()
{
    if (m_index + 1 < m_tour.steps.size())
        playStep(m_index + 1);
}

void TourPlayer::back()
{
    if (m_index > 0)
        playStep(m_index - 1);
}

void TourPlayer::restart()
{
    if (m_tour.steps.isEmpty())
        return;
    loadTour(m_tour);
    playStep(0);
}

void TourPlayer::playStep(int index)
{
    if (!m_runner || isPlaying() || index < 0 || index >= m_tour.steps.size())
        return;
    if (m_index < 0)
        clearErrorPanel(); // a tour starts on a clean panel: no failure from before it stays on screen
    showStep(index);
    const TourStep &step = m_tour.steps.at(index);
    RequestPage *page = tourTab();
    m_shell->requestTabs()->setCurrentWidget(page);
    page->load(draftFor(step)); // what the audience sees; the token placeholder stays a placeholder
    m_pageEdited = false;
    // The step's answer comes into this tab: its response view (built on first use) is there for
    // the highlight, which may name one of its parts.
    page->responseView();
    highlight(step.highlight);
    m_outcomeShown = Outcome::Sending;
    renderOutcome();
    m_outcome->setProperty("verdict", QString());
    m_runner->playStep(index);
    updateButtons();
}

RequestPage *TourPlayer::tourPage() const
{
    return m_page;
}

RequestPage *TourPlayer::tourTab()
{
    // The tour's own tab while the user has not typed in it; never a tab of the user's.
    if (m_page && !m_page->isBusy() && !m_pageEdited)
        return m_page;
    RequestPage *page = m_shell->newTab();
    m_page = page;
    m_pageEdited = false;
    connect(page->editor(), &RequestEditor::edited, this, [this, page] {
        if (page == m_page)
            m_pageEdited = true;
    });
    // After the window's own handler, which names a tab after its request.
    connect(page, &RequestPage::titleChanged, this, [this, page] {
        if (page == m_page)
            nameTourTab();
    });
    nameTourTab();
    return page;
}

void TourPlayer::nameTourTab()
{
    if (!m_page || m_tour.title.isEmpty())
        return;
    QTabWidget *tabs = m_shell->requestTabs();
    const int index = tabs->indexOf(m_page);
    if (index < 0)
        return;
    tabs->setTabText(index, m_tour.title);
    tabs->setTabToolTip(index, m_tour.title);
}

void TourPlayer::clearErrorPanel()
{
    // Only a panel that exists: one not built yet shows nothing.
    if (!m_window->findChild<QDockWidget *>(QStringLiteral("errorPanel"), Qt::FindDirectChildrenOnly))
        return;
    if (auto *panel = qobject_cast<ErrorPanel *>(m_shell->errorPanelWidget()))
        panel->clearHistory();
}

void TourPlayer::showStep(int index)
{
    m_index = index;
    const TourStep &step = m_tour.steps.at(index);
    m_stepTitle->setText(step.title);
    m_narration->setText(step.narration);
    renderProgress();
    m_steps->setCurrentRow(index);
}

void TourPlayer::onStepFinished(int index, const TourStepResult &result)
{
    if (QListWidgetItem *item = m_steps->item(index)) {
        item->setText(stepItemText(index));
        item->setData(Qt::UserRole, TourRunner::verdictName(result.verdict));
        item->setToolTip(result.note);
    }
    m_outcomeShown = Outcome::Result;
    m_lastResult = result;
    renderOutcome();
    m_outcome->setProperty("verdict", TourRunner::verdictName(result.verdict));
    m_outcome->setStyleSheet(result.verdict == StepVerdict::Failed    ? QStringLiteral("color: #c62828;")
                             : result.verdict == StepVerdict::Matched ? QStringLiteral("color: #2e7d32;")
                                                                      : QString());
    updateButtons();
    emit stepFinished(index, TourRunner::verdictName(result.verdict));
}

QString TourPlayer::symbol(StepVerdict verdict)
{
    switch (verdict) {
    case StepVerdict::Matched:
        return QStringLiteral("✔");
    case StepVerdict::Failed:
        return QStringLiteral("✘");
    case StepVerdict::Skipped:
        return QStringLiteral("–");
    case StepVerdict::Pending:
        break;
    }
    return QStringLiteral(" ");
}

void TourPlayer::highlight(const QString &objectName)
{
    clearHighlight();
    if (objectName.isEmpty())
        return;
    QWidget *target = nullptr;
    if (RequestPage *page = m_shell->currentPage())
        target = page->findChild<QWidget *>(objectName);
    if (!target)
        target = m_window->findChild<QWidget *>(objectName);
    if (!target && objectName == QLatin1String("errorPanel"))
        target = m_shell->errorPanelWidget(); // built on first use: maybe not yet
    if (!target)
        return;
    // A glow around the widget, in the app's accent colour; the widget's own style stays untouched.
    auto *glow = new QGraphicsDropShadowEffect(target);
    glow->setColor(QColor(0xff, 0x8f, 0x00));
    glow->setOffset(0, 0);
    glow->setBlurRadius(28);
    target->setGraphicsEffect(glow);
    target->setProperty("tourHighlighted", true);
    m_highlighted = target;
}

void TourPlayer::clearHighlight()
{
    if (!m_highlighted)
        return;
    m_highlighted->setGraphicsEffect(nullptr);
    m_highlighted->setProperty("tourHighlighted", QVariant());
    m_highlighted = nullptr;
}

void TourPlayer::updateButtons()
{
    const bool playing = isPlaying();
    m_back->setEnabled(!playing && m_index > 0);
    m_next->setEnabled(!playing && m_index + 1 < m_tour.steps.size());
    m_restart->setEnabled(!playing && !m_tour.steps.isEmpty());
    m_open->setEnabled(!playing);
}

QString TourPlayer::transcript() const
{
    return m_runner ? m_runner->transcript() : QString();
}

bool TourPlayer::exportTranscript(const QString &fileName, QString *error) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(transcript().toUtf8()) < 0 || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void TourPlayer::openTour()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Tour"), QString(),
                                                      tr("Connect tours (*.json);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void TourPlayer::exportInteractive()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Transcript"), tr("connect-tour-transcript.md"),
                                     tr("Markdown (*.md);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTranscript(path, &error))
        QMessageBox::warning(this, tr("Export Transcript"),
                             tr("The transcript could not be written to %1: %2").arg(path, error));
}

} // namespace cx::gui
