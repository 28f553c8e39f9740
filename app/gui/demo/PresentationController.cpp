#include "PresentationController.h"

#include "auth/Session.h"
#include "common/PresentationMode.h"
#include "common/Retranslate.h"
#include "common/Shell.h"
#include "connection/Connection.h"
#include "endpoints/EndpointBrowser.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTextEdit>
#include <QTimer>
#include <QToolBar>

namespace cx::gui {

namespace {
constexpr int SweepMs = 250;
constexpr qsizetype MaxSweptChars = 512 * 1024; // bodies larger than this are shown lazily anyway

// Qt's plain delegate, with every displayed text masked.
class MaskingDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QString displayText(const QVariant &value, const QLocale &locale) const override
    {
        return PresentationMode::maskText(QStyledItemDelegate::displayText(value, locale));
    }
};
} // namespace

PresentationController::PresentationController(Shell *shell)
    : QObject(shell->mainWindow()), m_shell(shell), m_window(shell->mainWindow()),
      m_action(new QAction(this)), m_badge(new QLabel(m_window)), m_sweep(new QTimer(this))
{
    setObjectName(QStringLiteral("presentationController"));
    m_action->setObjectName(QStringLiteral("presentationModeAction"));
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_action->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_action, &QAction::toggled, this, &PresentationController::setOn);

    m_badge->setObjectName(QStringLiteral("presentationBadge"));
    m_badge->setStyleSheet(QStringLiteral("QLabel { background: #c62828; color: white; font-weight: bold; "
                                          "padding: 2px 10px; border-radius: 4px; }"));
    m_badge->hide();
    retranslateWith(this, m_window, [this] {
        m_action->setText(tr("&Presentation Mode"));
        m_action->setToolTip(tr("Larger fonts, secrets masked, side panels hidden: for a shared screen"));
        m_badge->setText(tr("Presentation mode"));
        m_badge->setToolTip(
            tr("Secrets and tokens are masked on screen. Ctrl+Shift+P leaves presentation mode."));
    });

    m_sweep->setInterval(SweepMs);
    connect(m_sweep, &QTimer::timeout, this, &PresentationController::sweep);

    PresentationMode::addSecrets(shell->connection()->session()->secrets());
    connect(m_window->statusBar(), &QStatusBar::messageChanged, this, [this](const QString &message) {
        if (!PresentationMode::isOn() || m_maskingStatus)
            return;
        const QString masked = PresentationMode::maskText(message);
        if (masked == message)
            return;
        m_maskingStatus = true;
        m_window->statusBar()->showMessage(masked, 10000);
        m_maskingStatus = false;
    });
}

PresentationController::~PresentationController()
{
    if (PresentationMode::isOn() && m_action->isChecked()) {
        qApp->removeEventFilter(this);
        m_fonts.drop();
        PresentationMode::instance()->setOn(false);
    }
}

bool PresentationController::isOn() const
{
    return m_action->isChecked();
}

void PresentationController::setOn(bool on)
{
    if (m_action->isChecked() != on) {
        m_action->setChecked(on); // comes back here through toggled()
        return;
    }
    if (on == PresentationMode::isOn())
        return;
    if (on)
        enter();
    else
        leave();
}

void PresentationController::enter()
{
    m_savedState = m_window->saveState();
    // Point sizes are device-independent: Qt turns them into pixels per screen, so HiDPI stays right.
    m_fonts.enter(m_scale, m_window);

    m_hidden.clear();
    auto hide = [this](QWidget *widget) {
        if (!widget || !widget->isVisible())
            return;
        for (const QPointer<QWidget> &kept : std::as_const(m_keep)) {
            if (kept == widget)
                return;
        }
        widget->hide();
        m_hidden.append(widget);
    };
    hide(m_shell->endpointBrowserWidget());
    m_docksAtEnter.clear();
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly)) {
        m_docksAtEnter.append(dock);
        if (dock->objectName() != QLatin1String("errorPanel"))
            hide(dock);
    }
    for (QToolBar *toolBar : m_window->findChildren<QToolBar *>(Qt::FindDirectChildrenOnly))
        hide(toolBar);

    m_window->statusBar()->addPermanentWidget(m_badge);
    m_badge->show();
    PresentationMode::instance()->setOn(true);
    qApp->installEventFilter(this);
    sweep();
    repaintViews();
    m_sweep->start();
    if (!m_window->statusBar()->currentMessage().isEmpty())
        emit m_window->statusBar()->messageChanged(m_window->statusBar()->currentMessage());
}

void PresentationController::leave()
{
    m_sweep->stop();
    qApp->removeEventFilter(this);
    PresentationMode::instance()->setOn(false);
    m_badge->hide();
    m_window->statusBar()->removeWidget(m_badge);
    // The fonts, and the sizes of the splitters, headers and the window, before the docks' layout.
    m_fonts.leave();
    for (const QPointer<QWidget> &widget : std::as_const(m_hidden)) {
        if (widget)
            widget->show();
    }
    m_hidden.clear();
    restoreMasked();
    restoreViews();
    if (!m_savedState.isEmpty())
        m_window->restoreState(m_savedState);
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly)) {
        if (!m_docksAtEnter.contains(dock))
            dock->hide();
    }
    m_docksAtEnter.clear();
    repaintViews();
}

