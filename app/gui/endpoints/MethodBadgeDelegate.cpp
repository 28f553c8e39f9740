#include "endpoints/MethodBadgeDelegate.h"

#include "common/MethodStyle.h"

#include <QApplication>
#include <QPainter>

namespace cx::gui {

MethodBadgeDelegate::MethodBadgeDelegate(int methodRole, int pathRole, QObject *parent)
    : QStyledItemDelegate(parent), m_methodRole(methodRole), m_pathRole(pathRole)
{}

// sizeHint() measures with the same font paint() draws with (each distinct font is also one more font
// engine to load on the first frame).
QFont MethodBadgeDelegate::badgeFontFor(const QFont &rowFont)
{
    QFont font = rowFont;
    font.setBold(true);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.85);
    else if (font.pixelSize() > 0)
        font.setPixelSize(qMax(1, qRound(font.pixelSize() * 0.85)));
    return font;
}

MethodBadgeDelegate::Texts &MethodBadgeDelegate::textsFor(const QFont &rowFont) const
{
    if (m_texts.badgeHeight > 0 && m_texts.rowFont == rowFont && m_texts.rowFont.key() == rowFont.key())
        return m_texts;
    m_texts = Texts();
    m_texts.rowFont = rowFont;
    m_texts.badgeFont = badgeFontFor(rowFont);
    const QFontMetrics metrics(m_texts.badgeFont);
    m_texts.badgeHeight = metrics.height();
    m_texts.badgeWidth = metrics.horizontalAdvance(QStringLiteral("DELETE")) + m_texts.badgeHeight / 2;
    return m_texts;
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
    if (badgeText == texts.badges.end())
        badgeText = texts.badges.insert(method, laidOut(QString::fromLatin1(method), texts.badgeFont));
    // Centred as drawText(badge, Qt::AlignCenter) centres it: by the advance and the line's height.
    const QSizeF badgeTextSize = badgeText->size();
    painter->drawStaticText(QPointF(badge.left() + (badge.width() - badgeTextSize.width()) / 2,
                                    badge.top() + (badge.height() - badgeTextSize.height()) / 2),
                            *badgeText);

    const QRect pathRect = textRect.adjusted(width + height / 2 + 2, 0, 0, 0);
    painter->setFont(opt.font);
    const QPalette::ColorGroup group =
        (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    painter->setPen(opt.palette.color(group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText
                                                                                  : QPalette::Text));
    auto pathText = texts.paths.find(path);
    if (pathText == texts.paths.end())
        pathText = texts.paths.insert(path, laidOut(path, opt.font));
    if (pathText->size().width() <= pathRect.width()) {
        painter->drawStaticText(
            QPointF(pathRect.left(), pathRect.top() + (pathRect.height() - pathText->size().height()) / 2),
            *pathText);
    } else { // too long for the column: cut in the middle, the way a URL is cut
        painter->drawText(pathRect, Qt::AlignVCenter | Qt::AlignLeft,
                          QFontMetrics(opt.font).elidedText(path, Qt::ElideMiddle, pathRect.width()));
    }
    painter->restore();
}

QSize MethodBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QByteArray method = index.data(m_methodRole).toByteArray();
    if (!method.isEmpty()) {
        Texts &texts = textsFor(option.font);
        const QString path = index.data(m_pathRole).toString();
        auto pathText = texts.paths.find(path);
        if (pathText == texts.paths.end())
            pathText = texts.paths.insert(path, laidOut(path, option.font));
        size.setWidth(texts.badgeWidth + texts.badgeHeight + qCeil(pathText->size().width()) +
                      (index.data(Qt::DecorationRole).isNull() ? 0 : option.decorationSize.width() + 4));
        size.setHeight(qMax(size.height(), texts.badgeHeight + 4));
    }
    return size;
}

} // namespace cx::gui
