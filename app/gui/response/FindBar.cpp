#include "response/FindBar.h"

#include "common/ClearButtonOnFirstUse.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace cx::gui {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_previous(new QToolButton(this)),
      m_next(new QToolButton(this)), m_close(new QToolButton(this)), m_result(new QLabel(this))
{
    m_edit->setObjectName(QStringLiteral("findEdit"));
    ClearButtonOnFirstUse::install(m_edit);

    connect(m_edit, &QLineEdit::returnPressed, this, [this] { emit findRequested(m_edit->text(), false); });
    connect(m_previous, &QToolButton::clicked, this, [this] { emit findRequested(m_edit->text(), true); });
    connect(m_next, &QToolButton::clicked, this, [this] { emit findRequested(m_edit->text(), false); });
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_result);
    layout->addWidget(m_close);
    retranslateUi();
}

void FindBar::retranslateUi()
{
    m_edit->setPlaceholderText(tr("Find in response"));
    m_previous->setText(tr("Previous"));
    m_previous->setToolTip(tr("Find the previous match (Shift+Enter)"));
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("Find the next match (Enter)"));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close the find bar (Esc)"));
    m_result->setText(m_notFound ? tr("Not found") : QString());
}

void FindBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FindBar::open()
{
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void FindBar::setResult(bool found)
{
    m_notFound = !found;
    retranslateUi();
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        (event->modifiers() & Qt::ShiftModifier)) {
        emit findRequested(m_edit->text(), true);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace cx::gui
