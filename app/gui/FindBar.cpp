#include "FindBar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace cx::gui {

FindBar::FindBar(QWidget *parent) : QWidget(parent), m_edit(new QLineEdit(this)), m_result(new QLabel(this))
{
    m_edit->setObjectName(QStringLiteral("findEdit"));
    m_edit->setPlaceholderText(tr("Find in response"));
    m_edit->setClearButtonEnabled(true);
    auto *previous = new QToolButton(this);
    previous->setText(tr("Previous"));
    previous->setToolTip(tr("Find the previous match (Shift+Enter)"));
    auto *next = new QToolButton(this);
    next->setText(tr("Next"));
    next->setToolTip(tr("Find the next match (Enter)"));
    auto *close = new QToolButton(this);
    close->setText(tr("Close"));
    close->setToolTip(tr("Close the find bar (Esc)"));

    connect(m_edit, &QLineEdit::returnPressed, this, [this] { emit findRequested(m_edit->text(), false); });
    connect(previous, &QToolButton::clicked, this, [this] { emit findRequested(m_edit->text(), true); });
    connect(next, &QToolButton::clicked, this, [this] { emit findRequested(m_edit->text(), false); });
    connect(close, &QToolButton::clicked, this, &QWidget::hide);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_result);
    layout->addWidget(close);
}

void FindBar::open()
{
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void FindBar::setResult(bool found)
{
    m_result->setText(found ? QString() : tr("Not found"));
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
