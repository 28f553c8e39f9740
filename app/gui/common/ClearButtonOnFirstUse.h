// A line edit's clear button, set up when the box first gets the focus or a text rather than when it is
// built. The first clear button of a process looks its icon up in the icon theme, several milliseconds
// that would otherwise delay the main window's first frame; an empty box shows no clear button anyway.
#pragma once

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QLineEdit>

namespace cx::gui {

class ClearButtonOnFirstUse : public QObject
{
public:
    // Owned by `edit`; once the button is enabled it only keeps the button's name in the UI's language.
    static void install(QLineEdit *edit) { new ClearButtonOnFirstUse(edit); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_edit && event->type() == QEvent::FocusIn)
            enable();
        else if (watched == m_edit && event->type() == QEvent::LanguageChange && m_done)
            nameClearButton();
        return false;
    }

private:
    explicit ClearButtonOnFirstUse(QLineEdit *edit) : QObject(edit), m_edit(edit)
    {
        edit->installEventFilter(this);
        connect(edit, &QLineEdit::textChanged, this, &ClearButtonOnFirstUse::enable);
    }

    void enable()
    {
        if (m_done)
            return;
        m_done = true;
        disconnect(m_edit, nullptr, this, nullptr);
        m_edit->setClearButtonEnabled(true);
        nameClearButton();
        // Stays as the filter that renames the button on a language change.
    }

    // Qt's clear button is an unnamed icon; a screen reader should say what it does.
    void nameClearButton()
    {
        if (auto *clear = m_edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"))) {
            clear->setText(QCoreApplication::translate("cx::gui::ClearButtonOnFirstUse", "Clear"));
            clear->setToolTip(clear->text());
        }
    }

    QLineEdit *m_edit;
    bool m_done = false;
};

} // namespace cx::gui
