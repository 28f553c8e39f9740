#include "PresentationFonts.h"

#include <QApplication>
#include <QHeaderView>
#include <QSplitter>
#include <QTreeView>
#include <QWidget>

namespace cx::gui {

namespace {
bool sameSize(const QFont &a, const QFont &b)
{
    return qFuzzyCompare(PresentationFonts::sizeOf(a), PresentationFonts::sizeOf(b));
}

// `font` with the size of `size`.
QFont withSizeOf(QFont font, const QFont &size)
{
    if (size.pointSizeF() > 0)
        font.setPointSizeF(size.pointSizeF());
    else if (size.pixelSize() > 0)
        font.setPixelSize(size.pixelSize());
    return font;
}

// Back to the size of `target`: inherited again when it was inherited (a style sheet's font is resolved
// again from the parent's), set explicitly only when that is not enough.
void restoreSize(QWidget *widget, const QFont &target, bool wasExplicit)
{
    if (sameSize(widget->font(), target))
        return;
    if (!wasExplicit) {
        widget->setFont(QFont());
        if (sameSize(widget->font(), target))
            return;
    }
    widget->setFont(withSizeOf(widget->font(), target));
}
} // namespace

QFont PresentationFonts::scaled(QFont font, qreal factor)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else if (font.pixelSize() > 0)
        font.setPixelSize(qMax(1, qRound(font.pixelSize() * factor)));
    return font;
}

qreal PresentationFonts::sizeOf(const QFont &font)
{
    return font.pointSizeF() > 0 ? font.pointSizeF() : qreal(font.pixelSize());
}

QList<QWidget *> PresentationFonts::widgetsInTreeOrder()
{
    QList<QWidget *> widgets;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        widgets.append(top);
        widgets.append(top->findChildren<QWidget *>()); // depth first: a parent before its children
    }
    return widgets;
}

bool PresentationFonts::isKnown(QWidget *widget) const
{
    const auto it = m_known.constFind(widget);
    return it != m_known.cend() && it.value() == widget; // a deleted widget's address may be reused
}

void PresentationFonts::enter(qreal scale, QWidget *window)
{
    if (m_on)
        return;
    m_on = true;
    m_scale = scale;
    m_window = window;
    m_windowGeometry = window ? window->geometry() : QRect();
    m_saved.clear();
    m_known.clear();
    m_adopted.clear();
    m_splitters.clear();
    m_headers.clear();

    const QList<QWidget *> widgets = widgetsInTreeOrder();
    for (QWidget *widget : widgets) {
        m_saved.append({widget, widget->font(), widget->testAttribute(Qt::WA_SetFont), false});
        m_known.insert(widget, widget);
        if (auto *splitter = qobject_cast<QSplitter *>(widget))
            m_splitters.append({splitter, splitter->saveState()});
        else if (auto *header = qobject_cast<QHeaderView *>(widget))
            m_headers.append({header, header->saveState()});
    }

    m_appFont = QApplication::font();
    QApplication::setFont(scaled(m_appFont, m_scale));

    // What did not follow the application's font (an explicit size, a style sheet's font), each after
    // its parent, so a child that inherits from a widget scaled here is not scaled twice.
    for (Saved &saved : m_saved) {
        QWidget *widget = saved.widget;
        if (!widget || sizeOf(saved.font) <= 0 || !sameSize(widget->font(), saved.font))
            continue;
        widget->setFont(scaled(widget->font(), m_scale));
        saved.touched = true;
    }

    // Tree keys stay readable: the first column measured again in the larger font.
    for (QWidget *widget : widgets) {
        auto *tree = qobject_cast<QTreeView *>(widget);
        if (tree && tree->model() && tree->header()->count() > 1 &&
            tree->header()->sectionResizeMode(0) == QHeaderView::Interactive)
            tree->resizeColumnToContents(0);
    }
}

void PresentationFonts::adopt(QWidget *widget)
{
    if (!m_on || !widget || isKnown(widget) || !widget->testAttribute(Qt::WA_SetFont))
        return;
    for (const Saved &adopted : std::as_const(m_adopted)) {
        if (adopted.widget == widget)
            return;
    }
    // A font set with a size no larger than the unscaled application font's was not made from the
    // scaled one (a system font, a font kept from before): scaled like the rest.
    const qreal size = sizeOf(widget->font());
    if (size <= 0 || size > sizeOf(m_appFont) + 0.01)
        return;
    m_adopted.append({widget, widget->font(), true, true});
    widget->setFont(scaled(widget->font(), m_scale));
}

void PresentationFonts::leave()
{
    if (!m_on)
        return;
    m_on = false;

    // Widgets built while presenting: their sizes before the application's font goes back, to find
    // those that do not follow it.
    QList<QPair<QPointer<QWidget>, QFont>> born;
    for (QWidget *widget : widgetsInTreeOrder()) {
        if (!isKnown(widget))
            born.append({widget, widget->font()});
    }

    QApplication::setFont(m_appFont);

    for (const Saved &saved : std::as_const(m_saved)) {
        QWidget *widget = saved.widget;
        if (!widget)
            continue;
        if (saved.touched && saved.explicitFont)
            widget->setFont(saved.font);
        else if (saved.touched || !sameSize(widget->font(), saved.font))
            restoreSize(widget, saved.font, saved.explicitFont && !saved.touched);
    }
    for (const Saved &adopted : std::as_const(m_adopted)) {
        if (adopted.widget)
            adopted.widget->setFont(adopted.font);
    }
    for (const auto &[widget, font] : std::as_const(born)) {
        if (!widget || !sameSize(widget->font(), font))
            continue; // followed the application's font (or its parent's)
        bool wasAdopted = false;
        for (const Saved &adopted : std::as_const(m_adopted))
            wasAdopted = wasAdopted || adopted.widget == widget;
        if (!wasAdopted)
            restoreSize(widget, scaled(font, 1 / m_scale), widget->testAttribute(Qt::WA_SetFont));
    }

    for (const SavedState &saved : std::as_const(m_splitters)) {
        if (auto *splitter = qobject_cast<QSplitter *>(saved.widget.data()))
            splitter->restoreState(saved.state);
    }
    for (const SavedState &saved : std::as_const(m_headers)) {
        if (auto *header = qobject_cast<QHeaderView *>(saved.widget.data()))
            header->restoreState(saved.state);
    }
    // Trees built while presenting: their first column measured again in the normal font.
    for (const auto &[widget, font] : std::as_const(born)) {
        auto *tree = qobject_cast<QTreeView *>(widget.data());
        if (tree && tree->model() && tree->header()->count() > 1 &&
            tree->header()->sectionResizeMode(0) == QHeaderView::Interactive)
            tree->resizeColumnToContents(0);
    }
    if (m_window && !m_windowGeometry.isNull() &&
        !(m_window->windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen)) &&
        m_window->geometry() != m_windowGeometry)
        m_window->setGeometry(m_windowGeometry);

    m_saved.clear();
    m_known.clear();
    m_adopted.clear();
    m_splitters.clear();
    m_headers.clear();
}

void PresentationFonts::drop()
{
    if (!m_on)
        return;
    m_on = false;
    QApplication::setFont(m_appFont);
    m_saved.clear();
    m_known.clear();
    m_adopted.clear();
    m_splitters.clear();
    m_headers.clear();
}

} // namespace cx::gui
