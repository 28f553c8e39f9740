// Turns presentation mode on and off for one main window: the application font scaled (by point size, so
// it stays right on HiDPI screens), non-essential panels hidden, a "Presentation mode" badge in the status
// bar, and every secret masked on screen. Leaving restores the font and the layout as they were.
#pragma once

#include "PresentationFonts.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>

class QAbstractItemDelegate;
class QAbstractItemView;
class QAction;
class QLabel;
class QMainWindow;
class QTimer;
class QWidget;

namespace cx::gui {

class Shell;

class PresentationController : public QObject
{
    Q_OBJECT
public:
    explicit PresentationController(Shell *shell);
    ~PresentationController() override;

    // View > Presentation Mode (Ctrl+Shift+P), checkable.
    QAction *toggleAction() const { return m_action; }
    QLabel *badge() const { return m_badge; }

    // The font scale applied while presenting (default 1.5).
    void setScale(qreal scale) { m_scale = scale; }
    qreal scale() const { return m_scale; }

    void setOn(bool on);
    bool isOn() const;

    // Masks registered secrets in every visible label, read-only text and line edit of the application's
    // windows now (also done on a short timer while presentation mode is on).
    void sweep();

    // Panels kept visible while presenting (the tour player; the error panel is kept by its name, as it
    // may be built only later).
    void keepVisible(QWidget *widget) { m_keep.append(widget); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void enter();
    void leave();
    void maskWidget(QWidget *widget);
    void repaintViews();
    // Remembers what a widget showed before it was masked, so leave() can put it back.
    void remember(QWidget *widget, const QString &original, const QString &masked);
    void restoreMasked();
    // Item views with Qt's plain delegate get a masking one while presenting (views whose model masks
    // itself, or that paint their own way, are left alone).
    void maskView(QAbstractItemView *view);
    void restoreViews();

    Shell *m_shell;
    QMainWindow *m_window; // m_shell->mainWindow(): docks, menus, the parent of dialogs
    QAction *m_action;
    QLabel *m_badge;
    QTimer *m_sweep;
    qreal m_scale = 1.5;
    PresentationFonts m_fonts;
    QByteArray m_savedState;
    QList<QPointer<QWidget>> m_hidden; // what enter() hid, shown again by leave()
    // The docks that existed when enter() saved the layout: leave() hides the ones built since (built
    // on first use while presenting), as restoring the saved layout would have had they existed.
    QList<QPointer<QWidget>> m_docksAtEnter;
    QList<QPointer<QWidget>> m_keep;
    bool m_maskingStatus = false;
    struct Masked
    {
        QPointer<QWidget> widget;
        QString original;
        QString masked;
    };
    QList<Masked> m_masked;
    struct SwappedDelegate
    {
        QPointer<QAbstractItemView> view;
        QPointer<QAbstractItemDelegate> original;
        QPointer<QAbstractItemDelegate> masking;
    };
    QList<SwappedDelegate> m_swapped;
};

} // namespace cx::gui
