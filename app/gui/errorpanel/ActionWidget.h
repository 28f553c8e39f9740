// The base of the error panel's action widgets: one small class per ErrorCatalog action, each made
// for one failed request and thrown away when the panel shows another.
#pragma once

#include "ErrorEntry.h"

#include <QWidget>

class QLabel;

namespace cx::gui {

class ErrorPanel;

class ActionWidget : public QWidget
{
    Q_OBJECT
public:
    // `live` is false when the entry is shown again from the history: nothing then happens by itself
    // (no countdown retries an old request).
    static ActionWidget *create(ErrorPanel *panel, const ErrorEntry &entry, bool live, QWidget *parent);

    virtual ErrorAction action() const = 0;
    const ErrorEntry &entry() const { return m_entry; }
    // The object name every action widget carries: "action_" + ErrorCatalog::actionName().
    static QString objectNameFor(ErrorAction action);

protected:
    ActionWidget(ErrorPanel *panel, const ErrorEntry &entry, bool live, QWidget *parent);
    ErrorPanel *panel() const { return m_panel; }
    bool isLive() const { return m_live; }
    // A word-wrapped, selectable plain-text label (server words are never read as markup).
    QLabel *addLabel(const QString &text, const char *objectName = nullptr);
    // Sets every text of the widget from its state; each subclass calls it at the end of its
    // constructor, and it runs again on a language change (the entry's decision gives its meaning and
    // hint in the new language), so nothing the user did to the widget is lost.
    virtual void retranslateUi() = 0;
    void changeEvent(QEvent *event) override;

private:
    ErrorPanel *m_panel;
    ErrorEntry m_entry;
    bool m_live;
};

} // namespace cx::gui