void PresentationController::repaintViews()
{
    for (QWidget *top : QApplication::topLevelWidgets()) {
        for (QAbstractItemView *view : top->findChildren<QAbstractItemView *>())
            view->viewport()->update();
    }
}

bool PresentationController::eventFilter(QObject *watched, QEvent *event)
{
    // A widget built while presenting (a dock, a page built on first use) is scaled before it is shown.
    if (event->type() == QEvent::Polish && watched->isWidgetType())
        m_fonts.adopt(static_cast<QWidget *>(watched));
    // A dialog or widget shown while presenting is masked before it is painted.
    if (event->type() == QEvent::Show && watched->isWidgetType()) {
        auto *widget = static_cast<QWidget *>(watched);
        maskWidget(widget);
        for (QWidget *child : widget->findChildren<QWidget *>())
            maskWidget(child);
    }
    return QObject::eventFilter(watched, event);
}

void PresentationController::sweep()
{
    if (!PresentationMode::isOn())
        return;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (!top->isVisible())
            continue;
        maskWidget(top);
        for (QWidget *child : top->findChildren<QWidget *>())
            maskWidget(child);
    }
}

void PresentationController::remember(QWidget *widget, const QString &original, const QString &masked)
{
    for (Masked &entry : m_masked) {
        if (entry.widget == widget) {
            // Masked again after its owner changed it: the owner's newest text is what comes back.
            entry.original = original;
            entry.masked = masked;
            return;
        }
    }
    m_masked.append({widget, original, masked});
}

void PresentationController::restoreMasked()
{
    // Only what still shows our mask goes back; a widget its owner has updated since keeps the update.
    for (const Masked &entry : std::as_const(m_masked)) {
        if (!entry.widget)
            continue;
        if (auto *label = qobject_cast<QLabel *>(entry.widget)) {
            if (label->text() == entry.masked)
                label->setText(entry.original);
        } else if (auto *edit = qobject_cast<QLineEdit *>(entry.widget)) {
            if (edit->text() == entry.masked)
                edit->setText(entry.original);
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(entry.widget)) {
            if (plain->toPlainText() == entry.masked)
                plain->setPlainText(entry.original);
        } else if (auto *rich = qobject_cast<QTextEdit *>(entry.widget)) {
            if (rich->toHtml() == entry.masked)
                rich->setHtml(entry.original);
        }
    }
    m_masked.clear();
}

void PresentationController::maskView(QAbstractItemView *view)
{
    QAbstractItemDelegate *current = view->itemDelegate();
    if (!current || dynamic_cast<MaskingDelegate *>(current) ||
        qstrcmp(current->metaObject()->className(), "QStyledItemDelegate") != 0)
        return;
    auto *masking = new MaskingDelegate(view);
    view->setItemDelegate(masking);
    m_swapped.append({view, current, masking});
    view->viewport()->update();
}

void PresentationController::restoreViews()
{
    for (const SwappedDelegate &swapped : std::as_const(m_swapped)) {
        if (!swapped.view || swapped.view->itemDelegate() != swapped.masking)
            continue;
        swapped.view->setItemDelegate(swapped.original);
        if (swapped.masking)
            swapped.masking->deleteLater();
        swapped.view->viewport()->update();
    }
    m_swapped.clear();
}

void PresentationController::maskWidget(QWidget *widget)
{
    if (!widget || widget == m_badge)
        return;
    if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
        maskView(view);
        return;
    }
    if (auto *label = qobject_cast<QLabel *>(widget)) {
        const QString text = label->text();
        const QString masked = PresentationMode::maskText(text);
        if (masked != text) {
            remember(label, text, masked);
            label->setText(masked);
        }
    } else if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
        // What the user types stays theirs; a secret field is never shown in clear while presenting.
        if (edit->echoMode() != QLineEdit::Normal)
            edit->setEchoMode(QLineEdit::Password);
        else if (edit->isReadOnly()) {
            const QString masked = PresentationMode::maskText(edit->text());
            if (masked != edit->text()) {
                remember(edit, edit->text(), masked);
                edit->setText(masked);
            }
        }
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) {
        if (!plain->isReadOnly() || plain->document()->characterCount() > MaxSweptChars)
            return;
        const QString text = plain->toPlainText();
        const QString masked = PresentationMode::maskText(text);
        if (masked != text) {
            remember(plain, text, masked);
            plain->setPlainText(masked);
        }
    } else if (auto *rich = qobject_cast<QTextEdit *>(widget)) {
        if (!rich->isReadOnly() || rich->document()->characterCount() > MaxSweptChars)
            return;
        const QString html = rich->toHtml();
        const QString masked = PresentationMode::maskText(html);
        if (masked != html) {
            rich->setHtml(masked);
            remember(rich, html, rich->toHtml());
        }
    }
}

} // namespace cx::gui
