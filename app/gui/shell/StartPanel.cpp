#include "shell/StartPanel.h"

#include "shell/StepButton.h"

#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cx::gui {

StartPanel::StartPanel(QList<Step> steps, QWidget *parent)
    : QWidget(parent), m_steps(std::move(steps)), m_heading(new QLabel(this)), m_intro(new QLabel(this))
{
    setObjectName(QStringLiteral("startPanel"));
    // Inside a scroll area: at 1024×700, in German or in presentation mode the steps may not all fit,
    // and a scroll bar is better than squeezing the request editor above.
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    m_heading->setObjectName(QStringLiteral("startHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    column->addWidget(m_heading);
    column->addWidget(m_intro);
    for (const Step &step : std::as_const(m_steps)) {
        auto *button = new StepButton(content);
        button->setObjectName(step.objectName);
        column->addWidget(button);
        m_buttons.append(button);
        connect(button, &StepButton::clicked, this, [run = step.run, button] { run(button); });
    }
    column->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    retranslateUi();
}

void StartPanel::retranslateUi()
{
    m_heading->setText(tr("Start here"));
    m_intro->setText(tr("This tab is empty. Pick an endpoint on the left, or take one of these first "
                        "steps:"));
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        m_buttons[i]->setText(m_steps[i].title());
        m_buttons[i]->setDescription(m_steps[i].description());
        m_buttons[i]->setAccessibleDescription(m_steps[i].description());
    }
}

void StartPanel::updateEnabled()
{
    for (qsizetype i = 0; i < m_steps.size(); ++i)
        m_buttons[i]->setEnabled(!m_steps[i].enabled || m_steps[i].enabled());
}

void StartPanel::showEvent(QShowEvent *event)
{
    updateEnabled();
    QWidget::showEvent(event);
}

void StartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace cx::gui
