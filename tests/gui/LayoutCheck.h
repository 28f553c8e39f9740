// Finds what a user would see cut off in a window (issue 16): a label's text that needs more room than
// it has and no tooltip holding it, a wrapped label cut at the bottom or mid-word, a button or check box
// whose text does not fit, a widget that reaches past its window (or past a scroll area's viewport that
// cannot scroll there), a window larger than its screen's available geometry, and a status-bar message
// too long for the bar. One readable line per problem: what it is, where (the widget's class and the
// object names on its way up), its text and the sizes. Used by gui-screenshots --check and
// tst_layout_check.
#pragma once

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QCheckBox>
#include <QFontMetrics>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QSizeGrip>
#include <QStatusBar>
#include <QStringList>
#include <QTabBar>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextOption>
#include <QToolButton>
#include <QWidget>
#include <cmath>

namespace cx::test::layout {

// The widget as a reader finds it: the object names (or class names) from the window down.
inline QString pathOf(const QWidget *widget)
{
    QStringList parts;
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        const QString name = w->objectName();
        if (w == widget)
            parts.prepend(name.isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                         : QStringLiteral("%1#%2").arg(
                                               QString::fromLatin1(w->metaObject()->className()), name));
        else if (!name.isEmpty() && !name.startsWith(QLatin1String("qt_")))
            parts.prepend(name);
        else if (w->isWindow())
            parts.prepend(QString::fromLatin1(w->metaObject()->className()));
        if (w->isWindow())
            break;
    }
    return parts.join(QStringLiteral(" > "));
}

inline QString shortText(QString text)
{
    text = text.simplified();
    if (text.size() > 90)
        text = text.left(87) + QStringLiteral("...");
    return text;
}

// What the user reads: rich text without its markup, a mnemonic's '&' dropped.
inline QString plainText(const QString &text, Qt::TextFormat format)
{
    if (format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text)))
        return QTextDocumentFragment::fromHtml(text).toPlainText();
    return text;
}

