#include "request/NoResponsePanel.h"

#include <QEvent>
#include <QKeySequence>
#include <QLabel>
#include <QVBoxLayout>

namespace cx::gui {

NoResponsePanel::NoResponsePanel(QWidget *parent)
    : QWidget(parent), m_status(new QLabel(this)), m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("noResponsePanel"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    // The response view's summary line sits where the status does, so nothing moves when it comes.
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_hint);
    layout->addStretch(1);
    retranslateUi();
}

QSize NoResponsePanel::sizeHint() const
{
    const QSize lines = QWidget::sizeHint();
    return {qMax(lines.width(), 256), lines.height() + 192};
}

void NoResponsePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void NoResponsePanel::retranslateUi()
{
    m_status->setText(tr("No response yet"));
    m_hint->setText(tr("Send the request (%1) to see the answer here.")
                        .arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
}

} // namespace cx::gui
