#include "request/ErrorArea.h"

#include "common/AppIcon.h"
#include "common/VerbatimLabel.h"

#include <QEvent>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QScreen>
#include <QStyle>
#include <QVBoxLayout>

namespace cx::gui {

ErrorArea::ErrorArea(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_title(verbatimLabel(this, "errorTitle")),
      m_message(verbatimLabel(this, "errorMessage")), m_meaning(verbatimLabel(this, "errorMeaning")),
      m_hint(verbatimLabel(this, "errorHint")), m_action(verbatimLabel(this, "errorAction")),
      m_details(new QPushButton(this))
{
    setObjectName(QStringLiteral("errorArea"));
    setFrameShape(QFrame::StyledPanel);
    // A red border reads as "failed" on light and dark palettes; the fill stays the system's.
    setStyleSheet(QStringLiteral("#errorArea { border: 2px solid #d32f2f; border-radius: 4px; }"));
    const int iconSize = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this);
    m_icon->setPixmap(appIcon(QStringLiteral("error")).pixmap(iconSize, iconSize));
    m_icon->setAlignment(Qt::AlignTop);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);

    // The meaning and the hint live in the error panel; here they only serve as tooltips.
    m_meaning->setVisible(false);
    m_hint->setVisible(false);
    m_details->setObjectName(QStringLiteral("errorAreaDetails"));
    connect(m_details, &QPushButton::clicked, this, &ErrorArea::detailsRequested);
    auto *actionLine = new QHBoxLayout;
    actionLine->addWidget(m_action, 1);
    actionLine->addWidget(m_details);
    auto *text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_message);
    text->addLayout(actionLine);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon);
    layout->addLayout(text, 1);
    retranslateUi();
    setVisible(false);
}

void ErrorArea::retranslateUi()
{
    setAccessibleName(tr("Request failed"));
    m_details->setText(tr("Show in Error &Panel"));
    m_details->setToolTip(tr("Open the error panel with what this code means and what to do"));
    if (!m_showingError)
        return;
    // The decision keeps the catalogue's texts untranslated: showing them again translates them.
    showTexts();
}

void ErrorArea::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void ErrorArea::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    // Another width, another height for the wrapped texts: the parent asks minimumSizeHint() again.
    if (event->size().width() != event->oldSize().width())
        updateGeometry();
}

int ErrorArea::givenWidth() const
{
    // The parent's layout rather than width(): before the area was first laid out (it starts hidden),
    // width() is Qt's default, far narrower than the room it will get.
    const QWidget *parent = parentWidget();
    if (!parent || !parent->layout() || parent->layout()->indexOf(const_cast<ErrorArea *>(this)) < 0)
        return width();
    return parent->layout()->contentsRect().width();
}

void ErrorArea::showEvent(QShowEvent *event)
{
    QFrame::showEvent(event);
    updateGeometry(); // its tab is shown: minimumSizeHint() holds room again
}

void ErrorArea::hideEvent(QHideEvent *event)
{
    QFrame::hideEvent(event);
    // Its tab was hidden: the hidden layouts between here and the tabs' stack do not pass a new minimum
    // on by themselves (they are activated only when shown), so each is told, up to the first one shown.
    for (QWidget *widget = this; widget && !widget->isWindow(); widget = widget->parentWidget()) {
        widget->updateGeometry();
        if (widget->isVisible())
            break;
    }
}

QSize ErrorArea::minimumSizeHint() const
{
    QSize size = QFrame::minimumSizeHint();
    // In a tab not shown, no room is held: the tabs' stack is as tall as its tallest page's minimum, and a
    // failure in a hidden tab made the window taller than a 1024x700 screen with History open (issue 16).
    if (!isVisible()) {
        size.setHeight(0);
        return size;
    }
    const int width = givenWidth();
    if (!layout() || width < size.width())
        return size;
    int needed = heightForWidth(width);
    // Never more than half the screen: better a cut line than a window taller than the screen.
    if (const QScreen *shown = screen())
        needed = qMin(needed, shown->availableGeometry().height() / 2);
    size.setHeight(qMax(size.height(), needed));
    return size;
}

void ErrorArea::showError(const ErrorDecision &decision)
{
    m_decision = decision;
    m_showingError = true;
    showTexts();
    setVisible(true);
}

void ErrorArea::showTexts()
{
    const ApiError &error = m_decision.error();
    const QString code = m_decision.shownCode();
    const QString meaning = m_decision.meaning();
    const QString hint = m_decision.hint();
    if (error.status > 0)
        m_title->setText(tr("Request failed — HTTP %1 · %2").arg(error.status).arg(code));
    else
        m_title->setText(tr("Request failed — no response · %1").arg(code));
    m_message->setText(tr("Server says: %1").arg(error.message));
    m_message->setVisible(!error.message.isEmpty());
    m_meaning->setText(tr("Meaning: %1").arg(meaning));
    m_hint->setText(tr("What to do: %1").arg(hint));
    m_action->setText(tr("Action: %1 — %2").arg(m_decision.actionName(), hint));
    m_action->setToolTip(meaning);
}

void ErrorArea::clear()
{
    m_decision = {};
    m_showingError = false;
    setVisible(false);
}

} // namespace cx::gui
