#include "endpoints/MethodBadgeDelegate.h"

#include "common/MethodStyle.h"

#include <QApplication>
#include <QPainter>
#include <algorithm>

namespace cx::gui {

MethodBadgeDelegate::MethodBadgeDelegate(int methodRole, int pathRole, QObject *parent)
    : QStyledItemDelegate(parent), m_methodRole(methodRole), m_pathRole(pathRole)
{}

// The tag headings' font (the row's, bold), which the first frame loads anyway for them and for every
// header view: a smaller bold font was one more font engine to load on the UI thread before the first
// frame, 2M instructions (fontconfig matching, FreeType face, shaping tables) for three or four letters.
QFont MethodBadgeDelegate::badgeFontFor(const QFont &rowFont)
{
    QFont font = rowFont;
    font.setBold(true);
    return font;
}

MethodBadgeDelegate::Texts &MethodBadgeDelegate::textsFor(const QFont &rowFont) const
{
    for (auto it = m_texts.begin(); it != m_texts.end(); ++it) {
        if (it->rowFont == rowFont) { // QFont's == compares every property it asks for
            if (it != m_texts.begin())
                std::rotate(m_texts.begin(), it, it + 1); // the latest first
            return m_texts.front();
        }
    }
    if (m_texts.size() >= MaxRowFonts)
        m_texts.pop_back();
    Texts texts;
    texts.rowFont = rowFont;
    texts.badgeFont = badgeFontFor(rowFont);
    // Every property its own, so that the painter takes none from its device (see paintHeading()).
    texts.paintFont = rowFont;
    texts.paintFont.setResolveMask(QFont::AllPropertiesResolved);
    texts.badgeFont.setResolveMask(QFont::AllPropertiesResolved);
    const QFontMetricsF metrics(texts.badgeFont);
    // A little shorter than a line, so that the badges of neighbouring rows stand apart; a method is all
    // capitals, which are centred in it.
    texts.badgeHeight = qRound(metrics.height() * 0.85);
    texts.badgeWidth = qCeil(metrics.horizontalAdvance(QStringLiteral("DELETE"))) + texts.badgeHeight / 2;
    texts.badgeTextTop =
        (texts.badgeHeight - metrics.capHeight()) / 2 + metrics.capHeight() - metrics.ascent();
    m_texts.insert(m_texts.begin(), std::move(texts));
    return m_texts.front();
}

const QStaticText &MethodBadgeDelegate::pathTextFor(Texts &texts, const QString &path)
{
    auto text = texts.paths.find(path);
    if (text == texts.paths.end()) {
        if (texts.paths.size() >= MaxKeptTexts) // another document's paths, again and again
            texts.paths.clear();
        text = texts.paths.insert(path, laidOut(path, texts.paintFont));
    }
    return *text;
}

QStaticText MethodBadgeDelegate::laidOut(const QString &text, const QFont &font)
{
    QStaticText laid(text);
    laid.setTextFormat(Qt::PlainText); // a path is never markup
    laid.setTextWidth(-1);             // one line, as long as the text
    laid.prepare(QTransform(), font);
    return laid;
}

void MethodBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const QByteArray method = index.data(m_methodRole).toByteArray();
    if (method.isEmpty()) {
        if (!paintHeading(painter, option, index))
            QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString path = index.data(m_pathRole).toString();
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    Texts &texts = textsFor(opt.font);
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const int width = texts.badgeWidth;
    const int height = texts.badgeHeight;
    const QRect badge(textRect.left() + 2, textRect.center().y() - height / 2, width, height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(MethodStyle::methodColor(method));
    painter->drawRoundedRect(badge, height / 4.0, height / 4.0);
    painter->setPen(MethodStyle::badgeTextColor());
    painter->setFont(texts.badgeFont);
    auto badgeText = texts.badges.find(method);
    if (badgeText == texts.badges.end()) {
        const QString text = QString::fromLatin1(method);
        const qreal advance = QFontMetricsF(texts.badgeFont).horizontalAdvance(text);
        badgeText =
            texts.badges.insert(method, {laidOut(text, texts.badgeFont), qRound((width - advance) / 2)});
    }
    // On whole pixels, so that each badge of a method looks the same wherever its row is.
    painter->drawStaticText(QPoint(badge.left() + badgeText->left, badge.top() + qRound(texts.badgeTextTop)),
                            badgeText->text);

    const QRect pathRect = textRect.adjusted(width + height / 2 + 2, 0, 0, 0);
    painter->setFont(texts.paintFont);
    const QPalette::ColorGroup group =
        (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    painter->setPen(opt.palette.color(group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText
                                                                                  : QPalette::Text));
    const QStaticText &pathText = pathTextFor(texts, path);
    if (pathText.size().width() <= pathRect.width()) {
        painter->drawStaticText(
            QPointF(pathRect.left(), pathRect.top() + (pathRect.height() - pathText.size().height()) / 2),
            pathText);
    } else { // too long for the column: cut in the middle, the way a URL is cut
        painter->drawText(pathRect, Qt::AlignVCenter | Qt::AlignLeft,
                          QFontMetrics(opt.font).elidedText(path, Qt::ElideMiddle, pathRect.width()));
    }
    painter->restore();
}

bool MethodBadgeDelegate::paintHeading(QPainter *painter, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The text takes the whole row only where the decoration is shown as selected (a tree that selects
    // rows); elsewhere QStyle sizes it to the text, which would mean measuring it.
    if (opt.text.isEmpty() || !opt.showDecorationSelected || !opt.icon.isNull() ||
        opt.direction != Qt::LeftToRight || (opt.features & QStyleOptionViewItem::WrapText) ||
        (opt.state & QStyle::State_Editing) || (opt.displayAlignment & (Qt::AlignHCenter | Qt::AlignRight)))
        return false;
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QRect display = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    // As QCommonStyle draws an item's text: inside its focus margins, aligned by the line's size.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = display.adjusted(margin, 0, -margin, 0);
    Texts &texts = textsFor(option.font);
    auto heading = texts.headings.find(text);
    // Every property its own: the painter would otherwise take those the model's font leaves open (all
    // but bold) from its device, which is the view only when painting on the view.
    QFont font = opt.font;
    font.setResolveMask(QFont::AllPropertiesResolved);
    if (heading == texts.headings.end() || heading->font != font) {
        if (texts.headings.size() >= MaxKeptTexts)
            texts.headings.clear();
        heading = texts.headings.insert(text, {font, laidOut(text, font)});
    }
    const QSizeF size = heading->text.size();
    if (size.width() > textRect.width())
        return false; // cut with "…": QStyle does that
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    QPalette::ColorGroup group = (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;
    painter->save();
    painter->setFont(font);
    painter->setPen(opt.palette.color(group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText
                                                                                  : QPalette::Text));
    // Left at the text's margin, placed up and down by the line's rounded size.
    const QRect line = QStyle::alignedRect(opt.direction, opt.displayAlignment, size.toSize(), textRect);
    painter->drawStaticText(QPoint(textRect.x(), line.top()), heading->text);
    painter->restore();
    return true;
}

QSize MethodBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QByteArray method = index.data(m_methodRole).toByteArray();
    if (!method.isEmpty()) {
        Texts &texts = textsFor(option.font);
        const QString path = index.data(m_pathRole).toString();
        size.setWidth(texts.badgeWidth + texts.badgeHeight + qCeil(pathTextFor(texts, path).size().width()) +
                      (index.data(Qt::DecorationRole).isNull() ? 0 : option.decorationSize.width() + 4));
        size.setHeight(qMax(size.height(), texts.badgeHeight + 4));
    }
    return size;
}

} // namespace cx::gui