inline QString withoutMnemonic(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

// Whether `toolTip` holds all of `text` (compared as plain, whitespace-simplified text).
inline bool toolTipHolds(const QString &toolTip, const QString &text)
{
    if (toolTip.isEmpty())
        return false;
    const QString tip = plainText(toolTip, Qt::AutoText).simplified();
    const QString wanted = text.simplified();
    return tip.contains(wanted);
}

inline bool isRichLabel(const QLabel *label)
{
    return label->textFormat() == Qt::RichText ||
           (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
}

// The width the label's text is laid out in: its contents minus margin and indent.
inline int labelTextWidth(const QLabel *label)
{
    int width = label->contentsRect().width() - 2 * label->margin();
    if (label->indent() > 0)
        width -= label->indent();
    else if (label->indent() < 0 && label->frameWidth() > 0)
        width -= QFontMetrics(label->font()).horizontalAdvance(QLatin1Char('x')) / 2;
    return width;
}

// The width a label's text needs on one line (no wrapping).
inline int labelNaturalWidth(const QLabel *label)
{
    if (isRichLabel(label)) {
        QTextDocument document;
        document.setDefaultFont(label->font());
        document.setDocumentMargin(0);
        document.setHtml(label->text());
        return int(std::ceil(document.idealWidth()));
    }
    QString text = label->text();
    if (label->buddy())
        text = withoutMnemonic(text);
    const QFontMetrics metrics(label->font());
    int widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        widest = qMax(widest, metrics.horizontalAdvance(line));
    return widest;
}

// The width a wrapped label's text needs at `width`: more than `width` when a word does not fit.
inline int labelWrappedWidth(const QLabel *label, int width)
{
    if (isRichLabel(label)) {
        QTextDocument document;
        document.setDefaultFont(label->font());
        document.setDocumentMargin(0);
        QTextOption option = document.defaultTextOption();
        option.setWrapMode(QTextOption::WordWrap); // as QLabel lays out a wrapped label
        document.setDefaultTextOption(option);
        document.setHtml(label->text());
        document.setTextWidth(width);
        return int(std::ceil(document.idealWidth()));
    }
    QString text = label->text();
    if (label->buddy())
        text = withoutMnemonic(text);
    return QFontMetrics(label->font())
        .boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap | Qt::AlignLeft, text)
        .width();
}

inline QString sizeText(const QSize &size)
{
    return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
}

// Hidden from the user although visible to Qt: inside a splitter pane (or any parent) collapsed to nothing.
inline bool insideCollapsedParent(const QWidget *widget)
{
    for (const QWidget *w = widget->parentWidget(); w && !w->isWindow(); w = w->parentWidget()) {
        if (w->width() <= 0 || w->height() <= 0)
            return true;
    }
    return false;
}

// The nearest scroll area whose viewport holds `widget`, or null.
inline const QAbstractScrollArea *scrollAreaAround(const QWidget *widget, const QWidget **viewport)
{
    for (const QWidget *w = widget->parentWidget(); w && !w->isWindow(); w = w->parentWidget()) {
        const auto *area = qobject_cast<const QAbstractScrollArea *>(w->parentWidget());
        if (area && area->viewport() == w) {
            *viewport = w;
            return area;
        }
    }
    return nullptr;
}

inline void checkLabel(const QLabel *label, QStringList *problems)
{
    if (label->text().isEmpty() || !label->pixmap().isNull())
        return;
    const QString shown = isRichLabel(label)
                              ? plainText(label->text(), Qt::RichText)
                              : (label->buddy() ? withoutMnemonic(label->text()) : label->text());
    const int available = labelTextWidth(label);
    if (!label->wordWrap()) {
        const int needed = labelNaturalWidth(label);
        if (needed > available + 1 && !toolTipHolds(label->toolTip(), shown))
            problems->append(QStringLiteral("label cut: %1 \"%2\" needs %3 px wide, has %4 px (widget %5), "
                                            "no tooltip with the full text")
                                 .arg(pathOf(label), shortText(shown))
                                 .arg(needed)
                                 .arg(available)
                                 .arg(sizeText(label->size())));
        return;
    }
    const int wrappedWidth = labelWrappedWidth(label, available);
    if (wrappedWidth > available + 1 && !toolTipHolds(label->toolTip(), shown))
        problems->append(QStringLiteral("wrapped label cut mid-word: %1 \"%2\" needs %3 px wide for its "
                                        "longest word, has %4 px (widget %5)")
                             .arg(pathOf(label), shortText(shown))
                             .arg(wrappedWidth)
                             .arg(available)
                             .arg(sizeText(label->size())));
    const int neededHeight = label->heightForWidth(label->width());
    if (neededHeight > label->height() + 1)
        problems->append(QStringLiteral("wrapped label cut at the bottom: %1 \"%2\" needs %3 px high at "
                                        "%4 px wide, has %5 px")
                             .arg(pathOf(label), shortText(shown))
                             .arg(neededHeight)
                             .arg(label->width())
                             .arg(label->height()));
}

inline void checkButton(const QAbstractButton *button, QStringList *problems)
{
    const bool kind = qobject_cast<const QPushButton *>(button) ||
                      qobject_cast<const QToolButton *>(button) || qobject_cast<const QCheckBox *>(button) ||
                      qobject_cast<const QRadioButton *>(button);
    if (!kind || button->text().isEmpty())
        return;
    if (const auto *tool = qobject_cast<const QToolButton *>(button);
        tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
        return;
    const QString shown = withoutMnemonic(button->text());
    const QSize hint = button->sizeHint();
    if (hint.width() > button->width() + 1 && !toolTipHolds(button->toolTip(), shown))
        problems->append(QStringLiteral("button text cut: %1 \"%2\" needs %3 px wide, has %4 px (widget %5)")
                             .arg(pathOf(button), shortText(shown))
                             .arg(hint.width())
                             .arg(button->width())
                             .arg(sizeText(button->size())));
    // A button with a wrapped description (QCommandLinkButton, the start panel's StepButton) needs the
    // height its text takes at its width.
    if (button->hasHeightForWidth()) {
        const int neededHeight = button->heightForWidth(button->width());
        if (neededHeight > button->height() + 1)
            problems->append(QStringLiteral("button cut at the bottom: %1 \"%2\" needs %3 px high at "
                                            "%4 px wide, has %5 px")
                                 .arg(pathOf(button), shortText(shown + QStringLiteral(" / ") +
                                                                button->property("description").toString()))
                                 .arg(neededHeight)
                                 .arg(button->width())
                                 .arg(button->height()));
    }
}

// Which sides of `rect` reach past `bounds` (1 px of rounding allowed).
inline bool pastX(const QRect &rect, const QRect &bounds)
{
    return rect.left() < bounds.left() - 1 || rect.right() > bounds.right() + 1;
}
inline bool pastY(const QRect &rect, const QRect &bounds)
{
    return rect.top() < bounds.top() - 1 || rect.bottom() > bounds.bottom() + 1;
}

// Inside a tab bar that scrolls its tabs (the close buttons of tabs scrolled out of sight sit outside it).
inline bool insideScrollingTabBar(const QWidget *widget)
{
    for (const QWidget *w = widget->parentWidget(); w && !w->isWindow(); w = w->parentWidget()) {
        if (const auto *bar = qobject_cast<const QTabBar *>(w))
            return bar->usesScrollButtons();
    }
    return false;
}

// (d): the widget reaches past its window, or past the viewport of a scroll area that cannot scroll there.
// Only the outermost widget that does is reported, not every child it carries along.
inline void checkBounds(const QWidget *widget, const QWidget *window, QStringList *problems)
{
    if (insideScrollingTabBar(widget))
        return;
    const QWidget *parent = widget->parentWidget();
    const QWidget *viewport = nullptr;
    if (const QAbstractScrollArea *area = scrollAreaAround(widget, &viewport)) {
        const QRect rect(widget->mapTo(viewport, QPoint(0, 0)), widget->size());
        const QRect parentRect(parent->mapTo(viewport, QPoint(0, 0)), parent->size());
        const QRect bounds = viewport->rect();
        // The content of a scroll area may be larger than its viewport where scrolling reaches it.
        const bool cutX = pastX(rect, bounds) &&
                          area->horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOff &&
                          (parent == viewport || !pastX(parentRect, bounds));
        const bool cutY = pastY(rect, bounds) && area->verticalScrollBarPolicy() == Qt::ScrollBarAlwaysOff &&
                          (parent == viewport || !pastY(parentRect, bounds));
        if (cutX || cutY)
            problems->append(
                QStringLiteral("past its scroll area (no scrolling %1): %2 at %3,%4 size %5, "
                               "viewport %6 of %7")
                    .arg(cutX ? QStringLiteral("sideways") : QStringLiteral("down"), pathOf(widget))
                    .arg(rect.x())
                    .arg(rect.y())
                    .arg(sizeText(rect.size()), sizeText(bounds.size()), pathOf(area)));
        return;
    }
    const QRect rect(widget->mapTo(window, QPoint(0, 0)), widget->size());
    const QRect bounds = window->rect();
    if (!pastX(rect, bounds) && !pastY(rect, bounds))
        return;
    if (parent != window) {
        const QRect parentRect(parent->mapTo(window, QPoint(0, 0)), parent->size());
        if (pastX(parentRect, bounds) || pastY(parentRect, bounds))
            return; // its parent is reported
    }
    problems->append(QStringLiteral("past its window: %1 at %2,%3 size %4, window %5")
                         .arg(pathOf(widget))
                         .arg(rect.x())
                         .arg(rect.y())
                         .arg(sizeText(rect.size()), sizeText(window->size())));
}

// The message QStatusBar paints itself (showMessage) in the room its permanent widgets leave.
inline void checkStatusBar(const QStatusBar *bar, QStringList *problems)
{
    const QString message = bar->currentMessage();
    if (message.isEmpty())
        return;
    // QStatusBarPrivate::messageRect(): from 6 px to the first visible permanent widget (or width - 12).
    // While a message shows, the bar hides its other widgets: what is left visible is permanent.
    int right = bar->width() - 12;
    for (const QWidget *child : bar->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (child->isVisible() && !qobject_cast<const QSizeGrip *>(child))
            right = qMin(right, child->x() - 2);
    }
    const int available = right - 6;
    const int needed = QFontMetrics(bar->font()).horizontalAdvance(message.split(QLatin1Char('\n')).first());
    if (needed > available + 1 && !toolTipHolds(bar->toolTip(), message))
        problems->append(QStringLiteral("status message cut: %1 \"%2\" needs %3 px wide, has %4 px, no "
                                        "tooltip with the full text")
                             .arg(pathOf(bar), shortText(message))
                             .arg(needed)
                             .arg(available));
}

// (e): the window's frame larger than (or reaching past) its screen's available geometry.
inline void checkWindow(const QWidget *window, QStringList *problems)
{
    const QScreen *screen = window->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QRect frame = window->frameGeometry();
    if (frame.isEmpty())
        return; // not mapped yet: nothing to measure
    if (frame.width() > available.width() || frame.height() > available.height())
        problems->append(QStringLiteral("window larger than the screen: %1 frame %2, available %3")
                             .arg(pathOf(window), sizeText(frame.size()), sizeText(available.size())));
    else if (!available.adjusted(-1, -1, 1, 1).contains(frame))
        problems->append(QStringLiteral("window past the screen: %1 frame %2 at %3,%4, available %5 at %6,%7")
                             .arg(pathOf(window), sizeText(frame.size()))
                             .arg(frame.x())
                             .arg(frame.y())
                             .arg(sizeText(available.size()))
                             .arg(available.x())
                             .arg(available.y()));
}

// Every problem of `window` and its visible widgets, one readable line each.
inline QStringList check(QWidget *window)
{
    QStringList problems;
    if (!window || !window->isVisible())
        return problems;
    checkWindow(window, &problems);
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->isWindow() || widget->window() != window)
            continue;
        if (widget->width() <= 0 || widget->height() <= 0 || insideCollapsedParent(widget))
            continue;
        checkBounds(widget, window, &problems);
        if (auto *label = qobject_cast<QLabel *>(widget))
            checkLabel(label, &problems);
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            checkButton(button, &problems);
        else if (auto *bar = qobject_cast<QStatusBar *>(widget))
            checkStatusBar(bar, &problems);
    }
    problems.removeDuplicates();
    return problems;
}

// The windows a user sees now: the main window and every visible dialog or floating dock (not menus,
// tooltips or other popups).
inline QList<QWidget *> visibleWindows()
{
    QList<QWidget *> windows;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (!widget->isVisible())
            continue;
        const Qt::WindowType type = widget->windowType();
        if (type == Qt::Popup || type == Qt::ToolTip || type == Qt::SplashScreen || type == Qt::Desktop)
            continue;
        windows.append(widget);
    }
    return windows;
}

} // namespace cx::test::layout
