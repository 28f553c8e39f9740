#include "endpoints/MethodBadgeDelegate.h"

#include "common/MethodStyle.h"

#include <QApplication>
#include <QPainter>

namespace cx::gui {

namespace {
// The badge is as wide as the widest common method, so paths line up.
int badgeWidth(const QFontMetrics &metrics)
{
    return metrics.horizontalAdvance(QStringLiteral("DELETE")) + metrics.height() / 2;
}

// The badge's text: bold and a little smaller than the row's. sizeHint() measures with the same font
// paint() draws with (each distinct font is also one more font engine to load on the first frame).
QFont badgeFontFor(const QFont &rowFont)
{
    QFont font = rowFont;
    font.setBold(true);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.85);
    else if (font.pixelSize() > 0)
        font.setPixelSize(qMax(1, qRound(font.pixelSize() * 0.85)));
    return font;
}
} // namespace

MethodBadgeDelegate::MethodBadgeDelegate(int methodRole, int pathRole, QObject *parent)
    : QStyledItemDelegate(parent), m_methodRole(methodRole), m_pathRole(pathRole)
{}

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

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const QFont badgeFont = badgeFontFor(opt.font);
    const QFontMetrics badgeMetrics(badgeFont);
    const int width = badgeWidth(badgeMetrics);
    const int height = badgeMetrics.height();
    const QRect badge(textRect.left() + 2, textRect.center().y() - height / 2, width, height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(MethodStyle::methodColor(method));
    painter->drawRoundedRect(badge, height / 4.0, height / 4.0);
    painter->setPen(MethodStyle::badgeTextColor());
    painter->setFont(badgeFont);
    painter->drawText(badge, Qt::AlignCenter, QString::fromLatin1(method));

    const QRect pathRect = textRect.adjusted(width + height / 2 + 2, 0, 0, 0);
    painter->setFont(opt.font);
    const QPalette::ColorGroup group =
        (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    painter->setPen(opt.palette.color(group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText
                                                                                  : QPalette::Text));
    painter->drawText(pathRect, Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetrics(opt.font).elidedText(path, Qt::ElideMiddle, pathRect.width()));
    painter->restore();
}

QSize MethodBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QByteArray method = index.data(m_methodRole).toByteArray();
    if (!method.isEmpty()) {
        const QFontMetrics metrics(badgeFontFor(option.font));
        size.setWidth(badgeWidth(metrics) + metrics.height() +
                      QFontMetrics(option.font).horizontalAdvance(index.data(m_pathRole).toString()) +
                      (index.data(Qt::DecorationRole).isNull() ? 0 : option.decorationSize.width() + 4));
        size.setHeight(qMax(size.height(), metrics.height() + 4));
    }
    return size;
}

} // namespace cx::gui
